/**
 * A batch file read in blocks of whole lines with `readSync` (src/cli/blocks.ts): the same
 * lines as `readline` gives for any text and any buffer size — a line longer than the buffer
 * included — each block but the last ending with a line break; blocks "fresh" for a worker
 * each in memory of their own, taken from a {@link BlockMemory} and taken again once given back. A missing file or a folder is an input error before anything is written.
 */
import { closeSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockMemory, fileBlocks, openBlocks } from '../../src/cli/blocks.js';
import { splitLines } from '../../src/cli/lines.js';
import { CliError } from '../../src/cli/messages.js';
import { file, work } from './harness.js';

async function readline(text: string): Promise<string[]> {
  const out: string[] = [];
  const input = Readable.from([Buffer.from(text, 'utf8')]);
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) out.push(line);
  return out;
}

/** The blocks of `text` written to a file and read back in buffers of `size` bytes, `fresh` ones from a {@link BlockMemory}. */
function blocksOf(text: string, size: number, fresh: boolean): { blocks: Buffer[]; read: number } {
  const fd = openSync(file('blocks.ndjson', text), 'r');
  let read = 0;
  const blocks: Buffer[] = [];
  try {
    // A reused buffer's block is valid until the next is asked for: copied here.
    const memory = fresh ? new BlockMemory(size) : undefined;
    for (const b of fileBlocks(fd, size, memory, (n) => (read += n))) blocks.push(fresh ? b : Buffer.from(b));
  } finally {
    closeSync(fd);
  }
  return { blocks, read };
}

describe('a batch file read in blocks', () => {
  it('gives the lines readline gives, for any text and any buffer size, fresh or reused', async () => {
    const text = fc
      .array(fc.constantFrom('{', 'a', 'é', 'あ', '😀', ' ', '\n', '\r', '\r\n'), { maxLength: 60 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 24 }), fc.boolean(), async (t, size, fresh) => {
        const { blocks, read } = blocksOf(t, size, fresh);
        expect(read).toBe(Buffer.byteLength(t));
        for (const b of blocks.slice(0, -1)) expect(b[b.length - 1]).toBe(10);
        const lines = blocks.flatMap((b) => splitLines(b.toString('utf8')));
        expect(lines).toEqual(await readline(t));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each fresh block memory of its own (shared with a worker, it holds no other block)', () => {
    const { blocks } = blocksOf('aa\nbbbb\ncc\nd', 4, true);
    // Buffers of 4 bytes: "aa\nb" gives "aa\n"; "bbbb" holds no break, so the buffer grows to 8
    // and the next read ends the block at the last break it holds, "bbbb\ncc\n"; "d" is the end.
    expect(blocks.map((b) => b.toString())).toEqual(['aa\n', 'bbbb\ncc\n', 'd']);
    expect(new Set(blocks.map((b) => b.buffer)).size).toBe(3);
    // Nothing was given back: the first and the last block are shared memory taken new.
    expect(blocks[0]?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(blocks[2]?.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("takes a block's memory again once given back, and keeps only memory of its own size", () => {
    const memory = new BlockMemory(8);
    const a = memory.take(8);
    const b = memory.take(3);
    // Each at least the memory's size, none the same.
    expect([a.length, b.length]).toEqual([8, 8]);
    expect(a.buffer).not.toBe(b.buffer);
    memory.give(a.subarray(0, 5));
    expect(memory.take(8).buffer).toBe(a.buffer);
    // Larger than the memory's size: made for the once, never kept; nor is a buffer not shared.
    const long = memory.take(20);
    expect(long.length).toBe(20);
    memory.give(long);
    memory.give(Buffer.alloc(8));
    expect(memory.take(8).buffer).not.toBe(long.buffer);
  });

  it('refuses a missing file and a folder as input errors, before anything is read', () => {
    expect(() => openBlocks(`${work}/missing.ndjson`, process.stdin)).toThrow(CliError);
    expect(() => openBlocks(work, process.stdin)).toThrow(CliError);
  });
});
