/**
 * `bill --jobs N`: the book spread over N worker threads (tinypool, a CLI-only dependency —
 * the library imports only date-fns, decimal.js and zod). The main thread cuts the input
 * into chunks — NDJSON as blocks of whole lines in bytes, which the workers decode and split,
 * so that its own work per record stays small (a file's blocks in shared memory, read by the
 * worker where they are; stdin's copied to it); CSV as records — and writes each chunk's rows
 * as soon as it and every chunk before it are done: output in input order, memory bounded by
 * the chunks in flight. A chunk brings shared memory for its rows, written out from there and
 * taken again for a later chunk (rows that outgrow it are moved back). A chunk that fails —
 * its worker threw on it, or died holding it — is run once more alone; if it fails again it
 * becomes error rows, one per record — never a lost record. Ctrl-C stops reading, lets the
 * chunks in flight finish, and ends with exit code 130.
 *
 * @module
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { errorOf } from '../lifecycle/batch.js';
import { readerFor } from '../lifecycle/readers.js';
import type { BatchRowError, BillingWindow, Options } from '../index.js';
import { outsideShard } from '../lifecycle/bill-run.js';
import type { BillResult, BillTask, RecordsChunk } from './bill-block.js';
import { type BillTotals, billCsvRows } from './bill-rows.js';
import { BlockMemory } from './blocks.js';
import { blockShape, countLines, linesOf } from './lines.js';

/** Records per chunk of CSV: large enough that a message costs little beside the work. */
const CHUNK = 1_000;

/**
 * Bytes per chunk of NDJSON: about 2,800 records of the benchmark's book (~750 bytes each).
 * Each chunk costs the main thread and the worker a round of messages, and the worker waits
 * for the next: on 1,000,000 records 2 MB took 2–3 % less CPU than 1 MB side by side, with
 * less idle time, for ~13 MB more memory (docs/performance.md, "Round 9"; round 7's 1 MB
 * came from timings within the machine's drift).
 */
export const BLOCK_BYTES = 2 * 1024 * 1024;

/** Bytes of shared memory for a chunk's rows: a block's rows are ~0.6 of its size in CSV, ~1.3 in NDJSON. */
const ROWS_BYTES = 2 * BLOCK_BYTES;

/** The built worker beside this module (dist/bill-worker.js), when there is one. */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./bill-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * A file smaller than this (96 MiB: about 134,000 records of the benchmark book, ~750 bytes
 * each) is billed on one thread unless `--jobs` says otherwise: each extra job pays its own
 * start and warm-up (~0.5 s of CPU) and its V8 helper threads. Measured on the project's
 * 2-core machine after round 9 (docs/performance.md, "Round 9"): two jobs against one were
 * 0.67–0.70× on 20,000 records, 0.84–0.90× on 50,000, 1.02–1.10× on 100,000 (75 MB),
 * 1.20–1.25× on 150,000 and 1.795× (median of 30 pairs) on 1,000,000.
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
  /** NDJSON: blocks of whole lines, each in memory of its own (kept here until its rows come). */
  readonly blocks?: AsyncIterable<Buffer>;
  /** Where the blocks' memory came from, to be given back once a block's rows have come. */
  readonly memory?: BlockMemory;
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

/** What a chunk's error rows need: where its lines start, and their bytes (kept here until its rows come). */
type Sent = { readonly kind: 'lines'; readonly first: number; readonly bytes: Buffer } | RecordsChunk;

/** The records of a chunk that went to a worker, by line (blank lines and other shards' lines hold none). */
export function recordLines(sent: Sent, shard: BillingWindow['shard']): readonly number[] {
  if (sent.kind === 'records') return sent.lines;
  // Read only for a chunk that failed: its shape costs an `indexOf` a line.
  const shape = blockShape(sent.bytes);
  const lines: number[] = [];
  const blank = new Set(shape.blanks);
  for (let i = 0; i < shape.lines; i++) {
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

/** The tasks of the run, NDJSON blocks (numbered by counting their lines) or CSV records, each with what its error rows would need. */
async function* tasksOf(run: PoolRun): AsyncGenerator<{ task: BillTask; sent: Sent }> {
  const { month, asOf, shard } = run.window;
  const work = { window: { month, asOf }, options: run.options, csv: run.csv, shard };
  if (run.blocks !== undefined) {
    let first = 1;
    for await (const bytes of run.blocks) {
      yield { task: { kind: 'lines', bytes, first, ...work }, sent: { kind: 'lines', first, bytes } };
      first += countLines(bytes);
    }
    return;
  }
  for await (const chunk of csvChunks(run.stream as AsyncIterable<unknown>, shard)) {
    yield { task: { ...chunk, ...work, shard: undefined }, sent: chunk };
  }
}

/** Runs the book through the pool; returns false when stopped by Ctrl-C. */
export async function runPool(run: PoolRun): Promise<boolean> {
  const filename = run.worker ?? (workerFile() as string);
  // Loaded here, not with the tool: `bill --jobs 1` and the other commands never start a pool.
  const { Tinypool } = await import('tinypool');
  // Each young-generation collection on one thread: V8 otherwise spreads it over its helper
  // threads, which with every core busy billing cannot run, so the worker waits for them. On
  // 1,000,000 records this took the workers' pauses from 0.74–0.78 ms a collection to
  // 0.51–0.61 ms, and the helpers' CPU down by 0.1–0.2 s (docs/performance.md, "Round 9"). V8
  // reads this flag at each collection, so setting it now, before the workers start, is safe;
  // `--single-threaded-gc`, which also stops concurrent marking, crashed V8 when set so late.
  // It holds for the rest of the process, which ends with the run; `--jobs 1` never sets it.
  setFlagsFromString('--no-parallel-scavenge');
  // One chunk held by each worker: with two, a worker that dies just after answering one
  // can have its answer come after its death, which tinypool then counts as a free thread
  // and gives a chunk that never comes back (docs/performance.md, "Round 7").
  const pool = new Tinypool({ filename, minThreads: run.jobs, maxThreads: run.jobs });
  // A chunk that failed — thrown on, or held by a worker as it died — is run once more alone,
  // on a thread of its own (made at the first failure), and becomes error rows only if it
  // fails there too.
  let alone: InstanceType<typeof Tinypool> | undefined;
  const again = (task: BillTask): Promise<BillResult> => {
    alone ??= new Tinypool({ filename, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 1 });
    return alone.run(task) as Promise<BillResult>;
  };
  // Shared memory for the chunks' rows, taken again once they are written: no fresh memory a
  // chunk on either side, nothing for the collectors to count.
  const rowsMemory = new BlockMemory(ROWS_BYTES);
  const pending: { readonly rows: Promise<BillResult>; readonly sent: Sent; readonly into: Buffer }[] = [];
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const { rows, sent, into } = pending.shift() as (typeof pending)[number];
      const done = await rows;
      // No worker reads the block any more: its memory can hold a later one; the rows' memory
      // once they are written.
      if (sent.kind === 'lines') run.memory?.give(sent.bytes);
      run.add(done.totals);
      run.tick();
      if (!run.stdout.write(done.bytes, () => rowsMemory.give(into))) await once(run.stdout, 'drain');
    }
  };
  try {
    for await (const { task: chunk, sent } of tasksOf(run)) {
      const into = rowsMemory.take(ROWS_BYTES);
      const task: BillTask = { ...chunk, rows: into };
      // The block stays here until its rows come: to be run again, or for the error rows of a
      // chunk that failed twice (recordLines).
      const failed = (e: unknown) => failedChunk(recordLines(sent, run.window.shard), e, run.csv);
      const rows = (pool.run(task) as Promise<BillResult>).catch(() => again(task).catch(failed));
      pending.push({ rows, sent, into });
      await flush(run.jobs * 4);
      if (stopped) break;
    }
    await flush(0);
  } finally {
    process.removeListener('SIGINT', stop);
    await Promise.all([pool.destroy(), alone?.destroy()]);
  }
  return !stopped;
}
