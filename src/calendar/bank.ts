/**
 * Bank holidays and the due-date shift of 第25条3項 (I-11).
 *
 * Banks are closed on Saturdays, Sundays, national holidays (振替休日, 国民の休日
 * and special days off included) and from 12月31日 to 1月3日 (銀行法第15条1項,
 * 銀行法施行令第5条1項). The terms put a monthly fee's due date at a month end
 * whether or not banks are open; I-11 decides where it goes when they are not.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { optionsFor, type BankHolidayShift, type OptionsFor } from '../core/options.js';
import { dateField, parseInput, type DateInput } from '../core/schema.js';
import {
  epochDayOfDateInput,
  isBankHolidayEpochDay,
  onField,
  quickDateField,
  requireHolidayYear,
} from './national-holidays.js';

/**
 * True when banks are closed on `date`: a Saturday, a Sunday, a national holiday
 * (any kind) or 12-31 to 01-03 (I-11). Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` outside 1955–2099, whatever the weekday.
 *
 * @example
 * ```ts
 * import { isBankHoliday } from 'cloud-ops-terms';
 * // isBankHolidayDate(CalendarDate.parse('2027-12-31')), validated:
 * isBankHoliday({ date: '2027-12-31' }).holiday;
 * //=> true
 * ```
 */
export function isBankHolidayDate(date: CalendarDate): boolean {
  return isBankHolidayEpochDay(date.epochDay);
}

/**
 * A due date moved off a bank holiday as I-11 `mode` says: `'as-written'`
 * returns `date` as it is (the default reading of 第25条3項; no calendar is
 * consulted); `'next-bank-day'` / `'previous-bank-day'` move a date on which
 * banks are closed to the nearest day after / before on which they are open,
 * and leave a bank business day alone. Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` when the dates it examines leave 1955–2099.
 *
 * @example
 * ```ts
 * import { shiftedDueDate } from 'cloud-ops-terms';
 * // shiftDueDate(CalendarDate.parse('2027-07-31'), 'next-bank-day'), validated:
 * shiftedDueDate({ dueDate: '2027-07-31' }, { bankHolidayShift: 'next-bank-day' }).dueDate;
 * //=> '2027-08-02'
 * ```
 */
export function shiftDueDate(date: CalendarDate, mode: BankHolidayShift): CalendarDate {
  if (mode === 'as-written') return date;
  const step = mode === 'next-bank-day' ? 1 : -1;
  let d = date;
  while (isBankHolidayDate(d)) d = d.addDays(step);
  return d;
}

export interface IsBankHolidayInput {
  /** The date, `'YYYY-MM-DD'`, 1955–2099. */
  readonly date: DateInput;
}

export interface IsBankHolidayResult extends WithBasis {
  /** True when banks are closed that day. */
  readonly holiday: boolean;
}

/**
 * Whether banks are closed on a date — Saturdays, Sundays, national holidays
 * and 12-31 to 01-03 (銀行法施行令第5条; I-11) — which matters for the due date of
 * 第25条3項.
 *
 * @example
 * ```ts
 * import { isBankHoliday } from 'cloud-ops-terms';
 * isBankHoliday({ date: '2028-01-03' });
 * //=> { holiday: true, basis: ['25.3'] }
 * isBankHoliday({ date: '2028-01-04' });
 * //=> { holiday: false, basis: ['25.3'] }
 * ```
 */
export function isBankHoliday(input: IsBankHolidayInput): IsBankHolidayResult {
  let epochDay = quickDateField(input);
  if (Number.isNaN(epochDay)) epochDay = epochDayOfDateInput(input);
  return { holiday: isBankHolidayEpochDay(epochDay), basis: basis('25.3') };
}

export interface ShiftedDueDateInput {
  /** The due date as the terms set it, `'YYYY-MM-DD'`. */
  readonly dueDate: DateInput;
}

export interface ShiftedDueDateResult extends WithBasis {
  /** The due date after the I-11 shift, `'YYYY-MM-DD'`. */
  readonly dueDate: string;
  /** True when the shift moved it. */
  readonly shifted: boolean;
}

const ShiftedDueDateInput = z.object({ dueDate: dateField });

/**
 * A due date (第25条3項) moved off a bank holiday by the `bankHolidayShift`
 * option (I-11): `'as-written'` (default) keeps it; `'next-bank-day'` and
 * `'previous-bank-day'` move it to the nearest day banks are open.
 *
 * @example
 * ```ts
 * import { shiftedDueDate } from 'cloud-ops-terms';
 * // 2027-10-31 is a Sunday.
 * shiftedDueDate({ dueDate: '2027-10-31' });
 * //=> { dueDate: '2027-10-31', shifted: false, basis: ['25.3'] }
 * shiftedDueDate({ dueDate: '2027-10-31' }, { bankHolidayShift: 'next-bank-day' });
 * //=> { dueDate: '2027-11-01', shifted: true, basis: ['25.3'] }
 * shiftedDueDate({ dueDate: '2027-10-31' }, { bankHolidayShift: 'previous-bank-day' });
 * //=> { dueDate: '2027-10-29', shifted: true, basis: ['25.3'] }
 * ```
 */
export function shiftedDueDate(
  input: ShiftedDueDateInput,
  options?: OptionsFor<'shiftedDueDate'>,
): ShiftedDueDateResult {
  const { dueDate } = parseInput(ShiftedDueDateInput, input);
  const { bankHolidayShift } = optionsFor('shiftedDueDate', options);
  if (bankHolidayShift !== 'as-written') requireHolidayYear(dueDate, 'dueDate');
  try {
    const shifted = shiftDueDate(dueDate, bankHolidayShift);
    return { dueDate: shifted.toString(), shifted: !shifted.equals(dueDate), basis: basis('25.3') };
  } catch (e) {
    throw onField(e, 'dueDate');
  }
}
