import { formatChinaDateTime } from '@govopen/domain';
import { PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS, StaffRole, StaffUser, Unit } from '@govopen/contracts';
import { App, Badge, Button, Form, Input, Modal, Result, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeading } from '../../layout/page-heading';

interface StaffForm {
  username: string;
  displayName: string;
  password?: string;
  unitId: number | null;
  roles: StaffRole[];
}

const ROLE_OPTIONS = Object.values(StaffRole).map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

export function StaffPage() {
  const { message, modal } = App.useApp();
  const { profile, hasRole } = useSession();
  const editable = hasRole(StaffRole.SYSTEM_ADMIN);
  const [staff, setStaff] = useState<StaffUser[] | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);
  const [form] = Form.useForm<StaffForm>();

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.admin.staff.list(), api.admin.units.list()])
      .then(([nextStaff, nextUnits]) => {
        setStaff(nextStaff);
        setUnits(nextUnits);
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, []);
  useEffect(load, [load]);

  const open = (user: StaffUser | 'new') => {
    form.resetFields();
    form.setFieldsValue(
      user === 'new'
        ? { username: '', displayName: '', password: '', unitId: null, roles: [StaffRole.HANDLER] }
        : { username: user.username, displayName: user.displayName, password: '', unitId: user.unitId, roles: user.roles },
    );
    setEditing(user);
  };

  const submit = async (values: StaffForm) => {
    try {
      if (editing === 'new') {
        await api.admin.staff.create({ ...values, password: values.password ?? '' });
      } else if (editing) {
        await api.admin.staff.update(editing.id, {
          displayName: values.displayName,
          unitId: values.unitId,
          roles: values.roles,
          password: values.password || undefined,
        });
      }
      message.success('已保存');
      setEditing(null);
      load();
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  const update = (user: StaffUser, change: { active?: boolean; unlock?: boolean }, confirmText: string) =>
    modal.confirm({
      title: confirmText,
      okText: '确定',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.admin.staff.update(user.id, change);
          message.success('已完成');
          load();
        } catch (caught) {
          message.error(errorMessage(caught));
        }
      },
    });

  if (error) return <Result status="warning" title="人员列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>人员管理</PageHeading>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新增人员
          </Button>
        )}
      </div>
      <Table<StaffUser>
        rowKey="id"
        loading={staff === null}
        dataSource={staff ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'displayName',
            render: (name: string, user) => (
              <Space>
                {name}
                {user.demo && <Tag color="gold">演示账号</Tag>}
              </Space>
            ),
          },
          { title: '用户名', dataIndex: 'username', width: 120 },
          { title: '所属科室', dataIndex: 'unitName', width: 160, render: (name: string | null) => name ?? '—' },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: StaffRole[]) => roles.map((role) => <Tag key={role}>{STAFF_ROLE_LABELS[role]}</Tag>),
          },
          {
            title: '状态',
            key: 'state',
            width: 110,
            render: (_, user) =>
              !user.active ? <Badge status="default" text="已停用" /> : user.locked ? <Badge status="error" text="已锁定" /> : <Badge status="success" text="正常" />,
          },
          {
            title: '最近登录',
            dataIndex: 'lastLoginAt',
            width: 170,
            render: (at: string | null) => (at ? formatChinaDateTime(at) : '从未登录'),
          },
          ...(editable
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 190,
                  render: (_: unknown, user: StaffUser) => (
                    <Space size={0}>
                      <Button type="link" onClick={() => open(user)}>
                        编辑
                      </Button>
                      {user.locked && (
                        <Button type="link" onClick={() => update(user, { unlock: true }, `解除 ${user.displayName} 的登录锁定？`)}>
                          解锁
                        </Button>
                      )}
                      {user.id !== profile?.id && (
                        <Button
                          type="link"
                          danger={user.active}
                          onClick={() =>
                            update(user, { active: !user.active }, user.active ? `停用 ${user.displayName}？停用后立即无法登录。` : `启用 ${user.displayName}？`)
                          }
                        >
                          {user.active ? '停用' : '启用'}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新增人员' : '编辑人员'}
        okText="保存"
        cancelText="取消"
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="username"
            label="用户名"
            rules={[
              { required: true, message: '请填写用户名' },
              { pattern: /^[a-z][a-z0-9_.-]{2,39}$/, message: '3–40 位小写字母、数字、下划线、点或短横线，以字母开头' },
            ]}
          >
            <Input disabled={editing !== 'new'} maxLength={40} />
          </Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="unitId" label="所属科室">
            <Select
              allowClear
              placeholder="不属于具体科室"
              options={units.filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: unit.name }))}
              onClear={() => form.setFieldValue('unitId', null)}
            />
          </Form.Item>
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '至少选择一个角色' }]}>
            <Select mode="multiple" options={ROLE_OPTIONS} />
          </Form.Item>
          <Form.Item
            name="password"
            label={editing === 'new' ? '初始密码' : '重置密码（不修改请留空）'}
            rules={editing === 'new' ? [{ required: true, message: '请设置初始密码' }] : []}
            extra="至少 12 位，包含大写字母、小写字母、数字、符号中的至少三类，且不含用户名"
          >
            <Input.Password maxLength={128} autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
