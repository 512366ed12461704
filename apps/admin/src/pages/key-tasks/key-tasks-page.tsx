import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { KEY_TASK_STATUS_LABELS, KeyTaskLedgerSummary, KeyTaskLedgerView, KeyTaskStatus, KeyTaskView, StaffRole, Unit } from '@govopen/contracts';
import { chinaDateOfInstant, formatChinaDate, formatChinaDay } from '@govopen/domain';
import { App, Button, Empty, Result, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage, tokenStore } from '../../api/client';
import { useSession } from '../../auth/session';
import { deadlineText, ImportKeyTasksModal } from './import-key-tasks-modal';
import { KeyTaskStatusTag } from './key-task-status-tag';
import { ReportProgressModal } from './report-progress-modal';
import { PageHeading } from '../../layout/page-heading';

const STATUS_OPTIONS = (Object.keys(KEY_TASK_STATUS_LABELS) as KeyTaskStatus[]).map((status) => ({ value: status, label: KEY_TASK_STATUS_LABELS[status] }));

/**
 * 重点工作台账: the office head imports a 重点工作/责任分工 document, assigns its tasks to units, filters by status and
 * unit and exports the ledger; a unit's staff see their unit's tasks and report progress on them.
 */
export function KeyTasksPage() {
  const { message } = App.useApp();
  const { hasRole } = useSession();
  // Mirrors the API's KEY_TASK_MANAGER_ROLES; the ledger's canManage says the same once one is loaded.
  const manager = hasRole(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN);
  const [ledgers, setLedgers] = useState<KeyTaskLedgerSummary[] | null>(null);
  const [ledgerId, setLedgerId] = useState<number | null>(null);
  const [ledger, setLedger] = useState<KeyTaskLedgerView | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [status, setStatus] = useState<KeyTaskStatus | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [reporting, setReporting] = useState<KeyTaskView | null>(null);

  const loadLedgers = useCallback(() => {
    setError(null);
    api.admin.keyTasks
      .ledgers()
      .then((loaded) => {
        setLedgers(loaded);
        setLedgerId((current) => current ?? loaded[0]?.id ?? null);
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, []);
  useEffect(loadLedgers, [loadLedgers]);
  useEffect(() => {
    api.admin.units.list().then(setUnits).catch(() => setUnits([]));
  }, []);
  const loadLedger = useCallback(() => {
    if (ledgerId === null) return;
    api.admin.keyTasks
      .ledger(ledgerId, { status, unitId })
      .then(setLedger)
      .catch((caught) => setError(errorMessage(caught)));
  }, [ledgerId, status, unitId]);
  useEffect(loadLedger, [loadLedger]);

  if (error) return <Result status="warning" title="重点工作台账加载失败" subTitle={error} extra={<Button onClick={loadLedgers}>重试</Button>} />;
  if (!ledgers) return <Skeleton active paragraph={{ rows: 8 }} />;

  const canManage = ledger?.canManage ?? manager;
  const replaceTask = (task: KeyTaskView) => {
    loadLedger();
    loadLedgers();
    if (reporting?.id === task.id) setReporting(null);
  };
  const assign = async (task: KeyTaskView, next: number | null) => {
    try {
      const saved = await api.admin.keyTasks.assign(task.id, { unitId: next });
      message.success(next === null ? `第 ${task.number} 项已取消分配` : `第 ${task.number} 项已分配给${saved.unitName}`);
      replaceTask(saved);
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };
  const download = async () => {
    if (!ledger) return;
    const response = await fetch(`/api${api.admin.keyTasks.xlsxPath(ledger.id)}`, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
    if (!response.ok) return message.error('下载失败，请稍后重试');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${ledger.title}（台账）.xlsx`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading>重点工作台账</PageHeading>
          {ledger && (
            <Space wrap size={[16, 4]} data-testid="key-task-summary">
              <span>截至 {formatChinaDate(ledger.today)}</span>
              <span>共 {ledger.taskCount} 项</span>
              {ledger.overdue > 0 ? <strong>已逾期 {ledger.overdue} 项</strong> : <span>已逾期 0 项</span>}
              <span>即将到期（{ledger.dueSoonDays} 天内）{ledger.dueSoon} 项</span>
              <span>已完成 {ledger.completed} 项</span>
              {canManage && <span>未分配 {ledger.unassigned} 项</span>}
            </Space>
          )}
        </div>
        <Space wrap>
          {ledgers.length > 0 && (
            <Select
              aria-label="台账"
              style={{ width: 320 }}
              value={ledgerId ?? undefined}
              onChange={(next: number) => setLedgerId(next)}
              options={ledgers.map((item) => ({ value: item.id, label: `${item.year}年 · ${item.title}` }))}
            />
          )}
          {ledger && (
            <Button icon={<DownloadOutlined />} onClick={download}>
              下载 Excel 台账
            </Button>
          )}
          {manager && (
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              导入重点工作文件
            </Button>
          )}
        </Space>
      </div>

      {ledgers.length === 0 ? (
        <Empty description="还没有重点工作台账。公开办负责人导入本年度的重点工作（责任分工）文件后，任务会出现在这里。" />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Select aria-label="按状态筛选" allowClear placeholder="全部状态" style={{ width: 160 }} value={status} onChange={setStatus} options={STATUS_OPTIONS} />
            {canManage && (
              <Select aria-label="按承办科室筛选" allowClear placeholder="全部科室" style={{ width: 180 }} value={unitId} onChange={setUnitId} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
            )}
          </Space>
          <div data-testid="key-task-table">
            <Table<KeyTaskView>
              rowKey="id"
              loading={!ledger}
              dataSource={ledger?.tasks ?? []}
              locale={{ emptyText: canManage ? '没有符合条件的任务' : '本科室暂无分配的任务' }}
              pagination={{ pageSize: 20, showSizeChanger: false }}
              columns={[
                { title: '序号', dataIndex: 'number', width: 70 },
                {
                  title: '工作任务',
                  key: 'task',
                  render: (_, task) => (
                    <>
                      <div className="muted">{[task.section, task.heading].filter(Boolean).join(' / ')}</div>
                      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: '展开' }} style={{ marginBottom: 0 }}>
                        {task.text}
                      </Typography.Paragraph>
                    </>
                  ),
                },
                { title: '责任单位（文件）', key: 'units', width: 160, render: (_, task) => task.units.join('、') },
                { title: '完成时限', key: 'deadline', width: 170, render: (_, task) => deadlineText(task) },
                { title: '状态', key: 'status', width: 100, render: (_, task) => <KeyTaskStatusTag status={task.status} /> },
                {
                  title: '承办科室',
                  key: 'unit',
                  width: 170,
                  render: (_, task) =>
                    canManage ? (
                      <Select
                        aria-label={`第 ${task.number} 项的承办科室`}
                        allowClear
                        placeholder="未分配"
                        style={{ width: 150 }}
                        value={task.unitId ?? undefined}
                        onChange={(next?: number) => assign(task, next ?? null)}
                        options={units.filter((unit) => unit.active || unit.id === task.unitId).map((unit) => ({ value: unit.id, label: unit.name }))}
                      />
                    ) : (
                      (task.unitName ?? '未分配')
                    ),
                },
                {
                  title: '最新进展',
                  key: 'progress',
                  width: 240,
                  render: (_, task) => {
                    const latest = task.progress[task.progress.length - 1];
                    return (
                      <Space direction="vertical" size={4}>
                        {latest ? (
                          <span data-testid="key-task-latest">
                            <span className="muted">
                              {formatChinaDay(chinaDateOfInstant(latest.reportedAt))} {latest.reporterName}：
                            </span>
                            {latest.text}
                            {latest.evidence.length > 0 && <span className="muted">（佐证：{latest.evidence.map((item) => item.title).join('；')}）</span>}
                          </span>
                        ) : (
                          <span className="muted">尚未填报</span>
                        )}
                        {task.unitId !== null && task.status !== 'completed' && (
                          <Button size="small" onClick={() => setReporting(task)} aria-label={`填报进展：第 ${task.number} 项`}>
                            填报进展
                          </Button>
                        )}
                      </Space>
                    );
                  },
                },
              ]}
            />
          </div>
        </>
      )}
      <ImportKeyTasksModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(imported) => {
          setImporting(false);
          setLedgerId(imported.id);
          setStatus(undefined);
          setUnitId(undefined);
          loadLedgers();
        }}
      />
      <ReportProgressModal task={reporting} onClose={() => setReporting(null)} onReported={replaceTask} />
    </>
  );
}
