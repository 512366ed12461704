import { AddWorkingDaysResponse } from '@govopen/contracts';
import { chinaToday } from '@govopen/domain';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';

/** Lets staff check a deadline by hand the way the system computes it: the anchor day is not counted. */
export function DueDateCalculator() {
  const [result, setResult] = useState<AddWorkingDaysResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ from, days }: { from: Dayjs; days: number }) => {
    setError(null);
    setResult(null);
    try {
      setResult(await api.calendar.addWorkingDays(from.format('YYYY-MM-DD'), days));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <Card title="期限计算器" size="small">
      <Form layout="inline" onFinish={submit} initialValues={{ from: dayjs(chinaToday()), days: 20 }}>
        <Form.Item name="from" label="起算日" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="days" label="工作日" rules={[{ required: true, message: '请输入天数' }]}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: 90 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          计算
        </Button>
      </Form>
      <div style={{ marginTop: 12, minHeight: 22 }}>
        {result && (
          <Space>
            <Typography.Text>
              自 {result.from} 起第 {result.days} 个工作日为
            </Typography.Text>
            <Typography.Text strong data-testid="due-date-result">
              {result.date}
            </Typography.Text>
          </Space>
        )}
        {error && <Alert type="error" showIcon message={error} />}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        起算日当天不计入；法定节假日不计，调休上班日计入。
      </Typography.Text>
    </Card>
  );
}
