/** 企业规模 of 《统计上大中小微型企业划分办法（2017）》, largest first. */
export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;

export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const SIZE_LABELS: Record<EnterpriseSize, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

export function isEnterpriseSize(value: unknown): value is EnterpriseSize {
  return typeof value === 'string' && (ENTERPRISE_SIZES as readonly string[]).includes(value);
}
