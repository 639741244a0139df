/**
 * Progress and the summary of a batch on stderr: on a terminal, a line redrawn at most five
 * times a second — the count, the percent and an ETA when the input's size is known (a file),
 * a rate otherwise; at the end, one summary line (records, errors, time), also when stderr is
 * not a terminal. `--quiet` silences both.
 *
 * @module
 */
import type { Context } from './command.js';

/** Bytes read so far out of a known size (a file), when known. */
export interface Position {
  readonly size?: number | undefined;
  read(): number;
}

export interface Progress {
  tick(count: number, errors: number): void;
  done(count: number, errors: number): void;
}

const SILENT: Progress = { tick() {}, done() {} };

function seconds(s: number): string {
  return s < 60 ? `${s.toFixed(1)}s` : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

/** What the progress line says: the count, the rate, and with a known size the percent and an ETA. */
export function progressText(
  ja: boolean,
  count: number,
  errors: number,
  elapsed: number,
  size: number | undefined,
  read: number,
): string {
  const rate = elapsed > 0 ? Math.round(count / elapsed) : 0;
  let text = ja ? `${count} 件（誤り ${errors} 件）${rate} 件/秒` : `${count} records (${errors} errors), ${rate}/s`;
  if (size !== undefined && size > 0 && read > 0) {
    const percent = Math.min(100, (read / size) * 100);
    // The rest at the rate so far: bytes still to read over bytes read per second.
    const eta = (elapsed * Math.max(0, size - read)) / read;
    text += ja ? `  ${percent.toFixed(1)}%  残り約 ${seconds(eta)}` : `  ${percent.toFixed(1)}%  ETA ${seconds(eta)}`;
  }
  return text;
}

/**
 * The progress of a batch (silent with `quiet`). `clock` gives milliseconds (default
 * `performance.now`); tests give their own.
 */
export function progressOf(
  ctx: Context,
  quiet: boolean,
  position: Position | undefined,
  clock: () => number = () => performance.now(),
): Progress {
  if (quiet) return SILENT;
  const { stderr } = ctx.io;
  const tty = stderr.isTTY === true;
  const ja = ctx.lang === 'ja';
  const started = clock();
  let shown = started;
  return {
    tick(count, errors) {
      if (!tty) return;
      const now = clock();
      if (now - shown < 200) return;
      shown = now;
      const text = progressText(ja, count, errors, (now - started) / 1000, position?.size, position?.read() ?? 0);
      stderr.write(`\r\u001b[K${text}`);
    },
    done(count, errors) {
      const elapsed = (clock() - started) / 1000;
      const text = ja
        ? `${count} 件、誤り ${errors} 件、${seconds(elapsed)}`
        : `${count} records, ${errors} ${errors === 1 ? 'error' : 'errors'}, ${seconds(elapsed)}`;
      stderr.write(`${tty ? '\r\u001b[K' : ''}${text}\n`);
    },
  };
}
