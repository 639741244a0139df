/**
 * 第25条3項: 「…別途の合意がない場合は、翌月利用分を当月末までに当社の指定する金融機関に
 * 振り込み支払うものとし、振込手数料は、契約者の負担とします。」
 *
 * I-11: a due date stays where the terms put it (`as-written`, default), or moves to the
 * next / previous day banks are open (`next-bank-day` / `previous-bank-day`). Bank holidays
 * are Saturdays, Sundays, national holidays and 12-31 to 01-03 (銀行法施行令5条).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, isBankHoliday, shiftedDueDate } from '../../src/index.js';
import { isBankHolidayDate, shiftDueDate } from '../../src/calendar/bank.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('bank holidays: Saturdays, Sundays, national holidays and 12-31 to 01-03', () => {
  it('the year end closes banks on weekdays: Friday 2027-12-31 and Monday 2028-01-03', () => {
    expect(isBankHoliday({ date: '2027-12-31' })).toEqual({ holiday: true, basis: ['25.3'] });
    expect(isBankHoliday({ date: '2028-01-03' }).holiday).toBe(true);
    // Thursday 2027-12-30 and Tuesday 2028-01-04 are ordinary weekdays.
    expect(isBankHoliday({ date: '2027-12-30' }).holiday).toBe(false);
    expect(isBankHoliday({ date: '2028-01-04' })).toEqual({ holiday: false, basis: ['25.3'] });
  });

  it('weekends and national holidays of every kind close banks', () => {
    expect(isBankHoliday({ date: '2027-07-31' }).holiday).toBe(true); // Saturday
    expect(isBankHoliday({ date: '2027-10-31' }).holiday).toBe(true); // Sunday
    expect(isBankHoliday({ date: '2027-03-22' }).holiday).toBe(true); // 振替休日 (春分の日 on Sunday 03-21)
    expect(isBankHoliday({ date: '2026-09-22' }).holiday).toBe(true); // 国民の休日
    expect(isBankHoliday({ date: '2019-05-01' }).holiday).toBe(true); // 休日（祝日扱い）
    expect(isBankHoliday({ date: '2027-11-01' }).holiday).toBe(false); // Monday
  });

  it('the trusted isBankHolidayDate agrees and refuses dates outside 1955–2099, even a Saturday', () => {
    expect(isBankHolidayDate(d('2028-01-02'))).toBe(true);
    expect(isBankHolidayDate(d('2028-01-05'))).toBe(false);
    expectTermsError(() => isBankHolidayDate(d('2100-01-02')), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
  });

  it('refuses bad input', () => {
    expectTermsError(() => isBankHoliday({ date: '2027-12-32' }), 'date');
    expectTermsError(() => isBankHoliday({ date: '1954-12-31' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(() => isBankHoliday(undefined as never), 'input');
  });
});

describe('I-11: the due-date shift', () => {
  it('as-written (the default) keeps a month end on a Sunday: 2027-10-31', () => {
    expect(shiftedDueDate({ dueDate: '2027-10-31' })).toEqual({
      dueDate: '2027-10-31',
      shifted: false,
      basis: ['25.3'],
    });
    expect(shiftDueDate(d('2027-10-31'), 'as-written').toString()).toBe('2027-10-31');
  });

  it('next-bank-day moves Sunday 2027-10-31 to Monday 11-01; previous-bank-day to Friday 10-29', () => {
    expect(shiftedDueDate({ dueDate: '2027-10-31' }, { bankHolidayShift: 'next-bank-day' })).toEqual({
      dueDate: '2027-11-01',
      shifted: true,
      basis: ['25.3'],
    });
    expect(shiftedDueDate({ dueDate: '2027-10-31' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
      '2027-10-29',
    );
  });

  it('a due date on a bank business day never moves: Friday 2027-04-30', () => {
    for (const bankHolidayShift of ['as-written', 'next-bank-day', 'previous-bank-day'] as const) {
      expect(shiftedDueDate({ dueDate: '2027-04-30' }, { bankHolidayShift })).toMatchObject({
        dueDate: '2027-04-30',
        shifted: false,
      });
    }
  });

  it('across the year end: Friday 2027-12-31 → Tuesday 2028-01-04, or Thursday 12-30', () => {
    // 12-31 (year end), 01-01 Sat, 01-02 Sun, 01-03 Mon (year end) are all closed.
    expect(shiftDueDate(d('2027-12-31'), 'next-bank-day').toString()).toBe('2028-01-04');
    expect(shiftDueDate(d('2027-12-31'), 'previous-bank-day').toString()).toBe('2027-12-30');
  });

  it('across Golden Week 2019: Tuesday 04-30 → Tuesday 05-07, or Friday 04-26', () => {
    // 04-30 and 05-02 国民の休日, 05-01 休日（祝日扱い）, 05-03–05-05 祝日, 05-06 振替休日;
    // backwards: 04-29 昭和の日 (Monday), 04-28 Sunday, 04-27 Saturday.
    expect(shiftDueDate(d('2019-04-30'), 'next-bank-day').toString()).toBe('2019-05-07');
    expect(shiftDueDate(d('2019-04-30'), 'previous-bank-day').toString()).toBe('2019-04-26');
    // 2026-05-03 is a Sunday: 05-04, 05-05 祝日, 05-06 its 振替休日 → Thursday 05-07.
    expect(shiftDueDate(d('2026-05-03'), 'next-bank-day').toString()).toBe('2026-05-07');
  });

  it('a shift that would leave 1955–2099 is refused, naming dueDate; as-written needs no calendar', () => {
    // 2099-12-31 (year end) → 2100-01-01, outside the holiday table.
    expectTermsError(
      () => shiftedDueDate({ dueDate: '2099-12-31' }, { bankHolidayShift: 'next-bank-day' }),
      'dueDate',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
      /2100-01-01/,
    );
    expect(shiftedDueDate({ dueDate: '2099-12-31' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
      '2099-12-30',
    );
    expectTermsError(
      () => shiftedDueDate({ dueDate: '1955-01-01' }, { bankHolidayShift: 'previous-bank-day' }),
      'dueDate',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
    expectTermsError(
      () => shiftedDueDate({ dueDate: '2150-06-30' }, { bankHolidayShift: 'next-bank-day' }),
      'dueDate',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
      /2150-06-30/,
    );
    expect(shiftedDueDate({ dueDate: '2150-06-30' }).dueDate).toBe('2150-06-30');
  });

  it('refuses bad input', () => {
    expectTermsError(() => shiftedDueDate({ dueDate: '2027-10-31T00:00' }), 'dueDate');
    expectTermsError(
      () => shiftedDueDate({ dueDate: '2027-10-31' }, { bankHolidayShift: 'nearest' as never }),
      'options.bankHolidayShift',
    );
  });

  it('a shifted date is a bank day, on the right side, with no bank day skipped', () => {
    fc.assert(
      fc.property(
        calendarDate(1956, 2098),
        fc.constantFrom('next-bank-day', 'previous-bank-day' as const),
        (date, mode) => {
          const shifted = shiftDueDate(date, mode);
          expect(isBankHolidayDate(shifted)).toBe(false);
          const step = mode === 'next-bank-day' ? 1 : -1;
          expect(CalendarDate.daysBetween(date, shifted) * step).toBeGreaterThanOrEqual(0);
          for (let x = date; !x.equals(shifted); x = x.addDays(step)) expect(isBankHolidayDate(x)).toBe(true);
        },
      ),
    );
  });
});

describe('a due date as written needs no bank calendar', () => {
  it('as-written keeps a due date outside the holiday years (1950-03-31) unchanged', () => {
    expect(shiftedDueDate({ dueDate: '1950-03-31' })).toEqual({
      dueDate: '1950-03-31',
      shifted: false,
      basis: ['25.3'],
    });
  });

  it('shifting one needs the bank calendar: refused naming dueDate', () => {
    expectTermsError(
      () => shiftedDueDate({ dueDate: '1950-03-31' }, { bankHolidayShift: 'next-bank-day' }),
      'dueDate',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });
});
