/**
 * サービス仕様書 第1 5: 「1(4)その他当社の契約者対応の提供時間は次のとおりとします。
 * 当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時」
 *
 * I-12: business days are weekdays that are neither national holidays (substitute and
 * citizens' holidays included) nor company holidays; no company holidays by default, a
 * caller passes its own list (`companyHolidays`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  CalendarDate,
  isBusinessDay,
  isNationalHoliday,
  nextBusinessDay,
} from '../../src/index.js';
import {
  addBusinessDates,
  companyHolidaySet,
  countBusinessDates,
  isBusinessDate,
  nextBusinessDate,
  previousBusinessDate,
} from '../../src/calendar/business-days.js';
import { calendarDate, isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

/** A company closed 12-29 to 01-03 around the 2027/28 year end. */
const YEAR_END_CLOSURE = ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02', '2028-01-03'];

describe('当社営業日: weekdays that are not national or company holidays', () => {
  it('a weekday that is no holiday is a business day; a 祝日, a Saturday and a Sunday are not', () => {
    expect(isBusinessDay({ date: '2027-05-06' })).toEqual({ businessDay: true, basis: ['spec.1.5'] }); // Thursday
    expect(isBusinessDay({ date: '2027-05-05' }).businessDay).toBe(false); // こどもの日, Wednesday
    expect(isBusinessDay({ date: '2027-05-08' }).businessDay).toBe(false); // Saturday
    expect(isBusinessDay({ date: '2027-05-09' }).businessDay).toBe(false); // Sunday
  });

  it('振替休日 and 国民の休日 are not business days', () => {
    expect(isBusinessDay({ date: '2027-03-22' }).businessDay).toBe(false); // 振替休日 (Monday)
    expect(isBusinessDay({ date: '2026-09-22' }).businessDay).toBe(false); // 国民の休日 (Tuesday)
    expect(isBusinessDay({ date: '2019-04-30' }).businessDay).toBe(false); // 国民の休日 by the 2019 special law
  });

  it('I-12 both ways: no company holidays by default, so Thursday 2027-12-30 is a business day; a caller closing 12-29–01-03 makes it not', () => {
    expect(isBusinessDay({ date: '2027-12-30' }).businessDay).toBe(true);
    expect(isBusinessDay({ date: '2027-12-30' }, { companyHolidays: YEAR_END_CLOSURE }).businessDay).toBe(false);
    // Monday 2028-01-03: banks are closed (I-11) but it is a 当社営業日 unless the company says otherwise.
    expect(isBusinessDay({ date: '2028-01-03' }).businessDay).toBe(true);
    expect(isBusinessDay({ date: '2028-01-03' }, { companyHolidays: YEAR_END_CLOSURE }).businessDay).toBe(false);
    expect(isBusinessDay({ date: '2028-01-04' }, { companyHolidays: YEAR_END_CLOSURE }).businessDay).toBe(true);
  });

  it('the next business day is strictly after the date, across Golden Week and the year end', () => {
    // Friday 2027-04-30 → 05-01 Sat, 05-02 Sun, 05-03/04/05 祝日 → Thursday 05-06.
    expect(nextBusinessDay({ date: '2027-04-30' })).toEqual({ date: '2027-05-06', basis: ['spec.1.5'] });
    expect(nextBusinessDay({ date: '2027-05-03' }).date).toBe('2027-05-06');
    // 2019: Friday 04-26 → ten days off (04-27 … 05-06) → Tuesday 05-07.
    expect(nextBusinessDay({ date: '2019-04-26' }).date).toBe('2019-05-07');
    // Friday 2027-12-31 → 01-01 元日 (Saturday), 01-02 Sunday → Monday 2028-01-03; with the closure, 01-04.
    expect(nextBusinessDay({ date: '2027-12-31' }).date).toBe('2028-01-03');
    expect(nextBusinessDay({ date: '2027-12-28' }, { companyHolidays: YEAR_END_CLOSURE }).date).toBe('2028-01-04');
  });

  it('adds and subtracts business days, and 0 days is the date itself', () => {
    // 2027-04-28 Wed: 04-29 昭和の日, 04-30 Fri (1), then Golden Week, 05-06 Thu (2), 05-07 Fri (3).
    expect(addBusinessDays({ date: '2027-04-28', days: 3 })).toEqual({ date: '2027-05-07', basis: ['spec.1.5'] });
    expect(addBusinessDays({ date: '2027-05-07', days: -3 }).date).toBe('2027-04-28');
    expect(addBusinessDays({ date: '2027-05-03', days: 0 }).date).toBe('2027-05-03');
    expect(addBusinessDays({ date: '2027-05-03', days: 1 }).date).toBe('2027-05-06');
    expect(addBusinessDays({ date: '2027-05-03', days: -1 }).date).toBe('2027-04-30');
    // Across the year end with the closure: Tuesday 2027-12-28 + 1 → 2028-01-04.
    expect(addBusinessDays({ date: '2027-12-28', days: 1 }, { companyHolidays: YEAR_END_CLOSURE }).date).toBe(
      '2028-01-04',
    );
    expect(addBusinessDays({ date: '2027-12-28', days: 1 }).date).toBe('2027-12-29');
  });

  it('counts the business days after one date up to and including another', () => {
    // (04-30, 05-10]: 05-06, 05-07, 05-10.
    expect(businessDaysBetween({ from: '2027-04-30', to: '2027-05-10' })).toEqual({ days: 3, basis: ['spec.1.5'] });
    expect(businessDaysBetween({ from: '2027-05-10', to: '2027-04-30' }).days).toBe(-3);
    expect(businessDaysBetween({ from: '2027-05-10', to: '2027-05-10' }).days).toBe(0);
    // December 2027 (12-01 … 12-31): 23 weekdays, no 祝日 (天皇誕生日 is 02-23 since 2020).
    expect(businessDaysBetween({ from: '2027-11-30', to: '2027-12-31' }).days).toBe(23);
    expect(
      businessDaysBetween({ from: '2027-11-30', to: '2027-12-31' }, { companyHolidays: YEAR_END_CLOSURE }).days,
    ).toBe(20);
  });

  it('the trusted functions agree with the validated ones', () => {
    const company = companyHolidaySet(YEAR_END_CLOSURE.map((s) => CalendarDate.parse(s)));
    const d = CalendarDate.parse('2027-12-28');
    expect(isBusinessDate(d, company)).toBe(true);
    expect(isBusinessDate(CalendarDate.parse('2027-12-29'), company)).toBe(false);
    expect(nextBusinessDate(d, company).toString()).toBe('2028-01-04');
    expect(previousBusinessDate(CalendarDate.parse('2028-01-04'), company).toString()).toBe('2027-12-28');
    expect(addBusinessDates(d, 2, company).toString()).toBe('2028-01-05');
    expect(countBusinessDates(d, CalendarDate.parse('2028-01-05'), company)).toBe(2);
    expect(isBusinessDate(CalendarDate.parse('2027-12-29'))).toBe(true);
  });
});

describe('range and bad input', () => {
  it('a date outside 1955–2099, given or reached, is HOLIDAY_YEAR_OUT_OF_RANGE naming the field', () => {
    expectTermsError(() => isBusinessDay({ date: '2100-01-04' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(() => nextBusinessDay({ date: '1954-12-31' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    // Thursday 2099-12-31 is a business day; the one after it is in 2100.
    expect(nextBusinessDay({ date: '2099-12-30' }).date).toBe('2099-12-31');
    expectTermsError(() => nextBusinessDay({ date: '2099-12-31' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE', /2100-01-01/);
    expectTermsError(() => addBusinessDays({ date: '2099-12-29', days: 5 }), 'days', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(() => addBusinessDays({ date: '1955-01-04', days: -5 }), 'days', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(() => addBusinessDays({ date: '2027-01-04', days: 100_000 }), 'days', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(
      () => businessDaysBetween({ from: '2027-01-04', to: '2100-01-04' }),
      'to',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
    expectTermsError(
      () => businessDaysBetween({ from: '1900-01-04', to: '2000-01-04' }),
      'from',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });

  it('refuses bad dates, counts and options with INVALID_INPUT', () => {
    expectTermsError(() => isBusinessDay({ date: '2027-04-31' }), 'date');
    expectTermsError(
      () => isBusinessDay({ date: '2027-04-05' }, { companyHolidays: ['2027-4-5'] }),
      'options.companyHolidays.0',
    );
    expectTermsError(
      () => isBusinessDay({ date: '2027-04-05' }, { companyHolidays: '2027-04-05' as never }),
      'options.companyHolidays',
    );
    expectTermsError(() => isBusinessDay({ date: '2027-04-05' }, 'none' as never), 'options');
    expectTermsError(() => nextBusinessDay({ date: 7 } as never), 'date');
    expectTermsError(() => addBusinessDays({ date: '2027-04-05', days: 1.5 }), 'days');
    expectTermsError(() => addBusinessDays({ date: '2027-04-05', days: 100_001 }), 'days');
    expectTermsError(() => addBusinessDays({ date: '2027-04-05' } as never), 'days');
    expectTermsError(() => businessDaysBetween({ from: '2027-04-05' } as never), 'to');
  });
});

describe('properties', () => {
  const companyHolidays = fc.uniqueArray(isoDate(2000, 2050), { maxLength: 12 });
  const dates = isoDate(2000, 2050);
  const counts = fc.integer({ min: 0, max: 400 });

  it('a business day is a weekday that is neither a national nor a company holiday', () => {
    fc.assert(
      fc.property(dates, companyHolidays, (date, holidays) => {
        const d = CalendarDate.parse(date);
        const expected = d.dayOfWeek() % 6 !== 0 && !isNationalHoliday({ date }).holiday && !holidays.includes(date);
        expect(isBusinessDay({ date }, { companyHolidays: holidays }).businessDay).toBe(expected);
      }),
    );
  });

  it('adding n business days then counting back gives n; from a business day, subtracting n returns to it', () => {
    fc.assert(
      fc.property(dates, counts, companyHolidays, (date, days, holidays) => {
        const options = { companyHolidays: holidays };
        const later = addBusinessDays({ date, days }, options).date;
        expect(businessDaysBetween({ from: date, to: later }, options).days).toBe(days);
        expect(businessDaysBetween({ from: later, to: date }, options).days).toBe(0 - days); // +0, never -0
        if (isBusinessDay({ date }, options).businessDay) {
          expect(addBusinessDays({ date: later, days: 0 - days }, options).date).toBe(date);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('business days found never fall on a weekend, a national holiday or a company holiday', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0),
        companyHolidays,
        (date, days, holidays) => {
          const options = { companyHolidays: holidays };
          for (const found of [
            addBusinessDays({ date, days }, options).date,
            nextBusinessDay({ date }, options).date,
          ]) {
            const d = CalendarDate.parse(found);
            expect(d.dayOfWeek() % 6).not.toBe(0);
            expect(isNationalHoliday({ date: found }).holiday).toBe(false);
            expect(holidays).not.toContain(found);
          }
        },
      ),
    );
  });

  it('no business day lies strictly between a date and the next business day', () => {
    fc.assert(
      fc.property(calendarDate(2000, 2050), (d) => {
        const next = nextBusinessDate(d);
        expect(countBusinessDates(d, next)).toBe(1);
        expect(previousBusinessDate(next).isOnOrBefore(d)).toBe(true);
      }),
    );
  });
});

describe('business days: the edges', () => {
  it('counting backwards over no business day gives 0, never -0', () => {
    // 2027-05-05 back to 2027-05-03: 05-04 and 05-03 are holidays (みどりの日, 憲法記念日).
    const r = businessDaysBetween({ from: '2027-05-05', to: '2027-05-03' });
    expect(Object.is(r.days, 0)).toBe(true);
  });

  it('a date outside the holiday years is refused naming date', () => {
    expectTermsError(() => nextBusinessDay({ date: '1950-01-04' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
  });
});

describe('company holidays: a list changed in place counts as changed', () => {
  it('2027-12-29 (a Wednesday) is a business day again once the list names 2027-12-28 instead', () => {
    const companyHolidays = ['2027-12-29'];
    expect(isBusinessDay({ date: '2027-12-29' }, { companyHolidays }).businessDay).toBe(false);
    companyHolidays[0] = '2027-12-28';
    expect(isBusinessDay({ date: '2027-12-29' }, { companyHolidays }).businessDay).toBe(true);
    expect(isBusinessDay({ date: '2027-12-28' }, { companyHolidays }).businessDay).toBe(false);
  });

  it('companyHolidaySet of a list that is not frozen is made afresh each time', () => {
    const dates = [CalendarDate.parse('2027-12-29')];
    expect([...companyHolidaySet(dates)]).toEqual([CalendarDate.parse('2027-12-29').epochDay]);
    dates.push(CalendarDate.parse('2027-12-30'));
    expect(companyHolidaySet(dates).size).toBe(2);
  });
});
