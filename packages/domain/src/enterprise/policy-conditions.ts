import { EnterpriseSize } from './enterprise-size';
import { QualificationKind } from './qualification';

/**
 * Who a policy is for (惠及对象 / 申报条件), as data, so it can be matched and explained: all-of and any-of
 * combinations of industry, size, district, qualification, age and free text for a person to judge.
 */
export type PolicyConditions =
  | { kind: 'all'; of: PolicyConditions[] }
  | { kind: 'any'; of: PolicyConditions[] }
  /** 门类 letters or 大类 codes of GB/T 4754-2017; the enterprise is in one of them. */
  | { kind: 'industry'; codes: string[] }
  | { kind: 'size'; sizes: EnterpriseSize[] }
  | { kind: 'district'; districts: string[] }
  /** Holds one of the kinds, obtained within the years given (inclusive), if any. */
  | { kind: 'qualification'; qualifications: QualificationKind[]; obtainedFromYear?: number; obtainedToYear?: number }
  /** Age on the day of matching, in whole years; 满 N 年 on the N-th anniversary of the founding date. */
  | { kind: 'founded'; foundedYearsAtLeast?: number; foundedYearsAtMost?: number }
  /** A condition no data answers ("近三年无重大安全事故"): always for a person to check. */
  | { kind: 'text'; text: string };

export type PolicyConditionKind = PolicyConditions['kind'];
