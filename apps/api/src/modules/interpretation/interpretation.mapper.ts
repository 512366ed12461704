import { INTERPRETATION_FORM_LABELS, InterpretationSummary } from '@govopen/contracts';
import { PolicyDocument } from '../policy/policy-document.entity';
import { Interpretation } from './interpretation.entity';

export function interpretationSummary(item: Interpretation, policy: Pick<PolicyDocument, 'title'>, posterUrl: string | null): InterpretationSummary {
  return {
    id: item.id,
    policyId: item.policyId,
    policyTitle: policy.title,
    title: item.title,
    form: item.form,
    formLabel: INTERPRETATION_FORM_LABELS[item.form],
    source: item.source,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    posterUrl,
  };
}
