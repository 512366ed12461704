import { KeyTaskDeadline, parseKeyTaskDeadline } from './key-task-deadline';

/** One task of a 重点工作/责任分工 document as read, before anyone reviewed it. */
export interface ParsedKeyTask {
  /** Section numeral and place in it: "一.3"; a section that is itself one task is just "二". */
  number: string;
  /** The section's name: "决策公开". */
  section: string;
  /** The 公开事项 it falls under, joined: "重大行政决策公开 / 意见征集"; '' when the document names none. */
  heading: string;
  text: string;
  /** 牵头单位: the unit the document marks 牵头, or the only one named; null when several share it unmarked. */
  leadUnit: string | null;
  /** 责任单位, as the document names them (the lead first when marked). */
  units: string[];
  /** Null when the words are no deadline we recognise (the reviewer sets it); the words are in deadlineWords. */
  deadline: KeyTaskDeadline | null;
  deadlineWords: string;
}

export interface ParsedKeyTaskDocument {
  title: string;
  documentNumber: string | null;
  tasks: ParsedKeyTask[];
  /** What a reviewer must decide, in Chinese, naming the task. */
  problems: string[];
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';

/** PDF extraction puts spaces inside Chinese runs ("2024 年威海市…重点工作 及责任分工"); spaces between Latin words stay. */
function squeeze(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`(?<=[${CJK}]) (?=\\S)|(?<=\\S) (?=[${CJK}])`, 'gu'), '')
    .trim();
}

function titleOf(lines: string[]): string {
  const nonEmpty = lines.map(squeeze).filter((line) => line !== '');
  return nonEmpty.find((line) => line.includes('关于')) ?? nonEmpty[0] ?? '';
}

function documentNumberOf(lines: string[]): string | null {
  for (const line of lines) {
    const match = /\S*〔\d{4}〕\d+号/.exec(squeeze(line));
    if (match) return match[0];
  }
  return null;
}

/**
 * Splits a 责任分工 cell into units. "市政府各部门、单位" is one addressee (部门 and 单位 of the same body), so a bare
 * "单位" joins the name before it; "牵头" and "配合"/"负责" are roles, not part of a name.
 */
export function splitResponsibleUnits(raw: string): { leadUnit: string | null; units: string[] } {
  const text = squeeze(raw).replace(/(负责|承担)$/, '');
  const units: string[] = [];
  let leadUnit: string | null = null;
  for (const piece of text.split(/[，,、；;]/).map((part) => part.trim())) {
    if (piece === '') continue;
    if (piece === '单位' && units.length > 0) {
      units[units.length - 1] += '、单位';
      continue;
    }
    const lead = /^(.+?)牵头$/.exec(piece);
    const name = (lead ? lead[1] : piece).replace(/(配合|协助|负责)$/, '');
    if (lead && leadUnit === null) leadUnit = name;
    units.push(name);
  }
  return { leadUnit: leadUnit ?? (units.length === 1 ? units[0] : null), units };
}

function isHeadingCell(cell: string): boolean {
  return cell.length > 0 && cell.length <= 12 && !/[，。；、,;：:]/.test(cell);
}

/** "就业创业 围绕稳就业…": a 公开内容 cell that begins with its sub-item's name (the PDF merged two columns). */
function splitLeadingHeading(raw: string): [string, string] | null {
  // The content must go on in Chinese: "决策文件出台后 10 个工作日内" is one sentence with a spaced number.
  const match = /^([\u4e00-\u9fff]{2,8})\s+([\u4e00-\u9fff“].*)$/su.exec(raw);
  return match ? [match[1], squeeze(match[2])] : null;
}

/**
 * What a task without a readable 完成时限 is taken to mean, chosen by the reviewer at import: a yearly plan's task is
 * either due by the year's end or carried on all year. The document's own words (often none) are kept beside it.
 */
export type KeyTaskUndatedRule = 'year_end' | 'continuous';

interface Builder {
  year: number;
  undatedAs: KeyTaskUndatedRule | null;
  tasks: ParsedKeyTask[];
  problems: string[];
  counters: Map<string, number>;
}

function undatedDeadline({ undatedAs, year }: Builder, words: string): KeyTaskDeadline | null {
  if (undatedAs === 'year_end') return { kind: 'date', dueDate: `${year}-12-31`, words };
  if (undatedAs === 'continuous') return { kind: 'continuous', dueDate: null, words };
  return null;
}

function pushTask(builder: Builder, numeral: string, numbered: boolean, fields: Omit<ParsedKeyTask, 'number' | 'deadline' | 'leadUnit' | 'units'> & { owners: string }): void {
  const count = (builder.counters.get(numeral) ?? 0) + 1;
  builder.counters.set(numeral, count);
  const number = numbered ? `${numeral}.${count}` : numeral;
  const deadline = parseKeyTaskDeadline(fields.deadlineWords, builder.year) ?? undatedDeadline(builder, fields.deadlineWords);
  const { leadUnit, units } = splitResponsibleUnits(fields.owners);
  if (units.length === 0) builder.problems.push(`第 ${number} 项未写明责任单位，请补充`);
  if (!deadline) builder.problems.push(fields.deadlineWords === '' ? `第 ${number} 项未写明完成时限，请填写` : `第 ${number} 项的完成时限“${fields.deadlineWords}”无法识别，请填写`);
  builder.tasks.push({ number, section: fields.section, heading: fields.heading, text: fields.text, leadUnit, units, deadline, deadlineWords: fields.deadlineWords });
}

/**
 * A city's 重点工作及责任分工 table (seed 002): columns 工作任务 · 公开事项 · 公开内容 · 责任分工 · 完成时限, one task
 * per row, as text extraction leaves it: cells split by tabs, a merged cell printed once and left empty below (so an
 * empty 工作任务, 公开事项 or 责任分工 repeats the one above), the header repeated on every page, and some rows with
 * a sub-item column (6 cells) or with the sub-item run into the content ("就业创业 围绕…"). The last cell is always
 * 完成时限 and the one before it 责任分工.
 */
function parseTable(lines: string[], builder: Builder): void {
  let section = { numeral: '', name: '' };
  let item = '';
  let subItem = '';
  let owners = '';
  let inTable = false;
  for (const line of lines) {
    const rawCells = line.split('\t').map((cell) => cell.trim());
    while (rawCells.length > 0 && rawCells[rawCells.length - 1] === '') rawCells.pop();
    const cells = rawCells.map(squeeze);
    if (cells[0] === '工作任务') {
      inTable = true;
      continue;
    }
    if (!inTable || cells.length < 3) continue;
    const deadlineWords = cells[cells.length - 1];
    const ownerCell = cells[cells.length - 2];
    const leading = cells.slice(0, -2);
    const sectionCell = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.+)$/.exec(leading[0] ?? '');
    if (sectionCell) {
      if (sectionCell[1] !== section.numeral) {
        section = { numeral: sectionCell[1], name: sectionCell[2] };
        item = '';
        subItem = '';
      }
    } else if (leading[0]) continue;
    if (ownerCell !== '') owners = ownerCell;
    const content: string[] = [];
    leading.slice(1).forEach((cell, index) => {
      if (cell === '') return;
      const split = splitLeadingHeading(rawCells[index + 1]);
      if (isHeadingCell(cell)) {
        if (index === 0 && cells.length >= 5) {
          item = cell;
          subItem = '';
        } else subItem = cell;
      } else if (split && isHeadingCell(split[0])) {
        subItem = split[0];
        content.push(split[1]);
      } else content.push(cell);
    });
    if (section.numeral === '') continue;
    const text = content.length > 0 ? content.join('') : subItem || item;
    if (text === '') continue;
    const heading = [item, subItem].filter((part) => part !== '' && part !== text).join(' / ');
    pushTask(builder, section.numeral, true, { section: section.name, heading, text, owners, deadlineWords });
  }
}

const SECTION_LINE = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const ITEM_LINE = /^(\d{1,2})[.．、]\s*(.+)$/;
const OWNERS_MARK = /[（(]\s*责任(?:股室|科室|单位|部门|处室)\s*[:：]\s*(.+?)\s*[）)]\s*$/;
const DEADLINE_MARK = /[（(]\s*(?:完成时限|时限)\s*[:：]\s*(.+?)\s*[）)]/;

/**
 * An agency's 任务分工 as numbered paragraphs (seed 003): sections "一、…", items "1. …", each closed by
 * "（责任股室：办公室牵头，各相关股室配合）", inline or on its own line. A section without numbered items is one task.
 * A short item line without punctuation is the item's name, the lines after it its text. Text that never reaches an
 * owners mark (the cover letter, other attachments) is not a task.
 */
function parseParagraphs(lines: string[], builder: Builder): void {
  let section = { numeral: '', name: '' };
  let pending: { number: string | null; heading: string; text: string[] } | null = null;
  for (const raw of lines) {
    const line = squeeze(raw);
    if (line === '') continue;
    const sectionLine = SECTION_LINE.exec(line);
    if (sectionLine) {
      section = { numeral: sectionLine[1], name: sectionLine[2] };
      pending = { number: null, heading: '', text: [] };
      continue;
    }
    if (section.numeral === '') continue;
    const itemLine = ITEM_LINE.exec(line);
    let body = line;
    if (itemLine) {
      const rest = itemLine[2];
      const named = rest.length <= 20 && !/[，。；]/.test(rest) && !OWNERS_MARK.test(rest);
      pending = { number: itemLine[1], heading: named ? rest : '', text: [] };
      if (named) continue;
      body = rest;
    }
    if (!pending) continue;
    const owners = OWNERS_MARK.exec(body);
    const text = body.replace(OWNERS_MARK, '').trim();
    if (text !== '') pending.text.push(text);
    if (!owners) continue;
    const joined = pending.text.join('');
    const deadlineWords = DEADLINE_MARK.exec(joined)?.[1] ?? '';
    pushTask(builder, section.numeral, pending.number !== null, {
      section: section.name,
      heading: pending.heading,
      text: joined.replace(DEADLINE_MARK, '') || pending.heading,
      owners: owners[1],
      deadlineWords,
    });
    pending = null;
  }
}

/**
 * Reads the tasks of a 政务公开重点工作/任务分工 document pasted as text. `year` is the ledger's year, for deadlines
 * that leave it out; `undatedAs` settles the tasks whose deadline could not be read. Pure: the importer shows the result for review before anything is saved.
 */
export function parseKeyTasks(text: string, year: number, undatedAs: KeyTaskUndatedRule | null = null): ParsedKeyTaskDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const builder: Builder = { year, undatedAs, tasks: [], problems: [], counters: new Map() };
  if (lines.some((line) => line.split('\t').map((cell) => cell.trim())[0] === '工作任务')) parseTable(lines, builder);
  else parseParagraphs(lines, builder);
  if (builder.tasks.length === 0) builder.problems.unshift('没有识别出任何任务：请粘贴含“工作任务”表格或“（责任单位：…）”分工的文件正文');
  return { title: titleOf(lines), documentNumber: documentNumberOf(lines), tasks: builder.tasks, problems: builder.problems };
}
