/**
 * The inbox text of a push when staff write none: the summary, then the item's 申兑指南 in short. The console compares
 * a stored body with it to tell a written body from a default one (a rewritten summary then renews the default).
 */
export function defaultPushBody(summary: string, benefit: { title: string; supportStandard: string; applicationPeriod: string; acceptingUnit: string; consultPhone: string }): string {
  return [
    summary,
    `政策：${benefit.title}`,
    `支持标准：${benefit.supportStandard}`,
    `申报时间：${benefit.applicationPeriod}`,
    `受理科室：${benefit.acceptingUnit}；咨询电话：${benefit.consultPhone}`,
  ].join('\n');
}
