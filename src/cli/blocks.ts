/**
 * A batch's input read in blocks of whole lines, as bytes: a file with `fs.readSync` into
 * large buffers (no stream, no trip through libuv's thread pool per 64 KB), stdin as a stream
 * ({@link lineChunks}). Each block ends with a line break, but the input's last one when the
 * input does not; a line longer than the buffer grows it. The lines are the same as
 * {@link lineBlocks} gives: a block is cut after a `\n`, so a `\r\n` or a character of several
 * bytes is never split between two blocks.
 *
 * @module
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { lineChunks } from './lines.js';
import { CliError, say } from './messages.js';
import type { Position } from './progress.js';
import { fileProblem } from './timeline.js';

/**
 * Bytes read from a file at a time (docs/performance.md, "Round 5 — the bill's reading, writing
 * and pool": 256 KB to 4 MB measured, 64 KB — the stream's — the slowest).
 */
export const READ_BYTES = 1024 * 1024;

/** A batch input opened for reading in blocks, and how far it has been read. */
export interface BlockInput {
  readonly position: Position | undefined;
  /**
   * The blocks, in order. With `memory`, each block in memory of its own taken from it (shared
   * with a worker, given back once its rows are written); without, one buffer is reused, and a
   * block is valid only until the next is asked for.
   */
  blocks(size: number, memory?: BlockMemory): AsyncGenerator<Buffer>;
}

/**
 * Memory for blocks that go to workers: `SharedArrayBuffer`s, which a worker reads where they
 * are (no copy), and which the main thread still holds — to send a chunk again, or to read a
 * failed chunk's lines — and takes again for a later block once it is given back (no fresh
 * pages to fault in per block). Blocks of another size (a line longer than the buffer) are
 * made for the once and not kept.
 */
export class BlockMemory {
  readonly #free: SharedArrayBuffer[] = [];
  constructor(readonly size: number) {}

  /** A buffer of at least `size` bytes: a given-back one when it fits, else a new one. */
  take(size: number): Buffer {
    const kept = size <= this.size ? this.#free.pop() : undefined;
    return Buffer.from(kept ?? new SharedArrayBuffer(Math.max(size, this.size)));
  }

  /** Gives back a block's memory once no worker reads it any more. */
  give(block: Uint8Array): void {
    const memory = block.buffer;
    if (memory instanceof SharedArrayBuffer && memory.byteLength === this.size) this.#free.push(memory);
  }
}

/** Opens `file` (or stdin for `-`) before anything is written: a missing file is exit 1 with stdout empty. */
export function openBlocks(file: string, stdin: NodeJS.ReadableStream): BlockInput {
  if (file === '-') {
    // Stdin's blocks are fresh memory each (joined from the stream's pieces), whatever `memory`.
    return { position: undefined, blocks: (size) => streamBlocks(stdin, size) };
  }
  let fd: number;
  let size: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new CliError('input', say.cannotRead('--batch', file, fileProblem(e)));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = stat.size;
  } catch (e) {
    closeSync(fd);
    throw new CliError('input', say.cannotRead('--batch', file, fileProblem(e)));
  }
  let read = 0;
  return {
    position: { size, read: () => read },
    async *blocks(bytes, memory) {
      try {
        for (const block of fileBlocks(fd, bytes, memory, (n) => (read += n))) yield block;
      } finally {
        closeSync(fd);
      }
    },
  };
}

async function* streamBlocks(stream: NodeJS.ReadableStream, size: number): AsyncGenerator<Buffer> {
  for await (const { bytes } of lineChunks(stream, size)) yield bytes as Buffer;
}

/**
 * The blocks of an open file read with `readSync` into buffers of `size` bytes: the bytes
 * after the last `\n` read wait at the front of the next buffer — one taken from `memory`
 * for each block when given, else the same buffer again.
 */
export function* fileBlocks(
  fd: number,
  size: number,
  memory: BlockMemory | undefined,
  counted: (n: number) => void,
): Generator<Buffer> {
  let buf = memory === undefined ? Buffer.allocUnsafeSlow(size) : memory.take(size);
  let have = 0;
  for (;;) {
    if (have === buf.length) {
      // A line longer than the buffer: a larger one, the line so far kept.
      const bigger = Buffer.allocUnsafeSlow(buf.length * 2);
      buf.copy(bigger, 0, 0, have);
      buf = bigger;
    }
    const n = readSync(fd, buf, have, buf.length - have, null);
    if (n === 0) break;
    counted(n);
    const end = have + n;
    const cut = buf.lastIndexOf(10, end - 1);
    if (cut < 0) {
      have = end;
      continue;
    }
    const next = memory === undefined ? buf : memory.take(end - cut - 1);
    if (memory !== undefined) {
      buf.copy(next, 0, cut + 1, end);
      yield buf.subarray(0, cut + 1);
    } else {
      yield buf.subarray(0, cut + 1);
      buf.copy(next, 0, cut + 1, end);
    }
    buf = next;
    have = end - cut - 1;
  }
  if (have > 0) yield buf.subarray(0, have);
}
