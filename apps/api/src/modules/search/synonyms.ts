/**
 * Words residents use for the words documents use. Each group is symmetric; a synonym ranks a little below the word
 * itself. Kept short and specific to policy texts: a broad synonym list floods results.
 */
const SYNONYM_GROUPS: string[][] = [
  ['补贴', '补助', '资助', '奖补', '奖励资金'],
  ['中小企业', '小微企业', '中小微企业'],
  ['企业', '公司'],
  ['通知', '公告', '通告'],
  ['依申请公开', '申请公开'],
  ['信息公开', '政务公开', '政府信息公开'],
  ['解读', '政策解读', '问答'],
  ['专精特新', '小巨人'],
  ['新能源汽车', '电动汽车', '新能源车'],
  ['技术改造', '技改'],
  ['高新技术企业', '高企'],
  ['融资', '贷款', '信贷'],
  ['减免', '减税', '税收优惠'],
  ['知识产权', '专利'],
  ['创新创业', '双创', '创业'],
  ['招商引资', '招商'],
  ['人才', '人才引进', '引才'],
  ['数字化', '数智化'],
  ['节能', '节能降耗', '降耗'],
  ['安全生产', '生产安全'],
  ['社会保险', '社保'],
  ['医疗保险', '医保'],
  ['办法', '规定', '细则'],
  ['规划', '计划'],
  ['收费', '费用', '缴费'],
  ['申报', '申请'],
  ['培训', '教育培训'],
  ['停车', '泊车'],
  ['5g', '第五代移动通信'],
  ['手机', '移动电话'],
];

const SYNONYMS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) SYNONYMS.set(word, [...(SYNONYMS.get(word) ?? []), ...group.filter((other) => other !== word)]);
}

export function synonymsOf(word: string): string[] {
  return SYNONYMS.get(word) ?? [];
}
