import { ANNUAL_REPORT_SECTIONS, chinaDateOf } from '@govopen/domain';
import { annualReportGrids, GridCell, ReportGrid } from './annual-report-grids';
import { ImportedAnnualReportView } from '@govopen/contracts';
import { PrintableAnnualReport } from './annual-report.mapper';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function paragraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
}

/** 2026-01-20 → 2026年1月20日, as a report is dated. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

function cellHtml(cell: GridCell): string {
  const tag = cell.header ? 'th' : 'td';
  const attributes = [
    cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    cell.figure ? ' class="figure"' : '',
    // The mark is drawn by CSS, so a tool reading the cell's text reads the figure alone.
    cell.override ? ` data-override="${escape(cell.override)}" title="人工核定：${escape(cell.override)}"` : '',
  ].join('');
  return `<${tag}${attributes}>${escape(cell.text)}</${tag}>`;
}

function tableHtml(grid: ReportGrid): string {
  const rows = grid.rows.map((cells) => `<tr>${cells.map(cellHtml).join('')}</tr>`).join('\n');
  return `<table data-table="${grid.name}">\n${rows}\n</table>`;
}

const STYLE = `
body { font-family: "仿宋", "FangSong", "STFangsong", serif; font-size: 16pt; line-height: 1.75; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #000; }
h1 { font-family: "方正小标宋简体", "宋体", "SimSun", serif; font-size: 22pt; text-align: center; font-weight: normal; }
h2 { font-family: "黑体", "SimHei", sans-serif; font-size: 16pt; font-weight: normal; }
p { text-indent: 2em; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-family: "宋体", "SimSun", serif; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 2px 4px; text-align: center; vertical-align: middle; font-weight: normal; }
td.figure { text-align: center; min-width: 3em; }
td[data-override]::after { content: "※"; font-size: 8pt; vertical-align: super; }
.notes p { text-indent: 0; font-size: 12pt; }
.date { text-align: right; }
`;

/**
 * The public page of a published report: the title, the six parts, and the tables in the official layout (merged
 * header cells as rowspan/colspan, row labels verbatim), so the tools inspectors use to read published reports can
 * parse it. Figures set by hand carry a mark (drawn by CSS, so the cell's text stays the figure) and their reasons
 * follow the tables.
 */
export function annualReportHtml(report: PrintableAnnualReport): string {
  const grids = annualReportGrids(report);
  const tables: Partial<Record<string, ReportGrid>> = grids;
  const notes = report.notes.length
    ? `<div class="notes"><p>注：标有“※”的数字系人工核定：</p>\n${report.notes.map((note) => `<p>${escape(note.label)}：${escape(note.reason)}</p>`).join('\n')}</div>`
    : '';
  const body = ANNUAL_REPORT_SECTIONS.map(({ key, title }) => {
    const grid = tables[key];
    return [`<h2>${key}、${escape(title)}</h2>`, paragraphs(report.sections[key]), grid ? tableHtml(grid) : ''].filter(Boolean).join('\n');
  }).join('\n');
  const date = report.publishedAt ? `<p class="date">${escape(report.agencyName)}</p>\n<p class="date">${chineseDate(chinaDateOf(new Date(report.publishedAt)))}</p>` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(report.title)}</h1>
${body}
${notes}
${date}
</body>
</html>
`;
}

/**
 * The public page of an imported past report: its text as published, escaped, one paragraph per block between blank
 * lines and the line breaks inside a block kept, since the text comes as it was laid out and we cannot tell a wrapped
 * line from a deliberate one.
 */
export function importedAnnualReportHtml(report: ImportedAnnualReportView): string {
  const body = report.text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => escape(line.trim())).filter(Boolean).join('<br>'))
    .filter(Boolean)
    .map((block) => `<p>${block}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)}</title>
<style>${STYLE}</style>
</head>
<body data-source="imported">
<h1>${escape(report.title)}</h1>
<div class="imported-text">
${body}
</div>
<p class="date">${escape(report.agencyName)}</p>
<p class="date">${chineseDate(chinaDateOf(new Date(report.publishedAt)))}</p>
</body>
</html>
`;
}
