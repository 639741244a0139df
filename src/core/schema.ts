/**
 * Validation at the edge (zod/mini): field schemas that turn raw input into
 * trusted value objects, and the bridge from zod's issues to {@link TermsError}.
 *
 * Every public function parses its input once with {@link parseInput}; the
 * code behind it works with `CalendarDate`, `Instant`, `YearMonth` and whole
 * yen and never checks again. We use `zod/mini` so the spreadsheet bundle
 * stays small.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CalendarDate } from './calendar-date.js';
import { TermsError, describeValue, type TermsIssue } from './errors.js';
import { Instant } from './instant.js';
import { tryParseYen, type Yen } from './money.js';
import { YearMonth } from './year-month.js';

/** A date as callers may pass it: `'YYYY-MM-DD'` or a {@link CalendarDate}. */
export type DateInput = string | CalendarDate;
/** A month as callers may pass it: `'YYYY-MM'` or a {@link YearMonth}. */
export type MonthInput = string | YearMonth;
/** An instant as callers may pass it: ISO 8601 with an offset, a `Date`, or an {@link Instant}. */
export type InstantInput = string | Date | Instant;
/** Yen as callers may pass them: a non-negative integer or a string of digits. */
export type YenInput = number | string;

/** Why a raw value was refused (a value of its own, so a string result stays a valid value). */
class Problem {
  constructor(readonly message: string) {}
}

/** A schema from a check that returns the value or a {@link Problem}. */
function checked<T>(check: (value: unknown) => T | Problem) {
  return z.transform<unknown, T>((value, ctx) => {
    const r = check(value);
    if (r instanceof Problem) {
      ctx.issues.push({ code: 'custom', message: r.message, input: value });
      return z.NEVER;
    }
    return r;
  });
}

/** A schema from one of our `tryParse` functions (the value, or a message). */
function fromTryParse<T extends object | number>(tryParse: (value: unknown) => T | string) {
  return checked<T>((value) => {
    const r = tryParse(value);
    return typeof r === 'string' ? new Problem(r) : r;
  });
}

/** `'YYYY-MM-DD'` or a `CalendarDate` → `CalendarDate`. */
export const dateField = fromTryParse<CalendarDate>(CalendarDate.tryParse);
/** `'YYYY-MM'` or a `YearMonth` → `YearMonth`. */
export const monthField = fromTryParse<YearMonth>(YearMonth.tryParse);
/** ISO 8601 with offset, `Date` or `Instant` → `Instant`. */
export const instantField = fromTryParse<Instant>(Instant.tryParse);
/** Whole, non-negative yen → `number`. */
export const yenField = fromTryParse<Yen>(tryParseYen);

/** A whole number in `[min, max]`. */
export function intField(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return checked<number>((value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max && !Object.is(value, -0)
      ? value
      : new Problem(`expected a whole number from ${min} to ${max}, got ${describeValue(value)}`),
  );
}

/** One of a fixed list of strings. */
export function enumField<const T extends readonly string[]>(values: T) {
  return checked<T[number]>((value) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T[number])
      : new Problem(`expected one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describeValue(value)}`),
  );
}

/** `true` or `false`. */
export const booleanField = checked<boolean>((value) =>
  typeof value === 'boolean' ? value : new Problem(`expected true or false, got ${describeValue(value)}`),
);

function pathOf(path: readonly PropertyKey[], prefix: string): string {
  const parts = path.map((p) => String(p));
  const joined = parts.join('.');
  if (prefix === '') return joined === '' ? 'input' : joined;
  return joined === '' ? prefix : `${prefix}.${joined}`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'object') {
      return `expected an object of named fields, got ${describeValue(issue.input)}`;
    }
    if (issue.expected === 'array') return `expected a list, got ${describeValue(issue.input)}`;
    return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') return `unexpected fields ${issue.keys.join(', ')}`;
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    return `expected ${issue.code === 'too_big' ? 'at most' : 'at least'} ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)}`;
  }
  return issue.message;
}

/**
 * Turns a zod error into a {@link TermsError} with code `INVALID_INPUT`, one
 * issue per zod issue, paths dotted (`payments.2.amount`) and prefixed with
 * `prefix` when given.
 */
export function fromZodError(error: z.core.$ZodError, prefix = ''): TermsError {
  const from = typeof prefix === 'string' ? prefix : '';
  if (!(error instanceof z.core.$ZodError) || !Array.isArray(error.issues)) {
    return new TermsError('INVALID_INPUT', [
      { path: from || 'error', message: `expected a zod error, got ${describeValue(error)}` },
    ]);
  }
  const issues: TermsIssue[] = error.issues.map((issue) => ({
    path: pathOf(issue.path, from),
    message: messageOf(issue),
  }));
  return new TermsError('INVALID_INPUT', issues);
}

/** The paths the value objects' own range errors carry (`CalendarDate#addDays`, `YearMonth#addMonths`, holiday lookups). */
const VALUE_PATHS: ReadonlySet<string> = new Set(['date', 'month']);

/**
 * A computed date that left the supported years, reported at the input field
 * it was computed from: use as `catch (e) { throw atField(e, 'changeDate'); }`.
 * A `DATE_OUT_OF_RANGE` or `HOLIDAY_YEAR_OUT_OF_RANGE` {@link TermsError}
 * whose issues carry a value object's generic path (`date`, `month`) comes
 * back with `field` as their path; an error that already names a field, and
 * anything else, comes back unchanged.
 */
export function atField(error: unknown, field: string): unknown {
  if (
    !(error instanceof TermsError) ||
    (error.code !== 'DATE_OUT_OF_RANGE' && error.code !== 'HOLIDAY_YEAR_OUT_OF_RANGE') ||
    !error.issues.every((i) => VALUE_PATHS.has(i.path))
  ) {
    return error;
  }
  return new TermsError(
    error.code,
    error.issues.map((i) => ({ path: field, message: i.message })),
  );
}

/**
 * Parses `input` with `schema` or throws a {@link TermsError}. The one door
 * through which raw input enters the library.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const r = z.safeParse(schema, input, { reportInput: true });
  if (!r.success) throw fromZodError(r.error, prefix);
  return r.data;
}
