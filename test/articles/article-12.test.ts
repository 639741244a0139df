/**
 * 第12条（最低利用期間）
 *
 * 「1 利用申込書等又は利用承諾書において最低利用期間が設けられた場合、契約者は、利用契約の成立から当該最低利用
 * 期間に定める期間が満了するまでは、次項による場合を除き、利用契約を解除することはできません。」
 * 「2 契約者は、最低利用期間内に利用契約を解除する場合は、契約解除月の前月末日までに、当社に対しその旨を書面に
 * より通知し、最低利用期間満了までの残余期間の利用料に相当する額を契約解除月の月末までに支払うものとしします。」
 *
 * I-01: the minimum term is counted from the day after formation. I-09: the remaining period runs from the day
 * after the termination date to the term's last day; whole calendar months at the monthly fee, the other days
 * at fee / 30 (I-06), rounded once by the `rounding` option.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  earlyTerminationFeeOf,
  minimumTermEndOf,
  remainingFeeInForceOf,
  splitIntoCalendarMonths,
} from '../../src/articles/article-12.js';
import { ARTICLE_12, CalendarDate, earlyTerminationFee } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第12条: the remaining fee inside the minimum term (I-09)', () => {
  it('formed 2027-03-15, 12 months, terminated 2027-09-30 at 90,000 yen → 495,000 yen', () => {
    // Minimum term: from 2027-03-16 (I-01) for 12 months → last day 2028-03-15.
    // Remaining 2027-10-01 … 2028-03-15: October … February = 5 whole months, 03-01 … 03-15 = 15 days.
    // 5 × 90,000 + 90,000 × 15 / 30 = 450,000 + 45,000 = 495,000.
    // Notice by the end of August (the month before September), payment by 2027-09-30.
    expect(
      earlyTerminationFee({
        formationDate: '2027-03-15',
        minimumTermMonths: 12,
        terminationDate: '2027-09-30',
        monthlyFee: 90_000,
      }),
    ).toEqual({
      minimumTermEndDate: '2028-03-15',
      insideMinimumTerm: true,
      remainingFee: 495_000,
      remainingMonths: 5,
      remainingDays: 15,
      dueDate: '2027-09-30',
      noticeDeadline: '2027-08-31',
      basis: ['12.1', '12.2'],
    });
  });

  it('a contract formed on a month’s last day has a minimum term of calendar months', () => {
    // Formed 2027-03-31: counting starts 04-01, so 12 months end 2028-03-31.
    // Terminated 2027-09-30: October … March = 6 whole months, no days → 6 × 90,000 = 540,000.
    const r = earlyTerminationFee({
      formationDate: '2027-03-31',
      minimumTermMonths: 12,
      terminationDate: '2027-09-30',
      monthlyFee: 90_000,
    });
    expect([r.minimumTermEndDate, r.remainingMonths, r.remainingDays, r.remainingFee]).toEqual([
      '2028-03-31',
      6,
      0,
      540_000,
    ]);
  });

  it('a termination inside a month leaves days at both ends of the remaining period', () => {
    // Formed 2027-03-31 → term ends 2028-03-31. Terminated 2027-09-20: 09-21 … 09-30 = 10 days,
    // then October … March = 6 months. 6 × 90,000 + 90,000 × 10 / 30 = 540,000 + 30,000 = 570,000.
    // The termination month is still September: notice by 08-31, payment by 09-30.
    expect(
      earlyTerminationFee({
        formationDate: '2027-03-31',
        minimumTermMonths: 12,
        terminationDate: '2027-09-20',
        monthlyFee: 90_000,
      }),
    ).toEqual({
      minimumTermEndDate: '2028-03-31',
      insideMinimumTerm: true,
      remainingFee: 570_000,
      remainingMonths: 6,
      remainingDays: 10,
      dueDate: '2027-09-30',
      noticeDeadline: '2027-08-31',
      basis: ['12.1', '12.2'],
    });
  });

  it('crosses a year end: terminated 2027-12-31, notice by 2027-11-30', () => {
    // Term as in the first example (ends 2028-03-15). Remaining 2028-01-01 … 03-15: January, February
    // = 2 months + 15 days → 180,000 + 45,000 = 225,000.
    const r = earlyTerminationFee({
      formationDate: '2027-03-15',
      minimumTermMonths: 12,
      terminationDate: '2027-12-31',
      monthlyFee: 90_000,
    });
    expect([r.remainingMonths, r.remainingDays, r.remainingFee, r.noticeDeadline, r.dueDate]).toEqual([
      2,
      15,
      225_000,
      '2027-11-30',
      '2027-12-31',
    ]);
  });

  it('February in leap and common years', () => {
    // Formed 2027-02-28: counting from 03-01, 12 months end 2028-02-29 (leap). Terminated 2027-12-31:
    // January and February 2028 are whole months → 2 × 90,000 = 180,000.
    const leap = earlyTerminationFee({
      formationDate: '2027-02-28',
      minimumTermMonths: 12,
      terminationDate: '2027-12-31',
      monthlyFee: 90_000,
    });
    expect([leap.minimumTermEndDate, leap.remainingMonths, leap.remainingDays, leap.remainingFee]).toEqual([
      '2028-02-29',
      2,
      0,
      180_000,
    ]);
    // Formed 2026-02-28 → the term ends 2027-02-28 (common year); the same two whole months.
    const common = earlyTerminationFee({
      formationDate: '2026-02-28',
      minimumTermMonths: 12,
      terminationDate: '2026-12-31',
      monthlyFee: 90_000,
    });
    expect([common.minimumTermEndDate, common.remainingFee]).toEqual(['2027-02-28', 180_000]);
    // Formed 2027-01-28, 13 months: counting from 01-29, 2028-02-29 exists → ends 2028-02-28.
    // Terminated 2027-12-31: January whole + 28 days of a 29-day February (not whole):
    // 90,000 + 90,000 × 28 / 30 = 90,000 + 84,000 = 174,000.
    const partFeb = earlyTerminationFee({
      formationDate: '2027-01-28',
      minimumTermMonths: 13,
      terminationDate: '2027-12-31',
      monthlyFee: 90_000,
    });
    expect([partFeb.minimumTermEndDate, partFeb.remainingMonths, partFeb.remainingDays, partFeb.remainingFee]).toEqual([
      '2028-02-28',
      1,
      28,
      174_000,
    ]);
  });

  it('rounds once at the end by the rounding option (I-06)', () => {
    // Formed 2027-03-17 → term ends 2028-03-17; terminated 2027-09-30: 5 months + 17 days at 100,000:
    // 500,000 + 100,000 × 17 / 30 = 500,000 + 56,666.66… → floor 556,666, half-up 556,667, ceil 556,667.
    const at = {
      formationDate: '2027-03-17',
      minimumTermMonths: 12,
      terminationDate: '2027-09-30',
      monthlyFee: 100_000,
    };
    expect(earlyTerminationFee(at).remainingFee).toBe(556_666);
    expect(earlyTerminationFee(at, { rounding: 'half-up' }).remainingFee).toBe(556_667);
    expect(earlyTerminationFee(at, { rounding: 'ceil' }).remainingFee).toBe(556_667);
    // Formed 2027-03-16: 16 days → 100,000 × 16 / 30 = 53,333.33… → floor and half-up 553,333, ceil 553,334.
    const at16 = { ...at, formationDate: '2027-03-16' };
    expect(earlyTerminationFee(at16).remainingFee).toBe(553_333);
    expect(earlyTerminationFee(at16, { rounding: 'half-up' }).remainingFee).toBe(553_333);
    expect(earlyTerminationFee(at16, { rounding: 'ceil' }).remainingFee).toBe(553_334);
  });

  it('a termination on or after the last day of the minimum term is outside it: nothing is due under 12.2', () => {
    const at = { formationDate: '2027-03-15', minimumTermMonths: 12, monthlyFee: 90_000 };
    expect(earlyTerminationFee({ ...at, terminationDate: '2028-03-15' })).toEqual({
      minimumTermEndDate: '2028-03-15',
      insideMinimumTerm: false,
      remainingFee: 0,
      remainingMonths: 0,
      remainingDays: 0,
      dueDate: '2028-03-31',
      noticeDeadline: '2028-02-29',
      basis: ['12.1', '13.1'],
    });
    // The day before the term's last day is still inside: one day remains, 90,000 / 30 = 3,000.
    const r = earlyTerminationFee({ ...at, terminationDate: '2028-03-14' });
    expect([r.insideMinimumTerm, r.remainingDays, r.remainingFee]).toEqual([true, 1, 3_000]);
  });

  it('a termination on the day of formation leaves the whole term', () => {
    // Formed and terminated 2027-03-15: remaining 03-16 … 2028-03-15 = 16 days of March 2027,
    // April … February (11 months) and 15 days of March 2028: 11 months + 31 days.
    const r = earlyTerminationFee({
      formationDate: '2027-03-15',
      minimumTermMonths: 12,
      terminationDate: '2027-03-15',
      monthlyFee: 30_000,
    });
    // 11 × 30,000 + 30,000 × 31 / 30 = 330,000 + 31,000 = 361,000.
    expect([r.remainingMonths, r.remainingDays, r.remainingFee]).toEqual([11, 31, 361_000]);
  });

  it('refuses a termination before formation, naming terminationDate', () => {
    expectTermsError(
      () =>
        earlyTerminationFee({
          formationDate: '2027-03-15',
          minimumTermMonths: 12,
          terminationDate: '2027-03-14',
          monthlyFee: 90_000,
        }),
      'terminationDate',
      'INVALID_INPUT',
      /formation/,
    );
  });

  it('refuses bad input naming the field', () => {
    const ok = {
      formationDate: '2027-03-15',
      minimumTermMonths: 12,
      terminationDate: '2027-09-30',
      monthlyFee: 90_000,
    };
    expectTermsError(() => earlyTerminationFee({ ...ok, formationDate: '2027-02-29' }), 'formationDate');
    expectTermsError(() => earlyTerminationFee({ ...ok, minimumTermMonths: 0 }), 'minimumTermMonths');
    expectTermsError(() => earlyTerminationFee({ ...ok, minimumTermMonths: 1.5 }), 'minimumTermMonths');
    expectTermsError(() => earlyTerminationFee({ ...ok, monthlyFee: -90_000 }), 'monthlyFee');
    expectTermsError(() => earlyTerminationFee({ ...ok, monthlyFee: '９００００' }), 'monthlyFee');
    expectTermsError(() => earlyTerminationFee(ok, { rounding: 'bankers' as never }), 'options.rounding');
  });
});

describe('the remaining period in calendar months (I-09)', () => {
  it('splits whole months from the days at either end', () => {
    const split = (a: string, b: string) => splitIntoCalendarMonths(d(a), d(b));
    expect(split('2027-10-01', '2028-03-15')).toEqual({ months: 5, days: 15 });
    expect(split('2027-09-21', '2028-03-31')).toEqual({ months: 6, days: 10 });
    expect(split('2027-04-01', '2027-04-30')).toEqual({ months: 1, days: 0 });
    expect(split('2027-04-02', '2027-04-30')).toEqual({ months: 0, days: 29 });
    expect(split('2027-03-05', '2027-04-20')).toEqual({ months: 0, days: 47 });
    expect(split('2027-04-02', '2027-04-01')).toEqual({ months: 0, days: 0 });
  });

  it('every day of the period is counted once, in a whole month or as a day', () => {
    fc.assert(
      fc.property(calendarDate(1990, 2100), fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = from.addDays(length);
        const { months, days } = splitIntoCalendarMonths(from, to);
        // The whole months are consecutive calendar months starting at the first 1st on or after `from`.
        const firstWhole = from.day === 1 ? from : from.endOfMonth().addDays(1);
        let monthDays = 0;
        for (let i = 0; i < months; i++) monthDays += firstWhole.addMonths(i).daysInMonth();
        expect(monthDays + days).toBe(length + 1);
        expect(days).toBeLessThan(62);
      }),
    );
  });
});

describe('properties of the early-termination fee', () => {
  const fee = fc.integer({ min: 0, max: 5_000_000 });

  it('the fee never grows as the termination date moves later, and is 0 outside the minimum term', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 2000 }),
        fee,
        (formed, months, offset, monthlyFee) => {
          const t = formed.addDays(offset);
          const a = earlyTerminationFeeOf(formed, months, t, monthlyFee, 'floor');
          const b = earlyTerminationFeeOf(formed, months, t.addDays(1), monthlyFee, 'floor');
          expect(b.remainingFee).toBeLessThanOrEqual(a.remainingFee);
          expect(a.insideMinimumTerm).toBe(t.isBefore(a.minimumTermEndDate));
          if (!a.insideMinimumTerm) expect(a.remainingFee).toBe(0);
          // The deadline is never after its event; the payment is due in the termination month.
          expect(a.noticeDeadline.isBefore(t)).toBe(true);
          expect(a.noticeDeadline.isEndOfMonth()).toBe(true);
          expect(a.dueDate.isOnOrAfter(t)).toBe(true);
          expect(a.dueDate.isEndOfMonth()).toBe(true);
        },
      ),
    );
  });

  it('the fee lies between the whole months’ fees and that plus the days at the daily rate, whatever the rounding', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 2000 }),
        fee,
        (formed, months, offset, monthlyFee) => {
          const t = formed.addDays(offset);
          const floor = earlyTerminationFeeOf(formed, months, t, monthlyFee, 'floor');
          const ceil = earlyTerminationFeeOf(formed, months, t, monthlyFee, 'ceil');
          const { months: m, days } = floor.remaining;
          expect(floor.remainingFee).toBe(Math.floor((monthlyFee * (30 * m + days)) / 30));
          expect(ceil.remainingFee - floor.remainingFee).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('第12条2項 at the fee in force for each month (I-19)', () => {
  const d = CalendarDate.parse;

  it('each remaining month at its own fee, the part months at their own daily rate', () => {
    // 2027-09-16 … 2028-03-15: September 16–30 (15 days) at 90,000: 45,000; October–November
    // at 90,000: 180,000; December–February at 60,000: 180,000; March 1–15 at 60,000: 30,000.
    // Total 435,000.
    const december = 2027 * 12 + 11;
    const fee = (m: number) => (m >= december ? 60_000 : 90_000);
    expect(remainingFeeInForceOf(d('2027-09-16'), d('2028-03-15'), fee, 'floor')).toBe(435_000);
  });

  it('with one fee throughout it is earlyTerminationFeeOf’s remaining fee', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (formed, months, offset, monthlyFee) => {
          const t = formed.addDays(offset);
          const r = earlyTerminationFeeOf(formed, months, t, monthlyFee, 'floor');
          if (!r.insideMinimumTerm) return;
          expect(remainingFeeInForceOf(t.addDays(1), r.minimumTermEndDate, () => monthlyFee, 'floor')).toBe(
            r.remainingFee,
          );
        },
      ),
    );
  });
});

describe('第12条2項 at the fee in force: whole yen from the exact sum, under each rounding', () => {
  it('equals the exact sum (in BigInt) of whole months at their fee and part months at fee × days / 30, rounded once', () => {
    fc.assert(
      fc.property(
        calendarDate(2000, 2090),
        fc.integer({ min: 0, max: 900 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 900_000 }), fc.integer({ min: 0, max: 2 ** 46 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom('floor', 'half-up', 'ceil'),
        (from, length, fees, rounding) => {
          const to = from.addDays(length);
          const fee = (m: number) => fees[m % fees.length] as number;
          // The words: a whole calendar month at its fee, the other days at fee / 30 each — summed
          // exactly in thirtieths of a yen (BigInt), rounded once.
          let n = 0n;
          for (let day = from; !day.isAfter(to); day = day.addDays(1)) {
            const m = day.year * 12 + day.month - 1;
            if (day.day === 1 && !to.isBefore(day.endOfMonth())) {
              n += BigInt(fee(m)) * 30n;
              day = day.endOfMonth();
            } else n += BigInt(fee(m));
          }
          const q = n / 30n;
          const r = n % 30n;
          const up = rounding === 'ceil' ? r > 0n : rounding === 'half-up' ? 2n * r >= 30n : false;
          const expected = Number(up ? q + 1n : q);
          expect(remainingFeeInForceOf(from, to, fee, rounding)).toBe(expected);
        },
      ),
    );
  });
});

describe('ARTICLE_12', () => {
  it('names the article and its paragraphs', () => {
    expect(ARTICLE_12).toEqual({
      number: 12,
      title: '最低利用期間',
      provisions: ['12', '12.1', '12.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第12条1項 for the lifecycle layer: the last day of the minimum term', () => {
  it('formed 2027-03-15 with 12 months: counting from 03-16, the term’s last day is 2028-03-15', () => {
    expect(minimumTermEndOf(CalendarDate.parse('2027-03-15'), 12).toString()).toBe('2028-03-15');
    // Formed on 2027-01-31 with 1 month: from 02-01, a calendar month → 2027-02-28.
    expect(minimumTermEndOf(CalendarDate.parse('2027-01-31'), 1).toString()).toBe('2027-02-28');
  });

  it('is the minimumTermEndDate that earlyTerminationFee reports', () => {
    fc.assert(
      fc.property(calendarDate(2000, 2150), fc.integer({ min: 1, max: 60 }), (formed, months) => {
        expect(minimumTermEndOf(formed, months)).toEqual(
          earlyTerminationFeeOf(formed, months, formed, 90_000, 'floor').minimumTermEndDate,
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('第12条 at the edge of the supported years (issue 11)', () => {
  it('a minimum term that would end after 2199 is out of range, naming minimumTermMonths', () => {
    // 12 months from 2199-06-01 end on 2200-06-01.
    expectTermsError(
      () =>
        earlyTerminationFee({
          formationDate: '2199-06-01',
          minimumTermMonths: 12,
          terminationDate: '2199-07-01',
          monthlyFee: 1000,
        }),
      'minimumTermMonths',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('a termination in January 1900 has its notice deadline in 1899: out of range, naming terminationDate', () => {
    expectTermsError(
      () =>
        earlyTerminationFee({
          formationDate: '1900-01-01',
          minimumTermMonths: 1,
          terminationDate: '1900-01-20',
          monthlyFee: 1000,
        }),
      'terminationDate',
      'DATE_OUT_OF_RANGE',
    );
  });
});
