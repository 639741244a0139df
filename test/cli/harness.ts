/**
 * What the CLI tests share: a scratch folder for files, and the tool run in this process
 * with its own streams, environment and clock (LANG=ja_JP.UTF-8 unless told otherwise).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, inject } from 'vitest';
import { run, type CliIo } from '../../src/cli/program.js';
import { ROOT } from '../support/examples.js';

const TMP = join(ROOT, '.tmp');
mkdirSync(TMP, { recursive: true });
export const work = mkdtempSync(join(TMP, 'cli-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

export function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the tool in this process with its own streams, environment and clock. */
export async function inProcess(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; tty?: boolean; now?: string; columns?: number } = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString());
        done();
      },
    });
  const err = Object.assign(
    sink((s) => (stderr += s)),
    { isTTY: options.tty ?? false },
  );
  const io: CliIo = {
    stdin: options.stdin === undefined ? new PassThrough() : Readable.from([options.stdin]),
    stdout: Object.assign(
      sink((s) => (stdout += s)),
      options.columns === undefined ? {} : { isTTY: true, columns: options.columns },
    ),
    stderr: err,
    env: options.env ?? { LANG: 'ja_JP.UTF-8' },
    now: () => new Date(options.now ?? '2026-01-15T03:00:00Z'),
    sheetsDir: inject('sheetsDir'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export const record = {
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90000,
};
