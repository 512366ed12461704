import { CreateDisclosureRequestOnBehalf, DELIVERY_METHOD_LABELS, PROVISION_METHOD_LABELS, REQUEST_CHANNEL_LABELS } from '@govopen/contracts';
import { checkCreditCode, checkPhone, checkResidentId, chinaToday } from '@govopen/domain';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

/** The channels a clerk enters a request from; online requests enter themselves. */
const PAPER_CHANNELS: CreateDisclosureRequestOnBehalf['channel'][] = ['in_person', 'mail', 'fax'];

interface NewRequestForm {
  channel: CreateDisclosureRequestOnBehalf['channel'];
  receivedDate: Dayjs;
  type: 'citizen' | 'organization';
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  contactName?: string;
  phone: string;
  address: string;
  email?: string;
  title: string;
  description: string;
  provisionMethod: keyof typeof PROVISION_METHOD_LABELS;
  deliveryMethod: keyof typeof DELIVERY_METHOD_LABELS;
  pledge: boolean;
}

const rule = (check: (value: string) => string | null) => ({
  validator: (_: unknown, value: string) => (!value || !check(value) ? Promise.resolve() : Promise.reject(new Error(check(value)!))),
});

/** 代为填写 (Art. 29): staff enter a paper, mail, fax or walk-in application; help for applicants who need it (Art. 43). */
export function NewDisclosureRequestPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewRequestForm>();
  const [submitting, setSubmitting] = useState(false);
  const type = Form.useWatch('type', form) ?? 'citizen';

  const submit = async (values: NewRequestForm) => {
    setSubmitting(true);
    try {
      const applicant =
        values.type === 'citizen'
          ? { type: 'citizen' as const, name: values.name, idType: 'resident_id' as const, idNumber: values.idNumber!, phone: values.phone, address: values.address, email: values.email || undefined }
          : { type: 'organization' as const, name: values.name, organizationKind: 'business' as const, creditCode: values.creditCode!, legalRepresentative: values.legalRepresentative!, contactName: values.contactName!, phone: values.phone, address: values.address, email: values.email || undefined };
      const created = await api.admin.disclosureRequests.createOnBehalf({
        idempotencyKey: `staff-${Date.now()}`,
        channel: values.channel,
        receivedDate: values.receivedDate.format('YYYY-MM-DD'),
        applicant,
        title: values.title,
        description: values.description,
        provisionMethod: values.provisionMethod,
        deliveryMethod: values.deliveryMethod,
        pledge: values.pledge,
      });
      message.success(`已登记，受理编号 ${created.trackingNumber}`);
      navigate(`/disclosure-requests/${created.id}`, { replace: true });
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <PageHeading>代为登记申请</PageHeading>
        <Button onClick={() => navigate(-1)}>返回</Button>
      </div>
      <Card style={{ maxWidth: 860 }}>
        <Form<NewRequestForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ channel: 'in_person', receivedDate: dayjs(chinaToday()), type: 'citizen', provisionMethod: 'paper', deliveryMethod: 'pickup', pledge: false }}
        >
          <Form.Item name="channel" label="申请渠道" extra="当面提交以提交当日为收到日期；邮寄以签收之日为准；传真以双方确认之日为准（第三十一条）">
            <Radio.Group options={PAPER_CHANNELS.map((value) => ({ value, label: REQUEST_CHANNEL_LABELS[value] }))} />
          </Form.Item>
          <Form.Item name="receivedDate" label="收到申请日期" rules={[{ required: true, message: '请选择收到日期' }]}>
            <DatePicker disabledDate={(date) => date.format('YYYY-MM-DD') > chinaToday()} />
          </Form.Item>
          <Form.Item name="type" label="申请人类型">
            <Radio.Group options={[{ value: 'citizen', label: '公民' }, { value: 'organization', label: '法人或其他组织' }]} />
          </Form.Item>
          <Form.Item name="name" label={type === 'citizen' ? '姓名' : '单位名称'} rules={[{ required: true, message: '请填写申请人' }]}>
            <Input maxLength={100} />
          </Form.Item>
          {type === 'citizen' ? (
            <Form.Item name="idNumber" label="居民身份证号码" rules={[{ required: true, message: '请填写证件号码' }, rule((value) => checkResidentId(value, chinaToday()))]}>
              <Input maxLength={18} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, message: '请填写统一社会信用代码' }, rule(checkCreditCode)]}>
                <Input maxLength={18} />
              </Form.Item>
              <Form.Item name="legalRepresentative" label="法定代表人" rules={[{ required: true, message: '请填写法定代表人' }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}>
                <Input maxLength={50} />
              </Form.Item>
            </>
          )}
          <Form.Item name="phone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }, rule(checkPhone)]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="address" label="通信地址" rules={[{ required: true, message: '请填写通信地址' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="email" label="电子邮箱">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label="所需信息名称" rules={[{ required: true, message: '请填写所需信息名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label="内容描述" rules={[{ required: true, min: 10, message: '请至少用 10 个字描述所需信息' }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="provisionMethod" label="提供方式">
            <Select options={Object.entries(PROVISION_METHOD_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="deliveryMethod" label="获取方式">
            <Select options={Object.entries(DELIVERY_METHOD_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="pledge" valuePropName="checked" rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error('请确认申请人已签字承诺'))) }]}>
            <Checkbox>申请人已在纸质申请表上签字承诺内容真实</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            登记
          </Button>
        </Form>
      </Card>
    </>
  );
}
