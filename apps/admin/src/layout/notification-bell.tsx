import { formatChinaDateTime } from '@govopen/domain';
import { BellOutlined } from '@ant-design/icons';
import { InboxMessage } from '@govopen/contracts';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';

const REFRESH_MS = 60_000;

/** Reminders, escalations and new cases from the outbox; a click opens the case and marks the notice read. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [messages, setMessages] = useState<InboxMessage[]>([]);
  const [open, setOpen] = useState(false);

  const load = useCallback(() => {
    api.admin.notifications
      .mine()
      .then(setMessages)
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const unread = messages.filter((message) => !message.read);
  const openMessage = async (message: InboxMessage) => {
    setOpen(false);
    if (!message.read) {
      await api.admin.notifications.read(message.id).catch(() => undefined);
      load();
    }
    if (message.link) navigate(message.link);
  };
  const readAll = async () => {
    await Promise.all(unread.map((message) => api.admin.notifications.read(message.id).catch(() => undefined)));
    load();
  };

  const content = (
    <div style={{ width: 380, maxHeight: 480, overflow: 'auto' }} data-testid="notification-list">
      {messages.length === 0 ? (
        <Empty description="暂无通知" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={messages.slice(0, 30)}
          renderItem={(message) => (
            <List.Item style={{ cursor: 'pointer', background: message.read ? undefined : '#fff7ed' }} onClick={() => openMessage(message)}>
              <List.Item.Meta
                title={
                  <span>
                    {!message.read && <Badge status="error" style={{ marginRight: 6 }} />}
                    {message.title}
                  </span>
                }
                description={
                  <>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 2 }}>
                      {message.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatChinaDateTime(message.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span>通知</span>
          {unread.length > 0 && (
            <Button type="link" size="small" onClick={readAll}>
              全部标为已读
            </Button>
          )}
        </div>
      }
      content={content}
    >
      <Badge count={unread.length} size="small" offset={[-2, 4]}>
        <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={`通知（${unread.length} 条未读）`} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
