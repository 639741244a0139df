/**
 * `bill`'s one piece of work, the same for `--jobs 1` and for each worker of `--jobs N`: a
 * block of the book in — the bytes of whole NDJSON lines and the first one's number, or records
 * a CSV reader read — its rows out, written as bytes into a {@link RowBytes} (CSV through
 * {@link billCsvBytes}; NDJSON as `JSON.stringify`'s rows, encoded once per block), and their
 * totals added up. Synchronous: `--jobs 1` awaits once per block, not once per row.
 *
 * @module
 */
import { billingRun, type BatchRowError, type BillRow, type BillingWindow, type Options } from '../index.js';
import { outsideShard } from '../lifecycle/bill-run.js';
import { type BillTotals, addToBillTotals, billCsvBytes, billTotals } from './bill-rows.js';
import { splitLines } from './lines.js';
import { RowBytes } from './row-bytes.js';

/** What every block of one run shares: the month, "today", the options, the output, the shard. */
export interface BillWork {
  readonly window: Pick<BillingWindow, 'month' | 'asOf'>;
  readonly options: Options;
  readonly csv: boolean;
  readonly shard?: { readonly index: number; readonly count: number } | undefined;
}

/** Records read from CSV on the main thread: the records, the line of each, the errors of reading by index. */
export interface CsvRecords {
  readonly items: readonly unknown[];
  readonly lines: readonly number[];
  /** Items the main thread could not read, by index: their error rows. */
  readonly errors: Readonly<Record<number, BatchRowError>>;
}

/** True when a line holds no record (`trim` leaves nothing): a line that begins with printable ASCII other than a space is not blank, untrimmed. */
function blank(line: string): boolean {
  const c = line.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && line.trim() === '';
}

/**
 * Bytes decoded at a time: under V8's largest ordinary object (128 KB), so that a piece's text
 * is made in the young generation's memory, in use already, rather than in fresh pages of its
 * own, as a text of a whole 1 MB block is (docs/performance.md, "Round 7 — the bill CLI's own
 * cost per row").
 */
const PIECE_BYTES = 64 * 1024;

/**
 * The records of a block of whole lines as bytes (UTF-8; the first line numbered `first`), one at
 * a time, each one's line pushed to `lines` as it is given, and the block's count of lines in
 * `count` once all are given. Decoded a piece at a time, cut after a `\n` (so a `\r\n` or a
 * character of several bytes is never cut, and the lines are {@link splitLines}'s of the whole
 * block); a line longer than a piece is a piece.
 */
function* bytesEntries(
  bytes: Buffer,
  first: number,
  shard: BillWork['shard'],
  lines: number[],
  count: { lines: number },
): Generator<string> {
  const n = bytes.length;
  let next = first;
  for (let at = 0; at < n; ) {
    let end = at + PIECE_BYTES >= n ? n : bytes.lastIndexOf(10, at + PIECE_BYTES - 1) + 1;
    if (end <= at) {
      end = bytes.indexOf(10, at) + 1;
      if (end === 0) end = n;
    }
    const all = splitLines(bytes.toString('utf8', at, end));
    for (let i = 0; i < all.length; i++) {
      const line = all[i] as string;
      if (outsideShard(shard, next + i) || blank(line)) continue;
      lines.push(next + i);
      yield line;
    }
    next += all.length;
    at = end;
  }
  count.lines = next - first;
}

/** Writes the rows of `rows` (numbered 1, 2, … within the block) with the lines they came from. */
function writeRows(
  rows: Iterable<BillRow>,
  lines: readonly number[],
  errors: Readonly<Record<number, BatchRowError>> | undefined,
  work: BillWork,
  out: RowBytes,
  totals: BillTotals,
): void {
  let ndjson = '';
  for (const found of rows) {
    const index = found.line - 1;
    const error = errors?.[index];
    const row = (error === undefined ? found : { line: 0, ok: false, error }) as { line: number } & BillRow;
    // A fresh object of the library's, numbered here in place (`line` stays its first key).
    row.line = lines[index] as number;
    addToBillTotals(totals, row);
    if (work.csv) billCsvBytes(out, row);
    else {
      ndjson += `${JSON.stringify(row)}\n`;
      // Encoded each 64 KB or so: a text under V8's largest ordinary object is flattened in the
      // young generation, not in fresh pages of its own (as for the block's text, PIECE_BYTES).
      if (ndjson.length >= PIECE_BYTES) {
        out.text(ndjson);
        ndjson = '';
      }
    }
  }
  if (ndjson !== '') out.text(ndjson);
}

/** Writes one row into `out` (CSV, or an NDJSON line) and adds it to `totals`: for rows that come one at a time. */
export function writeRow(row: BillRow, work: BillWork, out: RowBytes, totals: BillTotals): void {
  addToBillTotals(totals, row);
  if (work.csv) billCsvBytes(out, row);
  else out.text(`${JSON.stringify(row)}\n`);
}

/**
 * Bills a block of whole NDJSON lines (`bytes`, UTF-8; the first line numbered `first`) into
 * `out`, adding to `totals`; returns how many lines the block held (blank lines included).
 */
export function billBlock(bytes: Uint8Array, first: number, work: BillWork, out: RowBytes, totals: BillTotals): number {
  const block = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: number[] = [];
  const count = { lines: 0 };
  const items = bytesEntries(block, first, work.shard, lines, count);
  const { month, asOf } = work.window;
  writeRows(billingRun(items, { month, asOf, input: 'ndjson' }, work.options), lines, undefined, work, out, totals);
  return count.lines;
}

/** Bills records a CSV reader read (a CSV record may span lines; its header is read once) into `out`. */
export function billRecords(chunk: CsvRecords, work: BillWork, out: RowBytes, totals: BillTotals): void {
  const { month, asOf } = work.window;
  const rows = billingRun(chunk.items, { month, asOf, input: 'records' }, work.options);
  writeRows(rows, chunk.lines, chunk.errors, work, out, totals);
}

/** A chunk of NDJSON: the bytes of whole lines, the first one's line number. */
export interface LinesChunk {
  readonly kind: 'lines';
  readonly bytes: Uint8Array;
  readonly first: number;
}

/** A chunk of records read from CSV. */
export interface RecordsChunk extends CsvRecords {
  readonly kind: 'records';
}

/**
 * One chunk of a run of `bill --jobs N`, billed on a worker or on the main thread; `rows`:
 * shared memory to write the rows into (they go elsewhere if they outgrow it).
 */
export type BillTask = (LinesChunk | RecordsChunk) & BillWork & { readonly rows?: Uint8Array };

export interface BillResult {
  /** The chunk's rows, UTF-8. */
  readonly bytes: Uint8Array;
  readonly totals: BillTotals;
}

/**
 * Room for a chunk's rows: about as many bytes as the chunk's own for CSV, more for NDJSON
 * (a row of the benchmark book is ~0.6 of its record in CSV, ~1.3 in NDJSON); it grows if short.
 */
function roomFor(task: BillTask): number {
  const input = task.kind === 'lines' ? task.bytes.byteLength : task.items.length * 800;
  return Math.max(16_384, Math.ceil(input * (task.csv ? 1 : 1.5)));
}

/** The rows of one chunk, with each row's line set to the line it came from, and their totals. */
export function billChunk(task: BillTask): BillResult {
  const totals = billTotals();
  const into =
    task.rows === undefined ? undefined : Buffer.from(task.rows.buffer, task.rows.byteOffset, task.rows.byteLength);
  const out = new RowBytes(roomFor(task), into);
  if (task.kind === 'lines') billBlock(task.bytes, task.first, task, out, totals);
  else billRecords(task, task, out, totals);
  return { bytes: out.end(), totals };
}
