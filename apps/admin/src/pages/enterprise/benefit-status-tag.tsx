import { PolicyBenefitStatus } from '@govopen/contracts';
import { Tag } from 'antd';

export function BenefitStatusTag({ status, label }: { status: PolicyBenefitStatus; label: string }) {
  return <Tag color={status === 'published' ? 'success' : 'default'}>{label}</Tag>;
}
