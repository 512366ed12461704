import { ImportAnnualReport, PublicAnnualReportSummary } from '@govopen/contracts';
import { chinaToday } from '@govopen/domain';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../api/client';

interface Values {
  year: number;
  title: string;
  publishedOn: Dayjs;
  text: string;
}

/**
 * 导入往年报告: a report the agency published before the product, pasted as text, published at once as it was. Only a
 * past year without a report of its own can be imported; the API says which, in its own words.
 */
export function ImportPastReportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: (summary: PublicAnnualReportSummary) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lastYear = Number(chinaToday().slice(0, 4)) - 1;

  const submit = async () => {
    const values = await form.validateFields();
    const body: ImportAnnualReport = { year: values.year, title: values.title.trim(), publishedOn: values.publishedOn.format('YYYY-MM-DD'), text: values.text };
    setBusy(true);
    setError(null);
    try {
      const summary = await api.admin.annualReports.import(body);
      message.success(`${summary.year}年度报告已导入并公开`);
      form.resetFields();
      onImported(summary);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="导入往年报告"
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText="导入并公开"
      cancelText="取消"
      confirmLoading={busy}
      width={720}
      destroyOnClose
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="用于本系统上线前已经公开的年度报告"
        description="导入后即在网站和小程序的年度报告列表中公开，显示为报告原文（没有系统计算的表格）。已有报告的年度不能导入。"
      />
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="import-error" />}
      <Form form={form} layout="vertical" initialValues={{ year: lastYear }}>
        <Form.Item name="year" label="报告年度" rules={[{ required: true, message: '请填写报告年度' }]}>
          <InputNumber min={2008} max={lastYear} precision={0} style={{ width: 160 }} addonAfter="年度" />
        </Form.Item>
        <Form.Item name="title" label="报告标题" rules={[{ required: true, whitespace: true, message: '请填写报告标题' }]}>
          <Input maxLength={200} placeholder="如：某某局2019年政府信息公开工作年度报告" />
        </Form.Item>
        <Form.Item name="publishedOn" label="公开日期" rules={[{ required: true, message: '请选择报告当年的公开日期' }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(chinaToday()), 'day')} />
        </Form.Item>
        <Form.Item name="text" label="报告全文" extra="粘贴报告的纯文本，段落之间空一行。" rules={[{ required: true, whitespace: true, message: '请粘贴报告全文' }]}>
          <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
