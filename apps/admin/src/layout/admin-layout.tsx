import { AuditOutlined, BarChartOutlined, BankOutlined, BellOutlined, BookOutlined, CalendarOutlined, CommentOutlined, DashboardOutlined, EnvironmentOutlined, FileDoneOutlined, FileSearchOutlined, FileTextOutlined, FolderOpenOutlined, GiftOutlined, LogoutOutlined, MessageOutlined, PieChartOutlined, ReadOutlined, SafetyCertificateOutlined, ScheduleOutlined, SendOutlined, ShopOutlined, SolutionOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS, StaffRole } from '@govopen/contracts';
import { Avatar, Dropdown, Layout, Menu, MenuProps, Skeleton, Space, Typography } from 'antd';
import { MouseEvent, Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { NotificationBell } from './notification-bell';

const { Header, Sider, Content } = Layout;

type Item = Required<MenuProps>['items'][number];

/** Past the menu to the page (WCAG 2.4.1), without putting a hash in the router's URL. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}


export function AdminLayout() {
  const { profile, logout, hasRole } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const admin = hasRole(StaffRole.SYSTEM_ADMIN);
  const head = hasRole(StaffRole.OFFICE_HEAD);

  const items: Item[] = [
    { key: '/', icon: <DashboardOutlined aria-hidden />, label: '工作台' },
    {
      type: 'group',
      label: '办理',
      children: [
        ...(head || hasRole(StaffRole.HANDLER) ? [{ key: '/disclosure-requests', icon: <FileSearchOutlined aria-hidden />, label: '依申请公开' }] : []),
        ...(head || hasRole(StaffRole.HANDLER)
          ? [
              { key: '/messages', icon: <MessageOutlined aria-hidden />, label: '留言办理' },
              { key: '/consultations', icon: <CommentOutlined aria-hidden />, label: '意见征集' },
            ]
          : []),
        ...(admin || head ? [{ key: '/deliveries', icon: <SendOutlined aria-hidden />, label: '送达情况' }] : []),
      ],
    },
    {
      type: 'group',
      label: '公开',
      children: [
        { key: '/policies', icon: <FileTextOutlined aria-hidden />, label: '政策文件' },
        { key: '/interpretations', icon: <BookOutlined aria-hidden />, label: '政策解读' },
        { key: '/catalog', icon: <FolderOpenOutlined aria-hidden />, label: '主动公开目录' },
        ...(admin || head ? [{ key: '/disclosure-guide', icon: <ReadOutlined aria-hidden />, label: '公开指南' }] : []),
        { key: '/annual-reports', icon: <PieChartOutlined aria-hidden />, label: '年度报告' },
        { key: '/statistics', icon: <BarChartOutlined aria-hidden />, label: '统计' },
        { key: '/key-tasks', icon: <ScheduleOutlined aria-hidden />, label: '重点工作台账' },
      ],
    },
    ...(head || hasRole(StaffRole.HANDLER) || hasRole(StaffRole.PUBLISHER)
      ? [
          {
            type: 'group' as const,
            label: '企业服务',
            children: [
              { key: '/enterprise-bindings', icon: <SafetyCertificateOutlined aria-hidden />, label: '企业认证' },
              { key: '/enterprises', icon: <ShopOutlined aria-hidden />, label: '企业库' },
              { key: '/policy-benefits', icon: <GiftOutlined aria-hidden />, label: '惠企政策' },
              { key: '/pushes', icon: <BellOutlined aria-hidden />, label: '政策推送' },
            ],
          },
        ]
      : []),
    {
      type: 'group',
      label: '系统',
      children: [
        { key: '/calendar', icon: <CalendarOutlined aria-hidden />, label: '工作日历' },
        { key: '/units', icon: <BankOutlined aria-hidden />, label: '科室管理' },
        ...(admin || head ? [{ key: '/enterprise-districts', icon: <EnvironmentOutlined aria-hidden />, label: '企业所在区（市）' }] : []),
        ...(admin || head ? [{ key: '/staff', icon: <TeamOutlined aria-hidden />, label: '人员管理' }] : []),
        ...(admin || head ? [{ key: '/letter-templates', icon: <FileDoneOutlined aria-hidden />, label: '文书模板' }] : []),
        ...(admin ? [{ key: '/audit-logs', icon: <AuditOutlined aria-hidden />, label: '审计日志' }] : []),
      ],
    },
  ];

  const selected = '/' + (location.pathname.split('/')[1] ?? '');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        跳到主要内容
      </a>
      <Sider width={220} breakpoint="lg" collapsedWidth={64} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <div style={{ height: 64, display: 'flex', alignItems: 'center', gap: 10, padding: '0 20px', color: '#fff' }}>
          <img src="/admin/favicon.svg" alt="" width={28} height={28} />
          <span style={{ fontSize: 17, fontWeight: 600, whiteSpace: 'nowrap' }}>政务公开通</span>
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate(key)} style={{ background: 'transparent' }} />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #e5e7eb' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {profile?.agencyName}
          </Typography.Text>
          <Space size="large">
          <NotificationBell />
          <Dropdown
            menu={{
              items: [
                { key: 'account', icon: <UserOutlined aria-hidden />, label: '修改密码' },
                { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: '退出登录' },
              ],
              onClick: ({ key }) => (key === 'logout' ? logout() : navigate('/account')),
            }}
          >
            <Space style={{ cursor: 'pointer' }} data-testid="current-user">
              <Avatar style={{ background: '#b71c1c' }} icon={<SolutionOutlined />} />
              <span>{profile?.displayName}</span>
              <span className="muted">
                {profile?.unitName ? `${profile.unitName} · ` : ''}
                {profile?.roles.map((role) => STAFF_ROLE_LABELS[role]).join('、')}
              </span>
            </Space>
          </Dropdown>
          </Space>
        </Header>
        <Content id="main-content" tabIndex={-1} style={{ padding: 24 }}>
          {/* A page's code arrives on its first visit: the menu and header stay while it does. */}
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
