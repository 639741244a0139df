/**
 * The custom functions in a spreadsheet engine: the functions of the built
 * Code.js registered as a HyperFormula function plugin (engine.ts), and a sheet
 * of formulas computed from cell references — one block of rows per custom
 * function: its sample rows (date cells, number cells, option text), the same
 * typed as text, an empty row and a row of garbage, each with a one-cell
 * formula, plus one formula over the whole block's column ranges that spills
 * down beside them. Every value must be what the public library function
 * answers.
 */
import type { RawCellContent } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { CASES, cellOf, type Case, type Sample } from './cases.js';
import { serialOf, sheetEngine } from './engine.js';

// ---------------------------------------------------------------------------
// The sheet

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Columns: A–E inputs, F the one-cell formula, G the range formula, I the lists (当社休業日). */
const RESULT = 5;
const SPILL = 6;
const LISTS = 8;

/** A sample as cell content HyperFormula parses: a date as 'YYYY-MM-DD' (a date cell), text forced with '. */
function contentOf(sample: Sample, asText: boolean): RawCellContent {
  if (asText) return `'${String(cellOf(sample, 'text', (ms) => new Date(ms)))}`;
  switch (sample.kind) {
    case 'date':
      return sample.value;
    case 'month':
      return `${sample.value}-01`;
    case 'instant':
      return sample.value.slice(0, 16).replace('T', ' ');
    case 'dates':
      return null; // written as a list in column I
    default:
      return sample.value;
  }
}

interface Expectation {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly what: string;
}

function buildSheet(): { rows: RawCellContent[][]; expectations: Expectation[] } {
  const rows: RawCellContent[][] = [];
  const expectations: Expectation[] = [];
  let listRow = 0;
  const listCells: RawCellContent[] = [];
  const cellValueOf = (c: Case) => (c.isDate ? serialOf(c.expected as string) : c.expected);
  for (const spec of SHEET_FUNCTION_SPECS) {
    const first = CASES.find((c) => c.name === spec.name) as Case;
    const cases = CASES.filter((c) => c.name === spec.name && c.row.length === first.row.length);
    const width = first.row.length;
    const start = rows.length;
    // A list argument (当社休業日) refers to its own rows in column I.
    const listIndex = first.row.findIndex((s) => s.kind === 'dates');
    let listRef = '';
    if (listIndex >= 0) {
      const list = first.row[listIndex] as Extract<Sample, { kind: 'dates' }>;
      listRef = `$I$${listRow + 1}:$I$${listRow + list.value.length}`;
      for (const d of list.value) listCells[listRow++] = d;
    }
    const block: { cells: RawCellContent[]; expected: unknown; what: string }[] = [];
    for (const c of cases) {
      block.push({ cells: c.row.map((s) => contentOf(s, false)), expected: cellValueOf(c), what: 'cells' });
      block.push({
        cells: c.row.map((s) => contentOf(s, s.kind !== 'choice')),
        expected: cellValueOf(c),
        what: 'text',
      });
    }
    block.push({ cells: first.row.map(() => null), expected: '', what: 'empty' });
    block.push({
      cells: first.row.map((s, i) => (i === 0 ? 'あいう' : contentOf(s, false))),
      expected: `#入力エラー: ${spec.args[0]?.label}`,
      what: 'garbage',
    });
    const ref = (i: number, r: number) => (i === listIndex ? listRef : `${LETTERS[i]}${r + 1}`);
    const range = (i: number) =>
      i === listIndex ? listRef : `${LETTERS[i]}${start + 1}:${LETTERS[i]}${start + block.length}`;
    block.forEach((b, k) => {
      const r = start + k;
      const row: RawCellContent[] = [...b.cells, ...Array<RawCellContent>(RESULT - width).fill(null)];
      row[RESULT] = `=${spec.name}(${Array.from({ length: width }, (_, i) => ref(i, r)).join(', ')})`;
      if (k === 0) row[SPILL] = `=${spec.name}(${Array.from({ length: width }, (_, i) => range(i)).join(', ')})`;
      rows.push(row);
      for (const column of [RESULT, SPILL]) {
        expectations.push({
          row: r,
          column,
          value: b.expected,
          what: `${spec.name} ${b.what} ${column === SPILL ? '(range)' : ''}`,
        });
      }
    });
  }
  listCells.forEach((d, i) => {
    const row = rows[i] as RawCellContent[];
    row[LISTS] = d;
  });
  return { rows, expectations };
}

const { rows, expectations } = buildSheet();
const hf = sheetEngine({ sheet: rows });
afterAll(() => hf.destroy());

describe('the custom functions as a HyperFormula plugin', () => {
  it('compute a sheet of one-cell and column-range formulas, as the library does', () => {
    const values = hf.getSheetValues(0);
    for (const e of expectations) {
      const actual = values[e.row]?.[e.column];
      if (typeof e.value === 'string' && e.value.startsWith('#'))
        expect(actual, e.what).toMatch(new RegExp(`^${e.value}`));
      else expect(actual, e.what).toBe(e.value);
    }
    expect(expectations.length).toBeGreaterThan(4 * SHEET_FUNCTION_SPECS.length);
  });

  it('are recomputed when a referenced cell changes', () => {
    // TERMS_LATE_INTEREST's first row: 100,000 yen, due 2027-04-30, paid 2027-05-30 → 1,200.
    const row = rows.findIndex((r) => String(r[RESULT]).startsWith('=TERMS_LATE_INTEREST('));
    expect(hf.getCellValue({ sheet: 0, row, col: RESULT })).toBe(1200);
    // Paid ten days later, 2027-06-09: 40 days, 100,000 × 0.146 × 40 / 365 = 1,600.
    hf.setCellContents({ sheet: 0, row, col: 2 }, '2027-06-09');
    expect(hf.getCellValue({ sheet: 0, row, col: RESULT })).toBe(1600);
    expect(hf.getCellValue({ sheet: 0, row, col: SPILL })).toBe(1600);
  });

  it('show a problem with the formula itself as an error with the Japanese message', () => {
    const sheet = hf.addSheet('shape');
    const id = hf.getSheetId(sheet) as number;
    hf.setSheetContent(id, [[100, '2027-04-30', '=TERMS_LATE_INTEREST(A1:A2, B1:B3, B1)'], [200]]);
    const value = hf.getCellValue({ sheet: id, row: 0, col: 2 });
    expect(value).toMatchObject({
      type: 'ERROR',
      message: '#入力エラー: 範囲の行数がそろっていません（延滞額 2行、支払期日 3行）',
    });
  });

  it('read a fee computed with ROUND, refuse one without it, read era dates, show an error cell as that error', () => {
    const sheet = hf.addSheet('cells');
    const id = hf.getSheetId(sheet) as number;
    hf.setSheetContent(id, [
      // 第13条5項: 2 months × 2 × the fee. ROUND(90000*1.1) = 99,000 → 396,000.
      ['2027-06-30', 2, '=ROUND(90000*1.1)', '=TERMS_EXTENSION_FEE(A1, B1, C1)'],
      // 90000*1.1 is 99000.00000000001 in binary floating point: not whole yen.
      ['2027-06-30', 2, '=90000*1.1', '=TERMS_EXTENSION_FEE(A2, B2, C2)'],
      // 令和9年4月15日 is 2027-04-15; asking for 06-10, the end of June (第13条1項).
      ["'令和9年4月15日", "'R9/6/10", null, '=TERMS_TERMINATION_DEEMED(A3, B3)'],
      // A column with #N/A in its second row: that row shows the error, the others their answers.
      ['2027-04-15', '2027-06-10', null, '=TERMS_TERMINATION_DEEMED(A4:A6, B4:B6)'],
      ['=NA()', '2027-06-10'],
      ['2027-05-20', '2027-06-10'],
    ]);
    const value = (row: number) => hf.getCellValue({ sheet: id, row, col: 3 });
    expect(value(0)).toBe(396_000);
    expect(value(1)).toBe(
      '#入力エラー: 月額料金は整数の円にしてください（99000.00000000001。式の金額は =ROUND(…) で丸めます）',
    );
    expect(value(2)).toBe(false);
    // 05-20 for 06-10: less than a month's notice, so 13.2 deems the end of June.
    expect([value(3), value(4), value(5)]).toEqual([false, '#N/A: 解約通知の到達日のセルが #N/A です', true]);
  });
});
