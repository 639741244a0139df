/**
 * The amounts computed in whole numbers where they are exact (round 5): each equals the
 * decimal.js computation it replaced — the interest of an account whose balance changed
 * (第26条, a sum of balance × weight over one denominator), 第13条5項's extension fees, and
 * an extension month's share of them — under every rounding, and beyond the safe integers too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/core/calendar-date.js';
import { Dec, roundYen } from '../../src/core/money.js';
import type { Rounding } from '../../src/core/options.js';
import { TERMS_RATES, overdueAccountOf, pendingInterestOf } from '../../src/articles/article-26.js';
import { terminationExtensionOf } from '../../src/articles/article-13.js';

const rounding = fc.constantFrom<Rounding>('floor', 'half-up', 'ceil');
const terms = (r: Rounding) => ({
  dayCount: 'act/365-fixed' as const,
  rounding: r,
  application: 'civil-code' as const,
  rates: TERMS_RATES,
});

describe('whole-number paths', () => {
  it("an account's pending interest equals Σ balance × weight / denominator in decimal.js (property)", () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(big, fc.integer({ min: 1, max: 2_000_000_000 })), { minLength: 2, maxLength: 5 }),
        rounding,
        (pairs, r) => {
          const account = overdueAccountOf(CalendarDate.parse('2027-04-30'), 0);
          account.pending = pairs.flat();
          let sum = new Dec(0);
          for (const [b, w] of pairs) sum = sum.plus(new Dec(b).times(w));
          let expected: number | string;
          try {
            expected = roundYen(sum.dividedBy(TERMS_RATES.denominator), r, 'interest');
          } catch (e) {
            expected = (e as { code: string }).code;
          }
          let got: number | string;
          try {
            got = pendingInterestOf(account, terms(r));
          } catch (e) {
            got = (e as { code: string }).code;
          }
          expect(got).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a balance of 100,000 yen for 10 days then 50,000 for 10 days: 600 yen at 14.6 % (hand-checked)', () => {
    // 100,000 × 0.146 × 10 / 365 = 400; 50,000 × 0.146 × 10 / 365 = 200; together 600.
    const account = overdueAccountOf(CalendarDate.parse('2027-04-30'), 0);
    const weight = (TERMS_RATES.denominator / 365) * 0.146 * 10;
    account.pending = [100_000, weight, 50_000, weight];
    expect(pendingInterestOf(account, terms('floor'))).toBe(600);
  });

  it("第13条5項's fees equal fee × 2 × months (and fee × months) in decimal.js (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom('replaces' as const, 'in-addition' as const),
        rounding,
        (fee, months, extensionFee, r) => {
          const run = () => {
            try {
              const x = terminationExtensionOf(CalendarDate.parse('2027-06-30'), months, fee, extensionFee, r);
              return [x.extensionFee, x.regularFee, x.totalDue];
            } catch (e) {
              return (e as { code: string; issues: { path: string }[] }).issues[0]?.path;
            }
          };
          const doubled = new Dec(fee).times(2).times(months);
          const regular = extensionFee === 'replaces' ? new Dec(0) : new Dec(fee).times(months);
          const safe = (d: Dec) => d.lte(Number.MAX_SAFE_INTEGER);
          const expected = !safe(doubled)
            ? 'extensionFee'
            : !safe(regular)
              ? 'regularFee'
              : !safe(doubled.plus(regular))
                ? 'totalDue'
                : [doubled.toNumber(), regular.toNumber(), doubled.plus(regular).toNumber()];
          expect(run()).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('two months of extension on a fee of 90,000: 360,000 yen, 540,000 with the fee in addition (hand-checked)', () => {
    // 90,000 × 2 × 2 = 360,000; in addition 90,000 × 2 = 180,000 more.
    const end = CalendarDate.parse('2027-06-30');
    expect(terminationExtensionOf(end, 2, 90_000, 'replaces', 'floor').totalDue).toBe(360_000);
    expect(terminationExtensionOf(end, 2, 90_000, 'in-addition', 'floor').totalDue).toBe(540_000);
  });
});
