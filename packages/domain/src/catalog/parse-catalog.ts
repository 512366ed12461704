/**
 * The 主动公开基本目录 as agencies publish it: a spreadsheet pasted as tab-separated text, four category columns then
 * 公开形式, 责任科室, 栏目内容, 更新时限, 设立依据. Merged cells arrive as blanks, so a blank category repeats the row
 * above, and a blank attribute inside a block of rows (no empty line between) repeats the one above it.
 */
export interface CatalogEntry {
  /** Names from the first level down to this node, e.g. ["法规文件", "政策解读", "图文解读"]. */
  path: string[];
  /** The numbering of a first-level category as printed ("二"), else null. */
  numeral: string | null;
  channel: string | null;
  owners: string | null;
  content: string | null;
  updateRule: string | null;
  legalBasis: string | null;
}

export interface ParsedCatalog {
  title: string;
  /** Every node, parents before children, in the order of the file. */
  entries: CatalogEntry[];
}

const LEVELS = 4;
const ATTRIBUTES = ['channel', 'owners', 'content', 'updateRule', 'legalBasis'] as const;
const NUMERAL = /^([一二三四五六七八九十]+)\s*[、.．]?\s*/;

function clean(cell: string | undefined): string {
  // Spaces between two Chinese characters are layout debris ("部门 办公会议"); elsewhere they separate items.
  return (cell ?? '').trim().replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
}

export function parseCatalog(text: string): ParsedCatalog {
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith('公开事项'));
  if (headerIndex < 0) throw new Error('目录文件缺少表头“公开事项”');
  const title = lines.slice(0, headerIndex).map((line) => line.trim()).filter(Boolean).join('') || '主动公开基本目录';
  const entries = new Map<string, CatalogEntry>();
  let path: string[] = [];
  let previous: Record<(typeof ATTRIBUTES)[number], string> | null = null;

  for (const line of lines.slice(headerIndex + 1)) {
    if (!line.trim()) {
      previous = null; // a blank line ends a block of merged cells
      continue;
    }
    const cells = line.split('\t');
    if (cells.slice(0, LEVELS).some((cell) => clean(cell) === '一级类目')) continue; // the second header row
    const levels = cells.slice(0, LEVELS).map(clean);
    const first = levels.findIndex(Boolean);
    if (first < 0) continue;
    const last = LEVELS - 1 - [...levels].reverse().findIndex(Boolean);
    path = [...path.slice(0, first), ...levels.slice(first, last + 1)];
    if (path.length !== last + 1 || path.some((name) => !name)) throw new Error(`目录第 ${lines.indexOf(line) + 1} 行缺少上级类目`);

    const values = Object.fromEntries(ATTRIBUTES.map((name, index) => [name, clean(cells[LEVELS + index])])) as Record<(typeof ATTRIBUTES)[number], string>;
    if (previous) for (const name of ATTRIBUTES) if (!values[name]) values[name] = previous[name];
    previous = values;

    const names = path.map((name) => name.replace(NUMERAL, ''));
    for (let depth = 1; depth <= names.length; depth += 1) {
      const key = names.slice(0, depth).join('/');
      const own = depth === names.length;
      const existing = entries.get(key);
      if (existing && !own) continue;
      const entry: CatalogEntry = existing ?? {
        path: names.slice(0, depth),
        numeral: depth === 1 ? path[0].match(NUMERAL)?.[1] ?? null : null,
        channel: null,
        owners: null,
        content: null,
        updateRule: null,
        legalBasis: null,
      };
      if (own) for (const name of ATTRIBUTES) entry[name] = entry[name] ?? (values[name] || null);
      entries.set(key, entry);
    }
  }
  return { title, entries: [...entries.values()] };
}

/** Pseudo-owners the catalog uses for "every unit" or "whichever unit made the decision". */
export const OWNER_PLACEHOLDERS = ['各科室', '相关科室', '重大行政决策承办科室'] as const;

/** "办公室、综合科、各科室" → named units and placeholders, as written. */
export function splitOwners(owners: string | null): string[] {
  if (!owners) return [];
  return owners
    .split(/[、，,;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
