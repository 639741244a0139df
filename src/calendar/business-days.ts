/**
 * 当社営業日 — the company's business days (サービス仕様書 第1 4・5; I-12):
 * 「国民の祝日及び当社休業日を除く平日」, weekdays that are neither national holidays
 * (振替休日, 国民の休日 and special days off included) nor company holidays.
 * The terms list no company holidays: none by default, and a caller passes its
 * own through the `companyHolidays` option.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { CalendarDate } from '../core/calendar-date.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { dateField, intField, parseInput, type DateInput } from '../core/schema.js';
import {
  epochDayOfDateInput,
  holidayDateOfInput,
  isPlainWeekdayEpochDay,
  onField,
  quickDateField,
  requireHolidayYear,
} from './national-holidays.js';

/** Company holidays (当社休業日) as a set of day numbers (`CalendarDate#epochDay`). */
export type CompanyHolidays = ReadonlySet<number>;

/** No company holidays: the default (I-12). */
export const NO_COMPANY_HOLIDAYS: CompanyHolidays = new Set<number>();

/** Sets already made, by the frozen list `resolveOptions` returned (it returns the same list for the same holidays). */
const HOLIDAY_SETS = new WeakMap<readonly CalendarDate[], CompanyHolidays>();

/** The set form of a list of company holidays (as `resolveOptions` returns them). */
export function companyHolidaySet(dates: readonly CalendarDate[]): CompanyHolidays {
  if (dates.length === 0) return NO_COMPANY_HOLIDAYS;
  let set = Object.isFrozen(dates) ? HOLIDAY_SETS.get(dates) : undefined;
  if (set === undefined) {
    set = new Set(dates.map((d) => d.epochDay));
    if (Object.isFrozen(dates)) HOLIDAY_SETS.set(dates, set);
  }
  return set;
}

/** Company holidays from the options of `fn`, which are checked (`optionsFor`: only `companyHolidays`). */
export function companyHolidaysOf(
  options: unknown,
  fn:
    | 'isBusinessDay'
    | 'nextBusinessDay'
    | 'addBusinessDays'
    | 'businessDaysBetween'
    | 'isSupportOpen'
    | 'nextSupportOpening'
    | 'faxHandlingStart',
): CompanyHolidays {
  return options === undefined ? NO_COMPANY_HOLIDAYS : companyHolidaySet(optionsFor(fn, options).companyHolidays);
}

/**
 * True when the day numbered `epochDay` is a business day. Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` outside 1955–2099 (the holiday lookup comes first,
 * so a weekend out of range is refused too).
 */
export function isBusinessEpochDay(epochDay: number, companyHolidays: CompanyHolidays): boolean {
  return (
    isPlainWeekdayEpochDay(epochDay) && (companyHolidays === NO_COMPANY_HOLIDAYS || !companyHolidays.has(epochDay))
  );
}

/**
 * True when `date` is a 当社営業日: a weekday, not a national holiday, not one
 * of `companyHolidays` (サービス仕様書 第1 5; I-12). Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` outside 1955–2099.
 *
 * @example
 * ```ts
 * import { isBusinessDay } from 'cloud-ops-terms';
 * // isBusinessDate(CalendarDate.parse('2027-05-06'), NO_COMPANY_HOLIDAYS), validated:
 * isBusinessDay({ date: '2027-05-06' }).businessDay;
 * //=> true
 * ```
 */
export function isBusinessDate(date: CalendarDate, companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS): boolean {
  return isBusinessEpochDay(date.epochDay, companyHolidays);
}

/** The first business day after `epochDay` going by `step` (+1 / −1). */
function stepToBusinessDay(epochDay: number, step: 1 | -1, companyHolidays: CompanyHolidays): number {
  let e = epochDay + step;
  while (!isBusinessEpochDay(e, companyHolidays)) e += step;
  return e;
}

/**
 * The first business day after `date` (翌営業日), whatever `date` is. Trusted;
 * throws `HOLIDAY_YEAR_OUT_OF_RANGE` when the search leaves 1955–2099.
 */
export function nextBusinessDate(
  date: CalendarDate,
  companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS,
): CalendarDate {
  return CalendarDate.fromEpochDay(stepToBusinessDay(date.epochDay, 1, companyHolidays));
}

/** The last business day before `date`. Trusted, as {@link nextBusinessDate}. */
export function previousBusinessDate(
  date: CalendarDate,
  companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS,
): CalendarDate {
  return CalendarDate.fromEpochDay(stepToBusinessDay(date.epochDay, -1, companyHolidays));
}

/**
 * The `days`-th business day after `date` (before it when `days` is negative;
 * `date` itself for 0, business day or not). Trusted, as {@link nextBusinessDate}.
 */
export function addBusinessDates(
  date: CalendarDate,
  days: number,
  companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS,
): CalendarDate {
  // Stryker disable next-line EqualityOperator: for 0 days the loop does not run, whichever way it would step
  const step = days < 0 ? -1 : 1;
  let e = date.epochDay;
  for (let left = Math.abs(days); left > 0; left--) e = stepToBusinessDay(e, step, companyHolidays);
  return e === date.epochDay ? date : CalendarDate.fromEpochDay(e);
}

/**
 * The business days after `from` up to and including `to` (negative, counted
 * the same way from `to` to `from`, when `to` is earlier), so that
 * `countBusinessDates(d, addBusinessDates(d, n)) === n` for n ≥ 0. Trusted, as
 * {@link nextBusinessDate}.
 */
export function countBusinessDates(
  from: CalendarDate,
  to: CalendarDate,
  companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS,
): number {
  // Stryker disable next-line EqualityOperator: from and to on the same day count 0 either way
  const [first, last, sign] = from.epochDay <= to.epochDay ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let e = first.epochDay + 1; e <= last.epochDay; e++) if (isBusinessEpochDay(e, companyHolidays)) count++;
  return count === 0 ? 0 : sign * count; // never -0
}

// ---------------------------------------------------------------------------
// Validated functions.

export interface IsBusinessDayInput {
  /** The date, `'YYYY-MM-DD'`, 1955–2099. */
  readonly date: DateInput;
}

export interface IsBusinessDayResult extends WithBasis {
  /** True on a 当社営業日. */
  readonly businessDay: boolean;
}

/**
 * Whether a date is a 当社営業日 — a weekday that is neither a national holiday
 * nor one of the `companyHolidays` passed in the options (サービス仕様書 第1 5; I-12).
 *
 * @example
 * ```ts
 * import { isBusinessDay } from 'cloud-ops-terms';
 * isBusinessDay({ date: '2027-05-06' });
 * //=> { businessDay: true, basis: ['spec.1.5'] }
 * isBusinessDay({ date: '2027-05-06' }, { companyHolidays: ['2027-05-06'] }).businessDay;
 * //=> false
 * isBusinessDay({ date: '2027-05-05' }).businessDay; // こどもの日
 * //=> false
 * ```
 */
export function isBusinessDay(input: IsBusinessDayInput, options?: OptionsFor<'isBusinessDay'>): IsBusinessDayResult {
  let epochDay = quickDateField(input);
  if (Number.isNaN(epochDay)) epochDay = epochDayOfDateInput(input);
  return {
    businessDay: isBusinessEpochDay(epochDay, companyHolidaysOf(options, 'isBusinessDay')),
    basis: basis('spec.1.5'),
  };
}

export interface NextBusinessDayInput {
  /** The date to start from, `'YYYY-MM-DD'`. */
  readonly date: DateInput;
}

export interface BusinessDayResult extends WithBasis {
  /** The business day found, `'YYYY-MM-DD'`. */
  readonly date: string;
}

/**
 * The first business day after a date (翌営業日) — strictly after it, whether or
 * not the date is itself a business day (サービス仕様書 第1 5; I-12).
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { nextBusinessDay } from 'cloud-ops-terms';
 * // Friday 2027-04-30 → 05-01 Sat, 05-02 Sun, 05-03–05-05 祝日 → Thursday 05-06.
 * nextBusinessDay({ date: '2027-04-30' });
 * //=> { date: '2027-05-06', basis: ['spec.1.5'] }
 * ```
 */
export function nextBusinessDay(
  input: NextBusinessDayInput,
  options?: OptionsFor<'nextBusinessDay'>,
): BusinessDayResult {
  const date = holidayDateOfInput(input);
  const companyHolidays = companyHolidaysOf(options, 'nextBusinessDay');
  try {
    return { date: nextBusinessDate(date, companyHolidays).toString(), basis: basis('spec.1.5') };
  } catch (e) {
    throw onField(e, 'date');
  }
}

export interface AddBusinessDaysInput {
  /** The date to count from, `'YYYY-MM-DD'`. */
  readonly date: DateInput;
  /** How many business days to move: positive forwards, negative backwards. */
  readonly days: number;
}

/** More than the business days of the table's 145 years; the walk stops at its edge anyway. */
const MAX_BUSINESS_DAYS = 100_000;

const AddBusinessDaysInput = z.object({ date: dateField, days: intField(-MAX_BUSINESS_DAYS, MAX_BUSINESS_DAYS) });

/**
 * The date `days` business days after `date` (before it for negative `days`;
 * the date itself for 0): the days counted are 当社営業日 only (サービス仕様書 第1 5; I-12).
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { addBusinessDays } from 'cloud-ops-terms';
 * // From Wednesday 2027-12-29: 12-30 Thu (1), 12-31 Fri (2), 01-01 元日 (a Saturday),
 * // 01-02 Sunday, 01-03 Mon (3) — a business day, though banks are closed.
 * addBusinessDays({ date: '2027-12-29', days: 3 });
 * //=> { date: '2028-01-03', basis: ['spec.1.5'] }
 * addBusinessDays({ date: '2028-01-03', days: -3 }).date;
 * //=> '2027-12-29'
 * ```
 */
export function addBusinessDays(
  input: AddBusinessDaysInput,
  options?: OptionsFor<'addBusinessDays'>,
): BusinessDayResult {
  const { date, days } = parseInput(AddBusinessDaysInput, input);
  requireHolidayYear(date, 'date');
  const companyHolidays = companyHolidaysOf(options, 'addBusinessDays');
  try {
    return { date: addBusinessDates(date, days, companyHolidays).toString(), basis: basis('spec.1.5') };
  } catch (e) {
    throw onField(e, 'days');
  }
}

export interface BusinessDaysBetweenInput {
  /** The day to count from (not counted), `'YYYY-MM-DD'`. */
  readonly from: DateInput;
  /** The last day counted, `'YYYY-MM-DD'`. */
  readonly to: DateInput;
}

export interface BusinessDaysBetweenResult extends WithBasis {
  /** Business days after `from` up to and including `to`; negative when `to` is before `from`. */
  readonly days: number;
}

const BusinessDaysBetweenInput = z.object({ from: dateField, to: dateField });

/**
 * How many business days lie after `from` up to and including `to` — the
 * count that {@link addBusinessDays} moves — negative when `to` is earlier
 * (サービス仕様書 第1 5; I-12).
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { businessDaysBetween } from 'cloud-ops-terms';
 * // Golden Week 2027: 05-03, 05-04, 05-05 are 祝日; 05-01/02 and 05-08/09 weekends.
 * businessDaysBetween({ from: '2027-04-30', to: '2027-05-10' });
 * //=> { days: 3, basis: ['spec.1.5'] }
 * ```
 */
export function businessDaysBetween(
  input: BusinessDaysBetweenInput,
  options?: OptionsFor<'businessDaysBetween'>,
): BusinessDaysBetweenResult {
  const { from, to } = parseInput(BusinessDaysBetweenInput, input);
  requireHolidayYear(from, 'from');
  requireHolidayYear(to, 'to');
  const days = countBusinessDates(from, to, companyHolidaysOf(options, 'businessDaysBetween'));
  return { days, basis: basis('spec.1.5') };
}
