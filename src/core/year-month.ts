/**
 * A calendar month (`'YYYY-MM'`), e.g. the service month a monthly fee pays for.
 *
 * @module
 */
import { CalendarDate, MAX_YEAR, MIN_YEAR, daysInMonth } from './calendar-date.js';
import { TermsError, describeValue, invalidInput } from './errors.js';

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const EXPECTED = "a month written 'YYYY-MM' (for example '2027-04')";

// The months made, by month number (year × 12 + month − 1 − MIN_YEAR × 12): every month of the
// supported years at most (3,600), each made once — a batch steps through the same months for
// every contract. Not observable: a month is immutable and frozen, equal to any other of its
// month (compare them with `equals`, never `===`). Filled up front (packed).
const MONTH_LIMIT = 3_600;
const MONTHS: (YearMonth | undefined)[] = [];
for (let i = 0; i < (MAX_YEAR - MIN_YEAR + 1) * 12; i++) MONTHS.push(undefined);
let months = 0;

function problemWith(value: unknown): string | [number, number] {
  if (typeof value !== 'string') return `expected ${EXPECTED}, got ${describeValue(value)}`;
  const m = MONTH_PATTERN.exec(value);
  if (!m) return `expected ${EXPECTED}, got ${describeValue(value)}`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${describeValue(value)}`;
  }
  if (month < 1 || month > 12) return `expected a month 01–12, got ${describeValue(value)}`;
  return [year, month];
}

/**
 * An immutable year and month.
 *
 * @example
 * ```ts
 * import { YearMonth } from 'cloud-ops-terms';
 * YearMonth.parse('2028-02').lastDay().toString();
 * //=> '2028-02-29'
 * ```
 */
export class YearMonth {
  /** Set only by the constructor: YearMonths that `Object.create(YearMonth.prototype)` forges do not have it. */
  // Stryker disable next-line BooleanLiteral: `#made in value` asks whether the field exists, never its value
  readonly #made = true;

  /**
   * `instanceof YearMonth` holds only for values the library made, never for an
   * object that merely has YearMonth.prototype as its prototype.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && #made in value;
  }

  readonly year: number;
  readonly month: number;

  private constructor(year: number, month: number) {
    this.year = year;
    this.month = month;
    Object.freeze(this);
  }

  /** The month of a year in range and a month 1–12: the one already made, or a new one (kept while the table has room). */
  static #at(year: number, month: number): YearMonth {
    const slot = (year - MIN_YEAR) * 12 + month - 1;
    let made = MONTHS[slot];
    if (made === undefined) {
      made = new YearMonth(year, month);
      if (months < MONTH_LIMIT) {
        MONTHS[slot] = made;
        months += 1;
      }
    }
    return made;
  }

  /** Strictly parses `'YYYY-MM'`; a `YearMonth` passes through. */
  static parse(value: unknown, field = 'month'): YearMonth {
    const r = YearMonth.tryParse(value);
    if (typeof r === 'string') throw invalidInput(field, r, 'month', { received: describeValue(value) });
    return r;
  }

  /** Like {@link YearMonth.parse}, returning the problem as a string. */
  static tryParse(value: unknown): YearMonth | string {
    if (value instanceof YearMonth) return value;
    const r = problemWith(value);
    return typeof r === 'string' ? r : YearMonth.#at(r[0], r[1]);
  }

  /** The month a date falls in. */
  static of(date: CalendarDate): YearMonth {
    if (!(date instanceof CalendarDate))
      throw invalidInput('date', `expected a CalendarDate, got ${describeValue(date)}`);
    return YearMonth.#at(date.year, date.month);
  }

  /** The month `months` later (earlier when negative). */
  addMonths(months: number): YearMonth {
    const index = this.year * 12 + (this.month - 1) + months;
    const year = Math.floor(index / 12);
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      throw new TermsError('DATE_OUT_OF_RANGE', [
        { path: 'month', message: `the computed month is outside the supported years ${MIN_YEAR}–${MAX_YEAR}` },
      ]);
    }
    return YearMonth.#at(year, index - year * 12 + 1);
  }

  firstDay(): CalendarDate {
    return CalendarDate.of(this.year, this.month, 1);
  }

  lastDay(): CalendarDate {
    return CalendarDate.of(this.year, this.month, this.daysInMonth());
  }

  daysInMonth(): number {
    return daysInMonth(this.year, this.month);
  }

  contains(date: CalendarDate): boolean {
    return date.year === this.year && date.month === this.month;
  }

  static compare(a: YearMonth, b: YearMonth): number {
    return a.year * 12 + a.month - (b.year * 12 + b.month);
  }

  equals(other: YearMonth): boolean {
    return this.year === other.year && this.month === other.month;
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): never {
    throw new TermsError('INVALID_OPERATION', [
      { path: 'month', message: 'a YearMonth has no numeric value: use YearMonth.compare or equals' },
    ]);
  }

  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    return this.valueOf();
  }
}
