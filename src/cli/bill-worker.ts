/**
 * A worker of `bill --jobs N` (tinypool): one chunk of the book in, its rows out as bytes
 * (NDJSON or CSV) with their totals — the same {@link billBlock} as `--jobs 1` runs. The main
 * thread reads the input and writes the chunks' bytes in input order (bill-pool.ts). An NDJSON
 * chunk comes as the bytes of whole lines, moved here (not copied), decoded and split here; a
 * CSV chunk comes as records the main thread read (a CSV record may span lines, and its header
 * is read once). The rows' bytes are moved back, not copied.
 *
 * @module
 */
import { kTransferable, kValue, markMovable } from 'tinypool';
import { type BillWork, type CsvRecords, billBlock, billRecords } from './bill-block.js';
import { type BillTotals, billTotals } from './bill-rows.js';
import { RowBytes } from './row-bytes.js';

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

export type BillTask = (LinesChunk | RecordsChunk) & BillWork;

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

/** The rows of one chunk, with each row's line set to the line it came from. */
export function billChunk(task: BillTask): BillResult {
  const totals = billTotals();
  const out = new RowBytes(roomFor(task));
  if (task.kind === 'lines') billBlock(task.bytes, task.first, task, out, totals);
  else billRecords(task, task, out, totals);
  return { bytes: out.end(), totals };
}

/**
 * The worker's task: the chunk's rows, their bytes moved to the main thread, not copied
 * (tinypool moves a result marked so: `Tinypool.move` marks only a buffer, not an object holding one).
 */
export default function billChunkMoved(task: BillTask): BillResult {
  const result = billChunk(task);
  const moved = { [kTransferable]: result.bytes.buffer, [kValue]: result };
  markMovable(moved);
  return moved as unknown as BillResult;
}
