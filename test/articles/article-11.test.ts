/**
 * 第11条（利用期間）
 *
 * 「1 本サービスの利用期間は、利用契約に定めるものとしします。ただし、期間満了1か月前までに契約者又は当社から
 * 当社所定の方法による別段の意思表示がないときは、利用契約は期間満了の翌日からさらに1年間自動的に更新されるもの
 * とし、以後も同様としします。」
 * 「2 当社は、本サービスの利用期間満了の前々月末日までに、契約者に利用契約の変更内容を通知することにより、更新後に
 * おける本サービスの種類、内容及び利用料金その他利用契約内容を変更することができるものとしします。」
 *
 * I-01: the renewed term starts at 0:00 of the day after expiry and runs one year from that day.
 * I-02: 「期間満了1か月前までに」 is measured against the expiry day; option deadlineCounting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TERMS_RENEWAL,
  renewalScheduleOf,
  renewsAfterOf,
  termEndOf,
  termsChangeRenewalOf,
} from '../../src/articles/article-11.js';
import { ARTICLE_11, CalendarDate, renewalSchedule, successiveTerms } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第11条: the renewal schedule of a term', () => {
  it('a term ending 2028-03-31 (the interpretation register’s example)', () => {
    // 11.1: a month counted from the day after 2028-02-29 (03-01 … 03-31) ends on the expiry day → 02-29.
    // 11.2: 前々月末日 of March 2028 = the end of January = 2028-01-31.
    // Renewal: from 2028-04-01 (counted, I-01) for one year → 2029-03-31.
    expect(renewalSchedule({ termEndDate: '2028-03-31' })).toEqual({
      nonRenewalNoticeDeadline: '2028-02-29',
      termsChangeNoticeDeadline: '2028-01-31',
      renewedTermStart: '2028-04-01',
      renewedTermEnd: '2029-03-31',
      basis: ['11.1', '11.2'],
    });
    // Naive: 2028-03-31 minus one month = 2028-02-31 → constrained to 02-29: the same day here.
    expect(renewalSchedule({ termEndDate: '2028-03-31' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline).toBe(
      '2028-02-29',
    );
  });

  it('the two readings of “1か月前までに” differ for a term ending 2028-04-30', () => {
    // civil-code: from 04-01 a month ends 04-30 = expiry → notice by 03-31. naive: 04-30 − 1 month = 03-30.
    expect(renewalSchedule({ termEndDate: '2028-04-30' })).toEqual({
      nonRenewalNoticeDeadline: '2028-03-31',
      termsChangeNoticeDeadline: '2028-02-29', // the end of February in a leap year
      renewedTermStart: '2028-05-01',
      renewedTermEnd: '2029-04-30',
      basis: ['11.1', '11.2'],
    });
    expect(renewalSchedule({ termEndDate: '2028-04-30' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline).toBe(
      '2028-03-30',
    );
  });

  it('a term ending at the end of February 2027: deadlines cross the year end; the renewal ends on 29 February', () => {
    // civil-code: a month from 02-01 ends 02-28 → 2027-01-31; naive: 02-28 − 1 month = 01-28.
    // 11.2: two months before February 2027 is December 2026 → 2026-12-31.
    // Renewal from 2027-03-01 for a year: the day before 2028-03-01 = 2028-02-29.
    expect(renewalSchedule({ termEndDate: '2027-02-28' })).toEqual({
      nonRenewalNoticeDeadline: '2027-01-31',
      termsChangeNoticeDeadline: '2026-12-31',
      renewedTermStart: '2027-03-01',
      renewedTermEnd: '2028-02-29',
      basis: ['11.1', '11.2'],
    });
    expect(renewalSchedule({ termEndDate: '2027-02-28' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline).toBe(
      '2027-01-28',
    );
  });

  it('a term ending 2028-02-28: the renewal starts on 29 February and ends on 2029-02-28', () => {
    // civil-code: from 01-29 a month would end 02-28 (2028-02-29 exists) → notice by 2028-01-28.
    expect(renewalSchedule({ termEndDate: '2028-02-28' })).toEqual({
      nonRenewalNoticeDeadline: '2028-01-28',
      termsChangeNoticeDeadline: '2027-12-31',
      renewedTermStart: '2028-02-29',
      renewedTermEnd: '2029-02-28',
      basis: ['11.1', '11.2'],
    });
  });

  it('a term ending at a year end: renewed for the calendar year', () => {
    // civil-code: from 12-01 a month ends 12-31 → 2027-11-30; 前々月末日 = 2027-10-31.
    expect(renewalSchedule({ termEndDate: '2027-12-31' })).toEqual({
      nonRenewalNoticeDeadline: '2027-11-30',
      termsChangeNoticeDeadline: '2027-10-31',
      renewedTermStart: '2028-01-01',
      renewedTermEnd: '2028-12-31',
      basis: ['11.1', '11.2'],
    });
  });

  it('a term ending mid-month', () => {
    // civil-code: from 02-16 a month ends 03-15 → 2027-02-15 (naive the same); 前々月末日 = 2027-01-31.
    expect(renewalSchedule({ termEndDate: '2027-03-15' })).toEqual({
      nonRenewalNoticeDeadline: '2027-02-15',
      termsChangeNoticeDeadline: '2027-01-31',
      renewedTermStart: '2027-03-16',
      renewedTermEnd: '2028-03-15',
      basis: ['11.1', '11.2'],
    });
  });

  it('deadlines are never after the expiry; the terms-change deadline comes first; the renewal is a year long', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2150),
        fc.constantFrom('civil-code' as const, 'naive' as const),
        (end, counting) => {
          const r = renewalScheduleOf(end, counting);
          expect(r.nonRenewalNoticeDeadline.isBefore(end)).toBe(true);
          expect(r.termsChangeNoticeDeadline.isBefore(r.nonRenewalNoticeDeadline)).toBe(true);
          expect(r.termsChangeNoticeDeadline.isEndOfMonth()).toBe(true);
          expect(CalendarDate.daysBetween(end, r.renewedTermStart)).toBe(1);
          expect([365, 366]).toContain(CalendarDate.daysBetween(r.renewedTermStart, r.renewedTermEnd) + 1);
        },
      ),
    );
  });

  it('the two readings differ by at most three days, in either direction (month lengths)', () => {
    // 2027-11-30: civil-code 10-31 (a month from 11-01 ends 11-30), naive 10-30 — civil is later;
    // 2027-02-28: civil-code 01-31, naive 01-28 — civil is three days later.
    expect(renewalSchedule({ termEndDate: '2027-11-30' }).nonRenewalNoticeDeadline).toBe('2027-10-31');
    expect(renewalSchedule({ termEndDate: '2027-11-30' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline).toBe(
      '2027-10-30',
    );
    fc.assert(
      fc.property(calendarDate(1990, 2150), (end) => {
        const civil = renewalScheduleOf(end, 'civil-code').nonRenewalNoticeDeadline;
        const naive = renewalScheduleOf(end, 'naive').nonRenewalNoticeDeadline;
        expect(Math.abs(CalendarDate.daysBetween(civil, naive))).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => renewalSchedule({ termEndDate: '2027-02-29' }), 'termEndDate');
    expectTermsError(
      () => renewalSchedule({ termEndDate: '2027-03-31' }, { deadlineCounting: 'strict' as never }),
      'options.deadlineCounting',
    );
  });
});

describe('第11条1項「以後も同様」: the successive terms of a contract', () => {
  it('lists the first term and each yearly renewal that has begun', () => {
    const r = successiveTerms({ termStartDate: '2027-04-01', termEndDate: '2028-03-31', through: '2029-04-01' });
    expect(r.basis).toEqual(['11.1', '11.2']);
    expect(r.terms).toEqual([
      {
        number: 1,
        start: '2027-04-01',
        end: '2028-03-31',
        nonRenewalNoticeDeadline: '2028-02-29',
        termsChangeNoticeDeadline: '2028-01-31',
      },
      {
        number: 2,
        start: '2028-04-01',
        end: '2029-03-31',
        // From 03-01 a month ends 03-31 → 2029-02-28; 前々月末日 = 2029-01-31.
        nonRenewalNoticeDeadline: '2029-02-28',
        termsChangeNoticeDeadline: '2029-01-31',
      },
      {
        number: 3,
        start: '2029-04-01',
        end: '2030-03-31',
        nonRenewalNoticeDeadline: '2030-02-28',
        termsChangeNoticeDeadline: '2030-01-31',
      },
    ]);
  });

  it('a date on the last day of a term lists that term only; the next day adds the renewal', () => {
    const at = { termStartDate: '2027-04-01', termEndDate: '2028-03-31' };
    expect(successiveTerms({ ...at, through: '2028-03-31' }).terms.map((t) => t.number)).toEqual([1]);
    expect(successiveTerms({ ...at, through: '2028-04-01' }).terms.map((t) => t.number)).toEqual([1, 2]);
  });

  it('a first term of 18 months from mid-month, then yearly renewals through a leap day', () => {
    // Formed 2026-09-01 … 2028-02-29; renewal from 2028-03-01 for a year → 2029-02-28.
    const r = successiveTerms({ termStartDate: '2026-09-01', termEndDate: '2028-02-29', through: '2029-03-01' });
    expect(r.terms.map((t) => [t.start, t.end])).toEqual([
      ['2026-09-01', '2028-02-29'],
      ['2028-03-01', '2029-02-28'],
      ['2029-03-01', '2030-02-28'],
    ]);
  });

  it('nothing before the contract starts', () => {
    expect(
      successiveTerms({ termStartDate: '2027-04-01', termEndDate: '2028-03-31', through: '2027-03-31' }).terms,
    ).toEqual([]);
  });

  it('terms are consecutive, begin on or before the date, and the last one covers it', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 40 * 366 }),
        (start, length, span) => {
          const end = start.addDays(length);
          const through = start.addDays(span);
          const { terms } = successiveTerms({ termStartDate: start, termEndDate: end, through });
          expect(terms.length).toBeGreaterThan(0);
          expect(terms[0]?.start).toBe(start.toString());
          expect(d(terms.at(-1)?.end ?? '').isOnOrAfter(through)).toBe(true);
          terms.forEach((t, i) => {
            expect(t.number).toBe(i + 1);
            expect(d(t.start).isOnOrBefore(through)).toBe(true);
            expect(d(t.nonRenewalNoticeDeadline).isBefore(d(t.end))).toBe(true);
            const next = terms[i + 1];
            if (next) expect(CalendarDate.daysBetween(d(t.end), d(next.start))).toBe(1);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('uses the deadlineCounting option for each term', () => {
    const r = successiveTerms(
      { termStartDate: '2027-05-01', termEndDate: '2028-04-30', through: '2028-05-01' },
      { deadlineCounting: 'naive' },
    );
    expect(r.terms.map((t) => t.nonRenewalNoticeDeadline)).toEqual(['2028-03-30', '2029-03-30']);
  });

  it('refuses a term that ends before it starts, and bad dates, naming the field', () => {
    expectTermsError(
      () => successiveTerms({ termStartDate: '2027-04-01', termEndDate: '2027-03-31', through: '2028-01-01' }),
      'termEndDate',
    );
    expectTermsError(
      () => successiveTerms({ termStartDate: '2027-04-01', termEndDate: '2028-03-31', through: '2028-02-30' }),
      'through',
    );
  });

  it('a renewal that would end after 2199 is out of range, naming the `through` that asks for it', () => {
    expectTermsError(
      () => successiveTerms({ termStartDate: '2198-06-01', termEndDate: '2199-05-31', through: '2199-12-31' }),
      'through',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('a first term whose notice deadline falls before 1900 is out of range, naming termEndDate', () => {
    // 11.2's 前々月末日 of a term ending 1900-02-28 is 1899-12-31.
    expectTermsError(
      () => successiveTerms({ termStartDate: '1900-01-01', termEndDate: '1900-02-28', through: '1900-01-01' }),
      'termEndDate',
      'DATE_OUT_OF_RANGE',
    );
  });
});

describe('ARTICLE_11', () => {
  it('names the article and its paragraphs', () => {
    expect(ARTICLE_11).toEqual({
      number: 11,
      title: '利用期間',
      provisions: ['11', '11.1', '11.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第11条 for the lifecycle layer: a term given as a length, the renewal decision, a contract’s own lengths', () => {
  it('a term of 12 months from 2027-04-01 ends on 2028-03-31; from 2027-04-15, on 2028-04-14', () => {
    // The term starts at 0:00 of its first day, which counts (I-01): the day before the same day 12 months on.
    expect(termEndOf(d('2027-04-01'), 12).toString()).toBe('2028-03-31');
    expect(termEndOf(d('2027-04-15'), 12).toString()).toBe('2028-04-14');
  });

  it('a one-month term from 2027-01-31 ends on 2027-02-28: February has no 31st (民法143条2項)', () => {
    expect(termEndOf(d('2027-01-31'), 1).toString()).toBe('2027-02-28');
    // From 2028-02-29 for 12 months: 2029 has no 29 February → its last day, 2029-02-28.
    expect(termEndOf(d('2028-02-29'), 12).toString()).toBe('2029-02-28');
  });

  it('a term ending 2028-03-31 renews unless the notice came by 2028-02-29', () => {
    // 「期間満了1か月前までに…別段の意思表示がないときは…更新」: the deadline is 02-29 (see above).
    expect(renewsAfterOf(d('2028-03-31'), undefined, 'civil-code')).toBe(true);
    expect(renewsAfterOf(d('2028-03-31'), d('2028-02-29'), 'civil-code')).toBe(false);
    expect(renewsAfterOf(d('2027-06-01'), d('2027-05-01'), 'civil-code')).toBe(false);
    // A day late: the term renews (the notice counts at the next expiry).
    expect(renewsAfterOf(d('2028-03-31'), d('2028-03-01'), 'civil-code')).toBe(true);
  });

  it('a contract’s own lengths (第1条2項): 6-month renewals, notice 3 months before expiry', () => {
    // Renewal from 2028-04-01 for 6 months (I-01, the first day counts) → 2028-09-30.
    // Notice: a 3-month period from 2028-01-01 ends 03-31, the expiry day → by 2027-12-31.
    const own = { renewalMonths: 6, nonRenewalNoticeMonths: 3 };
    expect(renewalScheduleOf(d('2028-03-31'), 'civil-code', own)).toEqual({
      nonRenewalNoticeDeadline: d('2027-12-31'),
      termsChangeNoticeDeadline: d('2028-01-31'),
      renewedTermStart: d('2028-04-01'),
      renewedTermEnd: d('2028-09-30'),
    });
    expect(renewsAfterOf(d('2028-03-31'), d('2028-01-05'), 'civil-code', own)).toBe(true);
    // Without a contract of its own, the terms’ lengths: a year, and a month.
    expect(TERMS_RENEWAL).toEqual({ renewalMonths: 12, nonRenewalNoticeMonths: 1 });
    expect(renewalScheduleOf(d('2028-03-31'), 'naive', TERMS_RENEWAL)).toEqual(
      renewalScheduleOf(d('2028-03-31'), 'naive'),
    );
  });

  it('a notice period of 0 months means a notice on the expiry day itself is in time', () => {
    const none = { renewalMonths: 12, nonRenewalNoticeMonths: 0 };
    expect(renewsAfterOf(d('2028-03-31'), d('2028-03-31'), 'civil-code', none)).toBe(false);
  });

  it('property: a notice renews the term exactly when it comes after the deadline', () => {
    fc.assert(
      fc.property(calendarDate(2000, 2150), fc.integer({ min: -90, max: 90 }), (end, offset) => {
        const { nonRenewalNoticeDeadline } = renewalScheduleOf(end, 'civil-code');
        const notice = nonRenewalNoticeDeadline.addDays(offset);
        expect(renewsAfterOf(end, notice, 'civil-code')).toBe(offset > 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('第11条2項: which renewal a notice of changed terms changes (I-20)', () => {
  it('a notice on the 前々月末日 itself is in time: it changes the renewal after that expiry', () => {
    // Expiry 2028-03-31: 前々月 of March is January, so the deadline is 2028-01-31 (「までに」 includes it).
    expect(termsChangeRenewalOf(d('2028-03-31'), d('2028-01-31'), 'next-renewal')).toBe(0);
    expect(termsChangeRenewalOf(d('2028-03-31'), d('2027-11-05'), 'no-effect')).toBe(0);
  });

  it('a day late it cannot change that renewal: the one after under next-renewal, none under no-effect', () => {
    // 2028-02-01 is after 2028-01-31.
    expect(termsChangeRenewalOf(d('2028-03-31'), d('2028-02-01'), 'next-renewal')).toBe(1);
    expect(termsChangeRenewalOf(d('2028-03-31'), d('2028-02-01'), 'no-effect')).toBeUndefined();
    // Expiry 2028-04-14 (a term from the 15th): the deadline is the end of February, 2028-02-29.
    expect(termsChangeRenewalOf(d('2028-04-14'), d('2028-02-29'), 'no-effect')).toBe(0);
    expect(termsChangeRenewalOf(d('2028-04-14'), d('2028-03-01'), 'no-effect')).toBeUndefined();
  });

  it("property: in time exactly on or before renewalScheduleOf's termsChangeNoticeDeadline", () => {
    fc.assert(
      fc.property(calendarDate(2000, 2150), fc.integer({ min: -90, max: 90 }), (end, offset) => {
        const { termsChangeNoticeDeadline } = renewalScheduleOf(end, 'civil-code');
        const notice = termsChangeNoticeDeadline.addDays(offset);
        expect(termsChangeRenewalOf(end, notice, 'no-effect')).toBe(offset <= 0 ? 0 : undefined);
        expect(termsChangeRenewalOf(end, notice, 'next-renewal')).toBe(offset <= 0 ? 0 : 1);
      }),
      { numRuns: 200 },
    );
  });
});
