import fs from 'node:fs';
import path from 'node:path';
import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { parseCatalog, splitOwners } from './parse-catalog';
import { checkTimeliness, parseUpdateRule } from './update-rule';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../../apps/api/src/database/seed/data/catalog-2024.tsv'), 'utf8');
const calendar = createWorkingCalendar([2024, 2025, 2026], expandSchedules([2024, 2025, 2026]));

describe('parseCatalog on the agency\'s 2024 catalog', () => {
  const catalog = parseCatalog(SEED);
  const byPath = (...names: string[]) => catalog.entries.find((entry) => entry.path.join('/') === names.join('/'));

  it('reads the title and the seven first-level categories in order, with their numerals', () => {
    expect(catalog.title).toBe('威海市工业和信息化局主动公开基本目录（2024年版）');
    expect(catalog.entries.filter((entry) => entry.path.length === 1).map((entry) => `${entry.numeral} ${entry.path[0]}`)).toEqual([
      '一 机构职能',
      '二 法规文件',
      '三 政府会议',
      '四 规划计划',
      '五 财政预决算',
      '六 行政权力',
      '七 重点领域',
    ]);
  });

  it('imports every row of the file as a node (a repeated category is the same node), up to four levels', () => {
    const rows = SEED.split('\n').filter((line) => line.includes('\t') && !line.startsWith('公开事项') && !line.includes('一级类目'));
    const names = new Set(catalog.entries.map((entry) => entry.path.at(-1)));
    for (const row of rows) {
      const deepest = row.split('\t').slice(0, 4).map((cell) => cell.trim().replace(/^[一二三四五六七]\s+/, '').replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')).filter(Boolean).at(-1)!;
      expect(names).toContain(deepest);
    }
    // Counted by hand from the file: 7 categories; 3+4+1+3+2+14+4 second-level; 2+9+1+1+1+2 third-level; 2 fourth-level.
    expect(catalog.entries).toHaveLength(56);
    expect([1, 2, 3, 4].map((depth) => catalog.entries.filter((entry) => entry.path.length === depth).length)).toEqual([7, 31, 16, 2]);
    expect(byPath('财政预决算', '财政预决算', '市直部门预决算市直单位预决算', '市直部门决算')).toBeDefined();
    expect(catalog.entries.filter((entry) => entry.path.join('/') === '法规文件/政策解读')).toHaveLength(1);
    expect(byPath('政府会议', '部门办公会议')).toMatchObject({ owners: '办公室', updateRule: '会议召开后3个工作日内' });
  });

  it('reads merged cells: a blank under a filled cell in the same block repeats it', () => {
    expect(byPath('行政权力', '行政处罚')).toMatchObject({ owners: '综合科、各科室', channel: '精准链接至政务服务网', updateRule: '自检查结果作出之日起20个工作日内，向社会公布。' });
    expect(byPath('行政权力', '权责清单')).toMatchObject({ owners: null });
    expect(splitOwners(byPath('法规文件', '政策解读', '新闻发布会')!.owners)).toEqual(['办公室', '综合科', '各科室']);
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

  it('every rule in the seed catalog parses to something checkable', () => {
    for (const entry of parseCatalog(SEED).entries) {
      const rule = parseUpdateRule(entry.updateRule);
      expect(rule.kind === 'periodic' || rule.days > 0).toBe(true);
    }
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
