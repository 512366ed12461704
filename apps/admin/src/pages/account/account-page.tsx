import { App, Button, Card, Form, Input } from 'antd';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { PageHeading } from '../../layout/page-heading';

export function AccountPage() {
  const { message } = App.useApp();
  const { logout } = useSession();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirm: string }>();

  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    try {
      await api.admin.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success('密码已修改，请用新密码重新登录');
      logout();
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  return (
    <Card title={<PageHeading>修改密码</PageHeading>} style={{ maxWidth: 520 }}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 12 位，包含大写字母、小写字母、数字、符号中的至少三类，且不含用户名"
          rules={[{ required: true, message: '请输入新密码' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          修改密码
        </Button>
      </Form>
    </Card>
  );
}
