/**
 * 第15条（本サービスの廃止）
 *
 * 「1 当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部を廃止するものとし、廃止日をもって利用契約
 * の全部又は一部を解約することができるものとします。
 * (1) 廃止日の 30 日前までに契約者に通知した場合
 * (2) 法令等の改変その他相当な理由により本サービスの全部又は一部を提供することができない場合
 * (3) 天災地変等不可抗力により本サービスを提供できない又は提供することが困難な場合」
 * 「2 前項に基づき本サービスの全部又は一部を廃止する場合、当社は、既に支払われている利用料金等のうち、廃止する
 * 本サービスについて提供しない日数に対応する額を日割料金（月額料金の 30 分の 1 を 1 日分の料金として計算。）にて
 * 契約者に返還いたします。」
 *
 * I-02: 「30 日前までに」 leaves 30 clear days by default; option deadlineCounting. I-08: the discontinuation date
 * is the last day of service; refund = days after it through the paid period × fee / 30, never more than was
 * paid. I-06: rounded once, option rounding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discontinuationRefundOf } from '../../src/articles/article-15.js';
import {
  ARTICLE_15,
  CalendarDate,
  DISCONTINUATION_GROUNDS,
  discontinuationGrounds,
  discontinuationNoticeDeadline,
  discontinuationRefund,
} from '../../src/index.js';
import { calendarDate, isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第15条1項: the three grounds of a discontinuation', () => {
  it('lists the three items with the terms’ own text', () => {
    const items = readTermsStructure().filter((p) => /^15\.1\.\d+$/.test(p.ref));
    expect(DISCONTINUATION_GROUNDS.map((g) => g.ref)).toEqual(['15.1.1', '15.1.2', '15.1.3']);
    expect(DISCONTINUATION_GROUNDS.map((g) => g.ja)).toEqual(
      items.map((p) => p.lines.join('').replace(/^-?\s*\(\d+\)\s*/, '')),
    );
  });

  it('force majeure is a ground; none is none', () => {
    expect(discontinuationGrounds({ forceMajeure: true })).toEqual({
      mayDiscontinue: true,
      grounds: ['forceMajeure'],
      basis: ['15.1', '15.1.3'],
    });
    expect(discontinuationGrounds({ noticeThirtyDaysBefore: false })).toEqual({
      mayDiscontinue: false,
      grounds: [],
      basis: ['15.1'],
    });
  });

  it('refuses a key that is not a ground', () => {
    expectTermsError(() => discontinuationGrounds({ earthquake: true } as never), 'input');
    expectTermsError(() => discontinuationGrounds({ forceMajeure: 'yes' as never }), 'forceMajeure');
  });
});

describe('第15条1項1号: notice 30 days before the discontinuation (I-02)', () => {
  it('a discontinuation on 2027-05-20 needs notice by 2027-04-19 (the interpretation register’s example)', () => {
    // 30 clear days 04-20 … 05-19 (11 in April + 19 in May); naive: 05-20 − 30 days = 04-20.
    expect(discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' })).toEqual({
      deadline: '2027-04-19',
      basis: ['15.1.1'],
    });
    expect(
      discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' }, { deadlineCounting: 'naive' }).deadline,
    ).toBe('2027-04-20');
  });

  it('counts 29 February in a leap year', () => {
    // 2028: clear days 02-14 … 03-14 = 16 (Feb 14–29) + 14 = 30 → 2028-02-13.
    expect(discontinuationNoticeDeadline({ discontinuationDate: '2028-03-15' }).deadline).toBe('2028-02-13');
    // 2027: clear days 02-13 … 03-14 = 16 (Feb 13–28) + 14 = 30 → 2027-02-12.
    expect(discontinuationNoticeDeadline({ discontinuationDate: '2027-03-15' }).deadline).toBe('2027-02-12');
  });

  it('crosses a year end: 2028-01-10 → 2027-12-10 (naive 2027-12-11)', () => {
    // Clear days 12-11 … 12-31 (21) and 01-01 … 01-09 (9).
    expect(discontinuationNoticeDeadline({ discontinuationDate: '2028-01-10' }).deadline).toBe('2027-12-10');
    expect(
      discontinuationNoticeDeadline({ discontinuationDate: '2028-01-10' }, { deadlineCounting: 'naive' }).deadline,
    ).toBe('2027-12-11');
  });

  it('a deadline is never after its event: 30 clear days (civil-code), 30 days (naive)', () => {
    fc.assert(
      fc.property(isoDate(), (discontinuationDate) => {
        const civil = d(discontinuationNoticeDeadline({ discontinuationDate }).deadline);
        const naive = d(discontinuationNoticeDeadline({ discontinuationDate }, { deadlineCounting: 'naive' }).deadline);
        expect(CalendarDate.daysBetween(civil, d(discontinuationDate)) - 1).toBe(30);
        expect(CalendarDate.daysBetween(naive, d(discontinuationDate))).toBe(30);
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => discontinuationNoticeDeadline({ discontinuationDate: '2027-06-31' }), 'discontinuationDate');
  });
});

describe('第15条2項: the refund of days paid for but not provided (I-08)', () => {
  it('discontinued 2027-06-20, paid through 06-30: 10 days × 90,000 / 30 = 30,000', () => {
    expect(
      discontinuationRefund({
        discontinuationDate: '2027-06-20',
        monthlyFee: 90_000,
        paidThrough: '2027-06-30',
        amountPaid: 90_000,
      }),
    ).toEqual({ refund: 30_000, days: 10, capped: false, basis: ['15.2'] });
  });

  it('never more than was paid: a 31-day month at fee / 30 is cut to the month’s fee', () => {
    // July unprovided: 31 × 90,000 / 30 = 93,000 > 90,000 paid → 90,000.
    expect(
      discontinuationRefund({
        discontinuationDate: '2027-06-30',
        monthlyFee: 90_000,
        paidThrough: '2027-07-31',
        amountPaid: 90_000,
      }),
    ).toEqual({ refund: 90_000, days: 31, capped: true, basis: ['15.2'] });
  });

  it('February in leap and common years', () => {
    // February 2027 unprovided: 28 × 3,000 = 84,000; February 2028: 29 × 3,000 = 87,000.
    const feb = (year: number) =>
      discontinuationRefund({
        discontinuationDate: `${year}-01-31`,
        monthlyFee: 90_000,
        paidThrough: `${year}-02-${year === 2028 ? 29 : 28}`,
        amountPaid: 90_000,
      });
    expect([feb(2027).days, feb(2027).refund]).toEqual([28, 84_000]);
    expect([feb(2028).days, feb(2028).refund]).toEqual([29, 87_000]);
  });

  it('across a year end: discontinued 2027-12-20, paid through 2028-01-31 (two months paid)', () => {
    // 12-21 … 12-31 = 11 days, January = 31 days → 42 × 3,000 = 126,000 ≤ 180,000 paid.
    expect(
      discontinuationRefund({
        discontinuationDate: '2027-12-20',
        monthlyFee: 90_000,
        paidThrough: '2028-01-31',
        amountPaid: 180_000,
      }),
    ).toEqual({ refund: 126_000, days: 42, capped: false, basis: ['15.2'] });
  });

  it('nothing is refunded when the paid period ends on or before the discontinuation date', () => {
    const at = { monthlyFee: 90_000, amountPaid: 90_000 };
    expect(discontinuationRefund({ ...at, discontinuationDate: '2027-06-30', paidThrough: '2027-06-30' })).toEqual({
      refund: 0,
      days: 0,
      capped: false,
      basis: ['15.2'],
    });
    expect(discontinuationRefund({ ...at, discontinuationDate: '2027-07-10', paidThrough: '2027-06-30' }).refund).toBe(
      0,
    );
  });

  it('rounds once by the rounding option (I-06)', () => {
    // One day at 100,000: 3,333.33… → floor 3,333, half-up 3,333, ceil 3,334.
    const one = {
      discontinuationDate: '2027-06-29',
      monthlyFee: 100_000,
      paidThrough: '2027-06-30',
      amountPaid: 100_000,
    };
    expect(discontinuationRefund(one).refund).toBe(3_333);
    expect(discontinuationRefund(one, { rounding: 'half-up' }).refund).toBe(3_333);
    expect(discontinuationRefund(one, { rounding: 'ceil' }).refund).toBe(3_334);
    // One day at 50,000: 1,666.66… → floor 1,666, half-up 1,667.
    const half = { ...one, monthlyFee: 50_000, amountPaid: 50_000 };
    expect(discontinuationRefund(half).refund).toBe(1_666);
    expect(discontinuationRefund(half, { rounding: 'half-up' }).refund).toBe(1_667);
  });

  it('a refund never exceeds what was paid, nor the days at the daily rate', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: -40, max: 400 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('floor' as const, 'half-up' as const, 'ceil' as const),
        (disc, offset, fee, paid, rounding) => {
          const r = discontinuationRefundOf(disc, fee, disc.addDays(offset), paid, rounding);
          expect(r.days).toBe(Math.max(0, offset));
          expect(r.refund).toBeLessThanOrEqual(paid);
          expect(r.refund).toBeGreaterThanOrEqual(0);
          // An integer model of fee × days / 30 rounded by each mode (n stays far below 2^53).
          const n = fee * r.days;
          const rest = n % 30;
          const floor = (n - rest) / 30;
          const rounded = { floor, 'half-up': floor + (rest >= 15 ? 1 : 0), ceil: floor + (rest > 0 ? 1 : 0) }[
            rounding
          ];
          expect(r.refund).toBe(Math.min(rounded, paid));
          expect(r.capped).toBe(rounded > paid);
        },
      ),
    );
  });

  it('refuses bad input naming the field', () => {
    const ok = { discontinuationDate: '2027-06-20', monthlyFee: 90_000, paidThrough: '2027-06-30', amountPaid: 90_000 };
    expectTermsError(() => discontinuationRefund({ ...ok, monthlyFee: -1 }), 'monthlyFee');
    expectTermsError(() => discontinuationRefund({ ...ok, amountPaid: 1.5 }), 'amountPaid');
    expectTermsError(() => discontinuationRefund({ ...ok, paidThrough: '2027-06-31' }), 'paidThrough');
    expectTermsError(
      () => discontinuationRefund({ ...ok, discontinuationDate: undefined as never }),
      'discontinuationDate',
    );
  });
});

describe('ARTICLE_15', () => {
  it('names the article, its paragraphs and items', () => {
    expect(ARTICLE_15).toEqual({
      number: 15,
      title: '本サービスの廃止',
      provisions: ['15', '15.1', '15.1.1', '15.1.2', '15.1.3', '15.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第15条1項 at the edge of the supported years (issue 11)', () => {
  it('a notice deadline before 1900 is out of range, naming discontinuationDate', () => {
    // 30 clear days before 1900-01-15 leave the deadline on 1899-12-15.
    expectTermsError(
      () => discontinuationNoticeDeadline({ discontinuationDate: '1900-01-15' }),
      'discontinuationDate',
      'DATE_OUT_OF_RANGE',
    );
  });
});
