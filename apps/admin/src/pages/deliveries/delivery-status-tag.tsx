import { NoticeDelivery } from '@govopen/contracts';
import { DELIVERY_STATUS_LABELS } from '@govopen/domain';
import { Tag } from 'antd';

const COLORS: Record<NoticeDelivery['status'], string> = {
  pending: 'processing',
  sending: 'processing',
  sent: 'success',
  failed: 'error',
  unknown: 'warning',
  dead: 'error',
  in_app_only: 'default',
  not_applicable: 'default',
};

export function DeliveryStatusTag({ status }: { status: NoticeDelivery['status'] }) {
  return <Tag color={COLORS[status]}>{DELIVERY_STATUS_LABELS[status]}</Tag>;
}
