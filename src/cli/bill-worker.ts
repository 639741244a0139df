/**
 * A worker of `bill --jobs N` (tinypool): one chunk of the book in, its rows out as bytes
 * (NDJSON or CSV) with their totals — the same {@link billBlock} as `--jobs 1` runs. The main
 * thread reads the input and writes the chunks' bytes in input order (bill-pool.ts). An NDJSON
 * chunk comes as the bytes of whole lines — a file's in shared memory, read where they are;
 * stdin's copied — decoded and split here; a CSV chunk comes as records the main thread read
 * (a CSV record may span lines, and its header is read once). The rows are written into the
 * shared memory the chunk brings, or, when they outgrow it, moved back (not copied).
 *
 * @module
 */
import { kTransferable, kValue, markMovable } from 'tinypool';
import { type BillResult, type BillTask, billChunk } from './bill-block.js';

/**
 * The worker's task: the chunk's rows — in the chunk's shared memory, or their bytes moved to
 * the main thread, not copied (tinypool moves a result marked so: `Tinypool.move` marks only a
 * buffer, not an object holding one).
 */
export default function billChunkMoved(task: BillTask): BillResult {
  const result = billChunk(task);
  // Rows written into the shared memory the task brought: nothing to move.
  if (result.bytes.buffer instanceof SharedArrayBuffer) return result;
  const moved = { [kTransferable]: result.bytes.buffer, [kValue]: result };
  markMovable(moved);
  return moved as unknown as BillResult;
}
