/**
 * The 附表 of 《统计上大中小微型企业划分办法（2017）》(国家统计局 国统字〔2017〕213号, built on 工信部联企业〔2011〕300号
 * and GB/T 4754-2017), whole: each group of industries, the indicators it lists, and their lower bounds.
 * 说明: 大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可.
 */

/** 从业人员 (X, 人), 营业收入 (Y, 万元), 资产总额 (Z, 万元). */
export const SIZE_INDICATORS = ['employees', 'revenueWan', 'assetsWan'] as const;

export type SizeIndicator = (typeof SIZE_INDICATORS)[number];

export const SIZE_INDICATOR_LABELS: Record<SizeIndicator, { name: string; unit: string }> = {
  employees: { name: '从业人员', unit: '人' },
  revenueWan: { name: '营业收入', unit: '万元' },
  assetsWan: { name: '资产总额', unit: '万元' },
};

/** Lower bounds of 大型, 中型 and 小型; below the 小型 bound is 微型. */
export interface SizeBounds {
  large: number;
  medium: number;
  small: number;
}

export type SizeGroupKey =
  | 'agriculture'
  | 'industry'
  | 'construction'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation'
  | 'catering'
  | 'informationTransmission'
  | 'software'
  | 'realEstateDevelopment'
  | 'propertyManagement'
  | 'leasingAndBusinessServices'
  | 'otherUnlisted';

export interface SizeGroup {
  /** 行业名称 as the 附表 prints it. */
  name: string;
  /** Only the indicators the 附表 lists for the group, in X, Y, Z order. */
  bounds: Partial<Record<SizeIndicator, SizeBounds>>;
}

export const SIZE_GROUPS: Record<SizeGroupKey, SizeGroup> = {
  agriculture: { name: '农、林、牧、渔业', bounds: { revenueWan: { large: 20000, medium: 500, small: 50 } } },
  industry: {
    name: '工业',
    bounds: { employees: { large: 1000, medium: 300, small: 20 }, revenueWan: { large: 40000, medium: 2000, small: 300 } },
  },
  construction: {
    name: '建筑业',
    bounds: { revenueWan: { large: 80000, medium: 6000, small: 300 }, assetsWan: { large: 80000, medium: 5000, small: 300 } },
  },
  wholesale: {
    name: '批发业',
    bounds: { employees: { large: 200, medium: 20, small: 5 }, revenueWan: { large: 40000, medium: 5000, small: 1000 } },
  },
  retail: {
    name: '零售业',
    bounds: { employees: { large: 300, medium: 50, small: 10 }, revenueWan: { large: 20000, medium: 500, small: 100 } },
  },
  transport: {
    name: '交通运输业',
    bounds: { employees: { large: 1000, medium: 300, small: 20 }, revenueWan: { large: 30000, medium: 3000, small: 200 } },
  },
  warehousing: {
    name: '仓储业',
    bounds: { employees: { large: 200, medium: 100, small: 20 }, revenueWan: { large: 30000, medium: 1000, small: 100 } },
  },
  postal: {
    name: '邮政业',
    bounds: { employees: { large: 1000, medium: 300, small: 20 }, revenueWan: { large: 30000, medium: 2000, small: 100 } },
  },
  accommodation: {
    name: '住宿业',
    bounds: { employees: { large: 300, medium: 100, small: 10 }, revenueWan: { large: 10000, medium: 2000, small: 100 } },
  },
  catering: {
    name: '餐饮业',
    bounds: { employees: { large: 300, medium: 100, small: 10 }, revenueWan: { large: 10000, medium: 2000, small: 100 } },
  },
  informationTransmission: {
    name: '信息传输业',
    bounds: { employees: { large: 2000, medium: 100, small: 10 }, revenueWan: { large: 100000, medium: 1000, small: 100 } },
  },
  software: {
    name: '软件和信息技术服务业',
    bounds: { employees: { large: 300, medium: 100, small: 10 }, revenueWan: { large: 10000, medium: 1000, small: 50 } },
  },
  realEstateDevelopment: {
    name: '房地产开发经营',
    bounds: { revenueWan: { large: 200000, medium: 1000, small: 100 }, assetsWan: { large: 10000, medium: 5000, small: 2000 } },
  },
  propertyManagement: {
    name: '物业管理',
    bounds: { employees: { large: 1000, medium: 300, small: 100 }, revenueWan: { large: 5000, medium: 1000, small: 500 } },
  },
  leasingAndBusinessServices: {
    name: '租赁和商务服务业',
    bounds: { employees: { large: 300, medium: 100, small: 10 }, assetsWan: { large: 120000, medium: 8000, small: 100 } },
  },
  otherUnlisted: { name: '其他未列明行业', bounds: { employees: { large: 300, medium: 100, small: 10 } } },
};

/** A 大类 split between groups at the 中类 level: each 中类 with its name and group (null: outside the 办法). */
export type SizeGroupSplit = Record<string, { name: string; group: SizeGroupKey | null }>;

/**
 * The group of each 大类, from 第三条 (scope: 15 门类 plus the 大类 社会工作, so 金融业 J, 教育 P, 卫生 84, 公共管理 S and
 * 国际组织 T are outside) and the 附注 of the 附表:
 * - 工业包括采矿业，制造业，电力、热力、燃气及水生产和供应业 (B, C, D: 06–46);
 * - 交通运输业包括道路运输业，水上运输业，航空运输业，管道运输业，多式联运和运输代理业、装卸搬运，不包括铁路运输业
 *   (54–58 and 中类 591; 铁路运输业 53 is in no group);
 * - 仓储业包括通用仓储，低温仓储，危险品仓储，谷物、棉花等农产品仓储，中药材仓储和其他仓储业 (中类 592–599);
 * - 信息传输业包括电信、广播电视和卫星传输服务，互联网和相关服务 (63, 64);
 * - 其他未列明行业包括科学研究和技术服务业，水利、环境和公共设施管理业，居民服务、修理和其他服务业，社会工作，文化、体育和
 *   娱乐业，以及房地产中介服务，其他房地产业等，不包括自有房地产经营活动 (M, N, O, 85, R, 中类 703 and 709; 中类 704
 *   房地产租赁经营, the 2017 name of 自有房地产经营活动, is in no group).
 */
export const SIZE_GROUP_OF_DIVISION: Record<string, SizeGroupKey | null | SizeGroupSplit> = {
  ...divisions('01', '05', 'agriculture'),
  ...divisions('06', '46', 'industry'),
  ...divisions('47', '50', 'construction'),
  '51': 'wholesale',
  '52': 'retail',
  '53': null,
  ...divisions('54', '58', 'transport'),
  '59': {
    '591': { name: '装卸搬运', group: 'transport' },
    '592': { name: '通用仓储', group: 'warehousing' },
    '593': { name: '低温仓储', group: 'warehousing' },
    '594': { name: '危险品仓储', group: 'warehousing' },
    '595': { name: '谷物、棉花等农产品仓储', group: 'warehousing' },
    '596': { name: '中药材仓储', group: 'warehousing' },
    '599': { name: '其他仓储业', group: 'warehousing' },
  },
  '60': 'postal',
  '61': 'accommodation',
  '62': 'catering',
  '63': 'informationTransmission',
  '64': 'informationTransmission',
  '65': 'software',
  ...divisions('66', '69', null),
  '70': {
    '701': { name: '房地产开发经营', group: 'realEstateDevelopment' },
    '702': { name: '物业管理', group: 'propertyManagement' },
    '703': { name: '房地产中介服务', group: 'otherUnlisted' },
    '704': { name: '房地产租赁经营', group: null },
    '709': { name: '其他房地产业', group: 'otherUnlisted' },
  },
  '71': 'leasingAndBusinessServices',
  '72': 'leasingAndBusinessServices',
  ...divisions('73', '82', 'otherUnlisted'),
  '83': null,
  '84': null,
  '85': 'otherUnlisted',
  ...divisions('86', '90', 'otherUnlisted'),
  ...divisions('91', '97', null),
};

function divisions(first: string, last: string, group: SizeGroupKey | null): Record<string, SizeGroupKey | null> {
  const entries: Record<string, SizeGroupKey | null> = {};
  for (let code = Number(first); code <= Number(last); code += 1) entries[String(code).padStart(2, '0')] = group;
  return entries;
}
