import { StaffCatalogNodeView, StaffRole, Unit } from '@govopen/contracts';
import { formatChinaDay } from '@govopen/domain';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Result, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeading } from '../../layout/page-heading';

const TIMELINESS = { on_time: { color: 'success', text: '按时' }, due_soon: { color: 'warning', text: '即将到期' }, late: { color: 'error', text: '已超期' } } as const;

/** antd shows an expander for any `children` array, even an empty one: leaves lose theirs. */
function withoutEmptyChildren(nodes: StaffCatalogNodeView[]): StaffCatalogNodeView[] {
  return nodes.map((node) => ({ ...node, children: hasChildren(node) ? withoutEmptyChildren(node.children) : (undefined as unknown as StaffCatalogNodeView[]) }));
}

const hasChildren = (node: StaffCatalogNodeView) => Boolean(node.children?.length);

/** The node with `id` and the ids of its ancestors (root first), or null when the tree has no such node. */
function pathTo(nodes: StaffCatalogNodeView[], id: number, ancestors: number[] = []): { node: StaffCatalogNodeView; ancestors: number[] } | null {
  for (const node of nodes) {
    if (node.id === id) return { node, ancestors };
    const found = hasChildren(node) ? pathTo(node.children, id, [...ancestors, node.id]) : null;
    if (found) return found;
  }
  return null;
}

interface EditValues {
  name: string;
  channel: string | null;
  content: string | null;
  updateRule: string | null;
  legalBasis: string | null;
  unitIds: number[];
  pendingEventDate: Dayjs | null;
}

/** 主动公开基本目录: each node's owners, update rule (as written and as the system reads it) and whether it is on time. */
export function CatalogPage() {
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canEdit = hasRole(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN);
  const [tree, setTree] = useState<StaffCatalogNodeView[] | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<StaffCatalogNodeView | null>(null);
  const [form] = Form.useForm<EditValues>();
  const [expanded, setExpanded] = useState<number[]>([]);
  // A link from the compliance board names the section to fix: it is opened, scrolled to and marked.
  const [params] = useSearchParams();
  const focusId = Number(params.get('node')) || null;
  const focused = tree && focusId ? pathTo(tree, focusId) : null;

  const load = useCallback(() => {
    setError(null);
    api.admin
      .catalog()
      .then((loaded) => {
        setTree(withoutEmptyChildren(loaded));
        setExpanded((current) => {
          const opened = current.length ? current : loaded.map((node) => node.id);
          const path = focusId ? pathTo(loaded, focusId) : null;
          return path ? [...new Set([...opened, ...path.ancestors])] : opened;
        });
      })
      .catch((caught) => setError(errorMessage(caught)));
    api.admin.units.list().then(setUnits).catch(() => setUnits([]));
  }, [focusId]);
  useEffect(load, [load]);
  useEffect(() => {
    if (focused) document.querySelector(`[data-row-key="${focused.node.id}"]`)?.scrollIntoView({ block: 'center' });
  }, [focused?.node.id, expanded.length]);

  const open = (node: StaffCatalogNodeView) => {
    setEditing(node);
    form.setFieldsValue({ name: node.name, channel: node.channel, content: node.content, updateRule: node.updateRule, legalBasis: node.legalBasis, unitIds: node.unitIds, pendingEventDate: node.pendingEventDate ? dayjs(node.pendingEventDate) : null });
  };

  const save = async (values: EditValues) => {
    try {
      setTree(withoutEmptyChildren(await api.admin.updateCatalogNode(editing!.id, { ...values, pendingEventDate: values.pendingEventDate ? values.pendingEventDate.format('YYYY-MM-DD') : null })));
      setEditing(null);
      message.success('目录已更新');
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  if (error) return <Result status="error" title="目录加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageHeading>主动公开基本目录</PageHeading>
      <Typography.Text type="secondary">发布政策文件时选择目录栏目，即记为该栏目的一次更新；“会议召开后3个工作日内”等按事件计时的栏目，请在事件发生后录入事件日期。</Typography.Text>
      {focused && (
        <Alert
          type={focused.node.timeliness === 'late' ? 'error' : 'info'}
          showIcon
          data-testid="catalog-focus"
          message={`${focused.node.name}：${TIMELINESS[focused.node.timeliness].text}${focused.node.dueDate ? `，应于 ${formatChinaDay(focused.node.dueDate)} 前更新` : ''}`}
          description={`更新时限：${focused.node.updateRule ?? focused.node.updateRuleReading}；责任科室：${focused.node.owners ?? '未指定'}。发布该栏目的政策文件，或在事件发生后录入事件日期，即可更新。`}
          action={canEdit ? <Button size="small" onClick={() => open(focused.node)}>编辑栏目</Button> : undefined}
        />
      )}
      <Table<StaffCatalogNodeView>
        rowKey="id"
        rowClassName={(node) => (node.id === focusId ? 'catalog-row-focused' : '')}
        loading={!tree}
        dataSource={tree ?? []}
        pagination={false}
        size="small"
        // The seven categories open once loaded (defaultExpandedRowKeys is read before the data arrives).
        expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => setExpanded(keys as number[]), childrenColumnName: 'children' }}
        columns={[
          { title: '栏目', dataIndex: 'name', render: (name: string, node) => <span>{node.numeral ? `${node.numeral}、` : ''}{name}</span> },
          // A category row groups its sections; owners, rules and dates belong to the sections.
          { title: '责任科室', dataIndex: 'owners', width: 160, render: (value: string | null, node) => (hasChildren(node) ? null : value ?? <Typography.Text type="secondary">未指定</Typography.Text>) },
          {
            title: '更新时限',
            dataIndex: 'updateRule',
            width: 220,
            render: (value: string | null, node) => (hasChildren(node) ? null : <>{value ?? '—'}<div><Typography.Text type="secondary">{node.updateRuleReading}</Typography.Text></div></>),
          },
          { title: '最近更新', dataIndex: 'lastPublishedDate', width: 110, render: (value: string | null, node) => (hasChildren(node) ? null : value ?? '—') },
          {
            title: '状态',
            dataIndex: 'timeliness',
            width: 170,
            render: (value: StaffCatalogNodeView['timeliness'], node) =>
              hasChildren(node) ? null : (
                <Space size={4}>
                  <Tag color={TIMELINESS[value].color}>{TIMELINESS[value].text}</Tag>
                  {node.dueDate && <Typography.Text type="secondary">{node.dueDate}</Typography.Text>}
                </Space>
              ),
          },
          ...(canEdit ? [{ title: '', width: 70, render: (_: unknown, node: StaffCatalogNodeView) => <Button size="small" type="link" onClick={() => open(node)}>编辑</Button> }] : []),
        ]}
      />
      <Drawer open={editing !== null} title={`编辑：${editing?.name ?? ''}`} width={520} onClose={() => setEditing(null)} extra={<Button type="primary" onClick={() => form.submit()}>保存</Button>}>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label="栏目名称" rules={[{ required: true, message: '请填写栏目名称' }]}><Input /></Form.Item>
          <Form.Item name="unitIds" label="责任科室"><Select mode="multiple" options={units.map((unit) => ({ value: unit.id, label: unit.name }))} /></Form.Item>
          <Form.Item name="updateRule" label="更新时限" extra="如：文件印发5日内公开；按年更新；会议召开后3个工作日内"><Input /></Form.Item>
          <Form.Item name="pendingEventDate" label="事件日期（按事件计时的栏目）"><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="channel" label="公开形式"><Input /></Form.Item>
          <Form.Item name="content" label="栏目内容"><Input.TextArea rows={3} /></Form.Item>
          <Form.Item name="legalBasis" label="公开依据"><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Drawer>
    </Space>
  );
}
