import { LocalDate } from '../calendar/local-date';
import { SizeFigures } from './classify-enterprise-size';
import { EnterpriseSize } from './enterprise-size';
import { Qualification } from './qualification';

/**
 * What is known of an enterprise (its 画像), or what a visitor typed into the 政策计算器: every part may be missing,
 * and a missing part makes a condition on it a question, never a refusal.
 */
export interface EnterpriseProfile {
  /** 统一社会信用代码 (GB 32100; see checkCreditCode). */
  creditCode?: string;
  name?: string;
  /** GB/T 4754-2017: a 门类 letter, a 大类, or the digits of a 中类 or 小类 (see parseIndustryCode). */
  industryCode?: string;
  /** The size when it is known; otherwise it is computed from the figures and the industry. */
  size?: EnterpriseSize;
  figures?: SizeFigures;
  /** The 区（县、市） the enterprise is registered in, as the policy names it: '环翠区'. */
  district?: string;
  foundedDate?: LocalDate;
  registeredCapitalWan?: number;
  /** Undefined: not known; an empty list: none. */
  qualifications?: Qualification[];
}
