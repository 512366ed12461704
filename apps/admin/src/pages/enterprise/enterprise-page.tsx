import { EnterpriseMemberView, StaffEnterpriseView } from '@govopen/contracts';
import { formatChinaDate, formatChinaDateTime } from '@govopen/domain';
import { App, Alert, Button, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { BindingStatusTag } from './binding-status-tag';
import { PageHeading } from '../../layout/page-heading';

const wan = (value: number | null) => (value === null ? '—' : `${value} 万元`);

/** One enterprise: its 画像 with the computed size and reason, members (phones masked; reveal is audited) and revisions. */
export function EnterprisePage() {
  const { id } = useParams();
  const { message, modal } = App.useApp();
  const [enterprise, setEnterprise] = useState<StaffEnterpriseView | null>(null);
  const [phones, setPhones] = useState<Record<number, string | null>>({});
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    api.admin.enterprises
      .get(Number(id))
      .then(setEnterprise)
      .catch((caught) => setError(errorMessage(caught)));
  }, [id]);
  useEffect(load, [load]);

  const reveal = (member: EnterpriseMemberView) =>
    modal.confirm({
      title: '查看完整手机号？',
      content: '完整手机号属于个人信息，仅在核实身份、联系企业时查看。本次查看会记入审计日志（查看人、时间、对象）。',
      okText: '查看并记录',
      onOk: async () => {
        try {
          const { phone } = await api.admin.enterprises.memberPhone(Number(id), member.id);
          setPhones((previous) => ({ ...previous, [member.id]: phone }));
        } catch (caught) {
          message.error(errorMessage(caught));
        }
      },
    });

  if (error) return <Result status="warning" title="企业信息加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!enterprise) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>;

  return (
    <>
      <div className="page-header">
        <PageHeading title={enterprise.name} />
        <Space>
          {enterprise.subscription.muted && <Tag>免打扰</Tag>}
          <Link to="/enterprises">返回企业库</Link>
        </Space>
      </div>
      <Row gutter={16}>
        <Col span={14}>
          <Card title="企业画像" style={{ marginBottom: 16 }}>
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label="统一社会信用代码" span={2}>{enterprise.creditCode}</Descriptions.Item>
              <Descriptions.Item label="法定代表人">{enterprise.legalRepresentative}</Descriptions.Item>
              <Descriptions.Item label="所在区（市）">{enterprise.district}</Descriptions.Item>
              <Descriptions.Item label="行业" span={2}>
                {enterprise.industry ? `${enterprise.industry.sectionCode} ${enterprise.industry.sectionName} · ${enterprise.industry.code} ${enterprise.industry.name}` : enterprise.industryCode}
              </Descriptions.Item>
              <Descriptions.Item label="从业人员">{enterprise.employees} 人</Descriptions.Item>
              <Descriptions.Item label="营业收入">{wan(enterprise.revenueWanYuan)}</Descriptions.Item>
              <Descriptions.Item label="资产总额">{wan(enterprise.assetsWanYuan)}</Descriptions.Item>
              <Descriptions.Item label="注册资本">{wan(enterprise.registeredCapitalWanYuan)}</Descriptions.Item>
              <Descriptions.Item label="成立日期">{formatChinaDate(enterprise.foundedOn)}</Descriptions.Item>
              <Descriptions.Item label="企业规模">{enterprise.size.label ?? '暂不能判断'}</Descriptions.Item>
              <Descriptions.Item label="资质" span={2}>
                {enterprise.qualifications.length ? enterprise.qualifications.map((item) => `${item.name}（${item.year}年）`).join('、') : '无'}
              </Descriptions.Item>
              <Descriptions.Item label="关注主题" span={2}>
                {enterprise.subscription.topics.length ? enterprise.subscription.topics.join('、') : '未设置'}
              </Descriptions.Item>
            </Descriptions>
            <Alert style={{ marginTop: 12 }} type="info" message="规模依据" description={enterprise.size.reason} />
          </Card>
          <Card title="成员">
            <Table<EnterpriseMemberView>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={enterprise.members}
              locale={{ emptyText: '没有成员' }}
              columns={[
                { title: '联系人', key: 'name', width: 110, render: (_, row) => row.contactName ?? `用户 ${String(row.residentId).padStart(6, '0')}` },
                {
                  title: '手机号',
                  key: 'phone',
                  render: (_, row) =>
                    row.id in phones ? (
                      <span data-testid="revealed-phone">{phones[row.id] ?? '未留电话'}</span>
                    ) : row.phoneMasked ? (
                      <Space>
                        <span>{row.phoneMasked}</span>
                        <Button size="small" onClick={() => reveal(row)} aria-label={`查看${row.contactName ?? '成员'}的完整手机号（记入审计）`}>
                          查看完整号码（记入审计）
                        </Button>
                      </Space>
                    ) : (
                      <span className="muted">未留电话</span>
                    ),
                },
                { title: '角色', dataIndex: 'roleLabel', width: 80 },
                { title: '状态', key: 'status', width: 90, render: (_, row) => <BindingStatusTag status={row.status} label={row.statusLabel} /> },
                { title: '加入方式', dataIndex: 'joinedVia', width: 80, render: (via: string) => (via === 'invitation' ? '邀请' : '材料核验') },
                { title: '申请时间', dataIndex: 'createdAt', width: 140, render: (at: string) => formatChinaDateTime(at) },
              ]}
            />
          </Card>
        </Col>
        <Col span={10}>
          <Card title="修改记录">
            {enterprise.revisions.length === 0 ? (
              <Empty description="还没有修改记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Timeline
                items={enterprise.revisions.map((revision) => ({
                  children: (
                    <div data-testid="revision">
                      <Typography.Text strong>第 {revision.version} 版</Typography.Text>
                      <div className="muted">
                        {formatChinaDateTime(revision.at)} · {revision.actorName}
                      </div>
                      {revision.changes.length === 0 ? (
                        <div className="muted">创建</div>
                      ) : (
                        revision.changes.map((change) => (
                          <div key={change.field}>
                            {change.label}：{change.from ?? '（空）'} → {change.to ?? '（空）'}
                          </div>
                        ))
                      )}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
