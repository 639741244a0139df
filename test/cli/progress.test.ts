/**
 * Progress on a terminal (issue 19 §6, src/cli/progress.ts), with a clock and a file size of
 * the test's own: the count, the rate, and for a file its percent and an ETA from the bytes
 * read so far; redrawn at most five times a second; the summary line at the end.
 */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/cli/command.js';
import { progressOf, progressText } from '../../src/cli/progress.js';

function context(lang: 'ja' | 'en', tty: boolean): { ctx: Context; written: string[] } {
  const written: string[] = [];
  const stderr = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    }),
    { isTTY: tty },
  );
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, now: () => new Date(0) };
  return { ctx: { io, lang, options: {}, json: false, width: 100, write() {} } as unknown as Context, written };
}

describe('batch progress on a terminal', () => {
  it('shows the percent of the file read and an ETA at the rate so far', () => {
    // 10 s in, 250 of 1,000 bytes read: 25.0 %; the other 750 bytes at 25 bytes/s take 30 s.
    // 4,000 records in 10 s: 400 a second.
    expect(progressText(false, 4_000, 3, 10, 1_000, 250)).toBe('4000 records (3 errors), 400/s  25.0%  ETA 30.0s');
    expect(progressText(true, 4_000, 3, 10, 1_000, 250)).toBe('4000 件（誤り 3 件）400 件/秒  25.0%  残り約 30.0s');
    // 90 s in, a tenth read: nine times as long again, 810 s = 13 min 30 s.
    expect(progressText(false, 10, 0, 90, 1_000, 100)).toBe('10 records (0 errors), 0/s  10.0%  ETA 13m30s');
  });

  it('shows only the count and the rate when the size is not known (stdin)', () => {
    expect(progressText(false, 500, 0, 2, undefined, 0)).toBe('500 records (0 errors), 250/s');
  });

  it('redraws at most every 200 ms, from the injected clock and the bytes read', () => {
    let now = 1_000;
    let read = 0;
    const { ctx, written } = context('en', true);
    const progress = progressOf(ctx, false, { size: 2_000, read: () => read }, () => now);
    now += 100;
    read = 100;
    progress.tick(10, 0); // 100 ms after the start: not drawn.
    now += 900;
    read = 500;
    progress.tick(50, 1); // 1 s in, a quarter read: 3 s to go.
    now += 150;
    progress.tick(60, 1); // 150 ms after the last drawing: not drawn.
    now += 850;
    progress.done(100, 1); // 2 s in all.
    expect(written).toEqual([
      '\r\u001b[K50 records (1 errors), 50/s  25.0%  ETA 3.0s',
      '\r\u001b[K100 records, 1 error, 2.0s\n',
    ]);
  });

  it('writes only the summary when stderr is not a terminal, and nothing with --quiet', () => {
    let now = 0;
    const plain = context('ja', false);
    const progress = progressOf(plain.ctx, false, { size: 10, read: () => 5 }, () => now);
    now = 5_000;
    progress.tick(7, 0);
    now = 65_000;
    progress.done(7, 0);
    expect(plain.written).toEqual(['7 件、誤り 0 件、1m05s\n']);
    const quiet = context('en', true);
    const silent = progressOf(quiet.ctx, true, undefined, () => now);
    silent.tick(1, 0);
    silent.done(1, 0);
    expect(quiet.written).toEqual([]);
  });
});
