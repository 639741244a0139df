/**
 * National holidays looked up by date, and the day table behind every calendar
 * lookup: each year's holidays are computed once from the law (holiday-law.ts)
 * and written, with the weekends and the banks' year end, into a table indexed
 * by day number, so a holiday, business-day or bank-day test is one array read.
 * The cache is not observable: it holds what the pure computation returns.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { CalendarDate } from '../core/calendar-date.js';
import { ymdOfText } from '../core/date-text.js';
import { TermsError, isTermsError } from '../core/errors.js';
import { dateField, intField, parseInput, type DateInput } from '../core/schema.js';
import {
  FIRST_HOLIDAY_YEAR,
  LAST_HOLIDAY_YEAR,
  computeNationalHolidays,
  type HolidayKind,
  type NationalHoliday,
} from './holiday-law.js';
import { isBankYearEnd, isWeekendEpochDay } from './weekday.js';

/** Day numbers of 1955-01-01 and 2099-12-31: the holiday table's first and last day. */
export const FIRST_HOLIDAY_EPOCH_DAY = CalendarDate.of(FIRST_HOLIDAY_YEAR, 1, 1).epochDay;
export const LAST_HOLIDAY_EPOCH_DAY = CalendarDate.of(LAST_HOLIDAY_YEAR, 12, 31).epochDay;

// One entry a day, so that a holiday, business-day or bank-day test is one read:
//   0 — its year is not computed yet;
//   1 — Monday–Friday, no holiday, banks open;
//   2 — Monday–Friday, no holiday, banks closed for the year end (12-31, 01-02, 01-03);
//   3 — Saturday or Sunday, no holiday;
//   FIRST_RECORD + i — the holiday RECORDS[i].
const NOT_COMPUTED = 0;
const OPEN_WEEKDAY = 1;
const YEAR_END_WEEKDAY = 2;
const WEEKEND = 3;
const FIRST_RECORD = 4;
const CODES = new Uint16Array(LAST_HOLIDAY_EPOCH_DAY - FIRST_HOLIDAY_EPOCH_DAY + 1);
const RECORDS: NationalHoliday[] = [];
const BY_YEAR: (readonly NationalHoliday[] | undefined)[] = [];

/**
 * The error for a date or year whose national holidays are not computed
 * (`HOLIDAY_YEAR_OUT_OF_RANGE`), naming `path`.
 */
export function holidayYearOutOfRange(what: string | number, path = 'date'): TermsError {
  return new TermsError('HOLIDAY_YEAR_OUT_OF_RANGE', [
    {
      path,
      message: `national holidays are computed for the years ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR} only, and ${what} is outside them`,
    },
  ]);
}

/**
 * `error` with its path set to `field` when it is the out-of-range error of a
 * date the calendar reached (the trusted functions name `date`); any other
 * error unchanged. For `catch` blocks of public functions.
 */
export function onField(error: unknown, field: string): unknown {
  if (!isTermsError(error) || error.code !== 'HOLIDAY_YEAR_OUT_OF_RANGE') return error;
  return new TermsError(
    error.code,
    error.issues.map((i) => ({ ...i, path: field })),
  );
}

/** The holidays of `year`, computed once. */
function yearHolidays(year: number): readonly NationalHoliday[] {
  if (!(year >= FIRST_HOLIDAY_YEAR && year <= LAST_HOLIDAY_YEAR)) throw holidayYearOutOfRange(year, 'year');
  // Stryker disable next-line ArithmeticOperator: the cache only saves work; a miss computes the year again
  const cached = BY_YEAR[year - FIRST_HOLIDAY_YEAR];
  if (cached !== undefined) return cached;
  const holidays = Object.freeze(computeNationalHolidays(year));
  const start = CalendarDate.of(year, 1, 1).epochDay - FIRST_HOLIDAY_EPOCH_DAY;
  const end = CalendarDate.of(year, 12, 31).epochDay - FIRST_HOLIDAY_EPOCH_DAY;
  for (let i = start, date = CalendarDate.of(year, 1, 1); i <= end; i++, date = date.addDays(1)) {
    CODES[i] = isWeekendEpochDay(date.epochDay)
      ? WEEKEND
      : isBankYearEnd(date.month, date.day)
        ? YEAR_END_WEEKDAY
        : OPEN_WEEKDAY;
  }
  for (const h of holidays) {
    CODES[CalendarDate.parse(h.date).epochDay - FIRST_HOLIDAY_EPOCH_DAY] = FIRST_RECORD + RECORDS.length;
    RECORDS.push(h);
  }
  // Stryker disable next-line ArithmeticOperator: the cache only saves work; a miss computes the year again
  BY_YEAR[year - FIRST_HOLIDAY_YEAR] = holidays;
  return holidays;
}

/** The table entry of a day number, computing its year when needed; throws outside 1955–2099. */
function codeAt(epochDay: number): number {
  const i = epochDay - FIRST_HOLIDAY_EPOCH_DAY;
  const code = CODES[i];
  if (code !== undefined && code !== NOT_COMPUTED) return code;
  if (code === undefined) throw holidayYearOutOfRange(CalendarDate.fromEpochDay(epochDay).toString());
  yearHolidays(CalendarDate.fromEpochDay(epochDay).year);
  return CODES[i] ?? NOT_COMPUTED;
}

/**
 * True when the day numbered `epochDay` (days since 1970-01-01) is a national
 * holiday or day off (any {@link HolidayKind}). Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` outside 1955–2099 (path `date`).
 */
export function isNationalHolidayEpochDay(epochDay: number): boolean {
  return codeAt(epochDay) >= FIRST_RECORD;
}

/**
 * True when the day numbered `epochDay` is a Monday–Friday that is no national
 * holiday: a 当社営業日 unless it is a company holiday. Trusted, as
 * {@link isNationalHolidayEpochDay}.
 */
export function isPlainWeekdayEpochDay(epochDay: number): boolean {
  return codeAt(epochDay) <= YEAR_END_WEEKDAY;
}

/**
 * True when banks are closed on the day numbered `epochDay`: a Saturday, a
 * Sunday, a national holiday or 12-31 to 01-03 (I-11). Trusted, as
 * {@link isNationalHolidayEpochDay}.
 */
export function isBankHolidayEpochDay(epochDay: number): boolean {
  return codeAt(epochDay) !== OPEN_WEEKDAY;
}

/** The holiday on the day numbered `epochDay`, if any. Trusted, as {@link isNationalHolidayEpochDay}. */
export function nationalHolidayAt(epochDay: number): NationalHoliday | undefined {
  const code = codeAt(epochDay);
  return code < FIRST_RECORD ? undefined : RECORDS[code - FIRST_RECORD];
}

/**
 * True when `date` is a national holiday, a 振替休日, a 国民の休日 or a day off by a
 * special law (国民の祝日に関する法律 and the special laws; I-12). Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` outside 1955–2099.
 *
 * @example
 * ```ts
 * import { isNationalHoliday } from 'cloud-ops-terms';
 * // isNationalHolidayDate(CalendarDate.parse('2027-03-22')), validated:
 * isNationalHoliday({ date: '2027-03-22' }).holiday;
 * //=> true
 * ```
 */
export function isNationalHolidayDate(date: CalendarDate): boolean {
  return codeAt(date.epochDay) >= FIRST_RECORD;
}

/** The national holiday on `date`, or `undefined`. Trusted, as {@link isNationalHolidayDate}. */
export function nationalHolidayOn(date: CalendarDate): NationalHoliday | undefined {
  return nationalHolidayAt(date.epochDay);
}

/**
 * The national holidays of `year`, sorted by date (frozen, shared: do not
 * mutate). Trusted; throws `HOLIDAY_YEAR_OUT_OF_RANGE` (path `year`) outside
 * 1955–2099.
 */
export function nationalHolidaysOf(year: number): readonly NationalHoliday[] {
  return yearHolidays(year);
}

// ---------------------------------------------------------------------------
// The validated functions, with a fast path for the common input.

/** Days before each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The day number of `'YYYY-MM-DD'` when it is a real day of 1955–2099, else
 * `NaN`. Accepts exactly what `CalendarDate.parse` accepts in those years.
 */
function parseHolidayYearDate(s: string): number {
  const ymd = ymdOfText(s);
  if (ymd < 0) return Number.NaN;
  const year = Math.floor(ymd / 10_000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  if (year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR || month < 1 || month > 12 || day < 1) return Number.NaN;
  // Inside 1955–2099 a year is a leap year exactly when divisible by 4 (2000 is one).
  const leap = year % 4 === 0 ? 1 : 0;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) + (month === 2 ? leap : 0)) return Number.NaN;
  // Days from 1970-01-01 to the year's 1 January: 365 a year plus one per leap
  // year in between, floor((year − 1969) / 4), exact for 1901–2100.
  const yearStart = 365 * (year - 1970) + Math.floor((year - 1969) / 4);
  return yearStart + (DAYS_BEFORE_MONTH[month - 1] ?? 0) + (month > 2 ? leap : 0) + day - 1;
}

/**
 * Day numbers of the date strings seen, so a string is parsed once (a string
 * keeps its hash, so a lookup costs about what a `Set` lookup costs). Only
 * real days of 1955–2099 enter, so it never holds more than 52,961 entries.
 */
const PARSED = new Map<string, number>();

/**
 * The day number of a date value that is certainly valid and inside the
 * holiday years — a `'YYYY-MM-DD'` string or a `CalendarDate` of 1955–2099 —
 * or `NaN` for anything else, which the caller then hands to the schema. It
 * never throws, so errors always come from the schema: the same either way.
 */
export function quickEpochDay(value: unknown): number {
  if (typeof value === 'string') {
    const known = PARSED.get(value);
    if (known !== undefined) return known;
    const epochDay = parseHolidayYearDate(value);
    // Stryker disable next-line all: the cache only saves work; whether a string enters it changes no answer
    if (!Number.isNaN(epochDay)) PARSED.set(value, epochDay);
    return epochDay;
  }
  // Stryker disable next-line EqualityOperator,BlockStatement: a CalendarDate the quick path declines goes through the schema, with the same answer
  if (value instanceof CalendarDate && value.year >= FIRST_HOLIDAY_YEAR && value.year <= LAST_HOLIDAY_YEAR) {
    return value.epochDay;
  }
  return Number.NaN;
}

/** `input.date` through {@link quickEpochDay} when `input` is an object as zod sees one, else `NaN`. */
export function quickDateField(input: unknown): number {
  // Stryker disable next-line StringLiteral: an input the quick path declines goes through the schema, with the same answer
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return Number.NaN;
  return quickEpochDay((input as { date?: unknown }).date);
}

/** A date the holiday table covers, or the range error naming `field`. */
export function requireHolidayYear(date: CalendarDate, field: string): CalendarDate {
  if (date.year < FIRST_HOLIDAY_YEAR || date.year > LAST_HOLIDAY_YEAR) {
    throw holidayYearOutOfRange(date.toString(), field);
  }
  return date;
}

export interface IsNationalHolidayInput {
  /** The date to look up, `'YYYY-MM-DD'`, 1955–2099. */
  readonly date: DateInput;
}

/** A holiday found, or not. */
export type IsNationalHolidayResult = WithBasis &
  (
    | { readonly holiday: true; readonly name: string; readonly kind: HolidayKind }
    | { readonly holiday: false; readonly name?: undefined; readonly kind?: undefined }
  );

const DateInputSchema = z.object({ date: dateField });

/** The date of `{ date }` by the schema, inside the holiday years (else the range error). */
export function holidayDateOfInput(input: unknown): CalendarDate {
  return requireHolidayYear(parseInput(DateInputSchema, input).date, 'date');
}

/**
 * The day number behind `{ date }` by the schema alone (the reference for the
 * fast path, and its fallback).
 */
export function epochDayOfDateInput(input: unknown): number {
  return holidayDateOfInput(input).epochDay;
}

/**
 * Whether a date is a national holiday (国民の祝日に関する法律 as amended, and the
 * special laws), and which: `name` as the Cabinet Office writes it, `kind`
 * `statutory` | `substitute` | `citizens` | `special`. National holidays are
 * not 当社営業日 (サービス仕様書 第1 5, I-12).
 *
 * Years 1955–2099; a date outside them is a `TermsError`
 * `HOLIDAY_YEAR_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { isNationalHoliday } from 'cloud-ops-terms';
 * isNationalHoliday({ date: '2027-03-22' });
 * //=> { holiday: true, name: '休日', kind: 'substitute', basis: ['spec.1.5'] }
 * isNationalHoliday({ date: '2027-07-19' });
 * //=> { holiday: true, name: '海の日', kind: 'statutory', basis: ['spec.1.5'] }
 * isNationalHoliday({ date: '2027-07-20' });
 * //=> { holiday: false, basis: ['spec.1.5'] }
 * ```
 */
export function isNationalHoliday(input: IsNationalHolidayInput): IsNationalHolidayResult {
  let epochDay = quickDateField(input);
  if (Number.isNaN(epochDay)) epochDay = epochDayOfDateInput(input);
  const code = codeAt(epochDay);
  const holiday = code >= FIRST_RECORD ? RECORDS[code - FIRST_RECORD] : undefined;
  // One object literal for both answers (on a day that is no holiday, name and
  // kind are undefined, so absent from JSON): V8 can then drop the allocation when
  // the caller only reads `.holiday`, which keeps the call near the cost of a Set
  // lookup. TypeScript cannot see that `holiday` decides the union's branch.
  return {
    holiday: holiday !== undefined,
    name: holiday?.name,
    kind: holiday?.kind,
    basis: basis('spec.1.5'),
  } as IsNationalHolidayResult;
}

export interface NationalHolidaysInput {
  /** The year, 1955–2099. */
  readonly year: number;
}

export interface NationalHolidaysResult extends WithBasis {
  /** Every holiday and day off of the year, sorted by date. */
  readonly holidays: { readonly date: string; readonly name: string; readonly kind: HolidayKind }[];
}

const NationalHolidaysInput = z.object({ year: intField(1900, 2199) });

/**
 * The national holidays and days off of a year, sorted by date, computed from
 * 国民の祝日に関する法律 as amended (fixed days, Happy Monday days, 春分の日 and
 * 秋分の日 by the equinox formula, 振替休日, 国民の休日) and the special laws.
 *
 * A year of 1900–2199 outside 1955–2099 is `HOLIDAY_YEAR_OUT_OF_RANGE`; anything
 * else that is not such a whole number is `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { nationalHolidays } from 'cloud-ops-terms';
 * nationalHolidays({ year: 2021 }).holidays.filter((h) => h.date.startsWith('2021-0') && h.date >= '2021-07');
 * //=> [
 * //   { date: '2021-07-22', name: '海の日', kind: 'statutory' },
 * //   { date: '2021-07-23', name: 'スポーツの日', kind: 'statutory' },
 * //   { date: '2021-08-08', name: '山の日', kind: 'statutory' },
 * //   { date: '2021-08-09', name: '休日', kind: 'substitute' },
 * //   { date: '2021-09-20', name: '敬老の日', kind: 'statutory' },
 * //   { date: '2021-09-23', name: '秋分の日', kind: 'statutory' },
 * // ]
 * ```
 */
export function nationalHolidays(input: NationalHolidaysInput): NationalHolidaysResult {
  const { year } = parseInput(NationalHolidaysInput, input);
  const holidays = yearHolidays(year).map((h) => ({ date: h.date, name: h.name, kind: h.kind }));
  return { holidays, basis: basis('spec.1.5') };
}
