import { CitizenApplicant, DisclosureAction, OrganizationApplicant } from '@govopen/contracts';
import { getMetadataStorage } from 'class-validator';
import { ApplicantDto } from './create-disclosure-request.dto';
import { PerformDisclosureActionDto } from './perform-disclosure-action.dto';

/**
 * Two bodies are one flat class for a contract union (class-validator switches rules on `type`; no class can
 * `implements` a union). These checks tie them to the contract instead: the compiler fails `pnpm typecheck` when
 * a variant gains a field the class does not validate, the class validates a field no variant has, or a field's
 * type no longer accepts the variant's.
 */
type KeysOfUnion<U> = U extends unknown ? keyof U : never;
type FlatCarries<Flat, U extends Partial<Flat>> = [Exclude<KeysOfUnion<U>, keyof Flat>, Exclude<keyof Flat, KeysOfUnion<U>>] extends [never, never] ? true : false;
function compiles<T extends true>(): T | undefined {
  return undefined;
}

/** The properties class-validator checks on a class: what the body accepts at run time. */
function validatedFields(target: new () => object): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))].sort();
}

describe('flat bodies carry their contract unions', () => {
  it('the action body has exactly the fields of DisclosureAction', () => {
    compiles<FlatCarries<PerformDisclosureActionDto, DisclosureAction>>();
    const fields: Record<KeysOfUnion<DisclosureAction>, true> = {
      type: true, receivedDate: true, unitId: true, assistUnitIds: true, reason: true, items: true, dueDate: true, date: true, reasonable: true,
      party: true, partyName: true, question: true, consent: true, opinion: true, basis: true, pages: true, days: true, outcome: true, referral: true,
      referralContact: true, note: true, kind: true, result: true,
    };
    // Every field of the contract is validated: an unvalidated field would be stripped by the whitelist and lost.
    expect(validatedFields(PerformDisclosureActionDto)).toEqual(Object.keys(fields).sort());
  });

  it('the applicant body has exactly the fields of the two applicant kinds', () => {
    compiles<FlatCarries<ApplicantDto, CitizenApplicant | OrganizationApplicant>>();
    const fields: Record<KeysOfUnion<CitizenApplicant | OrganizationApplicant>, true> = {
      type: true, name: true, idType: true, idNumber: true, phone: true, address: true, postcode: true, email: true, workUnit: true,
      organizationKind: true, creditCode: true, legalRepresentative: true, contactName: true,
    };
    expect(validatedFields(ApplicantDto)).toEqual(Object.keys(fields).sort());
  });
});
