/**
 * 第26条（遅延損害金）
 *
 * 「契約者が、料金等の支払を遅延した場合は、遅延期間につき年14.6%の割合による遅延損害金を
 * 当社の指定する方法により支払うものとし、支払いに必要な振込手数料その他の費用は契約者の
 * 負担とします。」
 *
 * I-10: 14.6 % a year, each day from the day after the due date through the day of payment;
 * act/365-fixed by default, act/act (a day of a leap year is 1/366) as the alternative.
 * I-06: exact arithmetic, one rounding at the end (floor by default).
 *
 * A useful identity for the hand calculations: 0.146 / 365 = 0.0004 exactly, so under
 * act/365-fixed the interest is amount × days × 0.0004.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_26,
  CalendarDate,
  LATE_INTEREST_RATE,
  lateInterest,
  lateInterestWithPayments,
} from '../../src/index.js';
import { interestRatesOf, lateInterestOf, lateInterestWithPaymentsOf } from '../../src/articles/article-26.js';
import { TERMS_NUMBERS, type TermsNumbers } from '../../src/core/terms-numbers.js';
import { DEFAULT_OPTIONS } from '../../src/core/options.js';
import { interestTermsOf } from '../../src/lifecycle/ledger.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

describe('第26条: 14.6% a year for the days late (act/365-fixed by default)', () => {
  it('100,000 yen paid 30 days late owes 1,200 yen (the worked example of I-10)', () => {
    // 2027-05-01 … 2027-05-30 = 30 days; 100,000 × 0.146 × 30 / 365 = 438,000 / 365 = 1,200.
    expect(lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-05-30' })).toEqual({
      interest: 1200,
      days: 30,
      basis: ['26'],
    });
  });

  it('the rate is 14.6% written as an exact decimal', () => {
    expect(LATE_INTEREST_RATE).toBe('0.146');
  });

  it('one day late counts the day of payment: 100,000 yen → 40 yen', () => {
    // Due 04-30, paid 05-01: 1 day; 100,000 × 0.0004 = 40.
    expect(lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-05-01' })).toEqual({
      interest: 40,
      days: 1,
      basis: ['26'],
    });
  });

  it('paying on the due date owes nothing', () => {
    expect(lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-04-30' })).toEqual({
      interest: 0,
      days: 0,
      basis: ['26'],
    });
  });

  it('paying before the due date owes nothing and is not an error', () => {
    expect(lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-04-01' })).toEqual({
      interest: 0,
      days: 0,
      basis: ['26'],
    });
  });

  it('a zero amount owes no interest however late', () => {
    expect(lateInterest({ amount: 0, dueDate: '2027-04-30', paidOn: '2027-05-30' }).interest).toBe(0);
  });

  describe('rounding happens once, by the rounding option', () => {
    it('12,345 yen 10 days late: 49.38 → floor 49, half-up 49, ceil 50', () => {
      // 12,345 × 10 × 0.0004 = 49.38.
      const input = { amount: 12_345, dueDate: '2027-04-30', paidOn: '2027-05-10' };
      expect(lateInterest(input).interest).toBe(49);
      expect(lateInterest(input, { rounding: 'floor' }).interest).toBe(49);
      expect(lateInterest(input, { rounding: 'half-up' }).interest).toBe(49);
      expect(lateInterest(input, { rounding: 'ceil' }).interest).toBe(50);
    });

    it('12,345 yen 20 days late: 98.76 → floor 98, half-up 99, ceil 99', () => {
      // 12,345 × 20 × 0.0004 = 98.76.
      const input = { amount: 12_345, dueDate: '2027-04-30', paidOn: '2027-05-20' };
      expect(lateInterest(input).interest).toBe(98);
      expect(lateInterest(input, { rounding: 'half-up' }).interest).toBe(99);
      expect(lateInterest(input, { rounding: 'ceil' }).interest).toBe(99);
    });

    it('exactly half a yen: 1,250 yen 1 day → 0.5 → floor 0, half-up 1, ceil 1', () => {
      // 1,250 × 0.0004 = 0.5.
      const input = { amount: 1_250, dueDate: '2027-04-30', paidOn: '2027-05-01' };
      expect(lateInterest(input).interest).toBe(0);
      expect(lateInterest(input, { rounding: 'half-up' }).interest).toBe(1);
      expect(lateInterest(input, { rounding: 'ceil' }).interest).toBe(1);
    });
  });

  describe('due dates at the end of 28-, 29-, 30- and 31-day months (100,000 yen, × days × 0.0004)', () => {
    it.each([
      // [dueDate, paidOn, days, interest, the hand count]
      ['2027-02-28', '2027-03-31', 31, 1240, '28-day Feb: 03-01 … 03-31 = 31 days; 100,000 × 31 × 0.0004 = 1,240'],
      ['2028-02-28', '2028-03-31', 32, 1280, '29 February counts: 1 + 31 = 32 days; 100,000 × 32 × 0.0004 = 1,280'],
      ['2028-02-29', '2028-03-01', 1, 40, '29-day Feb: 03-01 = 1 day; 100,000 × 0.0004 = 40'],
      ['2027-04-30', '2027-06-30', 61, 2440, '30-day month: May 31 + June 30 = 61 days; × 40 = 2,440'],
      ['2027-01-31', '2027-03-01', 29, 1160, '31-day month: Feb 28 + Mar 1 = 29 days; × 40 = 1,160'],
      ['2027-12-31', '2028-12-31', 366, 14640, 'a whole leap year = 366 days, still over 365: × 40 = 14,640'],
    ] as const)('due %s, paid %s: %i days → %i yen (%s)', (dueDate, paidOn, days, interest, _why) => {
      expect(lateInterest({ amount: 100_000, dueDate, paidOn })).toEqual({ interest, days, basis: ['26'] });
    });
  });

  describe("dayCount 'act/act': a day of a leap year is 1/366 of a year", () => {
    // 100,000 × 0.146 = 14,600 a year. act/act: 14,600 × (days of common years / 365 + days of leap years / 366);
    // act/365-fixed: 100,000 × days × 0.0004.
    it.each([
      // [dueDate, paidOn, days, act/act (floor), act/365-fixed, the hand count]
      ['2028-04-30', '2028-05-30', 30, 1196, 1200, '30 days of 2028: 14,600 × 30 / 366 = 1,196.72…'],
      ['2027-04-30', '2027-05-30', 30, 1200, 1200, '30 days of 2027, a common year: act/act is act/365'],
      [
        '2027-12-16',
        '2028-01-15',
        30,
        1198,
        1200,
        'split at 1 January: 12-17 … 12-31 (15 of 2027) = 600, 01-01 … 01-15 (15 of 2028) = 598.36…',
      ],
      ['2028-12-16', '2029-01-15', 30, 1198, 1200, 'out of a leap year: 15 of 2028 = 598.36… + 15 of 2029 = 600'],
      ['2027-12-31', '2028-12-31', 366, 14600, 14640, 'a whole leap year is exactly one year: 366 / 366'],
      [
        '1999-12-31',
        '2000-03-01',
        61,
        2433,
        2440,
        '2000 is leap (÷400): Jan 31 + Feb 29 + Mar 1 = 61; 14,600 × 61 / 366 = 2,433.33…',
      ],
      ['2099-12-31', '2100-03-01', 60, 2400, 2400, '2100 is not leap (÷100): Jan 31 + Feb 28 + Mar 1 = 60 over 365'],
      [
        '2026-12-31',
        '2029-12-31',
        1096,
        43800,
        43840,
        '2027, 2028, 2029 are one year each: 3 × 14,600; fixed: 1,096 × 40',
      ],
    ] as const)(
      'due %s, paid %s: %i days → %i act/act, %i act/365-fixed (%s)',
      (dueDate, paidOn, days, actAct, fixed, _why) => {
        const input = { amount: 100_000, dueDate, paidOn };
        expect(lateInterest(input, { dayCount: 'act/act' })).toEqual({ interest: actAct, days, basis: ['26'] });
        expect(lateInterest(input, { dayCount: 'act/365-fixed' })).toEqual({ interest: fixed, days, basis: ['26'] });
        expect(lateInterest(input).interest).toBe(fixed);
      },
    );

    it('rounds the act/act amount once: 1,196.72… → floor 1,196, half-up 1,197, ceil 1,197', () => {
      const input = { amount: 100_000, dueDate: '2028-04-30', paidOn: '2028-05-30' };
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'half-up' }).interest).toBe(1197);
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'ceil' }).interest).toBe(1197);
    });

    it('rounds a split period once: 600 + 598.3606… = 1,198.36… → ceil 1,199, half-up 1,198', () => {
      const input = { amount: 100_000, dueDate: '2028-12-16', paidOn: '2029-01-15' };
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'ceil' }).interest).toBe(1199);
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'half-up' }).interest).toBe(1198);
    });
  });

  describe('amounts up to 10^12 yen without loss of precision', () => {
    it('an exact whole yen stays whole: 100,000 yen 396 days late → 15,840 (floats give 15,839)', () => {
      // 2027-05-01 … 2028-04-30 = 366 days (29 February 2028 included) + 30 days of May = 396.
      // 100,000 × 396 × 0.0004 = 15,840 exactly; in floating point 100000 * 0.146 * 396 / 365 = 15839.99…
      expect(lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2028-05-30' })).toEqual({
        interest: 15_840,
        days: 396,
        basis: ['26'],
      });
      expect(Math.floor((100_000 * 0.146 * 396) / 365)).toBe(15_839);
    });

    it('10^12 yen 30 days late: 10^12 × 30 × 0.0004 = 12,000,000,000', () => {
      expect(lateInterest({ amount: 1_000_000_000_000, dueDate: '2027-04-30', paidOn: '2027-05-30' }).interest).toBe(
        12_000_000_000,
      );
    });

    it('999,999,999,999 yen 7 days late: 2,799,999,999.9972 → floor 2,799,999,999, half-up 2,800,000,000', () => {
      // 999,999,999,999 × 7 × 0.0004 = 6,999,999,999,993 × 0.0004 = 2,799,999,999.9972.
      const input = { amount: 999_999_999_999, dueDate: '2027-04-30', paidOn: '2027-05-07' };
      expect(lateInterest(input).interest).toBe(2_799_999_999);
      expect(lateInterest(input, { rounding: 'half-up' }).interest).toBe(2_800_000_000);
    });

    it('10^12 yen 1 day of 2028 under act/act: 146,000,000,000 / 366 = 398,907,103.82… ', () => {
      // 366 × 398,907,103 = 145,999,999,698; remainder 302 → .825…
      const input = { amount: '1000000000000', dueDate: '2028-04-30', paidOn: '2028-05-01' };
      expect(lateInterest(input, { dayCount: 'act/act' }).interest).toBe(398_907_103);
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'half-up' }).interest).toBe(398_907_104);
      expect(lateInterest(input, { dayCount: 'act/act', rounding: 'ceil' }).interest).toBe(398_907_104);
    });

    it('10^12 + 1 yen keeps its last yen: 1,000,000,000,001 × 2,500 days × 0.0004 = 1,000,000,000,001', () => {
      // 2,500 × 0.0004 = 1, so the interest equals the amount. Due 2027-04-30 + 2,500 days = 2034-03-04.
      expect(lateInterest({ amount: 1_000_000_000_001, dueDate: '2027-04-30', paidOn: '2034-03-04' })).toMatchObject({
        interest: 1_000_000_000_001,
        days: 2500,
      });
    });
  });

  describe('properties', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });
    const days = fc.integer({ min: 0, max: 3_650 });
    const dayCount = fc.constantFrom('act/365-fixed' as const, 'act/act' as const);

    it('interest never falls when the payment is later', () => {
      fc.assert(
        fc.property(amount, calendarDate(1990, 2150), days, days, dayCount, (a, due, d1, d2, dc) => {
          const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const i1 = lateInterest({ amount: a, dueDate: due, paidOn: due.addDays(early) }, { dayCount: dc }).interest;
          const i2 = lateInterest({ amount: a, dueDate: due, paidOn: due.addDays(late) }, { dayCount: dc }).interest;
          expect(i1).toBeLessThanOrEqual(i2);
        }),
      );
    });

    it('interest never falls when the amount is larger', () => {
      fc.assert(
        fc.property(amount, amount, calendarDate(1990, 2150), days, dayCount, (a1, a2, due, d, dc) => {
          const [small, large] = a1 <= a2 ? [a1, a2] : [a2, a1];
          const paidOn = due.addDays(d);
          const i1 = lateInterest({ amount: small, dueDate: due, paidOn }, { dayCount: dc }).interest;
          const i2 = lateInterest({ amount: large, dueDate: due, paidOn }, { dayCount: dc }).interest;
          expect(i1).toBeLessThanOrEqual(i2);
        }),
      );
    });

    it('days are the days after the due date through payment, and act/act never exceeds act/365-fixed', () => {
      fc.assert(
        fc.property(amount, calendarDate(1990, 2150), fc.integer({ min: -400, max: 3_650 }), (a, due, d) => {
          const input = { amount: a, dueDate: due, paidOn: due.addDays(d) };
          const fixed = lateInterest(input);
          const actual = lateInterest(input, { dayCount: 'act/act' });
          expect(fixed.days).toBe(Math.max(d, 0));
          expect(actual.days).toBe(fixed.days);
          expect(actual.interest).toBeLessThanOrEqual(fixed.interest);
        }),
      );
    });

    it('floor ≤ half-up ≤ ceil ≤ floor + 1', () => {
      fc.assert(
        fc.property(amount, calendarDate(1990, 2150), days, dayCount, (a, due, d, dc) => {
          const input = { amount: a, dueDate: due, paidOn: due.addDays(d) };
          const floor = lateInterest(input, { dayCount: dc }).interest;
          const halfUp = lateInterest(input, { dayCount: dc, rounding: 'half-up' }).interest;
          const ceil = lateInterest(input, { dayCount: dc, rounding: 'ceil' }).interest;
          expect(floor).toBeLessThanOrEqual(halfUp);
          expect(halfUp).toBeLessThanOrEqual(ceil);
          expect(ceil - floor).toBeLessThanOrEqual(1);
        }),
      );
    });
  });

  it('the trusted core gives the public answer without the basis', () => {
    const due = CalendarDate.parse('2027-04-30');
    expect(lateInterestOf(100_000, due, CalendarDate.parse('2027-05-30'), 'act/365-fixed', 'floor')).toEqual({
      interest: 1200,
      days: 30,
    });
  });

  it('refuses bad input naming the field', () => {
    const ok = { amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-05-30' };
    expectTermsError(() => lateInterest({ ...ok, amount: -1 }), 'amount');
    expectTermsError(() => lateInterest({ ...ok, amount: 1.5 }), 'amount');
    expectTermsError(() => lateInterest({ ...ok, amount: Number.NaN }), 'amount');
    expectTermsError(() => lateInterest({ ...ok, amount: 1e21 }), 'amount');
    expectTermsError(() => lateInterest({ ...ok, amount: '１００' }), 'amount');
    expectTermsError(() => lateInterest({ ...ok, dueDate: '2027-02-29' }), 'dueDate');
    expectTermsError(() => lateInterest({ ...ok, paidOn: '2027-13-01' }), 'paidOn');
    expectTermsError(() => lateInterest({ amount: 1, dueDate: '2027-04-30' } as never), 'paidOn');
    expectTermsError(() => lateInterest(undefined as never), 'input');
    expectTermsError(() => lateInterest(ok, { dayCount: 'act/360' as never }), 'options.dayCount');
    expectTermsError(() => lateInterest(ok, { rounding: 'bankers' as never }), 'options.rounding');
  });

  it('an interest beyond a safe integer of yen is AMOUNT_OUT_OF_RANGE, not a wrong number', () => {
    // 9,007,199,254,740,991 × 100 years × 0.146 ≈ 1.3 × 10^17 yen.
    expectTermsError(
      () => lateInterest({ amount: Number.MAX_SAFE_INTEGER, dueDate: '1990-01-01', paidOn: '2090-01-01' }),
      'interest',
      'AMOUNT_OUT_OF_RANGE',
    );
  });
});

describe("第26条 with partial payments, 'principal-first' (I-15's alternative): each balance bears interest for its own days", () => {
  const due = '2027-04-30';
  // The principal first: the payments reduce the amount, and the interest — summed exactly over the
  // segments and rounded once — stays owed until a payment reaches it (I-15).
  const PF = { paymentApplication: 'principal-first' } as const;

  it('half paid after 10 days, the rest after 30: 400 + 400 = 800', () => {
    // 100,000 × 10 × 0.0004 = 400 (05-01 … 05-10); 50,000 × 20 × 0.0004 = 400 (05-11 … 05-30).
    expect(
      lateInterestWithPayments(
        {
          amount: 100_000,
          dueDate: due,
          payments: [
            { date: '2027-05-10', amount: 50_000 },
            { date: '2027-05-30', amount: 50_000 },
          ],
        },
        PF,
      ),
    ).toEqual({
      interest: 800,
      days: 30,
      outstanding: 0,
      interestPaid: 0,
      interestOutstanding: 800,
      unapplied: 0,
      segments: [
        { from: '2027-05-01', through: '2027-05-10', days: 10, balance: 100_000 },
        { from: '2027-05-11', through: '2027-05-30', days: 20, balance: 50_000 },
      ],
      basis: ['26'],
    });
  });

  it('applies payments in date order whatever order they are listed in', () => {
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [
          { date: '2027-05-30', amount: 50_000 },
          { date: '2027-05-10', amount: 50_000 },
        ],
      },
      PF,
    );
    expect(r.interest).toBe(800);
  });

  it('rounds once over all the segments: 0.75 + 0.5 = 1.25 → floor 1, half-up 1, ceil 2', () => {
    // 1,875 for 1 day (05-01): 1,875 × 0.0004 = 0.75; 625 paid on 05-01.
    // 1,250 for 1 day (05-02): 1,250 × 0.0004 = 0.5; 1,250 paid on 05-02. Total 1.25.
    // (Rounding each segment would give floor 0 + 0 = 0 and half-up 1 + 1 = 2.)
    const input = {
      amount: 1_875,
      dueDate: due,
      payments: [
        { date: '2027-05-01', amount: 625 },
        { date: '2027-05-02', amount: 1_250 },
      ],
    };
    expect(lateInterestWithPayments(input, PF).interest).toBe(1);
    expect(lateInterestWithPayments(input, { ...PF, rounding: 'half-up' }).interest).toBe(1);
    expect(lateInterestWithPayments(input, { ...PF, rounding: 'ceil' }).interest).toBe(2);
  });

  it('a payment made on or before the due date reduces the amount before interest runs', () => {
    // 40,000 paid 04-20 (in time); 60,000 × 30 × 0.0004 = 720 (05-01 … 05-30).
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [
          { date: '2027-04-20', amount: 40_000 },
          { date: '2027-05-30', amount: 60_000 },
        ],
      },
      PF,
    );
    expect(r).toMatchObject({ interest: 720, days: 30, outstanding: 0 });
    expect(r.segments).toEqual([{ from: '2027-05-01', through: '2027-05-30', days: 30, balance: 60_000 }]);
  });

  it('two payments on one day act as one', () => {
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [
          { date: '2027-05-10', amount: 30_000 },
          { date: '2027-05-10', amount: 20_000 },
          { date: '2027-05-30', amount: 50_000 },
        ],
      },
      PF,
    );
    expect(r).toMatchObject({ interest: 800, days: 30 });
    expect(r.segments).toHaveLength(2);
  });

  it('without asOf, interest stops at the last payment and the rest is outstanding', () => {
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [{ date: '2027-05-10', amount: 50_000 }],
      },
      PF,
    );
    expect(r).toMatchObject({ interest: 400, days: 10, outstanding: 50_000 });
  });

  it('with asOf, the unpaid rest bears interest through asOf', () => {
    // 400 for 05-01 … 05-10; 50,000 × 20 × 0.0004 = 400 for 05-11 … 05-30.
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [{ date: '2027-05-10', amount: 50_000 }],
        asOf: '2027-05-30',
      },
      PF,
    );
    expect(r).toMatchObject({ interest: 800, days: 30, outstanding: 50_000 });
  });

  it('no payments and an asOf is the single-payment interest up to asOf', () => {
    const r = lateInterestWithPayments({ amount: 100_000, dueDate: due, payments: [], asOf: '2027-05-30' }, PF);
    expect(r).toMatchObject({ interest: 1200, days: 30, outstanding: 100_000 });
  });

  it('uses act/act per segment: a balance across 1 January 2028', () => {
    // 100,000 due 2027-12-16; 50,000 paid 2027-12-31 (15 days of 2027): 100,000 × 15 × 0.0004 = 600.
    // 50,000 paid 2028-01-30 (30 days of 2028): 50,000 × 0.146 × 30 / 366 = 598.36… Total 1,198.36… → 1,198.
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: '2027-12-16',
        payments: [
          { date: '2027-12-31', amount: 50_000 },
          { date: '2028-01-30', amount: 50_000 },
        ],
      },
      { ...PF, dayCount: 'act/act' },
    );
    expect(r).toMatchObject({ interest: 1198, days: 45 });
  });

  it('keeps a payment larger than the balance as unapplied, never an error (I-15)', () => {
    // 05-10: 50,000 to the principal (10 days of 100,000: 400 pending). 05-30: 60,000 — 50,000 ends the
    // principal; then the interest, 400 + 50,000 × 20 × 0.0004 = 800, is rounded and paid; 9,200 is left over.
    const r = lateInterestWithPayments(
      {
        amount: 100_000,
        dueDate: due,
        payments: [
          { date: '2027-05-30', amount: 60_000 },
          { date: '2027-05-10', amount: 50_000 },
        ],
      },
      PF,
    );
    expect(r).toMatchObject({
      interest: 800,
      interestPaid: 800,
      interestOutstanding: 0,
      outstanding: 0,
      unapplied: 9_200,
    });
  });

  it('one yen beyond the amount and its interest is one yen unapplied', () => {
    // 100,000 paid 30 days late owes 1,200 of interest: 101,200 settles everything, 101,201 leaves 1 yen over.
    const pay = (amount: number) =>
      lateInterestWithPayments({ amount: 100_000, dueDate: due, payments: [{ date: '2027-05-30', amount }] }, PF);
    expect(pay(101_201)).toMatchObject({ interest: 1200, outstanding: 0, interestOutstanding: 0, unapplied: 1 });
    expect(pay(101_200)).toMatchObject({ interest: 1200, outstanding: 0, interestOutstanding: 0, unapplied: 0 });
    expect(pay(100_000)).toMatchObject({ interest: 1200, outstanding: 0, interestOutstanding: 1200, unapplied: 0 });
  });

  it('refuses an asOf before a payment, and bad payments naming their index', () => {
    expectTermsError(
      () =>
        lateInterestWithPayments(
          {
            amount: 100_000,
            dueDate: due,
            payments: [{ date: '2027-05-10', amount: 1 }],
            asOf: '2027-05-09',
          },
          PF,
        ),
      'asOf',
    );
    expectTermsError(
      () =>
        lateInterestWithPayments({ amount: 100_000, dueDate: due, payments: [{ date: '2027-02-30', amount: 1 }] }, PF),
      'payments.0.date',
    );
    expectTermsError(
      () =>
        lateInterestWithPayments(
          {
            amount: 100_000,
            dueDate: due,
            payments: [
              { date: '2027-05-10', amount: 1 },
              { date: '2027-05-11', amount: -5 },
            ],
          },
          PF,
        ),
      'payments.1.amount',
    );
    expectTermsError(() => lateInterestWithPayments({ amount: 100_000, dueDate: due } as never), 'payments');
    expectTermsError(() => lateInterestWithPayments({ amount: 1e21, dueDate: due, payments: [] }, PF), 'amount');
  });

  describe('properties', () => {
    const payment = fc.record({ offset: fc.integer({ min: -30, max: 400 }), share: fc.integer({ min: 0, max: 100 }) });

    it('paying everything at once equals lateInterest', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10 ** 12 }),
          calendarDate(1990, 2150),
          fc.integer({ min: -30, max: 3650 }),
          (a, due, d) => {
            const paidOn = due.addDays(d);
            const whole = lateInterestWithPayments(
              { amount: a, dueDate: due, payments: [{ date: paidOn, amount: a }] },
              { dayCount: 'act/act' },
            );
            const single = lateInterest({ amount: a, dueDate: due, paidOn }, { dayCount: 'act/act' });
            expect(whole.interest).toBe(single.interest);
            expect(whole.days).toBe(a === 0 ? 0 : single.days);
          },
        ),
      );
    });

    it('paying part earlier never costs more than paying everything on the last payment date', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10 ** 12 }),
          calendarDate(1990, 2150),
          fc.array(payment, { minLength: 1, maxLength: 6 }),
          (a, due, parts) => {
            // Shares of the amount; the last listed payment settles what is left.
            let left = a;
            const payments = parts.map((p, i) => {
              const amount = i === parts.length - 1 ? left : Math.floor((left * p.share) / 100);
              left -= amount;
              return { date: due.addDays(p.offset), amount };
            });
            const last = payments.reduce((m, p) => CalendarDate.max(m, p.date), payments[0]!.date);
            const split = lateInterestWithPayments({ amount: a, dueDate: due, payments }, PF);
            const atOnce = lateInterest({ amount: a, dueDate: due, paidOn: last });
            expect(split.outstanding).toBe(0);
            expect(split.interest).toBeLessThanOrEqual(atOnce.interest);
          },
        ),
      );
    });
  });
});

describe('ARTICLE_26', () => {
  it('names the article: a single paragraph', () => {
    expect(ARTICLE_26).toEqual({
      number: 26,
      title: '遅延損害金',
      provisions: ['26'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第26条 under 民法489条1項 (I-15, the default): a payment pays the accrued interest first', () => {
  it("I-15's worked case: 60,000 on 05-30 and 41,200 on 06-29 leave 494 + 6 = 500 owed on 07-31", () => {
    // Fee 100,000 due 2027-04-30.
    // 05-30: 30 days on 100,000 = 100,000 × 0.146 × 30 / 365 = 1,200 of interest, paid first; 58,800 to the
    //        principal → 41,200 left.
    // 06-29: 30 days on 41,200 = 41,200 × 0.146 × 30 / 365 = 494.4 → 494 (floor, I-06), paid first; 40,706 to
    //        the principal → 494 left.
    // 07-31: 32 days on 494 = 494 × 0.146 × 32 / 365 = 6.32… → 6, unpaid. Outstanding 494 + 6 = 500.
    const r = lateInterestWithPayments({
      amount: 100_000,
      dueDate: '2027-04-30',
      payments: [
        { date: '2027-05-30', amount: 60_000 },
        { date: '2027-06-29', amount: 41_200 },
      ],
      asOf: '2027-07-31',
    });
    expect(r).toEqual({
      interest: 1_700,
      days: 92,
      outstanding: 494,
      interestPaid: 1_694,
      interestOutstanding: 6,
      unapplied: 0,
      segments: [
        { from: '2027-05-01', through: '2027-05-30', days: 30, balance: 100_000 },
        { from: '2027-05-31', through: '2027-06-29', days: 30, balance: 41_200 },
        { from: '2027-06-30', through: '2027-07-31', days: 32, balance: 494 },
      ],
      basis: ['26'],
    });
  });

  it('half paid after 10 days, the rest after 30: 400, then 403 of interest first, 803 left', () => {
    // 05-10: 100,000 × 10 × 0.0004 = 400 first; 49,600 to the principal → 50,400.
    // 05-30: 50,400 × 20 × 0.0004 = 403.2 → 403 first; 49,597 to the principal → 803 left.
    const r = lateInterestWithPayments({
      amount: 100_000,
      dueDate: '2027-04-30',
      payments: [
        { date: '2027-05-10', amount: 50_000 },
        { date: '2027-05-30', amount: 50_000 },
      ],
    });
    expect(r).toMatchObject({ interest: 803, interestPaid: 803, interestOutstanding: 0, outstanding: 803 });
  });

  it('unpaid interest bears no interest: after the principal is paid, the owed interest stays the same', () => {
    // 100,000 paid 05-30 (30 days late): 1,200 first, 98,800 principal → 1,200 principal left. A second payment
    // of exactly 1,200 on 05-30 ends it. Asked on 12-31, nothing more has accrued.
    const r = lateInterestWithPayments({
      amount: 100_000,
      dueDate: '2027-04-30',
      payments: [
        { date: '2027-05-30', amount: 100_000 },
        { date: '2027-05-30', amount: 1_200 },
      ],
      asOf: '2027-12-31',
    });
    expect(r).toMatchObject({ interest: 1_200, outstanding: 0, interestOutstanding: 0, unapplied: 0 });
  });

  it('overpayment is kept as unapplied, never an error', () => {
    // 100,000 + 1,200 of interest owed on 05-30; 150,000 paid → 48,800 unapplied.
    const r = lateInterestWithPayments({
      amount: 100_000,
      dueDate: '2027-04-30',
      payments: [{ date: '2027-05-30', amount: 150_000 }],
    });
    expect(r).toMatchObject({ interest: 1_200, outstanding: 0, interestOutstanding: 0, unapplied: 48_800 });
  });

  it('property: what is paid is interest paid + principal paid + unapplied', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.array(
          fc.record({ offset: fc.integer({ min: -30, max: 400 }), amount: fc.integer({ min: 0, max: 10 ** 9 }) }),
          {
            maxLength: 6,
          },
        ),
        fc.constantFrom('civil-code', 'principal-first' as const),
        (amount, parts, application) => {
          const due = CalendarDate.parse('2027-04-30');
          const payments = parts.map((p) => ({ date: due.addDays(p.offset), amount: p.amount }));
          const r = lateInterestWithPayments({ amount, dueDate: due, payments }, { paymentApplication: application });
          const paid = parts.reduce((s, p) => s + p.amount, 0);
          expect(r.interestPaid + (amount - r.outstanding) + r.unapplied).toBe(paid);
          expect(r.interestPaid + r.interestOutstanding).toBe(r.interest);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the trusted core of lateInterestWithPayments gives the public answer', () => {
    const d = (s: string) => CalendarDate.parse(s);
    const payments = [
      { date: '2027-05-10', amount: 50_000 },
      { date: '2027-05-30', amount: 30_000 },
    ];
    const pub = lateInterestWithPayments({ amount: 100_000, dueDate: '2027-04-30', payments, asOf: '2027-06-30' });
    const own = lateInterestWithPaymentsOf(
      100_000,
      d('2027-04-30'),
      payments.map((p) => ({ date: d(p.date), amount: p.amount })),
      d('2027-06-30'),
      interestTermsOf(DEFAULT_OPTIONS),
    );
    expect({ ...own, basis: ['26'] }).toEqual(pub);
  });
});

describe('第26条 read from the dated table (第4条1項, I-14): a revision changes the rate from its date only', () => {
  // A hypothetical revision, in a test-only table: from 2027-04-01 the rate is 10.95 % (0.1095 / 365 = 0.0003).
  const revised: TermsNumbers = {
    ...TERMS_NUMBERS,
    lateInterestRate: [
      ...TERMS_NUMBERS.lateInterestRate,
      { from: '2027-04-01', value: '0.1095', provision: '26', words: '年10.95%の割合（仮の改定）' },
    ],
  };
  const rates = interestRatesOf(revised);
  const d = (s: string) => CalendarDate.parse(s);

  it('before the revision nothing changes: 100,000 for 2027-03-01 … 03-30 is 1,200 under both', () => {
    // 100,000 × 0.146 × 30 / 365 = 1,200.
    expect(lateInterestOf(100_000, d('2027-02-28'), d('2027-03-30'), 'act/365-fixed', 'floor', rates).interest).toBe(
      1200,
    );
  });

  it('after it the new rate: 100,000 for 2027-05-01 … 05-30 is 900 (× 30 × 0.0003), not 1,200', () => {
    expect(lateInterestOf(100_000, d('2027-04-30'), d('2027-05-30'), 'act/365-fixed', 'floor', rates).interest).toBe(
      900,
    );
    expect(lateInterestOf(100_000, d('2027-04-30'), d('2027-05-30'), 'act/365-fixed', 'floor').interest).toBe(1200);
  });

  it('a period across the revision is split at its date: 03-22 … 03-31 at 14.6 %, 04-01 … 04-20 at 10.95 %', () => {
    // 100,000 × 10 × 0.0004 = 400, plus 100,000 × 20 × 0.0003 = 600 → 1,000.
    expect(lateInterestOf(100_000, d('2027-03-21'), d('2027-04-20'), 'act/365-fixed', 'floor', rates)).toEqual({
      interest: 1000,
      days: 30,
    });
  });
});

describe('第26条 with payments on the last supported day (issue 11)', () => {
  it('a due date of 2199-12-31 leaves nothing overdue inside the supported years', () => {
    expect(lateInterestWithPayments({ amount: 100_000, dueDate: '2199-12-31', payments: [] })).toEqual({
      interest: 0,
      days: 0,
      outstanding: 100_000,
      interestPaid: 0,
      interestOutstanding: 0,
      unapplied: 0,
      segments: [],
      basis: ['26'],
    });
  });

  it('a payment on 2199-12-31 counts its last day like any other', () => {
    // Due 2199-12-29, paid 2199-12-31: 2 days. 36,500 × 0.146 × 2 / 365 = 29.2 → 29.
    expect(
      lateInterestWithPayments({
        amount: 36_500,
        dueDate: '2199-12-29',
        payments: [{ date: '2199-12-31', amount: 36_500 }],
      }),
    ).toEqual({
      interest: 29,
      days: 2,
      // The payment pays the 29 of interest first (I-15): 29 of the principal is left.
      outstanding: 29,
      interestPaid: 29,
      interestOutstanding: 0,
      unapplied: 0,
      segments: [{ from: '2199-12-30', through: '2199-12-31', days: 2, balance: 36_500 }],
      basis: ['26'],
    });
  });
});
