/**
 * `bill`'s block of NDJSON lines (bill-block.ts `billChunk`, which `--jobs 1` and each worker
 * of `--jobs N` run): its text decoded a piece at a time, cut after a `\n`, gives the rows of
 * the whole block's lines — each row numbered with the line it came from, blank lines and
 * other shards' lines holding none — whatever the line breaks (`\n`, `\r\n`, a lone `\r`),
 * characters of several bytes, lines longer than a piece, and a last line without a break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billChunk } from '../../src/cli/bill-block.js';
import { billingRun } from '../../src/index.js';
import { outsideShard } from '../../src/lifecycle/bill-run.js';
import { splitLines } from '../../src/cli/lines.js';

const month = '2030-12';
const CONTRACT =
  '{"id":"C","formationDate":"2030-09-24","scheduledStartDate":"2030-09-29","termMonths":36,"monthlyFee":381000,' +
  '"payments":[{"date":"2030-10-31","amount":381000}]}';

/** A line of the book: a contract (its id any text, or padded past a piece of 64 KB), a broken record, or a blank. */
const lineArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((id) => CONTRACT.replace('"C"', JSON.stringify(`日${id}`))),
  fc.integer({ min: 1, max: 70_000 }).map((pad) => CONTRACT.replace('{', `{${' '.repeat(pad)}`)),
  fc.constantFrom('{"id":"é","monthlyFee":"x"}', 'not json', '', '   ', '\t', '\u3000'),
);

/** The rows of `text` as the whole block's lines give them (the reading before pieces), as NDJSON. */
function expected(text: string, first: number, shard?: { index: number; count: number }): string {
  const kept = splitLines(text)
    .map((line, i) => ({ line, at: first + i }))
    .filter(({ line, at }) => !outsideShard(shard, at) && line.trim() !== '');
  const rows = [
    ...billingRun(
      kept.map((k) => k.line),
      { month, input: 'ndjson' },
    ),
  ];
  return rows.map((r) => `${JSON.stringify({ ...r, line: kept[r.line - 1]?.at })}\n`).join('');
}

describe('billChunk over a block of NDJSON lines', () => {
  it('gives the rows of the whole block’s lines, numbered from the first line’s number (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1_000 }),
        fc.option(fc.constantFrom({ index: 1, count: 2 }, { index: 2, count: 3 }), { nil: undefined }),
        (lines, lastBreak, first, shard) => {
          let text = lines.map(([l, br]) => l + br).join('');
          if (!lastBreak && lines.length > 0) text = text.slice(0, -(lines.at(-1)?.[1].length ?? 0));
          const bytes = Buffer.from(text, 'utf8');
          const work = { window: { month, asOf: undefined }, options: {}, csv: false, shard };
          const got = billChunk({ kind: 'lines', bytes, first, ...work });
          expect(Buffer.from(got.bytes).toString('utf8')).toBe(expected(text, first, shard));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a \\r\\n and a character of several bytes whole where a piece is cut', () => {
    // Lines of 1,000 bytes (CRLF included) put a line's end at each byte offset near 64 KB across the cases;
    // "日" is three bytes in UTF-8. Each case: 200 records, numbered 5–204.
    for (let shift = 0; shift < 6; shift++) {
      const line = (i: number) => {
        const base = CONTRACT.replace('"C"', JSON.stringify(`日${i}`));
        return `${base}${' '.repeat(1_000 - Buffer.byteLength(base) - 2 + (i === 0 ? shift : 0))}\r\n`;
      };
      const text = Array.from({ length: 200 }, (_, i) => line(i)).join('');
      const work = { window: { month, asOf: undefined }, options: {}, csv: false };
      const got = Buffer.from(billChunk({ kind: 'lines', bytes: Buffer.from(text), first: 5, ...work }).bytes);
      const rows = got.toString('utf8').trimEnd().split('\n');
      expect(rows).toHaveLength(200);
      expect(rows.map((r) => JSON.parse(r).line)).toEqual(Array.from({ length: 200 }, (_, i) => i + 5));
      expect(rows.map((r) => JSON.parse(r).id)).toEqual(Array.from({ length: 200 }, (_, i) => `日${i}`));
      expect(got.toString('utf8')).toBe(expected(text, 5));
    }
  });

  it('writes the rows into the shared memory a task brings, and elsewhere when they outgrow it', () => {
    const text = Array.from({ length: 30 }, (_, i) => CONTRACT.replace('"C"', `"C${i}"`)).join('\n');
    const work = { window: { month, asOf: undefined }, options: {}, csv: true };
    const task = { kind: 'lines' as const, bytes: Buffer.from(text), first: 1, ...work };
    const plain = Buffer.from(billChunk(task).bytes).toString('utf8');
    // 30 contracts: a carried-in, a fee and a total row or more each — well over 64 bytes, well under 1 MB.
    expect(plain.split('\r\n').length).toBeGreaterThan(60);
    const roomy = new SharedArrayBuffer(1024 * 1024);
    const inRoomy = billChunk({ ...task, rows: Buffer.from(roomy) }).bytes;
    expect(inRoomy.buffer).toBe(roomy);
    expect(Buffer.from(inRoomy).toString('utf8')).toBe(plain);
    const small = new SharedArrayBuffer(64);
    const outgrown = billChunk({ ...task, rows: Buffer.from(small) }).bytes;
    expect(outgrown.buffer).not.toBe(small);
    expect(Buffer.from(outgrown).toString('utf8')).toBe(plain);
  });
});
