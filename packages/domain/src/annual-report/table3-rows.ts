/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况) in the layout of 国办公开办函〔2021〕30号: the one
 * place its columns and row labels are written. Labels are the format's own words; the renderer adds the numbering
 * the key already carries ("三（三）1" prints as "1.属于国家秘密" under "（三）不予公开").
 */

/** 申请人情况: 自然人, then the five kinds of 法人或其他组织, then 总计. */
export const TABLE3_COLUMNS = [
  { key: 'citizen', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'public_interest', label: '社会公益组织' },
  { key: 'legal_service', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
] as const;

export type Table3Column = (typeof TABLE3_COLUMNS)[number]['key'];
/** The six applicant columns, without 总计. */
export type ApplicantColumn = Exclude<Table3Column, 'total'>;

export const APPLICANT_COLUMNS: readonly ApplicantColumn[] = ['citizen', 'business', 'research', 'public_interest', 'legal_service', 'other'];

/** The header of the two applicant groups and of the table's rule, as printed. */
export const TABLE3_APPLICANTS_LABEL = '申请人情况';
export const TABLE3_ORGANIZATIONS_LABEL = '法人或其他组织';
export const TABLE3_BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
/** The heading over every 三 row. */
export const TABLE3_RESULTS_LABEL = '本年度办理结果';

/** Every row in printed order; `group` is the heading a numbered leaf sits under. */
export const TABLE3_ROWS = [
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
  { key: '三（六）1', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: '其他处理' },
  { key: '三（六）2', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: '其他处理' },
  { key: '三（六）3', label: '其他', group: '其他处理' },
  { key: '三（七）', label: '总计', group: null },
  { key: '四', label: '结转下年度继续办理', group: null },
] as const;

export type Table3RowKey = (typeof TABLE3_ROWS)[number]['key'];
/** The outcome leaves: every 三 row but its 总计. */
export type Table3LeafKey = Exclude<Table3RowKey, '一' | '二' | '三（七）' | '四'>;

export const TABLE3_LEAF_KEYS: readonly Table3LeafKey[] = TABLE3_ROWS.map((row) => row.key).filter(
  (key): key is Table3LeafKey => key.startsWith('三') && key !== '三（七）',
);

export type Table3Row = Record<Table3Column, number>;
export type Table3 = Record<Table3RowKey, Table3Row>;

