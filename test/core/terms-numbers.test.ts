/**
 * The dated table of the terms' numbers (src/core/terms-numbers.ts), 第4条 and I-14:
 * 「当社は、契約者の承諾を得ることなく、本約款を変更することができるものとします。」 — a revision applies
 * to existing contracts from its date (I-14), so a number is read as in force on the day it is used.
 */
import { describe, expect, it } from 'vitest';
import { CalendarDate, LATE_INTEREST_RATE, LATE_INTEREST_RATE_TEXT, TERMS_NUMBERS } from '../../src/index.js';
import { contractTimelineOf } from '../../src/lifecycle/timeline.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { resolveOptions } from '../../src/core/options.js';
import {
  latestTermsNumber,
  ratePercentText,
  termsNumberOn,
  termsRevisionOn,
  type TermsNumbers,
} from '../../src/core/terms-numbers.js';

describe('each number once, with its provision and the version it takes effect from', () => {
  it('the terms of 2017-03-01 write 14.6 %, /30, 12 months, 1 month, 2 months, 30 days, ×2, 7 days, 1 year', () => {
    const first = Object.fromEntries(
      Object.entries(TERMS_NUMBERS).map(([k, rows]) => [k, [rows[0].from, rows[0].value, rows[0].provision]]),
    );
    expect(first).toEqual({
      lateInterestRate: ['2017-03-01', '0.146', '26'],
      dailyRateDivisor: ['2017-03-01', 30, '25.4'],
      renewalMonths: ['2017-03-01', 12, '11.1'],
      nonRenewalNoticeMonths: ['2017-03-01', 1, '11.1'],
      termsChangeNoticeMonths: ['2017-03-01', 2, '11.2'],
      discontinuationNoticeDays: ['2017-03-01', 30, '15.1.1'],
      extensionFeeMultiple: ['2017-03-01', 2, '13.5'],
      changeNotificationDays: ['2017-03-01', 7, '10.1'],
      confidentialitySurvivalYears: ['2017-03-01', 1, '27.3'],
    });
  });

  it('the article constants and the help texts read it', () => {
    expect(LATE_INTEREST_RATE).toBe('0.146');
    expect(LATE_INTEREST_RATE_TEXT).toBe('14.6%');
    expect(ratePercentText('0.1095')).toBe('10.95');
    expect(ratePercentText('0.05')).toBe('5');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TERMS_NUMBERS)).toBe(true);
    expect(Object.isFrozen(TERMS_NUMBERS.lateInterestRate)).toBe(true);
    expect(Object.isFrozen(TERMS_NUMBERS.lateInterestRate[0])).toBe(true);
  });
});

describe('a hypothetical revision of 2027-04-01 changing the rate (a test-only table)', () => {
  const revised: TermsNumbers = {
    ...TERMS_NUMBERS,
    lateInterestRate: [
      ...TERMS_NUMBERS.lateInterestRate,
      { from: '2027-04-01', value: '0.1095', provision: '26', words: '年10.95%の割合（仮の改定）' },
    ],
  };

  it('reads the value in force on a day: the old one before 04-01, the new one from it', () => {
    expect(termsNumberOn('lateInterestRate', '2027-03-31', revised)).toBe('0.146');
    expect(termsNumberOn('lateInterestRate', '2027-04-01', revised)).toBe('0.1095');
    expect(termsRevisionOn('lateInterestRate', CalendarDate.parse('2030-01-01'), revised).words).toBe(
      '年10.95%の割合（仮の改定）',
    );
    expect(latestTermsNumber('lateInterestRate', revised)).toBe('0.1095');
    // A day before enactment reads the first row.
    expect(termsNumberOn('lateInterestRate', '2016-01-01', revised)).toBe('0.146');
  });

  it("changes a timeline's interest from that date only", () => {
    // 90,000 a month from 2027-02-01. February's fee (due 01-31) is paid 03-01 with its interest: 29 days,
    // all before 04-01, 90,000 × 29 × 0.0004 = 1,044 under both tables (91,044 paid). March's (due 02-28) is
    // paid on time, designated for March (民法488条1項). April's, due 03-31, is unpaid on 04-30: interest runs
    // 04-01 … 04-30, all after the revision: 90,000 × 30 × 0.1095 / 365 = 810 (0.1095 / 365 = 0.0003);
    // under the terms' own table 90,000 × 30 × 0.0004 = 1,080.
    const asOf = CalendarDate.parse('2027-04-30');
    const record = contractOf(
      {
        formationDate: '2027-01-15',
        scheduledStartDate: '2027-02-01',
        termMonths: 12,
        monthlyFee: 90_000,
        payments: [
          { date: '2027-02-28', amount: 90_000, designation: { serviceMonth: '2027-03' } },
          { date: '2027-03-01', amount: 91_044 },
        ],
      },
      asOf,
    );
    const o = resolveOptions({});
    const interest = (table?: TermsNumbers) =>
      contractTimelineOf(record, asOf, asOf, o, table)
        .events.filter((e) => e.kind === 'late-interest')
        .map((e) => [e.dueDate, e.amount]);
    expect(interest()).toEqual([
      ['2027-01-31', 1_044],
      ['2027-03-31', 1_080],
    ]);
    expect(interest(revised)).toEqual([
      ['2027-01-31', 1_044],
      ['2027-03-31', 810],
    ]);
  });
});
