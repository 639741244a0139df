/**
 * `bill --jobs N`: the book spread over N worker threads (tinypool, a CLI-only dependency —
 * the library imports only date-fns, decimal.js and zod). The main thread cuts the input
 * into chunks — NDJSON as blocks of whole lines in bytes, moved (not copied) to the workers,
 * which decode and split them, so that its own work per record stays small; CSV as records —
 * and writes each chunk's rows (bytes, moved back) as soon as it and every chunk before it are
 * done: output in input order, memory bounded by the chunks in flight. A chunk a
 * worker fails on becomes error rows, one per record — never a lost record. Ctrl-C stops
 * reading, lets the chunks in flight finish, and ends with exit code 130.
 *
 * @module
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { errorOf } from '../lifecycle/batch.js';
import { readerFor } from '../lifecycle/readers.js';
import type { BatchRowError, BillingWindow, Options } from '../index.js';
import { outsideShard } from '../lifecycle/bill-run.js';
import type { BillResult, BillTask, RecordsChunk } from './bill-block.js';
import { type BillTotals, billCsvRows } from './bill-rows.js';
import { type BlockShape, blockShape, linesOf } from './lines.js';

/** Records per chunk of CSV: large enough that a message costs little beside the work. */
const CHUNK = 1_000;

/** Bytes per chunk of NDJSON: about 700 records of the benchmark's book (~750 bytes each). */
export const BLOCK_BYTES = 512 * 1024;

/** The built worker beside this module (dist/bill-worker.js), when there is one. */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./bill-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * A file smaller than this (96 MiB: about 134,000 records of the benchmark book, ~750 bytes
 * each) is billed on one thread unless `--jobs` says otherwise: each extra job pays its own
 * start and warm-up (~0.5–0.8 s of CPU) and its V8 helper threads. Measured on the project's
 * 2-core machine after round 6 (docs/performance.md, "Where the aims stand after rounds 5
 * and 6"): two jobs were slower than one on 100,000 records (75 MB), 1.1× on 150,000
 * (112 MB), 1.1–1.25× on 200,000 and 1.35× on 300,000.
 */
export const SMALL_BOOK_BYTES = 96 * 1024 * 1024;

/** The jobs when `--jobs` is not given: the `cores`, or one for a file under {@link SMALL_BOOK_BYTES} (`size`: none for stdin). */
export function defaultJobs(size: number | undefined, cores: number): number {
  return size !== undefined && size < SMALL_BOOK_BYTES ? 1 : cores;
}

/**
 * `--jobs`: the number given, or else the machine's cores — one for a file of fewer than
 * {@link SMALL_BOOK_BYTES} (`size`, unknown for stdin); 1 when no built worker is at hand.
 */
export function jobsOf(text: string | undefined, size?: number): number | 'bad' {
  if (text === undefined) return workerFile() === undefined ? 1 : defaultJobs(size, availableParallelism());
  if (!/^[0-9]{1,3}$/.test(text) || Number(text) < 1) return 'bad';
  return workerFile() === undefined ? 1 : Number(text);
}

export interface PoolRun {
  /** NDJSON: blocks of whole lines, each in memory of its own (moved to a worker). */
  readonly blocks?: AsyncIterable<Buffer>;
  /** CSV: the input as read (bytes or text chunks), read into records here. */
  readonly stream?: AsyncIterable<unknown>;
  readonly window: BillingWindow;
  readonly options: Options;
  readonly csv: boolean;
  readonly jobs: number;
  readonly stdout: NodeJS.WritableStream;
  /** The worker module (default: the built one beside this module); tests give one that fails. */
  readonly worker?: string;
  add(totals: BillTotals): void;
  tick(): void;
}

/** What a chunk's error rows need once its bytes are gone to a worker: where its lines start, and their shape. */
type Sent = { readonly kind: 'lines'; readonly first: number; readonly shape: BlockShape } | RecordsChunk;

/** The records of a chunk that went to a worker, by line (blank lines and other shards' lines hold none). */
export function recordLines(sent: Sent, shard: BillingWindow['shard']): readonly number[] {
  if (sent.kind === 'records') return sent.lines;
  const lines: number[] = [];
  const blank = new Set(sent.shape.blanks);
  for (let i = 0; i < sent.shape.lines; i++) {
    if (!blank.has(i) && !outsideShard(shard, sent.first + i)) lines.push(sent.first + i);
  }
  return lines;
}

/** The rows of a chunk no worker could compute: an error row per record, in order. */
export function failedChunk(lines: readonly number[], e: unknown, csv: boolean): BillResult {
  const message = `internal error while computing this record: ${(e as Error)?.message ?? String(e)}`;
  let text = '';
  for (const line of lines) {
    const row = {
      line,
      ok: false as const,
      error: { code: 'INTERNAL', message, issues: [{ path: 'input', message }] },
    };
    text += csv ? billCsvRows(row as never) : `${JSON.stringify(row)}\n`;
  }
  const n = lines.length;
  return {
    bytes: Buffer.from(text, 'utf8'),
    totals: { records: n, errors: n, carriedIn: 0, charges: 0, refunds: 0, total: 0 },
  };
}

/** The chunks of a CSV book: records read on this thread (a record may span lines; the header is read once). */
async function* csvChunks(stream: AsyncIterable<unknown>, shard: BillingWindow['shard']): AsyncGenerator<RecordsChunk> {
  const reader = readerFor('csv');
  let items: unknown[] = [];
  let lines: number[] = [];
  let errors: Record<number, BatchRowError> = {};
  const take = (entries: ReturnType<typeof reader.end>) => {
    for (const entry of entries) {
      if (outsideShard(shard, entry.line)) continue;
      if ('error' in entry) errors[items.length] = errorOf(entry.error);
      items.push('error' in entry ? null : entry.record);
      lines.push(entry.line);
    }
  };
  const chunk = (): RecordsChunk => {
    const out: RecordsChunk = { kind: 'records', items, lines, errors };
    items = [];
    lines = [];
    errors = {};
    return out;
  };
  let position = 0;
  for await (const text of linesOf(stream)) {
    position += 1;
    take(reader.push(text, position));
    if (items.length >= CHUNK) yield chunk();
  }
  take(reader.end());
  if (items.length > 0) yield chunk();
}

/** The tasks of an NDJSON book: each block with the first line's number, its bytes to be moved. */
async function* ndjsonTasks(blocks: AsyncIterable<Buffer>): AsyncGenerator<{ bytes: Buffer; sent: Sent }> {
  let first = 1;
  for await (const bytes of blocks) {
    const shape = blockShape(bytes);
    yield { bytes, sent: { kind: 'lines', first, shape } };
    first += shape.lines;
  }
}

/** The tasks of the run, NDJSON blocks or CSV records, each with what its error rows would need. */
async function* tasksOf(run: PoolRun): AsyncGenerator<{ task: BillTask; sent: Sent; transfer: ArrayBuffer[] }> {
  const { month, asOf, shard } = run.window;
  const work = { window: { month, asOf }, options: run.options, csv: run.csv, shard };
  if (run.blocks !== undefined) {
    for await (const { bytes, sent } of ndjsonTasks(run.blocks)) {
      const first = (sent as { first: number }).first;
      const task: BillTask = { kind: 'lines', bytes, first, ...work };
      yield { task, sent, transfer: [bytes.buffer as ArrayBuffer] };
    }
    return;
  }
  for await (const chunk of csvChunks(run.stream as AsyncIterable<unknown>, shard)) {
    yield { task: { ...chunk, ...work, shard: undefined }, sent: chunk, transfer: [] };
  }
}

/** Runs the book through the pool; returns false when stopped by Ctrl-C. */
export async function runPool(run: PoolRun): Promise<boolean> {
  const filename = run.worker ?? (workerFile() as string);
  // Loaded here, not with the tool: `bill --jobs 1` and the other commands never start a pool.
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename, minThreads: run.jobs, maxThreads: run.jobs });
  const pending: Promise<BillResult>[] = [];
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const done = await (pending.shift() as Promise<BillResult>);
      run.add(done.totals);
      run.tick();
      if (!run.stdout.write(done.bytes)) await once(run.stdout, 'drain');
    }
  };
  try {
    for await (const { task, sent, transfer } of tasksOf(run)) {
      // The block's bytes are moved to the worker, not copied: a failed chunk's error rows come
      // from its shape (blockShape), read here before it went.
      const failed = (e: unknown) => failedChunk(recordLines(sent, run.window.shard), e, run.csv);
      pending.push((pool.run(task, { transferList: transfer }) as Promise<BillResult>).catch(failed));
      await flush(run.jobs * 4);
      if (stopped) break;
    }
    await flush(0);
  } finally {
    process.removeListener('SIGINT', stop);
    await pool.destroy();
  }
  return !stopped;
}
