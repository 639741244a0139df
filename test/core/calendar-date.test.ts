import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, TermsError, daysInMonth, isLeapYear } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('CalendarDate.parse', () => {
  it('reads a strict YYYY-MM-DD date', () => {
    const date = d('2027-04-01');
    expect([date.year, date.month, date.day]).toEqual([2027, 4, 1]);
    expect(date.toString()).toBe('2027-04-01');
  });

  it.each([
    ['2027-02-30', /exists in 2027-02 \(01–28\)/],
    ['2027-02-29', /exists in 2027-02/],
    ['2027-13-01', /month 01–12/],
    ['2027-00-10', /month 01–12/],
    ['2027-04-00', /exists in 2027-04/],
    ['2027-04-31', /01–30/],
    ['2027-2-3', /YYYY-MM-DD/],
    ['2027-02-03T00:00', /YYYY-MM-DD/],
    [' 2027-02-03', /YYYY-MM-DD/],
    ['2027/02/03', /YYYY-MM-DD/],
    ['２０２７-０４-０１', /YYYY-MM-DD/],
    ['1899-12-31', /year from 1900 to 2199/],
    ['2200-01-01', /year from 1900 to 2199/],
    ['', /YYYY-MM-DD/],
  ])('refuses %j naming the field', (input, text) => {
    expectTermsError(() => CalendarDate.parse(input, 'terminationDate'), 'terminationDate', 'INVALID_INPUT', text);
  });

  it.each([[20270401], [null], [undefined], [new Date(Date.UTC(2027, 3, 1))], [{ year: 2027 }], [['2027-04-01']]])(
    'refuses the non-string %s',
    (input) => {
      expectTermsError(() => CalendarDate.parse(input, 'changeDate'), 'changeDate');
    },
  );

  it('accepts the first and last supported days', () => {
    expect(d('1900-01-01').toString()).toBe('1900-01-01');
    expect(d('2199-12-31').toString()).toBe('2199-12-31');
  });

  it('accepts 29 February only in leap years (2000 yes, 1900 and 2100 no)', () => {
    expect(d('2028-02-29').day).toBe(29);
    expect(d('2000-02-29').day).toBe(29);
    expectTermsError(() => d('1900-02-29'), 'date');
    expectTermsError(() => d('2100-02-29'), 'date');
  });

  it('passes a CalendarDate through unchanged', () => {
    const date = d('2027-04-01');
    expect(CalendarDate.parse(date)).toBe(date);
  });

  it('CalendarDate.of builds from numbers with the same checks', () => {
    expect(CalendarDate.of(2027, 4, 1).toString()).toBe('2027-04-01');
    expectTermsError(() => CalendarDate.of(2027, 2, 30, 'x'), 'x');
    expectTermsError(() => CalendarDate.of(2027, 1.5, 1, 'x'), 'x');
  });

  it('tryParse returns the problem instead of throwing', () => {
    expect(CalendarDate.tryParse('2027-02-30')).toMatch(/exists in 2027-02/);
    expect(CalendarDate.tryParse('2027-02-28')).toBeInstanceOf(CalendarDate);
  });
});

describe('CalendarDate arithmetic', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(d('2027-01-31').addDays(1).toString()).toBe('2027-02-01');
    expect(d('2027-12-31').addDays(1).toString()).toBe('2028-01-01');
    expect(d('2028-02-28').addDays(1).toString()).toBe('2028-02-29');
    expect(d('2027-03-01').addDays(-1).toString()).toBe('2027-02-28');
    expect(d('2028-03-01').addDays(-1).toString()).toBe('2028-02-29');
    expect(d('2027-04-10').addDays(-8).toString()).toBe('2027-04-02');
    expect(d('2027-05-20').addDays(-31).toString()).toBe('2027-04-19');
  });

  it('adds months constrained to the month end', () => {
    expect(d('2027-01-31').addMonths(1).toString()).toBe('2027-02-28');
    expect(d('2028-01-31').addMonths(1).toString()).toBe('2028-02-29');
    expect(d('2027-03-31').addMonths(-1).toString()).toBe('2027-02-28');
    expect(d('2027-05-31').addMonths(1).toString()).toBe('2027-06-30');
    expect(d('2027-11-15').addMonths(2).toString()).toBe('2028-01-15');
    expect(d('2027-01-15').addMonths(-13).toString()).toBe('2025-12-15');
    expect(d('2028-02-29').addYears(1).toString()).toBe('2029-02-28');
    expect(d('2028-02-29').addYears(4).toString()).toBe('2032-02-29');
  });

  it('knows the start and end of a month', () => {
    expect(d('2027-02-14').startOfMonth().toString()).toBe('2027-02-01');
    expect(d('2027-02-14').endOfMonth().toString()).toBe('2027-02-28');
    expect(d('2028-02-14').endOfMonth().toString()).toBe('2028-02-29');
    expect(d('2027-04-01').endOfMonth().toString()).toBe('2027-04-30');
    expect(d('2027-12-05').endOfMonth().toString()).toBe('2027-12-31');
    expect(d('2027-04-30').isEndOfMonth()).toBe(true);
    expect(d('2027-04-29').isEndOfMonth()).toBe(false);
    expect(d('2100-02-01').daysInMonth()).toBe(28);
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(d('1970-01-01').dayOfWeek()).toBe(4); // a Thursday
    expect(d('2027-04-01').dayOfWeek()).toBe(4); // a Thursday
    expect(d('2027-04-04').dayOfWeek()).toBe(0); // a Sunday
    expect(d('1900-01-01').dayOfWeek()).toBe(1); // a Monday
    expect(d('2199-12-31').dayOfWeek()).toBe(2); // a Tuesday
  });

  it('counts days between and compares', () => {
    expect(CalendarDate.daysBetween(d('2027-01-01'), d('2028-01-01'))).toBe(365);
    expect(CalendarDate.daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
    expect(d('2027-04-10').daysUntil(d('2027-04-02'))).toBe(-8);
    expect(CalendarDate.compare(d('2027-04-01'), d('2027-04-02'))).toBeLessThan(0);
    expect(CalendarDate.compare(d('2027-04-02'), d('2027-04-02'))).toBe(0);
    expect(d('2027-04-01').isBefore(d('2027-04-02'))).toBe(true);
    expect(d('2027-04-02').isAfter(d('2027-04-01'))).toBe(true);
    expect(d('2027-04-02').isOnOrBefore(d('2027-04-02'))).toBe(true);
    expect(d('2027-04-02').isOnOrAfter(d('2027-04-03'))).toBe(false);
    expect(d('2027-04-02').equals(d('2027-04-02'))).toBe(true);
    expect(CalendarDate.min(d('2027-04-02'), d('2027-04-01')).toString()).toBe('2027-04-01');
    expect(CalendarDate.max(d('2027-04-02'), d('2027-04-01')).toString()).toBe('2027-04-02');
  });

  it('refuses to leave the supported range', () => {
    expectTermsError(() => d('2199-12-31').addDays(1), 'date', 'DATE_OUT_OF_RANGE');
    expectTermsError(() => d('1900-01-01').addMonths(-1), 'date', 'DATE_OUT_OF_RANGE');
    expectTermsError(() => CalendarDate.fromEpochDay(0.5), 'date', 'DATE_OUT_OF_RANGE');
  });

  it('a number of months too large to count, or not a number, leaves the range too (issue 11)', () => {
    expectTermsError(() => d('2024-01-31').addMonths(Number.MAX_VALUE), 'date', 'DATE_OUT_OF_RANGE');
    expectTermsError(() => d('2024-01-31').addMonths(-1e300), 'date', 'DATE_OUT_OF_RANGE');
    expectTermsError(() => d('2024-01-31').addMonths(Number.NaN), 'date', 'DATE_OUT_OF_RANGE');
  });

  it('cannot be compared with < or coerced to a number', () => {
    const a = d('2027-04-01');
    expect(() => +a).toThrow(TermsError);
    expect(() => (a as unknown as number) < 3).toThrow(/CalendarDate.compare/);
    expect(`${a}`).toBe('2027-04-01');
    expect(JSON.stringify({ a })).toBe('{"a":"2027-04-01"}');
  });

  it('is immutable', () => {
    const a = d('2027-04-01');
    expect(Object.isFrozen(a)).toBe(true);
    a.addDays(5);
    expect(a.toString()).toBe('2027-04-01');
  });
});

describe('calendar helpers', () => {
  it('isLeapYear follows the Gregorian rule', () => {
    expect([1900, 2000, 2024, 2027, 2028, 2100].map(isLeapYear)).toEqual([false, true, true, false, true, false]);
  });
  it('daysInMonth', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2027, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe('CalendarDate properties (every date 1900–2199)', () => {
  it('agrees with Date.UTC on day numbers, fields and weekdays', () => {
    fc.assert(
      fc.property(calendarDate(1900, 2199), (date) => {
        const utc = new Date(date.epochDay * 86_400_000);
        expect(utc.getUTCFullYear()).toBe(date.year);
        expect(utc.getUTCMonth() + 1).toBe(date.month);
        expect(utc.getUTCDate()).toBe(date.day);
        expect(utc.getUTCDay()).toBe(date.dayOfWeek());
        expect(utc.toISOString().slice(0, 10)).toBe(date.toString());
      }),
      { numRuns: 5000 },
    );
  });

  it('parse(toString(d)) is d', () => {
    fc.assert(
      fc.property(calendarDate(1900, 2199), (date) => {
        expect(CalendarDate.parse(date.toString()).epochDay).toBe(date.epochDay);
      }),
    );
  });

  it('tryParse takes exactly the texts Date.UTC reads back to the same YYYY-MM-DD in 1900–2199', () => {
    // Texts near the shape (digits, dashes, a stray character): the quick reading straight to
    // the date must say yes exactly where an independent oracle does, and no with a message.
    const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', 'a', ' ');
    const nearDate = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1850, max: 2250 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, day]) => `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
      fc.array(char, { minLength: 9, maxLength: 11 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(nearDate, (text) => {
        const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
        const utc = m === null ? undefined : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        const valid =
          m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= 2199 && utc?.toISOString().slice(0, 10) === text;
        const r = CalendarDate.tryParse(text);
        if (valid) expect(r instanceof CalendarDate && r.toString() === text).toBe(true);
        else expect(r).toMatch(/^expected/);
      }),
      { numRuns: 3000 },
    );
  });

  it('adding n days then −n days returns the date; daysBetween measures n', () => {
    fc.assert(
      fc.property(calendarDate(1950, 2150), fc.integer({ min: -10_000, max: 10_000 }), (date, n) => {
        const later = date.addDays(n);
        expect(later.addDays(-n).equals(date)).toBe(true);
        expect(CalendarDate.daysBetween(date, later)).toBe(n);
      }),
    );
  });

  it('addMonths keeps the day or lands on the month end, in the right month', () => {
    fc.assert(
      fc.property(calendarDate(1950, 2150), fc.integer({ min: -588, max: 588 }), (date, n) => {
        const r = date.addMonths(n);
        expect(r.year * 12 + r.month - (date.year * 12 + date.month)).toBe(n);
        expect(r.day === date.day || (r.day < date.day && r.isEndOfMonth())).toBe(true);
      }),
    );
  });

  it('endOfMonth is the last day and startOfMonth the first, in the same month', () => {
    fc.assert(
      fc.property(calendarDate(1900, 2199), (date) => {
        const end = date.endOfMonth();
        // Date.UTC(y, m, 0) is the last day of month m (1-based), an independent oracle.
        expect(end.day).toBe(new Date(Date.UTC(date.year, date.month, 0)).getUTCDate());
        expect(end.month).toBe(date.month);
        expect(date.startOfMonth().day).toBe(1);
        expect(date.startOfMonth().month).toBe(date.month);
      }),
    );
  });
});

describe('the helpers refuse what is not a year, a month or a CalendarDate (issue 11, hostile input)', () => {
  it('daysInMonth names month for a month outside 1–12', () => {
    for (const bad of [0, 13, 1.5, Number.NaN, '2', 10n])
      expectTermsError(() => daysInMonth(2027, bad as never), 'month');
  });

  it('isLeapYear (and so February’s length) names year for a year that is not a whole number', () => {
    for (const bad of [2028.5, Number.NaN, '2028', {}]) expectTermsError(() => isLeapYear(bad as never), 'year');
    expectTermsError(() => daysInMonth(Number.POSITIVE_INFINITY, 2), 'year');
  });

  it('CalendarDate.of describes what it got, whatever it is', () => {
    expectTermsError(
      () => CalendarDate.of(2027, Symbol('m') as never, 1),
      'date',
      'INVALID_INPUT',
      'got 2027, a symbol, 1',
    );
  });

  it('an object made from CalendarDate.prototype is not a CalendarDate', () => {
    const forged: unknown = Object.create(CalendarDate.prototype);
    expect(forged instanceof CalendarDate).toBe(false);
    expect((null as unknown) instanceof CalendarDate).toBe(false);
    expect(CalendarDate.parse('2027-04-01') instanceof CalendarDate).toBe(true);
    expectTermsError(
      () => CalendarDate.parse(forged, 'terminationDate'),
      'terminationDate',
      'INVALID_INPUT',
      /YYYY-MM-DD/,
    );
    expect(CalendarDate.tryParse(forged)).toMatch(/^expected a date/);
    // A forged date's month is not in the table of months: refused as daysInMonth refuses it, never NaN.
    expectTermsError(() => (forged as CalendarDate).daysInMonth(), 'month', 'INVALID_INPUT');
    const odd = Object.assign(Object.create(CalendarDate.prototype), {
      year: 2027,
      month: 1.5,
      day: 1,
    }) as CalendarDate;
    expectTermsError(() => odd.isEndOfMonth(), 'month', 'INVALID_INPUT');
  });
});

describe('what the messages say (pinned, like the codes)', () => {
  it('names the rule broken: a whole number for a year, 1–12 for a month, 1900–2199 for a computed date', () => {
    expectTermsError(() => isLeapYear(2028.5), 'year', 'INVALID_INPUT', /^year: expected a whole number, got 2028\.5$/);
    expectTermsError(
      () => daysInMonth(2027, 13),
      'month',
      'INVALID_INPUT',
      /^month: expected a whole number from 1 to 12, got 13$/,
    );
    expectTermsError(
      () => d('2199-12-31').addDays(1),
      'date',
      'DATE_OUT_OF_RANGE',
      /^date: the computed date is outside the supported years 1900–2199$/,
    );
  });

  it('a date used as a number says how to compare instead', () => {
    let caught: unknown;
    try {
      +d('2027-04-01');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TermsError);
    expect((caught as TermsError).code).toBe('INVALID_OPERATION');
    expect((caught as TermsError).issues).toEqual([
      { path: 'date', message: 'a CalendarDate has no numeric value: use CalendarDate.compare, isBefore or isAfter' },
    ]);
  });

  it('min and max of two equal dates are that date; max of an earlier and a later one is the later', () => {
    expect(CalendarDate.min(d('2027-04-01'), d('2027-04-01')).toString()).toBe('2027-04-01');
    expect(CalendarDate.max(d('2027-04-01'), d('2027-04-02')).toString()).toBe('2027-04-02');
    expect(CalendarDate.min(d('2027-04-01'), d('2027-04-02')).toString()).toBe('2027-04-01');
  });
});
