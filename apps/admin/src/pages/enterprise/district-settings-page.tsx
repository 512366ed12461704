import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiRequestError } from '@govopen/contracts';
import { Alert, App, Button, Card, Form, Input, Result, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

interface FormValues {
  districts: string[];
}

const MAX_DISTRICTS = 100;
const MAX_NAME = 50;

/**
 * 企业所在区（市）/功能区: the agency's list that the binding form and the 政策计算器 offer, in the order shown there.
 * The same refusals as the API (empty, blank, repeated) are shown at the row as typed; the API's word is final.
 */
export function DistrictSettingsPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = () => {
    setError(null);
    api.admin.enterprises.districts().then(
      (list) => {
        form.setFieldsValue({ districts: list.districts });
        setLoaded(true);
      },
      (caught) => setError(errorMessage(caught)),
    );
  };
  useEffect(load, []);

  const save = async (values: FormValues) => {
    setSaving(true);
    setRefusal(null);
    try {
      const saved = await api.admin.enterprises.saveDistricts({ districts: values.districts.map((name) => name.trim()) });
      form.setFieldsValue({ districts: saved.districts });
      message.success('所在区（市）列表已保存');
    } catch (caught) {
      // A refusal names the list (districts): shown above it, in the API's words.
      setRefusal(caught instanceof ApiRequestError ? caught.message : errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Result status="warning" title="所在区（市）列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>企业所在区（市）</PageHeading>
      </div>
      <Card title="所在区（市）/功能区" extra={<span className="muted">企业绑定和政策计算器按此顺序列出</span>} style={{ maxWidth: 720 }}>
        {!loaded ? (
          <Skeleton active />
        ) : (
          <Form form={form} onFinish={save} data-testid="district-form">
            <Typography.Paragraph type="secondary">
              每项一个区（市）或功能区。已绑定的企业不受删除影响；它们下次修改企业信息时需改选列表中的一项。
            </Typography.Paragraph>
            {refusal && <Alert type="error" showIcon message="未保存" description={refusal} style={{ marginBottom: 16 }} data-testid="district-refusal" />}
            <Form.List
              name="districts"
              rules={[
                {
                  validator: async (_, names: string[] | undefined) => {
                    if (!names?.length) throw new Error('至少要有一个区（市）：企业绑定时要从中选择');
                  },
                },
              ]}
            >
              {(fields, { add, remove, move }, { errors }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item
                        name={field.name}
                        validateTrigger={['onChange', 'onBlur']}
                        rules={[
                          { required: true, whitespace: true, message: '名称不能为空；不需要的一项请删除' },
                          { max: MAX_NAME, message: `名称不超过 ${MAX_NAME} 个字` },
                          {
                            validator: async (_, value: string | undefined) => {
                              const name = value?.trim();
                              const names: string[] = form.getFieldValue('districts') ?? [];
                              if (name && names.findIndex((other) => other?.trim() === name) < index) throw new Error(`“${name}”与前面的一项重复`);
                            },
                          },
                        ]}
                      >
                        <Input style={{ width: 320 }} aria-label={`第 ${index + 1} 个区（市）`} />
                      </Form.Item>
                      <Button icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`上移第 ${index + 1} 个区（市）`} />
                      <Button icon={<ArrowDownOutlined />} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={`下移第 ${index + 1} 个区（市）`} />
                      <Button icon={<DeleteOutlined />} danger onClick={() => remove(field.name)} aria-label={`删除第 ${index + 1} 个区（市）`} />
                    </Space>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Space style={{ marginTop: 8 }}>
                    <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_DISTRICTS} onClick={() => add('')}>
                      添加区（市）
                    </Button>
                    <Button type="primary" htmlType="submit" loading={saving}>
                      保存
                    </Button>
                  </Space>
                </>
              )}
            </Form.List>
          </Form>
        )}
      </Card>
    </>
  );
}
