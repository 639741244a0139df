/**
 * `bill --jobs`' failure path (src/cli/bill-pool.ts): a chunk a worker throws on, or dies
 * on, is run once more alone and, failing again, becomes one error row per record of the
 * chunk, in its place — never a lost record — and the other chunks' rows still come in
 * input order. The pool runs a stand-in worker
 * (fixtures/failing-bill-worker.mjs) that fails on the chunks that hold "boom" or "die".
 */
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SMALL_BOOK_BYTES, defaultJobs, failedChunk, recordLines, runPool } from '../../src/cli/bill-pool.js';
import { blockShape, lineChunks } from '../../src/cli/lines.js';
import { type BillTotals, billTotals, sumTotals } from '../../src/cli/bill-rows.js';

const WORKER = fileURLToPath(new URL('./fixtures/failing-bill-worker.mjs', import.meta.url));

async function* blocksOf(lines: readonly string[]): AsyncGenerator<Buffer> {
  for await (const { bytes } of lineChunks(Readable.from(lines.map((l) => `${l}\n`)), 1)) yield bytes as Buffer;
}

async function pooled(lines: readonly string[], jobs: number): Promise<{ out: string[]; totals: BillTotals }> {
  let text = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const totals = billTotals();
  const finished = await runPool({
    // One line a block, one block a task: each line fails or not on its own.
    blocks: blocksOf(lines),
    window: { month: '2030-12' },
    options: {},
    csv: false,
    jobs,
    stdout,
    worker: WORKER,
    add: (t) => sumTotals(totals, t),
    tick: () => {},
  });
  expect(finished).toBe(true);
  return { out: text.trim().split('\n'), totals };
}

const kindOf = (row: string) => (row.startsWith('ok ') ? row : `error ${(JSON.parse(row) as { line: number }).line}`);

describe('bill --jobs when a worker fails', () => {
  it('writes an error row for each record of a chunk its worker threw on or died on, in its place', async () => {
    const lines = ['{"id":"a"}', '{"id":"b"}', '{"id":"boom"}', '', '{"id":"c"}', '{"id":"die"}', '{"id":"d"}'];
    const { out, totals } = await pooled(lines, 2);
    // 6 records (line 4 is blank and holds none): lines 3 (threw) and 6 (died) are errors.
    expect(out.map(kindOf)).toEqual(['ok 1', 'ok 2', 'error 3', 'ok 5', 'error 6', 'ok 7']);
    expect([totals.records, totals.errors]).toEqual([6, 2]);
    const error = JSON.parse(out[2] as string) as { ok: boolean; error: { code: string; message: string } };
    expect(error.ok).toBe(false);
    expect(error.error.code).toBe('INTERNAL');
    expect(error.error.message).toContain('boom');
  }, 30_000);

  it('keeps going with one job after its only worker died', async () => {
    const { out } = await pooled(['{"id":"die"}', '{"id":"a"}', '{"id":"b"}'], 1);
    expect(out.map(kindOf)).toEqual(['error 1', 'ok 2', 'ok 3']);
  }, 30_000);

  it('runs a failed chunk again, alone, so that only the one a worker died on becomes error rows', async () => {
    // One job: the worker dies on "die"; the chunk is run once more on a thread of its own,
    // where it fails again, and the chunks after it give their rows.
    const { out, totals } = await pooled(['{"id":"x"}', '{"id":"die"}', '{"id":"a"}', '{"id":"b"}'], 1);
    expect(out.map(kindOf)).toEqual(['ok 1', 'error 2', 'ok 3', 'ok 4']);
    expect([totals.records, totals.errors]).toEqual([4, 1]);
  }, 30_000);

  it('gives rows to every sound chunk however the deaths fall among the workers', async () => {
    // 30 records on two jobs; lines 5 and 17 kill their worker, line 12 throws. Whatever the
    // other worker is doing when one dies, exactly those three lines are error rows.
    const lines = Array.from({ length: 30 }, (_, i) =>
      i + 1 === 5 || i + 1 === 17 ? '{"id":"die"}' : i + 1 === 12 ? '{"id":"boom"}' : `{"id":"c${i + 1}"}`,
    );
    const { out, totals } = await pooled(lines, 2);
    const errors = out.map(kindOf).filter((k) => k.startsWith('error'));
    expect(errors).toEqual(['error 5', 'error 12', 'error 17']);
    expect(out).toHaveLength(30);
    expect([totals.records, totals.errors]).toEqual([30, 3]);
  }, 60_000);

  it('gives a failed chunk of NDJSON one row per record: blank lines and other shards hold none', () => {
    const bytes = Buffer.from('{"id":"a"}\n\n{"id":"b"}\r\n{"id":"c"}\n{"id":"d"}\n');
    // The block's bytes are kept until its rows come: 5 lines, the second blank.
    const sent = { kind: 'lines', first: 10, bytes } as const;
    expect(blockShape(bytes)).toEqual({ lines: 5, blanks: [1] });
    // Lines 10..14; the shard 1/2 keeps lines l with (l − 1) mod 2 = 0: 11 (blank) and 13.
    expect(recordLines(sent, { index: 1, count: 2 })).toEqual([13]);
    // Without a shard: every line but the blank 11.
    expect(recordLines(sent, undefined)).toEqual([10, 12, 13, 14]);
    const result = failedChunk([13], new Error('gone'), true);
    expect(
      Buffer.from(result.bytes)
        .toString()
        .split('\r\n')
        .filter((l) => l !== ''),
    ).toEqual(['13,,error,,,,,,,INTERNAL,input,internal error while computing this record: gone']);
    expect([result.totals.records, result.totals.errors]).toEqual([1, 1]);
  });
});

describe('bill --jobs when not given', () => {
  it('takes the cores, but one thread for a file under 96 MB, and the cores for stdin (size unknown)', () => {
    // 96 MB = 96 × 1024 × 1024 = 100,663,296 bytes, about 134,000 records of ~750 bytes.
    expect(SMALL_BOOK_BYTES).toBe(100_663_296);
    expect(defaultJobs(100_663_295, 2)).toBe(1);
    expect(defaultJobs(0, 8)).toBe(1);
    // The benchmark's 100,000-contract book (74,854,858 bytes): one thread.
    expect(defaultJobs(74_854_858, 8)).toBe(1);
    expect(defaultJobs(100_663_296, 2)).toBe(2);
    expect(defaultJobs(224_564_574, 8)).toBe(8);
    expect(defaultJobs(undefined, 2)).toBe(2);
  });
});
