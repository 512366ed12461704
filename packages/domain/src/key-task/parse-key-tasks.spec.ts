import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKeyTasks, splitResponsibleUnits } from './parse-key-tasks';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../test/fixtures/key-tasks', name), 'utf8');

describe('parseKeyTasks on seed 002 (威海市 2024 重点工作及责任分工, a table)', () => {
  const document = parseKeyTasks(fixture('002-weihai-key-tasks-2024.txt'), 2024);
  const byNumber = new Map(document.tasks.map((task) => [task.number, task]));

  it('reads the title and 文号 with the PDF spaces squeezed out', () => {
    expect(document.title).toBe('威海市人民政府办公室关于印发2024年威海市政务公开重点工作及责任分工的通知');
    expect(document.documentNumber).toBe('威政办字〔2024〕27号');
  });

  it('finds the 43 rows, counted by hand: 一 8, 二 14, 三 11, 四 4, 五 3, 六 3', () => {
    const perSection = new Map<string, number>();
    for (const task of document.tasks) perSection.set(task.section, (perSection.get(task.section) ?? 0) + 1);
    expect(document.tasks).toHaveLength(43);
    expect(Object.fromEntries(perSection)).toEqual({ 决策公开: 8, 重点领域公开: 14, 政策发布与解读回应: 11, 政务公开标准化建设: 4, 政务公开平台建设: 3, 强化组织管理: 3 });
    expect(document.problems).toEqual([]);
  });

  it('repeats a merged 责任分工 cell on the rows below it (意见征集 under 决策发布)', () => {
    expect(byNumber.get('一.2')).toMatchObject({
      heading: '重大行政决策公开 / 意见征集',
      units: ['市司法局', '重大行政决策承办部门', '各区政府', '开发区管委'],
      leadUnit: null,
      deadline: { kind: 'continuous' },
    });
  });

  it('keeps "市政府各部门、单位" as one addressee and reads 2024年底前完成，长期坚持 as 31 December', () => {
    expect(byNumber.get('一.5')).toMatchObject({
      heading: '政策评价',
      units: ['市政府各部门、单位', '各区市政府', '开发区管委'],
      deadline: { kind: 'date', dueDate: '2024-12-31', words: '2024年底前完成，长期坚持' },
    });
  });

  it('splits a sub-item run into its content ("就业创业 围绕稳就业…")', () => {
    expect(byNumber.get('二.4')).toMatchObject({ heading: '民生保障信息 / 就业创业', units: ['市人力资源社会保障局', '市退役军人局', '各区市政府', '开发区管委'] });
    expect(byNumber.get('二.4')?.text.startsWith('围绕稳就业促增收')).toBe(true);
  });

  it('does not split a sentence with a spaced number ("决策文件出台后 10 个工作日内")', () => {
    expect(byNumber.get('一.3')).toMatchObject({ heading: '重大行政决策公开 / 结果反馈' });
    expect(byNumber.get('一.3')?.text.startsWith('决策文件出台后10个工作日内')).toBe(true);
  });

  it('a row with only a sub-item is a task named by it (重大建设项目 / 项目范围)', () => {
    expect(byNumber.get('二.1')).toMatchObject({ heading: '重大建设项目', text: '项目范围' });
  });

  it('continues a section across a page break (解读内容及形式 after the repeated header)', () => {
    expect(byNumber.get('三.6')).toMatchObject({ heading: '政策解读 / 解读内容及形式', units: ['市政府各部门、单位', '各区市政府', '开发区管委'] });
  });

  it('dates the 8 tasks due by 2024年底 and leaves the other 35 continuous', () => {
    const dated = document.tasks.filter((task) => task.deadline?.kind === 'date').map((task) => task.number);
    expect(dated).toEqual(['一.5', '一.7', '一.8', '三.1', '三.3', '三.4', '六.1', '六.2']);
    expect(document.tasks.filter((task) => task.deadline?.kind === 'continuous')).toHaveLength(35);
  });
});

describe('parseKeyTasks on seed 003 (永济工科局 任务分工, numbered paragraphs)', () => {
  const text = fixture('003-yongji-work-plan-2021.txt');

  it('finds the 18 tasks, counted by hand: 一 3, 二 1, 三 3, 四 1, 五 4, 六 3, 七 3, none in the cover letter or 附件 2', () => {
    const document = parseKeyTasks(text, 2021);
    expect(document.title).toBe('永济市工业和信息化科技局关于政务信息公开工作的实施方案');
    expect(document.documentNumber).toBe('永工科字〔2021〕55号');
    expect(document.tasks.map((task) => task.number)).toEqual(['一.1', '一.2', '一.3', '二', '三.1', '三.2', '三.3', '四', '五.1', '五.2', '五.3', '五.4', '六.1', '六.2', '六.3', '七.1', '七.2', '七.3']);
  });

  it('names an item by its short first line and takes the owners from their own line', () => {
    const [first, , third] = parseKeyTasks(text, 2021).tasks;
    expect(first).toMatchObject({ section: '组织领导与工作保障', heading: '单位领导班子研究部署政务公开工作', leadUnit: '党建办', units: ['党建办'] });
    expect(first.text.startsWith('对《永济市2021年政务公开工作要点》')).toBe(true);
    expect(third).toMatchObject({ heading: '工作保障机构、人员、经费保障', leadUnit: null, units: ['人事股', '财务股'] });
  });

  it('reads 牵头 and 配合 (三.2: 纪检牵头、各相关股室股配合)', () => {
    const task = parseKeyTasks(text, 2021).tasks.find((candidate) => candidate.number === '三.2');
    expect(task).toMatchObject({ leadUnit: '纪检', units: ['纪检', '各相关股室股'] });
  });

  it('asks for a deadline on every task, since the plan states none', () => {
    const document = parseKeyTasks(text, 2021);
    expect(document.tasks.every((task) => task.deadline === null && task.deadlineWords === '')).toBe(true);
    expect(document.problems).toHaveLength(18);
    expect(document.problems[0]).toBe('第 一.1 项未写明完成时限，请填写');
  });

  it('takes the reviewer’s rule for undated tasks: year end', () => {
    const document = parseKeyTasks(text, 2021, 'year_end');
    expect(document.problems).toEqual([]);
    expect(document.tasks.every((task) => task.deadline?.dueDate === '2021-12-31' && task.deadline.words === '')).toBe(true);
  });
});

describe('parseKeyTasks on text that is no task list', () => {
  it('says what it expected', () => {
    const document = parseKeyTasks('关于召开会议的通知\n\n请准时参加。', 2024);
    expect(document.tasks).toEqual([]);
    expect(document.problems).toEqual(['没有识别出任何任务：请粘贴含“工作任务”表格或“（责任单位：…）”分工的文件正文']);
  });
});

describe('splitResponsibleUnits', () => {
  it.each`
    raw                                                | leadUnit      | units
    ${'办公室牵头，各相关股室配合'}                    | ${'办公室'}   | ${['办公室', '各相关股室']}
    ${'党建办'}                                        | ${'党建办'}   | ${['党建办']}
    ${'市委编办、市政府各部门、单位'}                  | ${null}       | ${['市委编办', '市政府各部门、单位']}
    ${'市教育局、市体育局, 各区市政府、开发区管委负责'} | ${null}       | ${['市教育局', '市体育局', '各区市政府', '开发区管委']}
  `('$raw', ({ raw, leadUnit, units }) => {
    expect(splitResponsibleUnits(raw)).toEqual({ leadUnit, units });
  });
});
