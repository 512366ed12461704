import { KeyTaskEvidence, KeyTaskView } from '@govopen/contracts';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';

interface Option {
  value: string;
  label: string;
}

/** "policy:12" / "annual_report:2023": one Select holds both kinds of evidence. */
const evidenceOf = (value: string): KeyTaskEvidence => {
  const [kind, id] = value.split(':');
  return { kind: kind as KeyTaskEvidence['kind'], targetId: Number(id) };
};

/** A unit's progress report on one task: what was done, whether it is finished, and evidence already in the product. */
export function ReportProgressModal({ task, onClose, onReported }: { task: KeyTaskView | null; onClose: () => void; onReported: (task: KeyTaskView) => void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [completed, setCompleted] = useState(false);
  const [evidence, setEvidence] = useState<string[]>([]);
  const [options, setOptions] = useState<Option[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!task) return;
    setText('');
    setCompleted(false);
    setEvidence([]);
    Promise.all([api.admin.policies.list({ status: 'published', pageSize: 100 }).catch(() => null), api.annualReports.list().catch(() => [])]).then(([policies, reports]) =>
      setOptions([
        ...(policies?.items ?? []).map((policy) => ({ value: `policy:${policy.id}`, label: `政策文件：${policy.title}` })),
        ...reports.map((report) => ({ value: `annual_report:${report.year}`, label: `年度报告：${report.title}` })),
      ]),
    );
  }, [task]);

  const submit = async () => {
    if (!task) return;
    setBusy(true);
    try {
      onReported(await api.admin.keyTasks.reportProgress(task.id, { text, completed, evidence: evidence.map(evidenceOf) }));
      message.success('进展已填报');
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={task !== null} title={task ? `填报进展：第 ${task.number} 项` : ''} okText="提交" cancelText="取消" onOk={submit} confirmLoading={busy} okButtonProps={{ disabled: text.trim() === '' }} onCancel={onClose}>
      {task && <p className="muted">{task.text}</p>}
      <Form layout="vertical">
        <Form.Item label="进展情况" htmlFor="key-task-progress-text" required>
          <Input.TextArea id="key-task-progress-text" value={text} onChange={(event) => setText(event.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder="做了什么、在哪里公开、还差什么" />
        </Form.Item>
        <Form.Item label="佐证材料（本系统中的政策文件或年度报告，可不选）" htmlFor="key-task-progress-evidence">
          <Select id="key-task-progress-evidence" mode="multiple" value={evidence} onChange={setEvidence} options={options} optionFilterProp="label" placeholder="搜索标题" maxCount={10} />
        </Form.Item>
        <Checkbox checked={completed} onChange={(event) => setCompleted(event.target.checked)}>
          该任务已完成
        </Checkbox>
      </Form>
    </Modal>
  );
}
