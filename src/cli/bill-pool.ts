/**
 * `bill --jobs N`: the book spread over N worker threads (tinypool, a CLI-only dependency —
 * the library imports only date-fns, decimal.js and zod). The main thread cuts the input
 * into chunks — NDJSON as blocks of whole lines in bytes, which the workers decode and split,
 * so that its own work per record stays small; CSV as records — and writes each chunk's rows
 * (already text) as soon as it and every chunk before it are done: output in input order, memory bounded by the chunks in flight. A chunk a
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
import { type BillTotals, billCsvRows } from './bill-rows.js';
import { type BillResult, type BillTask, type LinesChunk, type RecordsChunk, entriesOf } from './bill-worker.js';
import { lineChunks, linesOf } from './lines.js';

/** Records per chunk of CSV: large enough that a message costs little beside the work. */
const CHUNK = 1_000;

/** Bytes per chunk of NDJSON: about 700 records of the benchmark's book (~750 bytes each). */
const BLOCK_BYTES = 512 * 1024;

/** The built worker beside this module (dist/bill-worker.js), when there is one. */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./bill-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * A file smaller than this (about 5,500 records of the benchmark book) is billed on one thread
 * unless `--jobs` says otherwise: a second job's own start and warm-up (~0.8 s of CPU) cost
 * more than two cores save on so few records (docs/performance.md, "Round 3").
 */
export const SMALL_BOOK_BYTES = 4 * 1024 * 1024;

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
  /** The input as read (bytes or text chunks): NDJSON is cut into blocks of lines here, CSV read into records. */
  readonly stream: AsyncIterable<unknown>;
  readonly input: 'ndjson' | 'csv';
  readonly window: BillingWindow;
  readonly options: Options;
  readonly csv: boolean;
  readonly jobs: number;
  readonly stdout: NodeJS.WritableStream;
  /** The worker module (default: the built one beside this module); tests give one that fails. */
  readonly worker?: string;
  /** Bytes per chunk of NDJSON (default {@link BLOCK_BYTES}); tests make chunks of a line. */
  readonly blockBytes?: number;
  add(totals: BillTotals): void;
  tick(): void;
}

/** The rows of a chunk no worker could compute: an error row per record, in order. */
export function failedChunk(task: BillTask, e: unknown, csv: boolean): BillResult {
  const message = `internal error while computing this record: ${(e as Error)?.message ?? String(e)}`;
  let text = '';
  const { lines } = entriesOf(task);
  for (const line of lines) {
    const row = {
      line,
      ok: false as const,
      error: { code: 'INTERNAL', message, issues: [{ path: 'input', message }] },
    };
    text += csv ? billCsvRows(row as never) : `${JSON.stringify(row)}\n`;
  }
  const n = lines.length;
  return { text, totals: { records: n, errors: n, carriedIn: 0, charges: 0, refunds: 0, total: 0 } };
}

/** The chunks of a CSV book: records read on this thread (a record may span lines; the header is read once). */
async function* csvChunks(stream: AsyncIterable<unknown>, shard: BillingWindow['shard']): AsyncGenerator<RecordsChunk> {
  const reader = readerFor('csv');
  const outside = (line: number) => shard !== undefined && (line - 1) % shard.count !== shard.index - 1;
  let items: unknown[] = [];
  let lines: number[] = [];
  let errors: Record<number, BatchRowError> = {};
  const take = (entries: ReturnType<typeof reader.end>) => {
    for (const entry of entries) {
      if (outside(entry.line)) continue;
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

/** The chunks of an NDJSON book: blocks of whole lines as bytes, numbered, for the workers to decode. */
async function* ndjsonChunks(
  stream: AsyncIterable<unknown>,
  shard: BillingWindow['shard'],
  size: number,
): AsyncGenerator<LinesChunk> {
  let first = 1;
  for await (const { bytes, lines } of lineChunks(stream, size)) {
    yield { kind: 'lines', bytes, first, shard };
    first += lines;
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
  const { month, asOf, shard } = run.window;
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const done = await (pending.shift() as Promise<BillResult>);
      run.add(done.totals);
      run.tick();
      if (!run.stdout.write(done.text)) await once(run.stdout, 'drain');
    }
  };
  try {
    const chunks =
      run.input === 'csv'
        ? csvChunks(run.stream, shard)
        : ndjsonChunks(run.stream, shard, run.blockBytes ?? BLOCK_BYTES);
    for await (const chunk of chunks) {
      const task: BillTask = { ...chunk, window: { month, asOf }, options: run.options, csv: run.csv };
      // The block's bytes are copied to the worker (about 0.1 µs a record), not moved: a failed
      // chunk's error rows are read from them here (failedChunk).
      pending.push((pool.run(task) as Promise<BillResult>).catch((e: unknown) => failedChunk(task, e, run.csv)));
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
