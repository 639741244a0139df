/**
 * The byte writer of the compact rows (src/cli/row-bytes.ts): every string and number it
 * writes is the UTF-8 of what `JSON.stringify` writes for it, whatever the text (quotes,
 * backslashes, control characters, non-ASCII, lone surrogates) and whatever the number
 * (negative, fractional, huge, not finite); the buffer grows past its size and hands out
 * what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/csv-out.js';
import { RowBytes, asciiBytes } from '../../src/cli/row-bytes.js';

const written = (write: (out: RowBytes) => void, size?: number): string => {
  const out = new RowBytes(size);
  write(out);
  return out.take().toString('utf8');
};

describe('RowBytes', () => {
  it('writes a string as JSON.stringify does, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(written((o) => o.string(s), 4)).toBe(JSON.stringify(s));
      }),
      { numRuns: 500 },
    );
    // The texts that must be escaped, each alone (JSON writes `\"`, `\\`, `\n`, `\u0000`, `\ud800`).
    for (const s of ['"', '\\', '\n', '\u0000', '\u001f', '\u007f', 'é', '日本', '\u2028', '\ud800', '</script>', ''])
      expect(written((o) => o.string(s), 1)).toBe(JSON.stringify(s));
  });

  it('writes a number as JSON.stringify does: integers digit by digit, others as JavaScript writes them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(written((o) => o.number(n), 2)).toBe(JSON.stringify(n));
      }),
      { numRuns: 1_000 },
    );
    // 0, −0 (JSON: "0"), 10 and 9 (the digit count's edges), the largest safe integer, 2^53, NaN, ∞.
    for (const n of [0, -0, 9, 10, 99, 100, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 1e21, 0.1, Number.NaN, -Infinity])
      expect(written((o) => o.number(n))).toBe(JSON.stringify(n));
  });

  it('grows past its size and starts again empty after take', () => {
    const out = new RowBytes(8);
    for (let i = 0; i < 1_000; i++) {
      out.raw('{"a":');
      out.number(i);
      out.byte(0x7d);
    }
    const first = out.take().toString('utf8');
    expect(first.startsWith('{"a":0}{"a":1}')).toBe(true);
    expect(first.endsWith('{"a":999}')).toBe(true);
    // 10 + 90 + 900 numbers of 1, 2 and 3 digits, each in the 6 bytes of `{"a":}`.
    expect(first.length).toBe(1_000 * 6 + 10 + 90 * 2 + 900 * 3);
    expect(out.length).toBe(0);
    out.text('日本');
    expect(out.take().toString('utf8')).toBe('日本');
  });

  it('writes a text as its own CSV cell only when csvCell would leave it as it is, in one pass', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '=1', '-5', '+', '@a', 'a,b')),
        (s) => {
          const out = new RowBytes(2);
          out.raw('x');
          const plain = out.cell(s);
          // Written exactly when csvCell leaves it as it is and it is printable ASCII; else nothing written.
          expect(plain).toBe(csvCell(s) === s && /^[\x20-\x7e]*$/.test(s));
          expect(out.take().toString('latin1')).toBe(plain ? `x${s}` : 'x');
        },
      ),
      { numRuns: 1_000 },
    );
    // '-1' begins as a formula (csvCell writes "'-1"), 'a"b' needs quotes, 'é' is not ASCII, '2030-12-31' is plain.
    for (const [s, plain] of [
      ['-1', false],
      ['a"b', false],
      ['é', false],
      ['\t', false],
      ['2030-12-31', true],
      ['25-3', true],
    ] as const)
      expect(new RowBytes(1).cell(s)).toBe(plain);
  });

  it('writes bytes as they are and bytes already written again, and drops what was written after a length', () => {
    const out = new RowBytes(4);
    out.raw('12,C1,');
    out.bytes(asciiBytes('a;'));
    // `12,C1,` (bytes 0–5) again, past the buffer's first size.
    out.again(0, 6);
    out.bytes(asciiBytes('b;'));
    out.cut(14);
    out.cut(20);
    expect(out.take().toString('latin1')).toBe('12,C1,a;12,C1,');
  });
});
