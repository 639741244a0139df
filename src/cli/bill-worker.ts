/**
 * A worker of `bill --jobs N` (tinypool): one chunk of the book in, its rows out as text
 * (NDJSON or CSV) with their totals. The main thread reads the input and writes the chunks'
 * text in input order (bill-pool.ts). An NDJSON chunk comes as the bytes of whole lines,
 * decoded and split here, so that the main thread's work per record stays small; a CSV chunk
 * comes as records the main thread read (a CSV record may span lines, and its header is read once).
 *
 * @module
 */
import { billingRun, type BatchRowError, type BillRow, type BillingWindow, type Options } from '../index.js';
import { type BillTotals, addToBillTotals, billCsvRows, billTotals } from './bill-rows.js';
import { splitLines } from './lines.js';

/** A chunk of NDJSON: the bytes of whole lines, the first one's line number, the shard to keep. */
export interface LinesChunk {
  readonly kind: 'lines';
  readonly bytes: Uint8Array;
  readonly first: number;
  readonly shard?: { readonly index: number; readonly count: number } | undefined;
}

/** A chunk of records read from CSV: the records, the line of each, the errors of reading by index. */
export interface RecordsChunk {
  readonly kind: 'records';
  readonly items: readonly unknown[];
  readonly lines: readonly number[];
  /** Items the main thread could not read, by index: their error rows. */
  readonly errors: Readonly<Record<number, BatchRowError>>;
}

export type BillTask = (LinesChunk | RecordsChunk) & {
  readonly window: Pick<BillingWindow, 'month' | 'asOf'>;
  readonly options: Options;
  readonly csv: boolean;
};

export interface BillResult {
  readonly text: string;
  readonly totals: BillTotals;
}

/** The records of a chunk and the line of each (blank lines and other shards' lines hold none). */
export function entriesOf(task: BillTask): { items: readonly unknown[]; lines: readonly number[] } {
  if (task.kind === 'records') return task;
  const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8');
  const { shard } = task;
  const items: string[] = [];
  const lines: number[] = [];
  for (const [i, line] of splitLines(text).entries()) {
    const position = task.first + i;
    if (shard !== undefined && (position - 1) % shard.count !== shard.index - 1) continue;
    if (line.trim() === '') continue;
    items.push(line);
    lines.push(position);
  }
  return { items, lines };
}

/** The rows of one chunk, with each row's line set to the line it came from. */
export function billChunk(task: BillTask): BillResult {
  const totals = billTotals();
  let text = '';
  const add = (row: BillRow) => {
    addToBillTotals(totals, row);
    text += task.csv ? billCsvRows(row) : `${JSON.stringify(row)}\n`;
  };
  const { items, lines } = entriesOf(task);
  const errors = task.kind === 'records' ? task.errors : {};
  const input = task.kind === 'records' ? 'records' : 'ndjson';
  for (const row of billingRun(items, { month: task.window.month, asOf: task.window.asOf, input }, task.options)) {
    const index = row.line - 1;
    const line = lines[index] as number;
    const error = errors[index];
    if (error !== undefined) add({ line, ok: false, error });
    else add({ ...row, line } as BillRow);
  }
  return { text, totals };
}

export default billChunk;
