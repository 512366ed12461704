import { KeyTaskDraft, KeyTaskImportPreview, KeyTaskLedgerView, KeyTaskUndatedRule } from '@govopen/contracts';
import { chinaToday, formatChinaDay } from '@govopen/domain';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';

const UNDATED_OPTIONS: { value: KeyTaskUndatedRule | 'ask'; label: string }[] = [
  { value: 'ask', label: '逐项提示（不自动设定）' },
  { value: 'year_end', label: '按年底前完成' },
  { value: 'continuous', label: '按全年持续推进' },
];

/** The deadline as the document words it, beside the day we read from it. */
export function deadlineText(task: Pick<KeyTaskDraft, 'deadlineKind' | 'dueDate' | 'deadlineWords'>): string {
  if (task.deadlineKind === null) return task.deadlineWords ? `“${task.deadlineWords}”（无法识别）` : '未注明';
  if (task.deadlineKind === 'continuous') return task.deadlineWords || '持续推进';
  const day = formatChinaDay(task.dueDate!);
  return task.deadlineWords ? `${day}（${task.deadlineWords}）` : `${day}（未注明，按年底前）`;
}

/**
 * Import a 重点工作/责任分工 document: paste its text, preview what was read (nothing is saved), decide what undated
 * tasks mean, then save the ledger.
 */
export function ImportKeyTasksModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: (ledger: KeyTaskLedgerView) => void }) {
  const { message } = App.useApp();
  const [year, setYear] = useState<number>(Number(chinaToday().slice(0, 4)));
  const [text, setText] = useState('');
  const [undated, setUndated] = useState<KeyTaskUndatedRule | 'ask'>('ask');
  const [preview, setPreview] = useState<KeyTaskImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const request = () => ({ year, text, undatedAs: undated === 'ask' ? null : undated });
  const runPreview = async () => {
    setBusy(true);
    try {
      setPreview(await api.admin.keyTasks.preview(request()));
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setBusy(true);
    try {
      const ledger = await api.admin.keyTasks.importLedger(request());
      message.success(`已导入 ${ledger.taskCount} 项任务`);
      setPreview(null);
      setText('');
      onImported(ledger);
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPreview(null);
  };

  return (
    <Modal
      open={open}
      title="导入重点工作文件"
      width={960}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button onClick={runPreview} loading={busy && !preview} disabled={text.trim() === ''}>
            预览识别结果
          </Button>
          <Button type="primary" onClick={save} loading={busy && !!preview} disabled={!preview || preview.problems.length > 0 || preview.tasks.length === 0}>
            确认导入
          </Button>
        </Space>
      }
    >
      <Form layout="vertical">
        <Space size="large" wrap>
          <Form.Item label="台账年度" htmlFor="key-task-year" required>
            <InputNumber id="key-task-year" min={2008} max={2100} value={year} onChange={(value) => changed(setYear)(value ?? year)} />
          </Form.Item>
          <Form.Item label="未注明或无法识别完成时限的任务" htmlFor="key-task-undated">
            <Select id="key-task-undated" style={{ width: 240 }} value={undated} onChange={changed(setUndated)} options={UNDATED_OPTIONS} />
          </Form.Item>
        </Space>
        <Form.Item label="文件正文（从 Word 或 PDF 复制，表格保留制表符）" htmlFor="key-task-text" required>
          <Input.TextArea id="key-task-text" value={text} onChange={(event) => changed(setText)(event.target.value)} autoSize={{ minRows: 6, maxRows: 12 }} placeholder="粘贴含“工作任务 / 责任分工 / 完成时限”表格或“（责任单位：…）”分工的文件正文" />
        </Form.Item>
      </Form>
      {preview && (
        <div data-testid="key-task-preview">
          <Typography.Paragraph>
            <Space size="middle" wrap>
              <strong>{preview.title || '（未识别出标题）'}</strong>
              {preview.documentNumber && <span>{preview.documentNumber}</span>}
              <span>共识别 {preview.tasks.length} 项任务</span>
            </Space>
          </Typography.Paragraph>
          {preview.problems.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message="以下问题需要处理后才能导入"
              description={
                <ul className="plain-list">
                  {preview.problems.slice(0, 8).map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                  {preview.problems.length > 8 && <li>…… 共 {preview.problems.length} 条；可在上方选择未注明时限任务的处理方式</li>}
                </ul>
              }
            />
          )}
          <Table<KeyTaskDraft>
            size="small"
            rowKey="number"
            dataSource={preview.tasks}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: '序号', dataIndex: 'number', width: 70 },
              { title: '公开事项', key: 'heading', width: 180, render: (_, task) => [task.section, task.heading].filter(Boolean).join(' / ') },
              { title: '工作内容', dataIndex: 'text', ellipsis: true },
              { title: '责任单位', key: 'units', width: 200, render: (_, task) => task.units.join('、') },
              { title: '完成时限', key: 'deadline', width: 200, render: (_, task) => deadlineText(task) },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
