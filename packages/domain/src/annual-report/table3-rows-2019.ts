import { Table3Row } from './table3-rows';

/**
 * Table 三 in the older layout of 国办公开办函〔2019〕60号, as the seed report 001 (威海市工业和信息化局, 2020) prints
 * it: the same columns and the same rows as 2021, except that （六）其他处理 is one row. Labels are the seed's, with
 * two corrections: the seed's "属于国际秘密" is a slip for 属于国家秘密 (条例 Art. 14), and its half-width
 * "(区分处理的, …)" comes from the PDF's text layer; the note reads as the format prints it, in full-width marks.
 */
export const TABLE3_ROWS_2019 = [
  { key: '一', label: '本年新收政府信息公开申请数量', group: null },
  { key: '二', label: '上年结转政府信息公开申请数量', group: null },
  { key: '三（一）', label: '予以公开', group: null },
  { key: '三（二）', label: '部分公开（区分处理的，只计这一情形，不计其他情形）', group: null },
  { key: '三（三）1', label: '属于国家秘密', group: '不予公开' },
  { key: '三（三）2', label: '其他法律行政法规禁止公开', group: '不予公开' },
  { key: '三（三）3', label: '危及“三安全一稳定”', group: '不予公开' },
  { key: '三（三）4', label: '保护第三方合法权益', group: '不予公开' },
  { key: '三（三）5', label: '属于三类内部事务信息', group: '不予公开' },
  { key: '三（三）6', label: '属于四类过程性信息', group: '不予公开' },
  { key: '三（三）7', label: '属于行政执法案卷', group: '不予公开' },
  { key: '三（三）8', label: '属于行政查询事项', group: '不予公开' },
  { key: '三（四）1', label: '本机关不掌握相关政府信息', group: '无法提供' },
  { key: '三（四）2', label: '没有现成信息需要另行制作', group: '无法提供' },
  { key: '三（四）3', label: '补正后申请内容仍不明确', group: '无法提供' },
  { key: '三（五）1', label: '信访举报投诉类申请', group: '不予处理' },
  { key: '三（五）2', label: '重复申请', group: '不予处理' },
  { key: '三（五）3', label: '要求提供公开出版物', group: '不予处理' },
  { key: '三（五）4', label: '无正当理由大量反复申请', group: '不予处理' },
  { key: '三（五）5', label: '要求行政机关确认或重新出具已获取信息', group: '不予处理' },
  { key: '三（六）', label: '其他处理', group: null },
  { key: '三（七）', label: '总计', group: null },
  { key: '四', label: '结转下年度继续办理', group: null },
] as const;

export type Table3RowKey2019 = (typeof TABLE3_ROWS_2019)[number]['key'];
export type Table3Layout2019 = Record<Table3RowKey2019, Table3Row>;
