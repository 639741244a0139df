/**
 * A worker of `bill --jobs N` (tinypool): one chunk of the book in, its rows out as text
 * (NDJSON or CSV) with their totals. The main thread reads the input and writes the chunks'
 * text in input order (bill-pool.ts).
 *
 * @module
 */
import { billingRun, type BatchRowError, type BillRow, type BillingWindow, type Options } from '../index.js';
import { type BillTotals, addToBillTotals, billCsvRows, billTotals } from './bill-rows.js';

/** One chunk: the items (NDJSON lines, or records read from CSV), the line of each, errors of reading. */
export interface BillTask {
  readonly items: readonly unknown[];
  readonly lines: readonly number[];
  /** Items the main thread could not read (CSV), by index: their error rows. */
  readonly errors: Readonly<Record<number, BatchRowError>>;
  readonly input: 'ndjson' | 'records';
  readonly window: Pick<BillingWindow, 'month' | 'asOf'>;
  readonly options: Options;
  readonly csv: boolean;
}

export interface BillResult {
  readonly text: string;
  readonly totals: BillTotals;
}

/** The rows of one chunk, with each row's line set to the line it came from. */
export function billChunk(task: BillTask): BillResult {
  const totals = billTotals();
  let text = '';
  const add = (row: BillRow) => {
    addToBillTotals(totals, row);
    text += task.csv ? billCsvRows(row) : `${JSON.stringify(row)}\n`;
  };
  const window = { month: task.window.month, asOf: task.window.asOf, input: task.input };
  for (const row of billingRun(task.items, window, task.options)) {
    const index = row.line - 1;
    const line = task.lines[index] as number;
    const error = task.errors[index];
    if (error !== undefined) add({ line, ok: false, error });
    else add({ ...row, line } as BillRow);
  }
  return { text, totals };
}

export default billChunk;
