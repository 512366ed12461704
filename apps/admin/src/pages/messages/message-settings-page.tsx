import { MessageSettings } from '@govopen/contracts';
import { App, Button, Card, Input, InputNumber, Result, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

/** Reply limits per board, the agency's sensitive words and each unit's routing keywords. */
export function MessageSettingsPage() {
  const { message } = App.useApp();
  const [settings, setSettings] = useState<MessageSettings | null>(null);
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = () => {
    setError(null);
    api.admin.messages
      .settings()
      .then((next) => {
        setSettings(next);
        setWords(next.sensitiveWords.join('\n'));
      })
      .catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, []);

  if (error) return <Result status="warning" title="留言设置加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!settings) return <Skeleton active />;

  const save = async () => {
    setSaving(true);
    try {
      const next = await api.admin.messages.saveSettings({ ...settings, sensitiveWords: words.split(/\n/).map((word) => word.trim()).filter(Boolean) });
      setSettings(next);
      setWords(next.sensitiveWords.join('\n'));
      message.success('留言设置已保存');
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <PageHeading>留言设置</PageHeading>
        <Button type="primary" loading={saving} onClick={save}>
          保存设置
        </Button>
      </div>
      <Card title="答复时限（工作日）" style={{ marginBottom: 16 }} extra={<span className="muted">新时限适用于此后受理的留言</span>}>
        <Table
          rowKey="board"
          pagination={false}
          dataSource={settings.boards}
          columns={[
            { title: '板块', dataIndex: 'name' },
            {
              title: '答复时限',
              dataIndex: 'replyWorkingDays',
              render: (value: number, row) => (
                <InputNumber min={1} max={60} value={value} addonAfter="个工作日" aria-label={`${row.name}答复时限`} onChange={(next) => setSettings({ ...settings, boards: settings.boards.map((board) => (board.board === row.board ? { ...board, replyWorkingDays: next ?? 1 } : board)) })} />
              ),
            },
            {
              title: '到期前提醒',
              dataIndex: 'remindWorkingDays',
              render: (value: number, row) => (
                <InputNumber min={0} max={10} value={value} addonAfter="个工作日" onChange={(next) => setSettings({ ...settings, boards: settings.boards.map((board) => (board.board === row.board ? { ...board, remindWorkingDays: next ?? 0 } : board)) })} />
              ),
            },
          ]}
        />
      </Card>
      <Card title="科室分办关键词" style={{ marginBottom: 16 }} extra={<span className="muted">留言提到关键词时，建议分办给该科室；也参考相似留言由哪个科室答复</span>}>
        {settings.units.map((unit) => (
          <Space key={unit.unitId} style={{ display: 'flex', marginBottom: 8 }} align="start">
            <Typography.Text style={{ width: 140, display: 'inline-block' }}>{unit.unitName}</Typography.Text>
            <Select
              mode="tags"
              style={{ minWidth: 480 }}
              value={unit.keywords}
              placeholder="输入关键词后回车"
              aria-label={`${unit.unitName}关键词`}
              onChange={(keywords: string[]) => setSettings({ ...settings, units: settings.units.map((entry) => (entry.unitId === unit.unitId ? { ...entry, keywords } : entry)) })}
            />
          </Space>
        ))}
      </Card>
      <Card title="敏感词" extra={<span className="muted">每行一个；命中的留言和意见先交人工审核，不直接显示</span>}>
        <Input.TextArea rows={8} value={words} onChange={(event) => setWords(event.target.value)} aria-label="敏感词" />
      </Card>
    </>
  );
}
