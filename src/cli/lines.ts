/**
 * The lines of a batch's input, read in blocks: the same lines as `readline` gives (breaks at
 * `\n`, `\r\n` and a lone `\r`; a last line without a break kept; UTF-8 decoded across
 * chunks), at a fraction of its cost per line — each chunk is split at once rather than
 * line by line with an event per line.
 *
 * @module
 */
import { StringDecoder } from 'node:string_decoder';

const BREAK = /\r\n|\n|\r/;

/** `text`'s lines, `text` ending with a line break (the empty piece after it dropped). */
function split(text: string): string[] {
  const lines = text.includes('\r') ? text.split(BREAK) : text.split('\n');
  lines.pop();
  return lines;
}

/** The lines of a block of text that ends with a line break, or at the end of the input without one. */
export function splitLines(text: string): string[] {
  return text === '' ? [] : split(/[\n\r]$/.test(text) ? text : `${text}\n`);
}

/**
 * The stream's lines in blocks (one block per chunk read, each line once, in order). A chunk
 * is cut after its last `\n`; the rest waits for the next chunk, so a `\r\n` or a character
 * split between two chunks is read whole.
 */
export async function* lineBlocks(stream: AsyncIterable<unknown>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(cut + 1);
    yield split(text.slice(0, cut + 1));
  }
  const last = rest + decoder.end();
  if (last !== '') yield split(`${last}\n`);
}

/** The stream's lines one at a time (for the library's async batch functions). */
export async function* linesOf(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const block of lineBlocks(stream)) yield* block;
}

/** A block of whole lines as bytes (to post to a worker) and how many lines it holds. */
export interface LineChunk {
  readonly bytes: Uint8Array;
  readonly lines: number;
}

/** The number of lines in `bytes` (whole lines, or the input's end): `\n`s alone unless a `\r` is there. */
export function countLines(bytes: Buffer): number {
  if (bytes.length === 0) return 0;
  if (bytes.includes(13)) return splitLines(bytes.toString('utf8')).length;
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count += 1;
  return bytes[bytes.length - 1] === 10 ? count : count + 1;
}

/** The shape of a block of whole lines: how many lines, and which of them (0-based) are blank. */
export interface BlockShape {
  readonly lines: number;
  readonly blanks: readonly number[];
}

/**
 * How many lines `bytes` holds (whole lines, or the input's end) and which are blank — what
 * a chunk's error rows need when its bytes went to a worker that died ({@link splitLines}'s
 * lines; blank as `line.trim() === ''`). A line that begins with a printable ASCII character
 * other than a space is not blank, unread; any other is decoded and trimmed.
 */
export function blockShape(bytes: Buffer): BlockShape {
  const blanks: number[] = [];
  if (bytes.length === 0) return { lines: 0, blanks };
  if (bytes.includes(13)) {
    const all = splitLines(bytes.toString('utf8'));
    for (let i = 0; i < all.length; i++) if ((all[i] as string).trim() === '') blanks.push(i);
    return { lines: all.length, blanks };
  }
  let count = 0;
  for (let start = 0; start < bytes.length; count++) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const c = bytes[start] as number;
    if ((end === start || c <= 0x20 || c >= 0x7f) && bytes.toString('utf8', start, end).trim() === '')
      blanks.push(count);
    start = end + 1;
  }
  return { lines: count, blanks };
}

/** `pieces` joined into memory of their own (never Node's shared pool, which a copy to a worker would carry whole). */
function joined(pieces: readonly Buffer[], length: number): Buffer {
  const out = Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (const piece of pieces) at += piece.copy(out, at);
  return out;
}

/**
 * The stream's bytes in blocks of whole lines of about `size` bytes, never decoded here: the
 * main thread of `bill --jobs` only cuts and counts, and the workers decode and split
 * ({@link splitLines}) — the same lines as {@link lineBlocks}, numbered from each block's count.
 */
export async function* lineChunks(stream: AsyncIterable<unknown>, size: number): AsyncGenerator<LineChunk> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    pending.push(piece);
    length += piece.length;
    if (length < size) continue;
    const all = joined(pending, length);
    const cut = all.lastIndexOf(10);
    if (cut < 0) {
      pending = [all];
      continue;
    }
    const rest = all.subarray(cut + 1);
    pending = [joined([rest], rest.length)];
    length = rest.length;
    const bytes = all.subarray(0, cut + 1);
    yield { bytes, lines: countLines(bytes) };
  }
  const last = joined(pending, length);
  if (last.length > 0) yield { bytes: last, lines: countLines(last) };
}
