/**
 * The Sheets bundle computes money with exact fractions (src/spreadsheet/
 * exact-decimal.ts) where the library uses decimal.js. For every computation
 * the library makes — whole numbers multiplied and added, divided once by a
 * whole number, rounded once to whole yen by floor, half-up or ceil — the two
 * must agree to the yen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { Decimal as Exact } from '../../src/spreadsheet/exact-decimal.js';

const MODES = [
  ['floor', Dec.ROUND_FLOOR, Exact.ROUND_FLOOR],
  ['half-up', Dec.ROUND_HALF_UP, Exact.ROUND_HALF_UP],
  ['ceil', Dec.ROUND_CEIL, Exact.ROUND_CEIL],
] as const;

describe('exact fractions against decimal.js', () => {
  it('agree on a × b + c × d, divided by q, rounded to whole yen, in every mode the library uses', () => {
    // The library's biggest: 9e15 yen × 146 × 366 × 36,500 days ≈ 1.8e25, over 1000 × 365 × 366.
    const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const factor = fc.integer({ min: 0, max: 13_359_000 });
    const divisor = fc.constantFrom(1, 2, 3, 30, 365, 366, 12, 133_590_000);
    fc.assert(
      fc.property(amount, factor, amount, factor, divisor, (a, b, c, d, q) => {
        for (const [, decimalMode, exactMode] of MODES) {
          const expected = new Dec(a)
            .times(b)
            .plus(new Dec(c).times(d))
            .dividedBy(q)
            .toDecimalPlaces(0, decimalMode)
            .toNumber();
          const actual = new Exact(a)
            .times(b)
            .plus(new Exact(c).times(d))
            .dividedBy(q)
            .toDecimalPlaces(0, exactMode)
            .toNumber();
          expect(actual).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agree on exact halves, where half-up goes up and floor goes down', () => {
    // 100,001 × 15 / 30 = 50,000.5.
    const half = (D: typeof Dec | typeof Exact, mode: number) =>
      new D(100_001)
        .times(15)
        .dividedBy(30)
        .toDecimalPlaces(0, mode as never)
        .toNumber();
    for (const [, decimalMode, exactMode] of MODES) expect(half(Exact, exactMode)).toBe(half(Dec, decimalMode));
    expect(half(Exact, Exact.ROUND_HALF_UP)).toBe(50_001);
    expect(half(Exact, Exact.ROUND_FLOOR)).toBe(50_000);
  });

  it('round negative amounts as decimal.js does', () => {
    for (const n of [-7, -15, -16]) {
      for (const [, decimalMode, exactMode] of MODES) {
        expect(new Exact(n).dividedBy(2).toDecimalPlaces(0, exactMode).toNumber()).toBe(
          new Dec(n).dividedBy(2).toDecimalPlaces(0, decimalMode).toNumber(),
        );
      }
    }
  });

  it('are what Decimal.clone and isDecimal return, as money.ts expects', () => {
    expect(Exact.clone({ precision: 40 })).toBe(Exact);
    expect(Exact.isDecimal(new Exact(1))).toBe(true);
    expect(Exact.isDecimal(1)).toBe(false);
    expect(new Exact(1).isFinite()).toBe(true);
  });

  it('refuse, loudly, what the library never asks of them', () => {
    expect(() => new Exact(1.5)).toThrow(RangeError);
    expect(() => new Exact(1).dividedBy(0)).toThrow('division by zero');
    expect(() => new Exact(1).toDecimalPlaces(0, 6)).toThrow('rounding mode 6');
  });
});
