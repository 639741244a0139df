/**
 * The batch's line reader (src/cli/lines.ts) gives the lines `readline` gives — the reader the
 * CLI used before — for any text cut into any chunks: line numbers, and so every row's `line`
 * and every `--shard`, stay what they were.
 */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShape, lineBlocks, lineChunks, linesOf, splitLines } from '../../src/cli/lines.js';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** `text` as UTF-8 bytes cut at the given places (which may fall inside a character). */
function chunks(text: string, cuts: readonly number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) out.push(bytes.subarray(from, c));
    from = Math.max(from, c);
  }
  return out;
}

const readline = (parts: readonly (Buffer | string)[]) =>
  all(createInterface({ input: Readable.from(parts), crlfDelay: Number.POSITIVE_INFINITY }));

describe('the batch line reader', () => {
  it('splits at \\n, \\r\\n and a lone \\r, and keeps a last line without a break', async () => {
    const parts = [Buffer.from('a\r\nb\rc\n\nd')];
    expect(await all(linesOf(Readable.from(parts)))).toEqual(['a', 'b', 'c', '', 'd']);
  });

  it('reads a \\r\\n and a character split between two chunks whole', async () => {
    const parts = [Buffer.from('x\r'), Buffer.from('\ny'), Buffer.from([0xe3, 0x81]), Buffer.from([0x82, 0x0a])];
    // 0xe3 0x81 0x82 is あ in UTF-8.
    expect(await all(linesOf(Readable.from(parts)))).toEqual(['x', 'yあ']);
  });

  it('gives the lines readline gives, for any text cut into any chunks', async () => {
    const text = fc
      .array(fc.constantFrom('a', '{', '"', 'é', 'あ', '😀', '\n', '\r', '\r\n', ' '), { maxLength: 40 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (t, cuts) => {
        const parts = chunks(t, cuts);
        expect(await all(linesOf(Readable.from(parts)))).toEqual(await readline(parts));
      }),
      { numRuns: 300 },
    );
  });

  it('gives one block per chunk that ends a line, and reads string chunks as they are', async () => {
    const blocks = await all(lineBlocks(Readable.from(['a\nb', 'c\nd\n', 'e'])));
    expect(blocks).toEqual([['a'], ['bc', 'd'], ['e']]);
  });

  it('cuts bytes into blocks of whole lines whose counts number them as readline does (bill --jobs)', async () => {
    const text = fc
      .array(fc.constantFrom('a', 'é', 'あ', '\n', '\r', '\r\n', ' '), { maxLength: 40 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 16 }),
        async (t, cuts, size) => {
          const parts = chunks(t, cuts);
          const lines: string[] = [];
          let counted = 0;
          for await (const block of lineChunks(Readable.from(parts), size)) {
            const own = splitLines(Buffer.from(block.bytes).toString('utf8'));
            expect(own).toHaveLength(block.lines);
            lines.push(...own);
            counted += block.lines;
          }
          const expected = await readline(parts);
          expect(lines).toEqual(expected);
          expect(counted).toBe(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells how many lines a block holds and which are blank, as splitLines and trim say (a failed chunk of bill --jobs)', () => {
    // Blank is `line.trim() === ''`: ASCII and Unicode spaces (U+00A0, U+3000, U+FEFF) count, a letter does not.
    expect(blockShape(Buffer.from('{"a":1}\n\n \t\n\u3000\nx\n'))).toEqual({ lines: 5, blanks: [1, 2, 3] });
    expect(blockShape(Buffer.from('a\r\n\r\nb'))).toEqual({ lines: 3, blanks: [1] });
    expect(blockShape(Buffer.alloc(0))).toEqual({ lines: 0, blanks: [] });
    const text = fc
      .array(fc.constantFrom('{', 'a', 'é', 'あ', ' ', '\t', '\u00a0', '\u3000', '\ufeff', '\n', '\r', '\r\n'), {
        maxLength: 40,
      })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lines = splitLines(t);
        const blanks = lines.flatMap((l, i) => (l.trim() === '' ? [i] : []));
        expect(blockShape(Buffer.from(t, 'utf8'))).toEqual({ lines: lines.length, blanks });
      }),
      { numRuns: 500 },
    );
  });
});
