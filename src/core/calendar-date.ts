/**
 * A Japanese calendar date (暦日), independent of any time zone.
 *
 * A `CalendarDate` is a year, a month and a day — never a JS `Date` at midnight
 * somewhere — so nothing here depends on the machine's `TZ`. Arithmetic runs on
 * a day number (days since 1970-01-01 in the proleptic Gregorian calendar).
 *
 * @module
 */
import { ymdOfText } from './date-text.js';
import { TermsError, describeValue, invalidInput } from './errors.js';

/** The years this library accepts and computes with. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const EXPECTED = "a date written 'YYYY-MM-DD' (for example '2027-04-01')";

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** True for a leap year of the Gregorian calendar (閏年). A year that is not a whole number is a {@link TermsError} naming `year`. */
export function isLeapYear(year: number): boolean {
  if (!Number.isSafeInteger(year)) throw invalidInput('year', `expected a whole number, got ${describeValue(year)}`);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number of days in a month (28–31). A month outside 1–12 is a {@link TermsError} naming `month`. */
export function daysInMonth(year: number, month: number): number {
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) {
    throw invalidInput('month', `expected a whole number from 1 to 12, got ${describeValue(month)}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day numbers of 1900-01-01 and 2199-12-31. */
export const MIN_EPOCH_DAY = daysFromCivil(MIN_YEAR, 1, 1);
export const MAX_EPOCH_DAY = daysFromCivil(MAX_YEAR, 12, 31);

function outOfRange(): TermsError {
  return new TermsError('DATE_OUT_OF_RANGE', [
    { path: 'date', message: `the computed date is outside the supported years ${MIN_YEAR}–${MAX_YEAR}` },
  ]);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Why a value is not a valid date (a message), or its parts when it is one.
 * Shared by {@link CalendarDate.parse} and the zod field schemas.
 */
function problemWith(value: unknown): string | [number, number, number] {
  const ymd = typeof value === 'string' ? ymdOfText(value) : -1;
  if (ymd < 0) return `expected ${EXPECTED}, got ${describeValue(value)}`;
  const year = Math.floor(ymd / 10_000);
  const month = Math.floor(ymd / 100) % 100;
  const day = ymd % 100;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${describeValue(value)}`;
  }
  if (month < 1 || month > 12) return `expected a month 01–12, got ${describeValue(value)}`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `expected a day that exists in ${pad(year, 4)}-${pad(month, 2)} (01–${daysInMonth(year, month)}), got ${describeValue(value)}`;
  }
  return [year, month, day];
}

// The dates made, by epoch day: a batch makes the same days again and again (month ends,
// due dates, deadlines), and a frozen date costs about 90 ns to make against a few to look up
// (docs/quality.md lists this table with its measured gain). Bounded (DATE_LIMIT entries at
// most) and not observable: a date is immutable, frozen, and equal to any other of its day,
// so which object of a day one gets changes nothing but `===`, which dates do not promise.
// An array filled up front (packed: V8 would keep a sparse one this long as a dictionary).
const DATE_LIMIT = 40_000;
// The epoch day of the first of each month 1900-01 … 2199-12, and of 2200-01 after them (a
// constant table of 3,601 numbers, made once: a month's length is the difference of two).
const MONTH_FIRST = new Int32Array((MAX_YEAR - MIN_YEAR + 1) * 12 + 1);
for (let m = 0; m < MONTH_FIRST.length; m++)
  MONTH_FIRST[m] = daysFromCivil(MIN_YEAR + Math.floor(m / 12), (m % 12) + 1, 1);
const MADE: (CalendarDate | undefined)[] = [];
for (let e = MIN_EPOCH_DAY; e <= MAX_EPOCH_DAY; e++) MADE.push(undefined);
let dates = 0;

/**
 * The date of whole numbers that name a day of 1900–2199, or undefined — for readers that have
 * the parts already checked to be whole numbers (the NDJSON line reader's dates): the day found
 * in the table of dates made, else made through {@link CalendarDate.fromEpochDay}. Internal (not
 * exported from the package).
 */
export function dateOfParts(year: number, month: number, day: number): CalendarDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const m = (year - MIN_YEAR) * 12 + month - 1;
  const first = MONTH_FIRST[m] as number;
  if (day > (MONTH_FIRST[m + 1] as number) - first) return undefined;
  const epochDay = first + day - 1;
  return MADE[epochDay - MIN_EPOCH_DAY] ?? CalendarDate.fromEpochDay(epochDay);
}

/**
 * An immutable calendar date. Create one with {@link CalendarDate.parse} or
 * {@link CalendarDate.of}; every method returns a new value (the same day may be the same
 * object: compare dates with `equals` or `compare`, never `===`).
 *
 * @example
 * ```ts
 * import { CalendarDate } from 'cloud-ops-terms';
 * CalendarDate.parse('2027-01-31').addMonths(1).toString();
 * //=> '2027-02-28'
 * ```
 */
export class CalendarDate {
  /** Set only by the constructor: CalendarDates that `Object.create(CalendarDate.prototype)` forges do not have it. */
  // Stryker disable next-line BooleanLiteral: `#made in value` asks whether the field exists, never its value
  readonly #made = true;

  /**
   * `instanceof CalendarDate` holds only for values the library made, never for an
   * object that merely has CalendarDate.prototype as its prototype.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && #made in value;
  }

  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01 (negative before). */
  readonly epochDay: number;

  private constructor(year: number, month: number, day: number, epochDay: number) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.epochDay = epochDay;
    Object.freeze(this);
  }

  /** The date of a day known to exist and be in range: the one already made, or a new one (kept while the table has room). */
  static #at(year: number, month: number, day: number, epochDay: number): CalendarDate {
    const slot = epochDay - MIN_EPOCH_DAY;
    let date = MADE[slot];
    if (date === undefined) {
      date = new CalendarDate(year, month, day, epochDay);
      if (dates < DATE_LIMIT) {
        MADE[slot] = date;
        dates += 1;
      }
    }
    return date;
  }

  /**
   * The date a valid `'YYYY-MM-DD'` names, or undefined (for {@link problemWith} to say why): the
   * same checks, read straight to the day's date with no parts in between (most of validation).
   */
  static #ofText(s: string): CalendarDate | undefined {
    const ymd = ymdOfText(s);
    if (ymd < 0) return undefined;
    return CalendarDate.#inRange(Math.floor(ymd / 10_000), Math.floor(ymd / 100) % 100, ymd % 100);
  }

  /**
   * The date of whole numbers that name a day of 1900–2199, or undefined: the month's first day
   * and length from {@link MONTH_FIRST}, so no leap-year or day-number arithmetic per date.
   */
  static #inRange(year: number, month: number, day: number): CalendarDate | undefined {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
    const m = (year - MIN_YEAR) * 12 + month - 1;
    const first = MONTH_FIRST[m] as number;
    if (day > (MONTH_FIRST[m + 1] as number) - first) return undefined;
    return CalendarDate.#at(year, month, day, first + day - 1);
  }

  /**
   * Strictly parses `'YYYY-MM-DD'`. A `CalendarDate` passes through unchanged.
   * Rejects impossible days (`2027-02-30`), unpadded parts (`2027-2-3`), time
   * parts (`2027-02-03T00:00`), years outside 1900–2199 and non-strings, with a
   * {@link TermsError} naming `field`.
   */
  static parse(value: unknown, field = 'date'): CalendarDate {
    const known = typeof value === 'string' ? CalendarDate.#ofText(value) : undefined;
    if (known !== undefined) return known;
    if (value instanceof CalendarDate) return value;
    const r = problemWith(value);
    if (typeof r === 'string') throw invalidInput(field, r, 'date', { received: describeValue(value) });
    return CalendarDate.#at(r[0], r[1], r[2], daysFromCivil(r[0], r[1], r[2]));
  }

  /**
   * Like {@link CalendarDate.parse} but returns the problem as a string instead
   * of throwing (for schema validation).
   */
  static tryParse(value: unknown): CalendarDate | string {
    const known = typeof value === 'string' ? CalendarDate.#ofText(value) : undefined;
    if (known !== undefined) return known;
    if (value instanceof CalendarDate) return value;
    const r = problemWith(value);
    if (typeof r === 'string') return r;
    return CalendarDate.#at(r[0], r[1], r[2], daysFromCivil(r[0], r[1], r[2]));
  }

  /** From numbers; the same checks as {@link CalendarDate.parse}. */
  static of(year: number, month: number, day: number, field = 'date'): CalendarDate {
    // Three tests, not `[…].every(…)`: no array or closure on a hot path (month ends, due dates).
    if (!(Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) {
      const got = [year, month, day].map(describeValue).join(', ');
      throw invalidInput(field, `expected whole numbers for year, month and day, got ${got}`);
    }
    // A real day in range needs no round trip through its text (a hot path: month ends, due dates).
    const known = CalendarDate.#inRange(year, month, day);
    if (known !== undefined) return known;
    return CalendarDate.parse(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, field);
  }

  /** From a day number (days since 1970-01-01). */
  static fromEpochDay(epochDay: number): CalendarDate {
    if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) throw outOfRange();
    const known = MADE[epochDay - MIN_EPOCH_DAY];
    if (known !== undefined) return known;
    // civilFromDays, written out: no [y, m, d] tuple in between (every addDays comes here).
    const z = epochDay + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return CalendarDate.#at(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day, epochDay);
  }

  /** The date `days` later (earlier when negative). */
  addDays(days: number): CalendarDate {
    return days === 0 ? this : CalendarDate.fromEpochDay(this.epochDay + days);
  }

  /**
   * The date `months` later (earlier when negative), constrained to the month
   * end: 2027-01-31 + 1 month = 2027-02-28.
   */
  addMonths(months: number): CalendarDate {
    if (months === 0) return this;
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    // Written so that NaN fails too, before the month is looked at.
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw outOfRange();
    const m = index - MIN_YEAR * 12;
    const first = MONTH_FIRST[m] as number;
    const day = Math.min(this.day, (MONTH_FIRST[m + 1] as number) - first);
    return CalendarDate.#at(year, index - year * 12 + 1, day, first + day - 1);
  }

  /** The date `years` later, constrained to the month end (02-29 → 02-28). */
  addYears(years: number): CalendarDate {
    return this.addMonths(years * 12);
  }

  /** The first day of this date's month. */
  startOfMonth(): CalendarDate {
    return this.day === 1 ? this : this.addDays(1 - this.day);
  }

  /** The last day of this date's month (月末). */
  endOfMonth(): CalendarDate {
    const last = this.daysInMonth();
    return this.day === last ? this : this.addDays(last - this.day);
  }

  /** True on the last day of the month. */
  isEndOfMonth(): boolean {
    return this.day === this.daysInMonth();
  }

  /** Number of days in this date's month (28–31). */
  daysInMonth(): number {
    const m = (this.year - MIN_YEAR) * 12 + this.month - 1;
    const length = (MONTH_FIRST[m + 1] as number) - (MONTH_FIRST[m] as number);
    // A date the library made always finds its month; anything else is answered (or refused) as before.
    return length > 0 ? length : daysInMonth(this.year, this.month);
  }

  /** 0 = Sunday … 6 = Saturday. */
  dayOfWeek(): DayOfWeek {
    // 1970-01-01 was a Thursday (4).
    return ((((this.epochDay + 4) % 7) + 7) % 7) as DayOfWeek;
  }

  /** `other − this` in days: positive when `other` is later. */
  daysUntil(other: CalendarDate): number {
    return other.epochDay - this.epochDay;
  }

  /** Negative, zero or positive as `a` is before, equal to or after `b`. */
  static compare(a: CalendarDate, b: CalendarDate): number {
    return a.epochDay - b.epochDay;
  }

  /** Days from `a` to `b` (`b − a`). */
  static daysBetween(a: CalendarDate, b: CalendarDate): number {
    return b.epochDay - a.epochDay;
  }

  static min(a: CalendarDate, b: CalendarDate): CalendarDate {
    // Stryker disable next-line EqualityOperator: when the days are equal, a and b are the same date
    return a.epochDay <= b.epochDay ? a : b;
  }

  static max(a: CalendarDate, b: CalendarDate): CalendarDate {
    // Stryker disable next-line EqualityOperator: when the days are equal, a and b are the same date
    return a.epochDay >= b.epochDay ? a : b;
  }

  equals(other: CalendarDate): boolean {
    return this.epochDay === other.epochDay;
  }

  isBefore(other: CalendarDate): boolean {
    return this.epochDay < other.epochDay;
  }

  isAfter(other: CalendarDate): boolean {
    return this.epochDay > other.epochDay;
  }

  isOnOrBefore(other: CalendarDate): boolean {
    return this.epochDay <= other.epochDay;
  }

  isOnOrAfter(other: CalendarDate): boolean {
    return this.epochDay >= other.epochDay;
  }

  /** `'YYYY-MM-DD'`. */
  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /**
   * Refuses numeric conversion so that `a < b` cannot silently compare
   * something else: use {@link CalendarDate.compare} or `isBefore`.
   */
  valueOf(): never {
    throw new TermsError('INVALID_OPERATION', [
      { path: 'date', message: 'a CalendarDate has no numeric value: use CalendarDate.compare, isBefore or isAfter' },
    ]);
  }

  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    return this.valueOf();
  }
}
