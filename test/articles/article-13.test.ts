/**
 * 第13条（契約者からの利用契約の解約）
 *
 * 「1 契約者は、前条の場合を除き、解約を希望する月の前月末日までに当社に書面をもって通知をすることにより、
 * 本サービスを解約することができるものとします。ただし、利用契約の解約日は、契約者が本サービスを解約しようと
 * する月の月末とします。」
 * 「2 前項の書面に解約希望日の記載がない場合又は前項の書面が当社に到達した日から解約希望日までの期間が1か月
 * 未満の場合、当該書面が当社に到達した日の翌月末日を契約者の解約希望日とみなすものとします。」
 * 「3 契約者は、本条第1項に定める通知が当社に到達した時点において未払いの利用料金等がある場合には、直ちに
 * これを支払うものとします。」
 * 「4 オプションサービスの全部又は一部のみの解約についても、本条の規定が準用されるものとします。」
 * 「5 契約者が、第1項に基づいて当初通知した解約日を変更（延長）することを希望する場合、当社は、これが可能な
 * 場合に限り、承諾をいたします。ただし、延長期間は1か月単位とし、延長期間に対し、通常料金の2倍の金員を延長
 * 手数料として支払うものとします。」
 *
 * I-04: the termination date is always a month end; the one-month test (I-01, counted from the day after
 * arrival) is measured to the requested date as written. I-05: whole months only; option `extensionFee`
 * ('replaces' | 'in-addition').
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerTerminationOf, terminationExtensionOf } from '../../src/articles/article-13.js';
import {
  ARTICLE_13,
  CalendarDate,
  customerTermination,
  terminationExtension,
  unpaidFeesOnCustomerNotice,
} from '../../src/index.js';
import { calendarDate, isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第13条1項・2項: the termination date (I-04)', () => {
  it('a notice in time ends the contract at the end of the requested month', () => {
    // Arrival 2027-04-15 is before May's end (the month before June) and a month from 04-16 ends
    // 05-15 ≤ 06-10, so 13.1 applies: the end of June.
    expect(customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-06-10' })).toEqual({
      terminationDate: '2027-06-30',
      deemed: false,
      basis: ['13.1'],
    });
  });

  it('a requested date inside a month, given in time, means the end of that month', () => {
    // Arrival 2027-04-01, requested 2028-03-15: a month from 04-02 ends 05-01 ≤ 2028-03-15 → 2028-03-31.
    expect(customerTermination({ noticeReceivedOn: '2027-04-01', requestedDate: '2028-03-15' }).terminationDate).toBe(
      '2028-03-31',
    );
  });

  it('less than a month between arrival and the requested date: the end of the month after arrival is deemed', () => {
    // Arrival 2027-05-20, requested 2027-06-10: a month from 05-21 ends 06-20 > 06-10 → 13.2:
    // the end of the month after May = 2027-06-30.
    expect(customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-06-10' })).toEqual({
      terminationDate: '2027-06-30',
      deemed: true,
      basis: ['13.1', '13.2'],
    });
  });

  it('a requested date in the month of arrival is less than a month away: deemed', () => {
    // Arrival 2027-04-05, requested 2027-04-25 → end of May.
    expect(customerTermination({ noticeReceivedOn: '2027-04-05', requestedDate: '2027-04-25' })).toEqual({
      terminationDate: '2027-05-31',
      deemed: true,
      basis: ['13.1', '13.2'],
    });
  });

  it('a requested date on the day of arrival is less than a month away: deemed', () => {
    expect(customerTermination({ noticeReceivedOn: '2027-04-05', requestedDate: '2027-04-05' }).terminationDate).toBe(
      '2027-05-31',
    );
  });

  it('no requested date: the end of the month after arrival is deemed', () => {
    // Arrival 2027-04-15 → 2027-05-31.
    expect(customerTermination({ noticeReceivedOn: '2027-04-15' })).toEqual({
      terminationDate: '2027-05-31',
      deemed: true,
      basis: ['13.1', '13.2'],
    });
    // null is read as "no requested date" (a JSON record has no undefined).
    expect(customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: null }).terminationDate).toBe(
      '2027-05-31',
    );
  });

  it('a notice arriving on the last day of a month for the end of the next month is in time', () => {
    // Arrival 2027-05-31; a month from 06-01 ends 06-30 ≤ 06-30 → 13.1, not deemed.
    expect(customerTermination({ noticeReceivedOn: '2027-05-31', requestedDate: '2027-06-30' })).toEqual({
      terminationDate: '2027-06-30',
      deemed: false,
      basis: ['13.1'],
    });
    // Requested 06-29: the month ends 06-30 > 06-29 → deemed, but the date is the same month end.
    expect(customerTermination({ noticeReceivedOn: '2027-05-31', requestedDate: '2027-06-29' })).toEqual({
      terminationDate: '2027-06-30',
      deemed: true,
      basis: ['13.1', '13.2'],
    });
  });

  it('counts February by the Civil Code in leap and common years', () => {
    // 2028 (leap): arrival 01-31, a month from 02-01 ends 02-29 ≤ 02-29 → 2028-02-29, not deemed.
    expect(customerTermination({ noticeReceivedOn: '2028-01-31', requestedDate: '2028-02-29' }).deemed).toBe(false);
    // 2027: arrival 01-31, a month from 02-01 ends 02-28 → in time for 02-28.
    expect(customerTermination({ noticeReceivedOn: '2027-01-31', requestedDate: '2027-02-28' })).toEqual({
      terminationDate: '2027-02-28',
      deemed: false,
      basis: ['13.1'],
    });
    // Arrival 2027-01-29: first day 01-30, 2027-02-30 does not exist → the month ends 02-28 → in time.
    expect(customerTermination({ noticeReceivedOn: '2027-01-29', requestedDate: '2027-02-28' }).deemed).toBe(false);
    // Arrival 2028-01-28: first day 01-29, 2028-02-29 exists → ends 02-28; requested 02-27 is short.
    expect(customerTermination({ noticeReceivedOn: '2028-01-28', requestedDate: '2028-02-27' })).toEqual({
      terminationDate: '2028-02-29',
      deemed: true,
      basis: ['13.1', '13.2'],
    });
    // Arrival 2028-01-28 for 02-28: exactly a month → in time; the end of February 2028 is the 29th.
    expect(customerTermination({ noticeReceivedOn: '2028-01-28', requestedDate: '2028-02-28' })).toEqual({
      terminationDate: '2028-02-29',
      deemed: false,
      basis: ['13.1'],
    });
  });

  it('crosses a year end', () => {
    // Arrival 2027-12-31 with no requested date → the end of January 2028.
    expect(customerTermination({ noticeReceivedOn: '2027-12-31' }).terminationDate).toBe('2028-01-31');
    // Arrival 2027-11-30 for 2027-12-31: a month from 12-01 ends 12-31 → in time.
    expect(customerTermination({ noticeReceivedOn: '2027-11-30', requestedDate: '2027-12-31' })).toEqual({
      terminationDate: '2027-12-31',
      deemed: false,
      basis: ['13.1'],
    });
    // Arrival 2027-12-15 for 2028-01-10: a month from 12-16 ends 2028-01-15 > 01-10 → deemed 2028-01-31.
    expect(customerTermination({ noticeReceivedOn: '2027-12-15', requestedDate: '2028-01-10' }).deemed).toBe(true);
  });

  it('applies to option services too and then cites 13.4', () => {
    expect(customerTermination({ noticeReceivedOn: '2027-04-15', scope: 'option' }).basis).toEqual([
      '13.1',
      '13.2',
      '13.4',
    ]);
    expect(
      customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-06-10', scope: 'option' }).basis,
    ).toEqual(['13.1', '13.4']);
  });

  it('accepts CalendarDate values as well as strings', () => {
    expect(
      customerTermination({ noticeReceivedOn: d('2027-04-15'), requestedDate: d('2027-06-10') }).terminationDate,
    ).toBe('2027-06-30');
  });

  it('refuses a requested date before the notice arrived, naming requestedDate', () => {
    expectTermsError(
      () => customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-04-14' }),
      'requestedDate',
      'INVALID_INPUT',
      /on or after/,
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => customerTermination({ noticeReceivedOn: '2027-02-29' }), 'noticeReceivedOn');
    expectTermsError(() => customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '' }), 'requestedDate');
    expectTermsError(() => customerTermination({} as never), 'noticeReceivedOn');
    expectTermsError(() => customerTermination(undefined as never), 'input');
    expectTermsError(() => customerTermination({ noticeReceivedOn: '2027-04-15', scope: 'all' as never }), 'scope');
    expectTermsError(
      () => customerTermination({ noticeReceivedOn: '2027-04-15' }, { rounding: 'up' as never }),
      'options.rounding',
    );
  });

  it('a termination date is always a month end, in a month after the notice, never before the requested date unless deemed', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
        (notice, gap) => {
          const requested = gap === undefined ? undefined : notice.addDays(gap);
          const r = customerTermination({ noticeReceivedOn: notice, requestedDate: requested });
          const t = d(r.terminationDate);
          expect(t.isEndOfMonth()).toBe(true);
          expect(t.isAfter(notice)).toBe(true);
          expect((t.year - notice.year) * 12 + (t.month - notice.month)).toBeGreaterThanOrEqual(1);
          if (requested === undefined || r.deemed) {
            expect(r.terminationDate).toBe(notice.startOfMonth().addMonths(1).endOfMonth().toString());
            expect(r.basis).toEqual(['13.1', '13.2']);
          } else {
            expect(r.terminationDate).toBe(requested.endOfMonth().toString());
            expect(t.isOnOrAfter(requested)).toBe(true);
            expect(r.basis).toEqual(['13.1']);
          }
        },
      ),
    );
  });

  it('agrees with a plain-JS reading of the two tests of 13.1 and 13.2, date and deemed', () => {
    // An independent model on Date.UTC: one month from arrival ends the day before the same day of the
    // next month as the first counted day, or at that month's end where it has no such day.
    const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const DAY = 86_400_000;
    const oneMonthFrom = (notice: string): number => {
      const first = new Date(Date.parse(`${notice}T00:00:00Z`) + DAY);
      const [fy, fm, fd] = [first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate()];
      return fd <= lastDay(fy, fm + 1) ? Date.UTC(fy, fm, fd) - DAY : Date.UTC(fy, fm, lastDay(fy, fm + 1));
    };
    const model = (notice: string, requested: string | undefined): [string, boolean] => {
      const [ny, nm] = notice.split('-').map(Number) as [number, number];
      const deemed = iso(Date.UTC(ny, nm, lastDay(ny, nm + 1)));
      if (requested === undefined) return [deemed, true];
      const [ry, rm] = requested.split('-').map(Number) as [number, number];
      const inTime = ry * 12 + rm > ny * 12 + nm && iso(oneMonthFrom(notice)) <= requested;
      return inTime ? [iso(Date.UTC(ry, rm - 1, lastDay(ry, rm))), false] : [deemed, true];
    };
    const check = (notice: CalendarDate, requested: CalendarDate | undefined) => {
      const r = customerTerminationOf(notice, requested);
      expect([r.terminationDate.toString(), r.deemed]).toEqual(model(notice.toString(), requested?.toString()));
    };
    fc.assert(
      fc.property(calendarDate(1990, 2100), fc.integer({ min: 0, max: 70 }), (notice, gap) => {
        check(notice, notice.addDays(gap));
        check(notice, undefined);
        // The boundary of the one-month test: the day before, on and after the month's last day.
        const boundary = d(iso(oneMonthFrom(notice.toString())));
        for (const delta of [-1, 0, 1]) check(notice, boundary.addDays(delta));
      }),
    );
  });
});

describe('第13条3項: unpaid fees fall due when the notice arrives', () => {
  it('everything unpaid is due on the day of arrival', () => {
    expect(unpaidFeesOnCustomerNotice({ noticeReceivedOn: '2027-05-31' })).toEqual({
      dueOn: '2027-05-31',
      includes: ['fees'],
      basis: ['13.3'],
    });
    expect(unpaidFeesOnCustomerNotice({ noticeReceivedOn: '2027-05-31', scope: 'option' }).basis).toEqual([
      '13.3',
      '13.4',
    ]);
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => unpaidFeesOnCustomerNotice({ noticeReceivedOn: '2027-5-31' }), 'noticeReceivedOn');
  });
});

describe('第13条5項: extending the termination date (I-05)', () => {
  it('two months at 90,000 yen cost 360,000 yen and move the date two month ends on (replaces)', () => {
    // 延長手数料 = 2 × 90,000 × 2 = 360,000; under 'replaces' nothing else is due for those months.
    expect(terminationExtension({ terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 })).toEqual({
      terminationDate: '2027-08-31',
      previousTerminationDate: '2027-06-30',
      months: 2,
      extensionFee: 360_000,
      regularFee: 0,
      totalDue: 360_000,
      requiresConsent: true,
      basis: ['13.5'],
    });
  });

  it('under in-addition the normal fee is due as well: 360,000 + 180,000 = 540,000', () => {
    const r = terminationExtension(
      { terminationDate: '2027-06-30', months: 2, monthlyFee: '90000' },
      { extensionFee: 'in-addition' },
    );
    // regularFee = 90,000 × 2 = 180,000; the 延長手数料 itself is the same under both readings.
    expect([r.extensionFee, r.regularFee, r.totalDue]).toEqual([360_000, 180_000, 540_000]);
  });

  it('lands on the last day of February in leap and common years', () => {
    // 2028-01-31 + 1 month → the end of February 2028 = 02-29; in 2027 → 02-28.
    expect(terminationExtension({ terminationDate: '2028-01-31', months: 1, monthlyFee: 1 }).terminationDate).toBe(
      '2028-02-29',
    );
    expect(terminationExtension({ terminationDate: '2027-01-31', months: 1, monthlyFee: 1 }).terminationDate).toBe(
      '2027-02-28',
    );
    // From the end of February to the end of March (not 03-28).
    expect(terminationExtension({ terminationDate: '2027-02-28', months: 1, monthlyFee: 1 }).terminationDate).toBe(
      '2027-03-31',
    );
  });

  it('crosses a year end: 2027-11-30 + 2 months → 2028-01-31', () => {
    expect(terminationExtension({ terminationDate: '2027-11-30', months: 2, monthlyFee: 50_000 }).terminationDate).toBe(
      '2028-01-31',
    );
  });

  it('extends an option service too, citing 13.4', () => {
    expect(
      terminationExtension({ terminationDate: '2027-06-30', months: 1, monthlyFee: 10_000, scope: 'option' }).basis,
    ).toEqual(['13.5', '13.4']);
  });

  it('0 months or part of a month is a request the terms do not allow', () => {
    const at = { terminationDate: '2027-06-30', monthlyFee: 90_000 };
    expectTermsError(() => terminationExtension({ ...at, months: 0 }), 'months', 'EXTENSION_NOT_WHOLE_MONTHS');
    expectTermsError(() => terminationExtension({ ...at, months: 1.5 }), 'months', 'EXTENSION_NOT_WHOLE_MONTHS');
    expectTermsError(() => terminationExtension({ ...at, months: 0.5 }), 'months', 'EXTENSION_NOT_WHOLE_MONTHS');
  });

  it('a negative months, or one that is not a number, is bad input', () => {
    const at = { terminationDate: '2027-06-30', monthlyFee: 90_000 };
    expectTermsError(() => terminationExtension({ ...at, months: -1 }), 'months');
    expectTermsError(() => terminationExtension({ ...at, months: '2' as never }), 'months');
    expectTermsError(() => terminationExtension({ ...at, months: Number.NaN }), 'months');
    expectTermsError(() => terminationExtension({ ...at, months: Number.POSITIVE_INFINITY }), 'months');
    expectTermsError(() => terminationExtension({ terminationDate: '2027-06-30' } as never), 'months');
  });

  it('a termination date that is not a month end is bad input citing 13.1', () => {
    expectTermsError(
      () => terminationExtension({ terminationDate: '2027-06-29', months: 1, monthlyFee: 90_000 }),
      'terminationDate',
      'INVALID_INPUT',
      /第13条1項/,
    );
  });

  it('refuses a negative or fractional fee and a bad option', () => {
    const at = { terminationDate: '2027-06-30', months: 1 };
    expectTermsError(() => terminationExtension({ ...at, monthlyFee: -1 }), 'monthlyFee');
    expectTermsError(() => terminationExtension({ ...at, monthlyFee: 1.5 }), 'monthlyFee');
    expectTermsError(
      () => terminationExtension({ ...at, monthlyFee: 1 }, { extensionFee: 'double' as never }),
      'options.extensionFee',
    );
  });

  it('an extension of n months ends n month ends later and costs 2 × fee × n (3 × with in-addition)', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2150).map((x) => x.endOfMonth()),
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (end, months, fee) => {
          const replaces = terminationExtension({ terminationDate: end, months, monthlyFee: fee });
          const added = terminationExtension(
            { terminationDate: end, months, monthlyFee: fee },
            { extensionFee: 'in-addition' },
          );
          const t = d(replaces.terminationDate);
          expect(t.isEndOfMonth()).toBe(true);
          expect((t.year - end.year) * 12 + (t.month - end.month)).toBe(months);
          expect(replaces.extensionFee).toBe(2 * fee * months);
          expect(replaces.totalDue).toBe(2 * fee * months);
          expect(added.extensionFee).toBe(2 * fee * months);
          expect(added.totalDue).toBe(3 * fee * months);
          expect(added.terminationDate).toBe(replaces.terminationDate);
        },
      ),
    );
  });

  it('the trusted core computes the same as the public function', () => {
    const r = terminationExtensionOf(d('2027-06-30'), 2, 90_000, 'in-addition', 'floor');
    expect([r.terminationDate.toString(), r.extensionFee, r.regularFee, r.totalDue]).toEqual([
      '2027-08-31',
      360_000,
      180_000,
      540_000,
    ]);
  });
});

describe('ARTICLE_13', () => {
  it('names the article, its paragraphs and its versions', () => {
    expect(ARTICLE_13).toEqual({
      number: 13,
      title: '契約者からの利用契約の解約',
      provisions: ['13', '13.1', '13.2', '13.3', '13.4', '13.5'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('every result is a plain JSON object', () => {
  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(isoDate(), (notice) => {
        const r = customerTermination({ noticeReceivedOn: notice });
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 50 },
    );
  });
});

describe('第13条 at the edge of the supported years (issue 11)', () => {
  it('a deemed termination date after 2199 is out of range, naming noticeReceivedOn', () => {
    // 13.2: a notice arriving 2199-12-05 is deemed to end the contract on 2200-01-31.
    expectTermsError(
      () => customerTermination({ noticeReceivedOn: '2199-12-05' }),
      'noticeReceivedOn',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('an extension of more months than can be counted is out of range too, naming months', () => {
    expectTermsError(
      () => terminationExtension({ terminationDate: '2024-01-31', months: Number.MAX_VALUE, monthlyFee: 0 }),
      'months',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('an extension past 2199 is out of range, naming months', () => {
    // 2199-11-30 + 2 months = 2200-01-31.
    expectTermsError(
      () => terminationExtension({ terminationDate: '2199-11-30', months: 2, monthlyFee: 1000 }),
      'months',
      'DATE_OUT_OF_RANGE',
    );
  });
});
