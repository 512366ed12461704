import { CalendarExceptionDay, CalendarStatus, CalendarYearSummary, StaffRole } from '@govopen/contracts';
import { dayOfWeek, formatChinaDateTime } from '@govopen/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { DueDateCalculator } from './due-date-calculator';
import { MonthGrid } from './month-grid';
import { PageHeading } from '../../layout/page-heading';

type DayKind = 'normal' | 'holiday' | 'makeup';

export function CalendarPage() {
  const { message, modal } = App.useApp();
  const { hasRole } = useSession();
  const editable = hasRole(StaffRole.SYSTEM_ADMIN, StaffRole.OFFICE_HEAD);
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  const [years, setYears] = useState<CalendarYearSummary[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [days, setDays] = useState<Map<string, CalendarExceptionDay>>(new Map());
  const [note, setNote] = useState('');
  const [dirty, setDirty] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [pickForm] = Form.useForm<{ kind: DayKind; name: string }>();
  const [rangeForm] = Form.useForm<{ range: [Dayjs, Dayjs]; name: string }>();

  const loadOverview = useCallback(async () => {
    const [nextStatus, nextYears] = await Promise.all([api.admin.calendar.status(), api.admin.calendar.years()]);
    setStatus(nextStatus);
    setYears(nextYears);
    return nextStatus;
  }, []);

  const loadYear = useCallback(async (target: number, known: CalendarYearSummary[]) => {
    setYear(target);
    setDirty(false);
    if (!known.some((row) => row.year === target)) {
      setDays(new Map());
      setNote('');
      return;
    }
    const detail = await api.admin.calendar.year(target);
    setDays(new Map(detail.days.map((day) => [day.date, day])));
    setNote(detail.note ?? '');
  }, []);

  useEffect(() => {
    loadOverview()
      .then(async (nextStatus) => {
        const currentYear = Number(nextStatus.today.slice(0, 4));
        const list = await api.admin.calendar.years();
        // Open straight on the year that needs entering when there is one.
        const missingNext = !nextStatus.years.includes(currentYear + 1);
        await loadYear(missingNext && nextStatus.warning ? currentYear + 1 : currentYear, list);
      })
      .catch((caught) => setLoadError(errorMessage(caught)));
  }, [loadOverview, loadYear]);

  const yearOptions = useMemo(() => {
    if (!status) return [];
    const currentYear = Number(status.today.slice(0, 4));
    const all = new Set([...years.map((row) => row.year), currentYear, currentYear + 1]);
    return [...all]
      .sort((a, b) => b - a)
      .map((value) => ({
        value,
        label: years.some((row) => row.year === value) ? `${value} 年` : `${value} 年（未录入）`,
      }));
  }, [status, years]);

  const setDay = (date: string, kind: DayKind, name: string | null) => {
    setDays((previous) => {
      const next = new Map(previous);
      if (kind === 'normal') next.delete(date);
      else next.set(date, { date, working: kind === 'makeup', name: name || null });
      return new Map([...next.entries()].sort(([a], [b]) => a.localeCompare(b)));
    });
    setDirty(true);
  };

  const openDay = (date: string) => {
    if (!editable) return;
    const existing = days.get(date);
    pickForm.setFieldsValue({
      kind: existing ? (existing.working ? 'makeup' : 'holiday') : 'normal',
      name: existing?.name ?? '',
    });
    setPicked(date);
  };

  const addRange = ({ range, name }: { range: [Dayjs, Dayjs]; name: string }) => {
    if (!year) return;
    const [start, end] = range;
    if (start.year() !== year || end.year() !== year) {
      message.error(`只能录入 ${year} 年内的日期`);
      return;
    }
    for (let date = start; !date.isAfter(end, 'day'); date = date.add(1, 'day')) {
      setDay(date.format('YYYY-MM-DD'), 'holiday', name);
    }
    rangeForm.resetFields();
  };

  const save = () => {
    if (!year) return;
    modal.confirm({
      title: `保存 ${year} 年节假日安排？`,
      content: '保存后，所有未办结事项的法定期限将按新日历重新计算，操作记入审计日志。',
      okText: '保存',
      cancelText: '取消',
      onOk: async () => {
        setSaving(true);
        try {
          await api.admin.calendar.putYear(year, { days: [...days.values()], note: note || undefined });
          message.success(`${year} 年节假日安排已保存`);
          const list = await api.admin.calendar.years();
          await loadOverview();
          await loadYear(year, list);
        } catch (caught) {
          message.error(errorMessage(caught));
        } finally {
          setSaving(false);
        }
      },
    });
  };

  if (loadError) return <Result status="warning" title="工作日历加载失败" subTitle={loadError} />;
  if (!status || year === null) return <Skeleton active paragraph={{ rows: 10 }} />;

  const summary = years.find((row) => row.year === year);
  const list = [...days.values()];
  const holidays = list.filter((day) => !day.working).length;

  return (
    <>
      <div className="page-header">
        <PageHeading>工作日历</PageHeading>
        <Space>
          <Select
            value={year}
            options={yearOptions}
            style={{ width: 200 }}
            onChange={(value) => loadYear(value, years).catch((caught) => message.error(errorMessage(caught)))}
            aria-label="选择年份"
          />
          {editable && (
            <Button type="primary" onClick={save} loading={saving} disabled={!dirty && Boolean(summary)}>
              保存 {year} 年安排
            </Button>
          )}
        </Space>
      </div>
      {status.warning && <Alert type="warning" showIcon message={status.warning} style={{ marginBottom: 16 }} />}
      {!summary && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${year} 年尚未录入`}
          description="请按国务院办公厅发布的节假日安排通知录入：在右侧按区间添加放假日期，再点击日历中的周六、周日设为调休上班日。未录入的年份，系统不会推测，相关期限将提示无法计算。"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card
            title={
              <Space>
                {year} 年
                {summary && <Tag color={summary.source === 'package' ? 'blue' : 'green'}>{summary.source === 'package' ? '来自节假日数据包' : '人工录入'}</Tag>}
                {dirty && <Tag color="orange">有未保存的修改</Tag>}
              </Space>
            }
            extra={
              <Space size="large" className="muted">
                <span>
                  <span className="legend-swatch" style={{ background: '#fee2e2' }} />放假 {holidays} 天
                </span>
                <span>
                  <span className="legend-swatch" style={{ background: '#dbeafe' }} />调休上班 {list.length - holidays} 天
                </span>
              </Space>
            }
          >
            <Row gutter={[24, 20]}>
              {Array.from({ length: 12 }, (_, index) => (
                <Col key={index} xs={12} md={8} lg={6}>
                  <MonthGrid year={year} month={index + 1} exceptions={days} today={status.today} onPick={openDay} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <DueDateCalculator />
            {editable && (
              <Card title="按区间添加放假" size="small">
                <Form form={rangeForm} layout="vertical" onFinish={addRange}>
                  <Form.Item name="range" label="放假起止日期" rules={[{ required: true, message: '请选择日期区间' }]}>
                    <DatePicker.RangePicker style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="name" label="节日名称" rules={[{ required: true, message: '请填写节日名称，如“春节”' }]}>
                    <Input maxLength={40} placeholder="如：春节" />
                  </Form.Item>
                  <Button htmlType="submit" block>
                    添加到日历
                  </Button>
                </Form>
              </Card>
            )}
            <Card title="节假日与调休明细" size="small">
              {list.length === 0 ? (
                <Empty description="暂无节假日或调休安排" />
              ) : (
                <Table
                  size="small"
                  rowKey="date"
                  pagination={false}
                  scroll={{ y: 320 }}
                  dataSource={list}
                  columns={[
                    { title: '日期', dataIndex: 'date', width: 110, render: (date: string) => `${date.slice(5)} 周${'日一二三四五六'[dayOfWeek(date)]}` },
                    { title: '安排', dataIndex: 'working', width: 90, render: (working: boolean) => (working ? <Tag color="blue">调休上班</Tag> : <Tag color="red">放假</Tag>) },
                    { title: '名称', dataIndex: 'name' },
                  ]}
                />
              )}
              {editable && (
                <Input.TextArea
                  style={{ marginTop: 12 }}
                  rows={2}
                  maxLength={200}
                  placeholder="备注，如：国办发明电〔2026〕X号"
                  value={note}
                  onChange={(event) => {
                    setNote(event.target.value);
                    setDirty(true);
                  }}
                />
              )}
              {summary && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
                  最近更新：{formatChinaDateTime(summary.updatedAt)}
                  {summary.updatedBy ? `（${summary.updatedBy}）` : ''}
                </Typography.Paragraph>
              )}
            </Card>
          </Space>
        </Col>
      </Row>
      <Modal
        open={picked !== null}
        title={picked ? `设置 ${picked}（周${'日一二三四五六'[dayOfWeek(picked)]}）` : ''}
        okText="确定"
        cancelText="取消"
        onCancel={() => setPicked(null)}
        onOk={() =>
          pickForm.validateFields().then(({ kind, name }) => {
            if (picked) setDay(picked, kind, name);
            setPicked(null);
          })
        }
      >
        <Form form={pickForm} layout="vertical">
          <Form.Item name="kind" label="这一天">
            <Radio.Group>
              <Radio value="normal">按常规（周一至周五上班）</Radio>
              <Radio value="holiday">放假</Radio>
              <Radio value="makeup" disabled={picked ? ![0, 6].includes(dayOfWeek(picked)) : false}>
                调休上班
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="name" label="名称">
            <Input maxLength={40} placeholder="如：国庆节" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
