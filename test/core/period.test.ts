/**
 * Periods under the Civil Code, as decided in docs/interpretations.md:
 *
 * I-01 「期間の初日は、算入しない」(民法140条) for an event during a day; a period
 * of months ends 「最後の月においてその起算日に応当する日の前日」, or on the last
 * day of that month where it has no such day (民法143条2項).
 *
 * I-02 「…日前までに」「…か月前までに」: the last day N such that the period,
 * counted from the day after N, ends no later than the day before the event
 * (or the expiry day itself). Option `deadlineCounting: 'civil-code' | 'naive'`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, deadlineBefore, periodEnd } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { monthsEndOf } from '../../src/core/period.js';

const d = (s: string) => CalendarDate.parse(s);

describe('periodEnd (I-01)', () => {
  it('formation 2027-03-15, 12 months → last day 2028-03-15 (the interpretation register’s example)', () => {
    // Counting starts 2027-03-16; the corresponding day 12 months on is 2028-03-16; the day before is 2028-03-15.
    expect(periodEnd(d('2027-03-15'), { months: 12 }).toString()).toBe('2028-03-15');
  });

  it('a term starting 2028-02-29 for one year → last day 2029-02-28 (no 29 February in 2029)', () => {
    expect(periodEnd(d('2028-02-29'), { years: 1 }, 'same-day').toString()).toBe('2029-02-28');
  });

  it('a period starting on the 1st runs in calendar months', () => {
    // Counting from 2027-04-01 (same day): 1 month ends 2027-04-30; 12 months end 2028-03-31.
    expect(periodEnd(d('2027-04-01'), { months: 1 }, 'same-day').toString()).toBe('2027-04-30');
    expect(periodEnd(d('2027-04-01'), { months: 12 }, 'same-day').toString()).toBe('2028-03-31');
    // An event on 2027-03-31: counting starts 2027-04-01, so 1 month ends 2027-04-30.
    expect(periodEnd(d('2027-03-31'), { months: 1 }).toString()).toBe('2027-04-30');
  });

  it('ends on the last day of the month when the last month has no corresponding day', () => {
    // Event 2027-01-30: first day 2027-01-31; February 2027 has no 31st → 2027-02-28.
    expect(periodEnd(d('2027-01-30'), { months: 1 }).toString()).toBe('2027-02-28');
    // Event 2027-01-28: first day 01-29; 2027-02-29 does not exist → 2027-02-28.
    expect(periodEnd(d('2027-01-28'), { months: 1 }).toString()).toBe('2027-02-28');
    // Event 2028-01-28: first day 01-29; 2028-02-29 exists → the day before, 2028-02-28.
    expect(periodEnd(d('2028-01-28'), { months: 1 }).toString()).toBe('2028-02-28');
    // Event 2028-01-29: first day 01-30; 2028-02-30 does not exist → 2028-02-29.
    expect(periodEnd(d('2028-01-29'), { months: 1 }).toString()).toBe('2028-02-29');
    // First day 2027-01-31, two months: 2027-03-31 exists → 2027-03-30.
    expect(periodEnd(d('2027-01-31'), { months: 2 }, 'same-day').toString()).toBe('2027-03-30');
  });

  it('counts days without the first day: disclosed 2027-04-01, 3 days → 2027-04-04 (第27条1項)', () => {
    expect(periodEnd(d('2027-04-01'), { days: 3 }).toString()).toBe('2027-04-04');
    expect(periodEnd(d('2027-04-01'), { days: 3 }, 'same-day').toString()).toBe('2027-04-03');
    expect(periodEnd(d('2027-12-30'), { days: 3 }).toString()).toBe('2028-01-02');
  });

  it('one year from the day after expiry (第11条1項): term ended 2028-03-31 → renewed to 2029-03-31', () => {
    expect(periodEnd(d('2028-04-01'), { years: 1 }, 'same-day').toString()).toBe('2029-03-31');
  });

  it('a zero-length period ends the day before it starts', () => {
    expect(periodEnd(d('2027-04-01'), { days: 0 }, 'same-day').toString()).toBe('2027-03-31');
    expect(periodEnd(d('2027-04-01'), { months: 0 }, 'same-day').toString()).toBe('2027-03-31');
  });

  it.each([[{ days: -1 }], [{ months: 1.5 }], [{ years: Number.NaN }], [{}], [null]])(
    'refuses the length %j',
    (length) => {
      expect(() => periodEnd(d('2027-04-01'), length as never)).toThrow(/length/);
    },
  );

  it('names the unit in the error', () => {
    expectTermsError(() => periodEnd(d('2027-04-01'), { months: -2 }), 'length.months');
  });
});

describe('deadlineBefore (I-02)', () => {
  it('第10条: a change on 2027-04-10 needs notice by 2027-04-02 (7 clear days)', () => {
    // From 2027-04-03 seven days run to 2027-04-09, the day before the change.
    expect(deadlineBefore(d('2027-04-10'), { days: 7 }, 'event').toString()).toBe('2027-04-02');
  });

  it('第15条: a discontinuation on 2027-05-20 needs notice by 2027-04-19 (30 clear days)', () => {
    // 2027-04-20 … 2027-05-19 is 11 + 19 = 30 days.
    expect(deadlineBefore(d('2027-05-20'), { days: 30 }, 'event').toString()).toBe('2027-04-19');
  });

  it('第11条: a term ending 2028-03-31 needs a non-renewal notice by 2028-02-29', () => {
    // From 2028-03-01 one month ends 2028-03-31, the expiry day itself.
    expect(deadlineBefore(d('2028-03-31'), { months: 1 }, 'expiry').toString()).toBe('2028-02-29');
  });

  it('a term ending 2028-04-30: civil-code 2028-03-31, naive 2028-03-30', () => {
    // civil-code: from 2028-04-01 one month ends 2028-04-30 ≤ expiry, and from 04-02 it would end 05-01.
    expect(deadlineBefore(d('2028-04-30'), { months: 1 }, 'expiry').toString()).toBe('2028-03-31');
    expect(deadlineBefore(d('2028-04-30'), { months: 1 }, 'expiry', 'naive').toString()).toBe('2028-03-30');
  });

  it('a term ending 2028-03-15: notice by 2028-02-15', () => {
    // From 2028-02-16 one month ends 2028-03-15.
    expect(deadlineBefore(d('2028-03-15'), { months: 1 }, 'expiry').toString()).toBe('2028-02-15');
  });

  it('naive subtracts with the calendar', () => {
    expect(deadlineBefore(d('2027-04-10'), { days: 7 }, 'event', 'naive').toString()).toBe('2027-04-03');
    expect(deadlineBefore(d('2027-05-20'), { days: 30 }, 'event', 'naive').toString()).toBe('2027-04-20');
    expect(deadlineBefore(d('2027-03-31'), { months: 1 }, 'expiry', 'naive').toString()).toBe('2027-02-28');
  });

  it('crosses a year end: a change on 2028-01-03 needs notice by 2027-12-26', () => {
    // Seven clear days 2027-12-27 … 2028-01-02.
    expect(deadlineBefore(d('2028-01-03'), { days: 7 }, 'event').toString()).toBe('2027-12-26');
  });
});

describe('period properties over every date 1990–2100', () => {
  const days = fc.integer({ min: 0, max: 400 });
  const months = fc.integer({ min: 0, max: 36 });

  it('a days-deadline before an event leaves exactly X clear days (civil-code)', () => {
    fc.assert(
      fc.property(calendarDate(), days, (event, x) => {
        const n = deadlineBefore(event, { days: x }, 'event');
        expect(CalendarDate.daysBetween(n, event) - 1).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it('a deadline is always before its event, and never after an expiry', () => {
    fc.assert(
      fc.property(
        calendarDate(),
        fc.oneof(
          days.map((n) => ({ days: n })),
          months.map((n) => ({ months: n })),
        ),
        fc.constantFrom('civil-code' as const, 'naive' as const),
        (date, length, counting) => {
          expect(deadlineBefore(date, length, 'expiry', counting).isOnOrBefore(date)).toBe(true);
          const forEvent = deadlineBefore(date, length, 'event', counting);
          if (counting === 'civil-code') expect(forEvent.isBefore(date)).toBe(true);
          else expect(forEvent.isOnOrBefore(date)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a months-deadline is the last day whose period still fits (civil-code)', () => {
    fc.assert(
      fc.property(
        calendarDate(),
        fc.integer({ min: 1, max: 36 }),
        fc.constantFrom('event' as const, 'expiry' as const),
        (date, x, target) => {
          const limit = target === 'event' ? date.addDays(-1) : date;
          const n = deadlineBefore(date, { months: x }, target);
          expect(periodEnd(n, { months: x }).isOnOrBefore(limit)).toBe(true);
          expect(periodEnd(n.addDays(1), { months: x }).isAfter(limit)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a period of months never ends before it starts and moves forward with its start', () => {
    fc.assert(
      fc.property(calendarDate(), fc.integer({ min: 1, max: 60 }), (from, x) => {
        const end = periodEnd(from, { months: x });
        expect(end.isAfter(from)).toBe(true);
        expect(periodEnd(from.addDays(1), { months: x }).isOnOrAfter(end)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a period that starts on the 1st ends on a month end', () => {
    fc.assert(
      fc.property(calendarDate(), fc.integer({ min: 1, max: 60 }), (date, x) => {
        expect(periodEnd(date.startOfMonth(), { months: x }, 'same-day').isEndOfMonth()).toBe(true);
      }),
    );
  });

  it('a period of days ends days − 1 after its first counted day', () => {
    fc.assert(
      fc.property(calendarDate(), fc.integer({ min: 1, max: 1000 }), (from, x) => {
        expect(CalendarDate.daysBetween(from, periodEnd(from, { days: x }))).toBe(x);
        expect(CalendarDate.daysBetween(from, periodEnd(from, { days: x }, 'same-day'))).toBe(x - 1);
      }),
    );
  });
});

describe('period functions refuse what is not a date or a known choice', () => {
  it('names the argument', () => {
    expectTermsError(() => periodEnd('2027-04-01' as never, { days: 1 }), 'from');
    expectTermsError(() => periodEnd(d('2027-04-01'), { days: 1 }, 'tomorrow' as never), 'startsOn');
    expectTermsError(() => deadlineBefore(null as never, { days: 1 }, 'event'), 'date');
    expectTermsError(() => deadlineBefore(d('2027-04-01'), { days: 1 }, 'deadline' as never), 'target');
    expectTermsError(() => deadlineBefore(d('2027-04-01'), { days: 1 }, 'event', 'legal' as never), 'deadlineCounting');
  });
});

describe('period functions: what they refuse and what they say', () => {
  it('says what a date, a choice and a length must be', () => {
    expectTermsError(
      () => periodEnd('2027-04-01' as never, { days: 1 }),
      'from',
      'INVALID_INPUT',
      /^from: expected a CalendarDate, got '2027-04-01'$/,
    );
    expectTermsError(
      () => periodEnd(d('2027-04-01'), { days: 1 }, 'x' as never),
      'startsOn',
      'INVALID_INPUT',
      /^startsOn: expected one of 'next-day', 'same-day', got 'x'$/,
    );
    expectTermsError(
      () => periodEnd(d('2027-04-01'), 5 as never),
      'length',
      'INVALID_INPUT',
      /^length: expected \{ days \}, \{ months \} or \{ years \}$/,
    );
    expectTermsError(
      () => periodEnd(d('2027-04-01'), { weeks: 1 } as never),
      'length',
      'INVALID_INPUT',
      /^length: expected \{ days \}, \{ months \} or \{ years \}$/,
    );
    expectTermsError(
      () => periodEnd(d('2027-04-01'), { days: -1 }),
      'length.days',
      'INVALID_INPUT',
      /^length\.days: expected a whole number of 0 or more$/,
    );
  });

  it('a number of years must be a number: the string "1" is refused, not multiplied', () => {
    expectTermsError(() => periodEnd(d('2027-04-01'), { years: '1' } as never), 'length.years');
  });

  it('a length inherited from a prototype is read, and its error names its unit', () => {
    expectTermsError(() => periodEnd(d('2027-04-01'), Object.create({ days: -1 })), 'length.days');
  });

  it('years count as twelve months: one year from 2027-04-01 (same day) ends 2028-03-31', () => {
    expect(periodEnd(d('2027-04-01'), { years: 1 }, 'same-day').toString()).toBe('2028-03-31');
  });
});

describe("monthsEndOf (the trusted cores' months)", () => {
  it('ends where periodEnd ends a period of whole months counted from the same first day (property)', () => {
    fc.assert(
      fc.property(calendarDate(), fc.integer({ min: 0, max: 120 }), (first, months) => {
        expect(monthsEndOf(first, months).toString()).toBe(periodEnd(first, { months }, 'same-day').toString());
      }),
    );
  });

  it('ends a month from 2027-01-31 on 2027-02-28, hand-checked', () => {
    // 2027-02 has no 31st: the period ends on the month's last day (民法143条2項但書).
    expect(monthsEndOf(CalendarDate.parse('2027-01-31'), 1).toString()).toBe('2027-02-28');
    // From 2027-03-16: the day before the 16th of 2027-04.
    expect(monthsEndOf(CalendarDate.parse('2027-03-16'), 1).toString()).toBe('2027-04-15');
  });

  it("leaves a count that is not a whole number ≥ 0 to periodEnd's error", () => {
    expectTermsError(() => monthsEndOf(CalendarDate.parse('2027-03-16'), -1), 'length.months');
  });
});
