import { ReviewKind, ReviewResult } from '../disclosure/request-event';

/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): three groups of five cells. Labels as the 30号 table prints them; the
 * groups are the domain's ReviewKind, the cells its ReviewResult plus 总计.
 */
export const TABLE4_GROUPS: readonly { key: ReviewKind; label: string; heading: string | null }[] = [
  { key: 'reconsideration', label: '行政复议', heading: null },
  { key: 'litigation_direct', label: '未经复议直接起诉', heading: '行政诉讼' },
  { key: 'litigation_after_reconsideration', label: '复议后起诉', heading: '行政诉讼' },
];

export type Table4Cell = ReviewResult | 'total';

export const TABLE4_CELLS: readonly { key: Table4Cell; label: string }[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

export type Table4 = Record<ReviewKind, Record<Table4Cell, number>>;
