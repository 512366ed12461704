import { PlusOutlined } from '@ant-design/icons';
import { StaffRole, Unit } from '@govopen/contracts';
import { App, Badge, Button, Form, Input, InputNumber, Modal, Result, Switch, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeading } from '../../layout/page-heading';

interface UnitForm {
  name: string;
  code: string;
  phone?: string;
  /** An emptied number box gives null. */
  sortOrder?: number | null;
}

export function UnitsPage() {
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const editable = hasRole(StaffRole.SYSTEM_ADMIN);
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [form] = Form.useForm<UnitForm>();

  const load = useCallback(() => {
    setError(null);
    api.admin.units.list().then(setUnits).catch((caught) => setError(errorMessage(caught)));
  }, []);
  useEffect(load, [load]);

  const open = (unit: Unit | 'new') => {
    form.setFieldsValue(unit === 'new' ? { name: '', code: '', phone: '', sortOrder: 100 } : { ...unit, phone: unit.phone ?? '' });
    setEditing(unit);
  };

  const submit = async (values: UnitForm) => {
    try {
      // Left out rather than null: the API refuses null for a field it cannot clear, and the order is kept as it was.
      const body = { ...values, phone: values.phone || undefined, sortOrder: values.sortOrder ?? undefined };
      if (editing === 'new') await api.admin.units.create(body);
      else if (editing) await api.admin.units.update(editing.id, { ...body, phone: values.phone || undefined });
      message.success('已保存');
      setEditing(null);
      load();
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  const toggle = async (unit: Unit, active: boolean) => {
    try {
      await api.admin.units.update(unit.id, { active });
      message.success(active ? `已启用 ${unit.name}` : `已停用 ${unit.name}`);
      load();
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  if (error) return <Result status="warning" title="科室列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>科室管理</PageHeading>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            新增科室
          </Button>
        )}
      </div>
      <Table<Unit>
        rowKey="id"
        loading={units === null}
        dataSource={units ?? []}
        pagination={false}
        locale={{ emptyText: '尚无科室' }}
        columns={[
          { title: '科室（责任科室）', dataIndex: 'name' },
          { title: '编码', dataIndex: 'code', width: 120 },
          { title: '联系电话', dataIndex: 'phone', width: 160, render: (phone: string | null) => phone ?? '—' },
          { title: '在岗人员', dataIndex: 'staffCount', width: 100 },
          { title: '排序', dataIndex: 'sortOrder', width: 80 },
          {
            title: '状态',
            dataIndex: 'active',
            width: 120,
            render: (active: boolean, unit) =>
              editable ? (
                <Switch checked={active} checkedChildren="启用" unCheckedChildren="停用" onChange={(value) => toggle(unit, value)} />
              ) : (
                <Badge status={active ? 'success' : 'default'} text={active ? '启用' : '停用'} />
              ),
          },
          ...(editable
            ? [{ title: '操作', key: 'actions', width: 90, render: (_: unknown, unit: Unit) => <Button type="link" onClick={() => open(unit)}>编辑</Button> }]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '新增科室' : '编辑科室'}
        okText="保存"
        cancelText="取消"
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        destroyOnClose
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="name" label="科室名称" rules={[{ required: true, message: '请填写科室名称' }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="code"
            label="科室编码"
            rules={[
              { required: true, message: '请填写科室编码' },
              { pattern: /^[A-Za-z0-9_-]{1,40}$/, message: '编码为字母、数字、下划线或短横线' },
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="sortOrder" label="排序（小的在前）">
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
