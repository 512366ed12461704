import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeading } from '../../layout/page-heading';

export function LoginPage() {
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #7f1d1d 0%, #b71c1c 45%, #f3f4f6 45%)',
      }}
    >
      {/* A plain panel, not antd's Card: Card brings Tabs and Menu with it, which the first page anyone opens never uses. */}
      <div style={{ width: 400, padding: 24, background: '#fff', borderRadius: 8, boxShadow: '0 10px 30px rgba(0,0,0,.15)' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <img src="/admin/favicon.svg" alt="" width={48} height={48} />
          <PageHeading title="登录">政务公开通 · 管理后台</PageHeading>
          <Typography.Text type="secondary">政府信息公开工作平台</Typography.Text>
        </div>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" size="large" placeholder="用户名" />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" placeholder="密码" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          连续输错密码 5 次，账号将锁定 15 分钟。所有操作均记入审计日志。
        </Typography.Paragraph>
      </div>
    </div>
  );
}
