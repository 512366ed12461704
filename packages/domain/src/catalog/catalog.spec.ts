import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { parseCatalog, splitOwners } from './parse-catalog';
import { checkTimeliness, parseUpdateRule } from './update-rule';

const calendar = createWorkingCalendar([2024, 2025, 2026], expandSchedules([2024, 2025, 2026]));

describe('parseCatalog', () => {
  const text = [
    '某局主动公开基本目录',
    '',
    '公开事项\t\t\t\t公开形式\t责任科室\t栏目内容\t更新时限\t设立依据',
    '一级类目\t二级类目\t三级类目\t四级类目\t\t\t\t\t',
    '一 机构职能\t机关简介\t\t\t门户网站\t办公室\t职能\t\t',
    '六 行政权力\t行政许可\t\t\t政务服务网\t综合科、各科室\t\t按年更新\t条例',
    '\t行政 处罚\t\t\t\t\t\t\t',
    '',
    '\t权责清单\t\t\t\t\t清单\t\t',
  ].join('\n');

  it('carries categories down, repeats merged cells within a block, not across a blank line', () => {
    const { title, entries } = parseCatalog(text);
    expect(title).toBe('某局主动公开基本目录');
    expect(entries.map((entry) => entry.path.join('/'))).toEqual(['机构职能', '机构职能/机关简介', '行政权力', '行政权力/行政许可', '行政权力/行政处罚', '行政权力/权责清单']);
    expect(entries[0]).toMatchObject({ numeral: '一', owners: null });
    expect(entries[4]).toMatchObject({ owners: '综合科、各科室', updateRule: '按年更新', channel: '政务服务网' });
    expect(entries[5]).toMatchObject({ owners: null, content: '清单' });
    expect(splitOwners(entries[3].owners)).toEqual(['综合科', '各科室']);
  });

  it('refuses a file without the header row', () => {
    expect(() => parseCatalog('只有标题')).toThrow('目录文件缺少表头“公开事项”');
  });
});

describe('parseUpdateRule', () => {
  it.each`
    text                                             | rule
    ${'文件印发5日内公开'}                            | ${{ kind: 'after_event', days: 5, dayType: 'calendar', event: '文件印发' }}
    ${'自政府信息形成或者变更之日起20个工作日内公开'} | ${{ kind: 'after_event', days: 20, dayType: 'working', event: '政府信息形成或者变更' }}
    ${'会议召开后3个工作日内'}                        | ${{ kind: 'after_event', days: 3, dayType: 'working', event: '会议召开' }}
    ${'清理工作完成后5个工作日发布'}                  | ${{ kind: 'after_event', days: 5, dayType: 'working', event: '清理工作完成' }}
    ${'作出行政决定之日起7个工作日内网上公开'}        | ${{ kind: 'after_event', days: 7, dayType: 'working', event: '作出行政决定' }}
    ${'按年更新'}                                     | ${{ kind: 'periodic', period: 'year' }}
    ${'每年更新'}                                     | ${{ kind: 'periodic', period: 'year' }}
    ${'按季度更新'}                                   | ${{ kind: 'periodic', period: 'quarter' }}
    ${'根据法律法规立改废释情况、机构和职能调整情况等，及时调整公开'} | ${{ kind: 'after_event', days: 20, dayType: 'working' }}
    ${''}                                             | ${{ kind: 'after_event', days: 20, dayType: 'working', event: '信息形成或者变更' }}
  `('$text', ({ text, rule }) => {
    expect(parseUpdateRule(text)).toMatchObject(rule);
  });

});

describe('checkTimeliness', () => {
  const meeting = parseUpdateRule('会议召开后3个工作日内');
  it.each`
    edge                                                  | pending         | today           | status        | dueDate
    ${'meeting Fri 2024-09-27: 9-29 (调休) 9-30 10-08'}   | ${'2024-09-27'} | ${'2024-10-08'} | ${'due_soon'} | ${'2024-10-08'}
    ${'one day after is late'}                            | ${'2024-09-27'} | ${'2024-10-09'} | ${'late'}     | ${'2024-10-08'}
    ${'nothing pending is on time'}                       | ${null}         | ${'2024-10-09'} | ${'on_time'}  | ${null}
  `('$edge', ({ pending, today, status, dueDate }) => {
    expect(checkTimeliness(meeting, { lastPublished: null, pendingEventDate: pending }, today, calendar)).toEqual({ status, dueDate });
  });

  it('按季度更新: updated in Q1 is due by 30 June, late on 1 July', () => {
    const quarterly = parseUpdateRule('按季度更新');
    expect(checkTimeliness(quarterly, { lastPublished: '2025-02-10', pendingEventDate: null }, '2025-05-06', calendar)).toEqual({ status: 'on_time', dueDate: '2025-06-30' });
    expect(checkTimeliness(quarterly, { lastPublished: '2025-02-10', pendingEventDate: null }, '2025-07-01', calendar)).toEqual({ status: 'late', dueDate: '2025-06-30' });
  });

  it('按年更新 never done is due by 31 December of this year', () => {
    expect(checkTimeliness(parseUpdateRule('按年更新'), { lastPublished: null, pendingEventDate: null }, '2026-12-28', calendar)).toEqual({ status: 'due_soon', dueDate: '2026-12-31' });
  });
});
