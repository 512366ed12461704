import {
  AnnualReportLayout,
  AnnualReportOverride,
  AnnualReportTable3,
  Table2,
  Table2RowKey,
  TABLE2_HEADINGS,
  TABLE2_ROWS,
  Table3Row,
  TABLE3_APPLICANTS_LABEL,
  TABLE3_BALANCE_NOTE,
  TABLE3_COLUMNS,
  TABLE3_ORGANIZATIONS_LABEL,
  Table4,
  TABLE4_CELLS,
  TABLE4_GROUPS,
} from '@govopen/contracts';
import { describeReportCell, parseReportCell, table3PrintedRows } from '@govopen/domain';
import { Input, InputNumber } from 'antd';
import { Fragment } from 'react';

/** A figure of table 三 or 四: plain, or a button that opens the override dialog; a figure set by hand carries a mark. */
function Figure({ cell, value, overrides, onPick }: { cell: string; value: number; overrides: AnnualReportOverride[]; onPick?: (cell: string) => void }) {
  const override = overrides.find((item) => item.cell === cell);
  const parsed = parseReportCell(cell);
  const mark = override ? <sup className="override-mark" title={`人工修改：${override.reason}（计算值 ${override.computed}）`}>*</sup> : null;
  if (!onPick || !parsed) {
    return (
      <td className={`figure ${override ? 'overridden' : ''}`} data-cell={cell}>
        {value}
        {mark}
      </td>
    );
  }
  const name = `${describeReportCell(parsed)}：${value}${override ? `（人工修改，计算值 ${override.computed}）` : ''}，修改`;
  return (
    <td className={`figure ${override ? 'overridden' : ''}`} data-cell={cell}>
      <button type="button" className="figure-button" aria-label={name} onClick={() => onPick(cell)}>
        {value}
        {mark}
      </button>
    </td>
  );
}

interface Table3Props {
  layout: AnnualReportLayout;
  table: AnnualReportTable3;
  overrides: AnnualReportOverride[];
  onPick?: (cell: string) => void;
}

/** 三、收到和处理政府信息公开申请情况 in the official layout: three header rows, the label cells the domain prints. */
export function Table3View({ layout, table, overrides, onPick }: Table3Props) {
  const rows = table.rows as Record<string, Table3Row>;
  const organizations = TABLE3_COLUMNS.filter(({ key }) => key !== 'citizen' && key !== 'total');
  return (
    <div className="report-table-scroll" role="region" aria-label="表三 收到和处理政府信息公开申请情况" tabIndex={0}>
      <table className="report-table table3" data-testid="table3">
        <thead>
          <tr>
            <th colSpan={3} rowSpan={3} className="note">{TABLE3_BALANCE_NOTE}</th>
            <th colSpan={7}>{TABLE3_APPLICANTS_LABEL}</th>
          </tr>
          <tr>
            <th rowSpan={2}>自然人</th>
            <th colSpan={5}>{TABLE3_ORGANIZATIONS_LABEL}</th>
            <th rowSpan={2}>总计</th>
          </tr>
          <tr>
            {organizations.map(({ key, label }) => (
              <th key={key}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table3PrintedRows(layout).map((row) => (
            <tr key={row.key} data-row={row.key}>
              {row.cells.map((cell) => (
                <th key={cell.text} scope="row" rowSpan={cell.rowSpan} colSpan={cell.colSpan} className="label">
                  {cell.text}
                </th>
              ))}
              {TABLE3_COLUMNS.map(({ key }) => (
                <Figure key={key} cell={`table3/${row.key}/${key}`} value={rows[row.key][key]} overrides={overrides} onPick={layout === '2021' ? onPick : undefined} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 四、政府信息公开行政复议、行政诉讼情况: 行政复议 and the two kinds of 行政诉讼, five cells each. */
export function Table4View({ table, overrides, onPick }: { table: Table4; overrides: AnnualReportOverride[]; onPick?: (cell: string) => void }) {
  const [reconsideration, ...litigation] = TABLE4_GROUPS;
  return (
    <div className="report-table-scroll" role="region" aria-label="表四 政府信息公开行政复议、行政诉讼情况" tabIndex={0}>
      <table className="report-table table4" data-testid="table4">
        <thead>
          <tr>
            <th colSpan={TABLE4_CELLS.length}>{reconsideration.label}</th>
            <th colSpan={TABLE4_CELLS.length * litigation.length}>{litigation[0].heading}</th>
          </tr>
          <tr>
            {TABLE4_CELLS.map(({ key, label }) => (
              <th key={key} rowSpan={2}>{label}</th>
            ))}
            {litigation.map((group) => (
              <th key={group.key} colSpan={TABLE4_CELLS.length}>{group.label}</th>
            ))}
          </tr>
          <tr>
            {litigation.map((group) => (
              <Fragment key={group.key}>
                {TABLE4_CELLS.map(({ key, label }) => (
                  <th key={key}>{label}</th>
                ))}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {TABLE4_GROUPS.map((group) => (
              <Fragment key={group.key}>
                {TABLE4_CELLS.map(({ key }) => (
                  <Figure key={key} cell={`table4/${group.key}/${key}`} value={table[group.key][key]} overrides={overrides} onPick={onPick} />
                ))}
              </Fragment>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

interface Table2Props {
  table: Table2;
  /** Absent: read-only. */
  onChange?: (table: Table2) => void;
}

/** 二、主动公开政府信息情况: the figures staff read from their registers, each with the register named. */
export function Table2Editor({ table, onChange }: Table2Props) {
  let item: string | null = null;
  const set = (key: Table2RowKey, field: string, value: number | string | null) => onChange?.({ ...table, [key]: { ...table[key], [field]: value } });
  const number = (key: Table2RowKey, field: string, value: number | null, label: string) =>
    onChange ? (
      <InputNumber min={0} precision={field === 'amountWanYuan' ? 2 : 0} value={value} onChange={(next) => set(key, field, next)} aria-label={label} style={{ width: '100%' }} />
    ) : (
      value ?? <span className="missing">未填写</span>
    );
  return (
    <div className="report-table-scroll" role="region" aria-label="表二 主动公开政府信息情况" tabIndex={0}>
      <table className="report-table table2" data-testid="table2">
        <tbody>
          {TABLE2_ROWS.map((row) => {
            const values = table[row.key];
            const heading =
              row.item !== item ? (
                <Fragment key={`${row.key}-heading`}>
                  <tr>
                    <th colSpan={5} className="item">{row.item}</th>
                  </tr>
                  <tr>
                    <th>{TABLE2_HEADINGS.content}</th>
                    {row.kind === 'documents' ? TABLE2_HEADINGS.documents.map((text) => <th key={text}>{text}</th>) : <th colSpan={3}>{row.kind === 'decisions' ? TABLE2_HEADINGS.decisions : TABLE2_HEADINGS.amount}</th>}
                    <th className="source-head">数据来源</th>
                  </tr>
                </Fragment>
              ) : null;
            item = row.item;
            return (
              <Fragment key={row.key}>
                {heading}
                <tr data-row={row.key}>
                  <th scope="row" className="label">{row.label}</th>
                  {'issued' in values ? (
                    TABLE2_HEADINGS.documents.map((text, index) => {
                      const field = (['issued', 'repealed', 'inForce'] as const)[index];
                      return <td key={field} className="figure">{number(row.key, field, values[field], `${row.label} ${text}`)}</td>;
                    })
                  ) : 'decisions' in values ? (
                    <td colSpan={3} className="figure">{number(row.key, 'decisions', values.decisions, `${row.label} ${TABLE2_HEADINGS.decisions}`)}</td>
                  ) : (
                    <td colSpan={3} className="figure">{number(row.key, 'amountWanYuan', values.amountWanYuan, `${row.label} ${TABLE2_HEADINGS.amount}`)}</td>
                  )}
                  <td className="source">
                    {onChange ? (
                      <Input value={values.source} onChange={(event) => set(row.key, 'source', event.target.value)} placeholder="如：规范性文件备案登记簿" aria-label={`${row.label} 数据来源`} />
                    ) : (
                      values.source || <span className="missing">未填写</span>
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
