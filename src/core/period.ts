/**
 * Periods under the Civil Code (民法 138–143), as the terms count them.
 *
 * - {@link periodEnd}: the last day of a period counted forward (I-01).
 * - {@link deadlineBefore}: the last day for something due "X before" an event
 *   or an expiry (…日前までに, …か月前までに; I-02).
 *
 * @module
 */
import { CalendarDate } from './calendar-date.js';
import { describeValue, invalidInput } from './errors.js';
import type { DeadlineCounting } from './options.js';

/** A length of time: whole days, whole months or whole years. */
export type PeriodLength = { readonly days: number } | { readonly months: number } | { readonly years: number };

/**
 * Where counting starts (I-01).
 *
 * - `'next-day'` — the period runs from an event that happens during `from`
 *   (a notice arrives, a contract is formed), so `from` is not counted
 *   (初日不算入, 民法140条) and counting starts the next day.
 * - `'same-day'` — the period starts at 0:00 of `from` (a term that begins on
 *   a given date), so `from` is the first day counted.
 */
export type PeriodStart = 'next-day' | 'same-day';

/** What a deadline is measured against (I-02). */
export type DeadlineTarget = 'event' | 'expiry';

function dateArg(value: unknown, field: string): CalendarDate {
  if (value instanceof CalendarDate) return value;
  throw invalidInput(field, `expected a CalendarDate, got ${describeValue(value)}`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidInput(field, `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`);
}

function lengthOf(length: PeriodLength): { unit: 'days' | 'months'; count: number } {
  let unit: 'days' | 'months';
  let count: unknown;
  if (typeof length !== 'object' || length === null) {
    throw invalidInput('length', 'expected { days }, { months } or { years }');
  }
  if ('days' in length) {
    unit = 'days';
    count = length.days;
  } else if ('months' in length) {
    unit = 'months';
    count = length.months;
  } else if ('years' in length) {
    unit = 'months';
    count = typeof length.years === 'number' ? length.years * 12 : length.years;
  } else {
    throw invalidInput('length', 'expected { days }, { months } or { years }');
  }
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw invalidInput(`length.${Object.keys(length)[0] ?? 'days'}`, 'expected a whole number of 0 or more');
  }
  return { unit, count };
}

/**
 * The last day of a period (I-01; 民法140条, 141条, 143条).
 *
 * For days: the first counted day plus `days − 1`. For months and years: the
 * day before the day that corresponds, in the last month, to the first counted
 * day; where that month has no such day, its last day (民法143条2項). A period
 * whose first counted day is the 1st therefore runs in calendar months.
 *
 * @example
 * ```ts
 * import { CalendarDate, periodEnd } from 'cloud-ops-terms';
 * // Formed on 2027-03-15; a 12-month period counts from 2027-03-16 (初日不算入).
 * periodEnd(CalendarDate.parse('2027-03-15'), { months: 12 }).toString();
 * //=> '2028-03-15'
 * // A term that starts on 2028-02-29 (at 0:00) for one year.
 * periodEnd(CalendarDate.parse('2028-02-29'), { years: 1 }, 'same-day').toString();
 * //=> '2029-02-28'
 * ```
 */
export function periodEnd(from: CalendarDate, length: PeriodLength, startsOn: PeriodStart = 'next-day'): CalendarDate {
  const { unit, count } = lengthOf(length);
  const start = dateArg(from, 'from');
  const first = oneOf(startsOn, ['next-day', 'same-day'], 'startsOn') === 'next-day' ? start.addDays(1) : start;
  if (unit === 'days') return first.addDays(count - 1);
  return monthsEndOf(first, count);
}

/**
 * {@link periodEnd} for `months` whole months whose first counted day is `first`, over trusted
 * values: no reading of a length object or of `startsOn` — the articles' trusted cores (a term,
 * a minimum term, a renewed term) ask it for every contract of a batch. Anything but a whole
 * number of months ≥ 0 goes to `periodEnd`, for its error. Internal (not exported from the package).
 */
export function monthsEndOf(first: CalendarDate, months: number): CalendarDate {
  if (!(Number.isSafeInteger(months) && months >= 0)) return periodEnd(first, { months }, 'same-day');
  if (months === 0) return first.addDays(-1);
  const sameDayLater = first.addMonths(months);
  // addMonths constrains to the month end: if the day was cut, the last month
  // has no corresponding day and the period ends on its last day (143条2項但書).
  if (sameDayLater.day !== first.day) return sameDayLater;
  return sameDayLater.addDays(-1);
}

/**
 * The last day on which something must be done "X before" a date (I-02).
 *
 * `'civil-code'` (default): the last day N such that the period X, counted
 * from the day after N (I-01), ends no later than the day before the event
 * (`target: 'event'` — a change, a discontinuation) or no later than the
 * expiry day itself (`target: 'expiry'` — 期間満了). For days this leaves X
 * clear days (中X日) before an event.
 *
 * `'naive'`: the date minus X with the calendar (months constrained to the
 * month end).
 *
 * @example
 * ```ts
 * import { CalendarDate, deadlineBefore } from 'cloud-ops-terms';
 * // 第10条: a change on 2027-04-10 needs notice 7 days before.
 * deadlineBefore(CalendarDate.parse('2027-04-10'), { days: 7 }, 'event').toString();
 * //=> '2027-04-02'
 * deadlineBefore(CalendarDate.parse('2027-04-10'), { days: 7 }, 'event', 'naive').toString();
 * //=> '2027-04-03'
 * // 第11条: a term ending 2028-03-31; non-renewal notice 1 month before expiry.
 * deadlineBefore(CalendarDate.parse('2028-03-31'), { months: 1 }, 'expiry').toString();
 * //=> '2028-02-29'
 * ```
 */
export function deadlineBefore(
  date: CalendarDate,
  length: PeriodLength,
  target: DeadlineTarget,
  counting: DeadlineCounting = 'civil-code',
): CalendarDate {
  const { unit, count } = lengthOf(length);
  const day = dateArg(date, 'date');
  if (oneOf(counting, ['civil-code', 'naive'], 'deadlineCounting') === 'naive') {
    return unit === 'days' ? day.addDays(-count) : day.addMonths(-count);
  }
  const limit = oneOf(target, ['event', 'expiry'], 'target') === 'event' ? day.addDays(-1) : day;
  if (unit === 'days') return limit.addDays(-count);
  // periodEnd is non-decreasing in its start, so walk from a close candidate
  // to the last N whose period still ends on or before the limit.
  // A period counted from the day after N (I-01): its first counted day is N + 1.
  let n = limit.addMonths(-count);
  while (monthsEndOf(n.addDays(2), count).isOnOrBefore(limit)) n = n.addDays(1);
  while (monthsEndOf(n.addDays(1), count).isAfter(limit)) n = n.addDays(-1);
  return n;
}
