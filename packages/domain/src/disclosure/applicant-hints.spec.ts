import { applicantHints } from './applicant-hints';

const request = { id: 20, trackingNumber: 'YSQ20', title: '《技改资金》分配结果', submittedDate: '2026-11-20' };
const other = (id: number, title: string, submittedDate: string) => ({ id, trackingNumber: `YSQ${id}`, title, submittedDate });

describe('applicantHints', () => {
  it.each`
    edge                                                  | others                                                         | hint
    ${'same title asked before, punctuation aside'}       | ${[other(3, '技改资金分配结果', '2026-10-08')]}                 | ${'疑似重复申请：该申请人此前已申请相同信息（YSQ3）'}
    ${'same day, earlier row'}                            | ${[other(19, '技改资金 分配结果', '2026-11-20')]}               | ${'疑似重复申请：该申请人此前已申请相同信息（YSQ19）'}
  `('hints at a repeat: $edge', ({ others, hint }) => {
    expect(applicantHints(request, others)).toEqual([hint]);
  });

  it.each`
    edge                                           | others
    ${'a later request with the same title'}       | ${[other(21, '技改资金分配结果', '2026-11-20')]}
    ${'a different title'}                         | ${[other(3, '规划许可证', '2026-10-08')]}
  `('no hint: $edge', ({ others }) => {
    expect(applicantHints(request, others)).toEqual([]);
  });

  it('the 11th application in a month hints at Art. 35 and the per-count fee; the 10th does not', () => {
    const nine = Array.from({ length: 9 }, (_, i) => other(i + 1, `信息${i}`, '2026-11-03'));
    expect(applicantHints(request, nine)).toEqual([]);
    const ten = [...nine, other(10, '另一信息', '2026-11-30'), other(11, '上月信息', '2026-10-31')];
    expect(applicantHints(request, ten)).toEqual(['该申请人本月已提出 11 件申请，可按第三十五条要求说明理由，或按 109 号文件按件计收信息处理费']);
  });
});
