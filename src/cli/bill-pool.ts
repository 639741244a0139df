/**
 * `bill --jobs N`: the book spread over N worker threads (tinypool, a CLI-only dependency —
 * the library imports only date-fns, decimal.js and zod). The main thread reads the lines,
 * cuts them into chunks, and writes each chunk's rows as soon as it and every chunk before
 * it are done: output in input order, memory bounded by the chunks in flight. A chunk a
 * worker fails on becomes error rows, one per record — never a lost record. Ctrl-C stops
 * reading, lets the chunks in flight finish, and ends with exit code 130.
 *
 * @module
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { errorOf } from '../lifecycle/batch.js';
import { readerFor } from '../lifecycle/readers.js';
import type { BatchRowError, BillingWindow, Options } from '../index.js';
import { type BillTotals, billCsvRows } from './bill-rows.js';
import type { BillResult, BillTask } from './bill-worker.js';

/** Records per chunk: large enough that a message costs little beside the work. */
const CHUNK = 1_000;

/** The built worker beside this module (dist/bill-worker.js), when there is one. */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./bill-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** `--jobs`: the number given, or the machine's cores; 1 when no built worker is at hand. */
export function jobsOf(text: string | undefined): number | 'bad' {
  if (text === undefined) return workerFile() === undefined ? 1 : availableParallelism();
  if (!/^[0-9]{1,3}$/.test(text) || Number(text) < 1) return 'bad';
  return workerFile() === undefined ? 1 : Number(text);
}

export interface PoolRun {
  readonly lines: AsyncIterable<string>;
  readonly input: 'ndjson' | 'csv';
  readonly window: BillingWindow;
  readonly options: Options;
  readonly csv: boolean;
  readonly jobs: number;
  readonly stdout: NodeJS.WritableStream;
  add(totals: BillTotals): void;
  tick(): void;
}

/** The rows of a chunk no worker could compute: an error row per record. */
function failedChunk(task: BillTask, e: unknown, csv: boolean): BillResult {
  const message = `internal error while computing this record: ${(e as Error)?.message ?? String(e)}`;
  let text = '';
  for (const line of task.lines) {
    const row = {
      line,
      ok: false as const,
      error: { code: 'INTERNAL', message, issues: [{ path: 'input', message }] },
    };
    text += csv ? billCsvRows(row as never) : `${JSON.stringify(row)}\n`;
  }
  const n = task.lines.length;
  return { text, totals: { records: n, errors: n, carriedIn: 0, charges: 0, refunds: 0, total: 0 } };
}

/** Runs the book through the pool; returns false when stopped by Ctrl-C. */
export async function runPool(run: PoolRun): Promise<boolean> {
  const pool = new Tinypool({ filename: workerFile() as string, minThreads: run.jobs, maxThreads: run.jobs });
  const pending: Promise<BillResult>[] = [];
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  process.once('SIGINT', stop);
  const reader = run.input === 'csv' ? readerFor('csv') : undefined;
  const { month, asOf, shard } = run.window;
  const outside = (line: number) => shard !== undefined && (line - 1) % shard.count !== shard.index - 1;
  let items: unknown[] = [];
  let lines: number[] = [];
  let errors: Record<number, BatchRowError> = {};
  const send = () => {
    if (items.length === 0) return;
    const task: BillTask = {
      items,
      lines,
      errors,
      input: reader === undefined ? 'ndjson' : 'records',
      window: { month, asOf },
      options: run.options,
      csv: run.csv,
    };
    pending.push((pool.run(task) as Promise<BillResult>).catch((e: unknown) => failedChunk(task, e, run.csv)));
    items = [];
    lines = [];
    errors = {};
  };
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const done = await (pending.shift() as Promise<BillResult>);
      run.add(done.totals);
      run.tick();
      if (!run.stdout.write(done.text)) await once(run.stdout, 'drain');
    }
  };
  try {
    let position = 0;
    for await (const text of run.lines) {
      if (stopped) break;
      position += 1;
      if (reader === undefined) {
        if (outside(position) || text.trim() === '') continue;
        items.push(text);
        lines.push(position);
      } else {
        for (const entry of reader.push(text, position)) {
          if (outside(entry.line)) continue;
          if ('error' in entry) errors[items.length] = errorOf(entry.error);
          items.push('error' in entry ? null : entry.record);
          lines.push(entry.line);
        }
      }
      if (items.length >= CHUNK) {
        send();
        await flush(run.jobs * 4);
      }
    }
    if (reader !== undefined && !stopped) {
      for (const entry of reader.end()) {
        if (outside(entry.line)) continue;
        if ('error' in entry) errors[items.length] = errorOf(entry.error);
        items.push('error' in entry ? null : entry.record);
        lines.push(entry.line);
      }
    }
    send();
    await flush(0);
  } finally {
    process.removeListener('SIGINT', stop);
    await pool.destroy();
  }
  return !stopped;
}
