import { NoticeDelivery } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { DeliveryStatusTag } from './delivery-status-tag';

/**
 * 通知送达 on a case's workbench: each notice the applicant was sent, and whether WeChat has it. Reloads when the
 * case changes (`version`), since an action writes a new notice.
 */
export function CaseDeliveries({ requestId, version }: { requestId: number; version: number }) {
  const [rows, setRows] = useState<NoticeDelivery[] | null>(null);
  useEffect(() => {
    api.admin.disclosureRequests
      .deliveries(requestId)
      .then(setRows)
      .catch(() => setRows(null));
  }, [requestId, version]);
  if (!rows?.length) return null;
  return (
    <Card title="通知送达" style={{ marginBottom: 16 }} data-testid="case-deliveries">
      {rows.map((row) => (
        <div key={row.id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', padding: '6px 0', gap: 8 }}>
          <Space direction="vertical" size={0}>
            <span>{row.title}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatChinaDateTime(row.createdAt)}
              {row.error ? ` · ${row.error}` : ''}
            </Typography.Text>
          </Space>
          <DeliveryStatusTag status={row.status} />
        </div>
      ))}
    </Card>
  );
}
