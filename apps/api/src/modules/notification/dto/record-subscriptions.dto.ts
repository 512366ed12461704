import { RecordSubscriptions } from '@govopen/contracts';
import { IsObject } from 'class-validator';

export class RecordSubscriptionsDto implements RecordSubscriptions {
  /** Checked by the service against the configured templates: an unknown id or answer is a 400 naming it. */
  @IsObject({ message: 'results 应为对象：{ "模板ID": "accept" | "reject" | "ban" | "filter" }' })
  results: Record<string, 'accept' | 'reject' | 'ban' | 'filter'>;
}
