/**
 * Qualifications policies target: 高新技术企业 (科技部 认定), 科技型中小企业 (科技部 评价入库), and the tiers of
 * 《优质中小企业梯度培育管理暂行办法》(工信部企业〔2022〕63号) — 创新型中小企业, 专精特新中小企业, 专精特新“小巨人”
 * 企业 — plus 制造业单项冠军企业 (工信部). Each is held with the year it was obtained.
 */
export const QUALIFICATION_KINDS = [
  'highTech',
  'techSme',
  'innovativeSme',
  'specializedSme',
  'littleGiant',
  'manufacturingChampion',
] as const;

export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

export const QUALIFICATION_LABELS: Record<QualificationKind, string> = {
  highTech: '高新技术企业',
  techSme: '科技型中小企业',
  innovativeSme: '创新型中小企业',
  specializedSme: '专精特新中小企业',
  littleGiant: '专精特新“小巨人”企业',
  manufacturingChampion: '制造业单项冠军企业',
};

export interface Qualification {
  kind: QualificationKind;
  /** The year it was obtained (认定、入库 or 公告); unknown when a visitor of the 政策计算器 names the kind alone. */
  year?: number;
}

export function isQualificationKind(value: unknown): value is QualificationKind {
  return typeof value === 'string' && (QUALIFICATION_KINDS as readonly string[]).includes(value);
}
