import { EnterpriseProfile, Qualification } from '@govopen/domain';

/** The 画像 as stored: what members edit and what every revision compares. */
export interface EnterpriseFacts {
  name: string;
  legalRepresentative: string;
  industryCode: string;
  employees: number;
  revenueWan: number;
  assetsWan: number | null;
  district: string;
  foundedOn: string;
  registeredCapitalWan: number | null;
  qualifications: Required<Qualification>[];
}

export const ENTERPRISE_FIELD_LABELS: Record<keyof EnterpriseFacts | 'subscription', string> = {
  name: '企业名称',
  legalRepresentative: '法定代表人',
  industryCode: '所属行业',
  employees: '从业人员',
  revenueWan: '营业收入（万元）',
  assetsWan: '资产总额（万元）',
  district: '所在区（市）',
  foundedOn: '成立日期',
  registeredCapitalWan: '注册资本（万元）',
  qualifications: '企业资质',
  subscription: '订阅设置',
};

/** What matching knows of a stored enterprise: everything, with the size left to the figures and the industry. */
export function profileOfEnterprise(facts: EnterpriseFacts): EnterpriseProfile {
  return {
    industryCode: facts.industryCode,
    figures: { employees: facts.employees, revenueWan: facts.revenueWan, assetsWan: facts.assetsWan },
    district: facts.district,
    foundedDate: facts.foundedOn,
    registeredCapitalWan: facts.registeredCapitalWan ?? undefined,
    qualifications: facts.qualifications,
  };
}
