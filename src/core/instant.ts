/**
 * Instants (a point in time) read in Japan Standard Time.
 *
 * The terms run on JST (UTC+9, no daylight saving): a notice "arrives" on a JST
 * calendar date (I-03) and support opens at 10:00 JST (I-12). An instant is
 * accepted as an ISO 8601 string **with** an offset or `Z`, or as a JS `Date`;
 * a string without an offset is refused, since it could mean any zone.
 *
 * @module
 */
import { CalendarDate, MAX_EPOCH_DAY, MAX_YEAR, MIN_EPOCH_DAY, MIN_YEAR, daysInMonth } from './calendar-date.js';
import { TermsError, describeValue, invalidInput } from './errors.js';

/** JST is UTC+9 all year. */
export const JST_OFFSET_MINUTES = 9 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const JST_OFFSET_MS = JST_OFFSET_MINUTES * MS_PER_MINUTE;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
const EXAMPLE = "'2027-04-01T10:00:00+09:00'";

/** A time of day in JST. */
export interface JstTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function problemWith(value: unknown): string | number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? `expected a valid instant, got an invalid Date` : ms;
  }
  if (typeof value !== 'string') {
    return `expected an instant: an ISO 8601 string with an offset, like ${EXAMPLE}, or a Date; got ${describeValue(value)}`;
  }
  const m = ISO_PATTERN.exec(value);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return `expected an instant with a time and an offset, like ${EXAMPLE}; ${describeValue(value)} is only a date`;
    }
    return `expected an instant: an ISO 8601 string with an offset, like ${EXAMPLE}; got ${describeValue(value)}`;
  }
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  if (offset === undefined) {
    return `${describeValue(value)} has no UTC offset, so it is ambiguous: add 'Z' or an offset such as '+09:00' (${EXAMPLE})`;
  }
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `expected a real calendar day in ${describeValue(value)}`;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return `expected a time of day 00:00:00–23:59:59 in ${describeValue(value)}`;
  }
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const digits = offset.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 23 || om > 59) return `expected an offset from -23:59 to +23:59 in ${describeValue(value)}`;
    offsetMinutes = (oh * 60 + om) * (digits[0] === '-' ? -1 : 1);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * MS_PER_MINUTE;
}

/**
 * An immutable instant. Read it in JST with {@link Instant.jstDate} and
 * {@link Instant.jstTime}; write it with {@link Instant.toString} (`+09:00`).
 *
 * @example
 * ```ts
 * import { Instant } from 'cloud-ops-terms';
 * Instant.parse('2027-03-31T16:30:00Z').toString();
 * //=> '2027-04-01T01:30:00+09:00'
 * ```
 */
export class Instant {
  /** Set only by the constructor: Instants that `Object.create(Instant.prototype)` forges do not have it. */
  // Stryker disable next-line BooleanLiteral: `#made in value` asks whether the field exists, never its value
  readonly #made = true;

  /**
   * `instanceof Instant` holds only for values the library made, never for an
   * object that merely has Instant.prototype as its prototype.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && #made in value;
  }

  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMilliseconds: number;

  private constructor(epochMilliseconds: number) {
    this.epochMilliseconds = epochMilliseconds;
    Object.freeze(this);
  }

  /** Parses an ISO 8601 string with an offset or `Z`, or a valid `Date`. An `Instant` passes through. */
  static parse(value: unknown, field = 'at'): Instant {
    const r = Instant.tryParse(value);
    if (typeof r === 'string') throw invalidInput(field, r, 'instant', { received: describeValue(value) });
    return r;
  }

  /** Like {@link Instant.parse}, returning the problem as a string. */
  static tryParse(value: unknown): Instant | string {
    if (value instanceof Instant) return value;
    const r = problemWith(value);
    if (typeof r === 'string') return r;
    const epochDay = Math.floor((r + JST_OFFSET_MS) / MS_PER_DAY);
    if (!(epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY)) {
      return `expected an instant in the years ${MIN_YEAR}–${MAX_YEAR} (JST), got ${describeValue(value)}`;
    }
    return new Instant(r);
  }

  /** The instant at a JST wall-clock time on a JST date. */
  static fromJst(date: CalendarDate, hour = 0, minute = 0, second = 0, millisecond = 0): Instant {
    if (!(date instanceof CalendarDate))
      throw invalidInput('date', `expected a CalendarDate, got ${describeValue(date)}`);
    if (
      ![hour, minute, second, millisecond].every(Number.isInteger) ||
      hour < 0 ||
      hour > 23 ||
      minute < 0 ||
      minute > 59 ||
      second < 0 ||
      second > 59 ||
      millisecond < 0 ||
      millisecond > 999
    ) {
      const got = [hour, minute, second, millisecond].map(describeValue).join(', ');
      throw invalidInput(
        'time',
        `expected a time of day 00:00:00.000–23:59:59.999 (hour, minute, second, millisecond), got ${got}`,
      );
    }
    const ms = date.epochDay * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond - JST_OFFSET_MS;
    return new Instant(ms);
  }

  /** The JST calendar date of this instant (I-03: the day a notice arrived). */
  jstDate(): CalendarDate {
    const jstMs = this.epochMilliseconds + JST_OFFSET_MS;
    return CalendarDate.fromEpochDay(Math.floor(jstMs / MS_PER_DAY));
  }

  /** The JST time of day. */
  jstTime(): JstTime {
    const msOfDay = this.jstMillisecondOfDay();
    return Object.freeze({
      hour: Math.floor(msOfDay / 3_600_000),
      minute: Math.floor(msOfDay / 60_000) % 60,
      second: Math.floor(msOfDay / 1000) % 60,
      millisecond: msOfDay % 1000,
    });
  }

  /** Milliseconds since JST midnight, 0 … 86,399,999. */
  jstMillisecondOfDay(): number {
    const jstMs = this.epochMilliseconds + JST_OFFSET_MS;
    return jstMs - Math.floor(jstMs / MS_PER_DAY) * MS_PER_DAY;
  }

  static compare(a: Instant, b: Instant): number {
    return a.epochMilliseconds - b.epochMilliseconds;
  }

  equals(other: Instant): boolean {
    return this.epochMilliseconds === other.epochMilliseconds;
  }

  isBefore(other: Instant): boolean {
    return this.epochMilliseconds < other.epochMilliseconds;
  }

  isAfter(other: Instant): boolean {
    return this.epochMilliseconds > other.epochMilliseconds;
  }

  /** A JS `Date` for the same instant. */
  toDate(): Date {
    return new Date(this.epochMilliseconds);
  }

  /**
   * ISO 8601 in JST: `'2027-04-01T10:00:00+09:00'` (milliseconds shown only
   * when not zero).
   */
  toString(): string {
    const date = this.jstDate();
    const t = this.jstTime();
    const ms = t.millisecond === 0 ? '' : `.${pad(t.millisecond, 3)}`;
    return `${date.toString()}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${ms}+09:00`;
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): never {
    throw new TermsError('INVALID_OPERATION', [
      { path: 'at', message: 'an Instant has no numeric value: use Instant.compare, isBefore or isAfter' },
    ]);
  }

  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    return this.valueOf();
  }
}
