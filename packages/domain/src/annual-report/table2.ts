/**
 * Table 二 (主动公开政府信息情况) in the layout of 国办公开办函〔2021〕30号: the items of 条例 Art. 20 the agency
 * reports figures for. Nothing in the product records them (the policy library keeps no document type and no
 * 行政许可 / 处罚 / 强制 / 收费 register), so staff enter each figure with the register it was read from; a figure
 * not yet entered is null, never 0.
 */

/** 规章 and 行政规范性文件 (Art. 20(1)): documents issued, repealed in the year, and in force at its end. */
export interface Table2DocumentsRow {
  issued: number | null;
  repealed: number | null;
  inForce: number | null;
  /** Where the figures come from, e.g. "市司法局规范性文件备案登记簿". */
  source: string;
}

/** 行政许可 (Art. 20(5)), 行政处罚 and 行政强制 (Art. 20(6)): decisions made in the year. */
export interface Table2DecisionsRow {
  decisions: number | null;
  source: string;
}

/** 行政事业性收费 (Art. 20(8)): the amount collected in the year, in 万元. */
export interface Table2AmountRow {
  amountWanYuan: number | null;
  source: string;
}

export interface Table2 {
  regulations: Table2DocumentsRow;
  normativeDocuments: Table2DocumentsRow;
  licensing: Table2DecisionsRow;
  punishment: Table2DecisionsRow;
  enforcement: Table2DecisionsRow;
  administrativeFees: Table2AmountRow;
}

export type Table2RowKey = keyof Table2;

/** The rows in printed order, each under the item of Art. 20 the format heads it with, with the format's words. */
export const TABLE2_ROWS: readonly { key: Table2RowKey; label: string; item: string; kind: 'documents' | 'decisions' | 'amount' }[] = [
  { key: 'regulations', label: '规章', item: '第二十条第（一）项', kind: 'documents' },
  { key: 'normativeDocuments', label: '行政规范性文件', item: '第二十条第（一）项', kind: 'documents' },
  { key: 'licensing', label: '行政许可', item: '第二十条第（五）项', kind: 'decisions' },
  { key: 'punishment', label: '行政处罚', item: '第二十条第（六）项', kind: 'decisions' },
  { key: 'enforcement', label: '行政强制', item: '第二十条第（六）项', kind: 'decisions' },
  { key: 'administrativeFees', label: '行政事业性收费', item: '第二十条第（八）项', kind: 'amount' },
];

/** The column headings of each kind of row, as printed. */
export const TABLE2_HEADINGS = {
  content: '信息内容',
  documents: ['本年制发件数', '本年废止件数', '现行有效件数'],
  decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
} as const;

/** A table with nothing entered yet: what a new draft starts from. */
export function emptyTable2(): Table2 {
  const documents = (): Table2DocumentsRow => ({ issued: null, repealed: null, inForce: null, source: '' });
  const decisions = (): Table2DecisionsRow => ({ decisions: null, source: '' });
  return {
    regulations: documents(),
    normativeDocuments: documents(),
    licensing: decisions(),
    punishment: decisions(),
    enforcement: decisions(),
    administrativeFees: { amountWanYuan: null, source: '' },
  };
}

/**
 * The whole table from what was sent or stored, every cell present: a figure left out (absent or undefined) is null,
 * not entered; a row left out is empty. Keys outside the table are dropped.
 */
export function completeTable2(given: unknown): Table2 {
  const table = emptyTable2();
  const rows = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  for (const key of Object.keys(table) as Table2RowKey[]) {
    const cells = table[key] as unknown as Record<string, unknown>;
    const sent = rows[key];
    if (typeof sent !== 'object' || sent === null) continue;
    for (const cell of Object.keys(cells)) {
      const value = (sent as Record<string, unknown>)[cell];
      if (value !== undefined) cells[cell] = value;
    }
  }
  return table;
}
