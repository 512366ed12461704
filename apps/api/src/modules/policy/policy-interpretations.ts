import { InterpretationForm, InterpretationSummary, StaffPolicyView } from '@govopen/contracts';
import { PolicyDocument } from './policy-document.entity';

/**
 * A policy's interpretations, as the policy views need them. Defined here and provided by the interpretation module,
 * which depends on policies (an interpretation explains one); so policies never import interpretations.
 */
export abstract class PolicyInterpretations {
  /** The forms of each policy's interpretations; published ones only for public views. */
  abstract formsOf(policyIds: number[], publishedOnly: boolean): Promise<Map<number, InterpretationForm[]>>;
  /** Every interpretation of the policy with its workflow status, for staff. */
  abstract forStaff(policy: PolicyDocument): Promise<StaffPolicyView['interpretations']>;
  /** The published interpretations of the policy, oldest first, with their posters. */
  abstract forPublic(policy: PolicyDocument): Promise<InterpretationSummary[]>;
}
