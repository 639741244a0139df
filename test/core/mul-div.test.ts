/**
 * mulDivYen: `a × b / c` in whole yen, exact, rounded once — with numbers while they are
 * exact, with decimal.js beyond. It must give what decimal.js gives, always.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulDivYen } from '../../src/core/mul-div.js';
import { Dec, roundYen } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

const ROUNDINGS = ['floor', 'half-up', 'ceil'] as const;

describe('mulDivYen', () => {
  it('100,000 × 17 / 30 = 56,666.66…: floor 56,666, half-up 56,667, ceil 56,667', () => {
    expect(ROUNDINGS.map((r) => mulDivYen(100_000, 17, 30, r))).toEqual([56_666, 56_667, 56_667]);
  });

  it('an exact quotient is the same under every rounding: 50,000 × 15 / 30 = 25,000', () => {
    expect(ROUNDINGS.map((r) => mulDivYen(50_000, 15, 30, r))).toEqual([25_000, 25_000, 25_000]);
  });

  it('a half goes up only under half-up: 1 × 1 / 2 = 0.5 → 0, 1, 1; 1 × 1 / 3 → 0, 0, 1', () => {
    expect(ROUNDINGS.map((r) => mulDivYen(1, 1, 2, r))).toEqual([0, 1, 1]);
    expect(ROUNDINGS.map((r) => mulDivYen(1, 1, 3, r))).toEqual([0, 0, 1]);
  });

  it('beyond the exact range of numbers it still answers exactly: (2^53 − 1) × 3 / 7', () => {
    // 9,007,199,254,740,991 × 3 = 27,021,597,764,222,973; / 7 = 3,860,228,252,031,853.28… → 3,860,228,252,031,853.
    expect(mulDivYen(Number.MAX_SAFE_INTEGER, 3, 7, 'floor')).toBe(3_860_228_252_031_853);
  });

  it('refuses a rounding it does not know, naming rounding', () => {
    expectTermsError(() => mulDivYen(1, 1, 3, 'bankers' as never), 'rounding');
  });

  it('gives what decimal.js gives, for any whole a, b ≥ 0 and c > 0, near the limit of numbers too', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat());
    fc.assert(
      fc.property(
        big,
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 200_000_000 }),
        fc.constantFrom(...ROUNDINGS),
        (a, b, c, r) => {
          let expected: number | string;
          try {
            expected = roundYen(new Dec(a).times(b).dividedBy(c), r);
          } catch (e) {
            expected = (e as Error).message;
          }
          let actual: number | string;
          try {
            actual = mulDivYen(a, b, c, r);
          } catch (e) {
            actual = (e as Error).message;
          }
          expect(actual).toBe(expected);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
