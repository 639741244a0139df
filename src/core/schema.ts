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
import { $ZodError } from 'zod/v4/core';
import * as z from 'zod/mini';
import { CalendarDate } from './calendar-date.js';
import { TermsError, describeValue, type IssueKind, type IssueParams, type TermsIssue } from './errors.js';
import { Instant } from './instant.js';
import { tryParseYen, type Yen } from './money.js';
import { YearMonth } from './year-month.js';
import { DECLINED, type Direct, directParse, registerDirect } from './direct-parse.js';

export { DECLINED, type Direct, quickCheckOf, safeParseQuick } from './direct-parse.js';

/** A date as callers may pass it: `'YYYY-MM-DD'` or a {@link CalendarDate}. */
export type DateInput = string | CalendarDate;
/** A month as callers may pass it: `'YYYY-MM'` or a {@link YearMonth}. */
export type MonthInput = string | YearMonth;
/** An instant as callers may pass it: ISO 8601 with an offset, a `Date`, or an {@link Instant}. */
export type InstantInput = string | Date | Instant;
/** Yen as callers may pass them: a non-negative integer or a string of digits. */
export type YenInput = number | string;

/** Why a raw value was refused (a value of its own, so a string result stays a valid value), and its kind. */
class Problem {
  constructor(
    readonly message: string,
    readonly kind: IssueKind,
    readonly params: IssueParams,
  ) {}
}

/**
 * A schema from a check that returns the value or a {@link Problem}; `quick`, when given, is
 * the same check for the direct path, returning {@link DECLINED} where `check` has a problem
 * (so that a valid value costs no wrapper and an invalid one no message).
 */
function checked<T>(check: (value: unknown) => T | Problem, quick?: Direct) {
  const schema = z.transform<unknown, T>((value, ctx) => {
    const r = check(value);
    if (r instanceof Problem) {
      ctx.issues.push({ code: 'custom', message: r.message, input: value, params: { kind: r.kind, ...r.params } });
      return z.NEVER;
    }
    return r;
  });
  registerDirect(
    schema._zod.def,
    quick ??
      ((value) => {
        const r = check(value);
        return r instanceof Problem ? DECLINED : r;
      }),
  );
  return schema;
}

/** A schema from one of our `tryParse` functions (the value, or a message), refusing with issues of `kind`. */
function fromTryParse<T extends object | number>(tryParse: (value: unknown) => T | string, kind: IssueKind) {
  return checked<T>(
    (value) => {
      const r = tryParse(value);
      return typeof r === 'string' ? new Problem(r, kind, { received: describeValue(value) }) : r;
    },
    (value) => {
      const r = tryParse(value);
      return typeof r === 'string' ? DECLINED : r;
    },
  );
}

/** `'YYYY-MM-DD'` or a `CalendarDate` → `CalendarDate`. */
export const dateField = fromTryParse<CalendarDate>(CalendarDate.tryParse, 'date');
/** `'YYYY-MM'` or a `YearMonth` → `YearMonth`. */
export const monthField = fromTryParse<YearMonth>(YearMonth.tryParse, 'month');
/** ISO 8601 with offset, `Date` or `Instant` → `Instant`. */
export const instantField = fromTryParse<Instant>(Instant.tryParse, 'instant');
/** Whole, non-negative yen → `number`. */
export const yenField = fromTryParse<Yen>(tryParseYen, 'yen');

/** A whole number in `[min, max]`. */
export function intField(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return checked<number>((value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max && !Object.is(value, -0)
      ? value
      : new Problem(`expected a whole number from ${min} to ${max}, got ${describeValue(value)}`, 'whole-number', {
          min,
          max,
          received: describeValue(value),
        }),
  );
}

/** One of a fixed list of strings. */
export function enumField<const T extends readonly string[]>(values: T) {
  return checked<T[number]>((value) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T[number])
      : new Problem(
          `expected one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describeValue(value)}`,
          'one-of',
          {
            values,
            received: describeValue(value),
          },
        ),
  );
}

/** `true` or `false`. */
export const booleanField = checked<boolean>((value) =>
  typeof value === 'boolean'
    ? value
    : new Problem(`expected true or false, got ${describeValue(value)}`, 'boolean', { received: describeValue(value) }),
);

function pathOf(path: readonly PropertyKey[], prefix: string): string {
  const parts = path.map((p) => String(p));
  const joined = parts.join('.');
  if (prefix === '') return joined === '' ? 'input' : joined;
  return joined === '' ? prefix : `${prefix}.${joined}`;
}

/** The message, kind and params of one zod issue. */
function describeIssue(issue: z.core.$ZodIssue): Pick<TermsIssue, 'message' | 'kind' | 'params'> {
  if (issue.code === 'custom') {
    const { kind, ...params } = (issue.params ?? {}) as { kind?: IssueKind } & Record<string, string | number>;
    return kind === undefined ? { message: issue.message } : { message: issue.message, kind, params };
  }
  if (issue.code === 'invalid_type') {
    const received = describeValue(issue.input);
    if (issue.expected === 'object') {
      return { message: `expected an object of named fields, got ${received}`, kind: 'object', params: { received } };
    }
    if (issue.expected === 'array')
      return { message: `expected a list, got ${received}`, kind: 'list', params: { received } };
    return {
      message: `expected ${issue.expected}, got ${received}`,
      kind: 'type',
      params: { expected: issue.expected, received },
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `unexpected fields ${issue.keys.join(', ')}`,
      kind: 'unexpected-fields',
      params: { fields: issue.keys },
    };
  }
  if (issue.code === 'too_big') {
    return {
      message: `expected at most ${String(issue.maximum)}`,
      kind: 'too-big',
      params: { max: String(issue.maximum) },
    };
  }
  if (issue.code === 'too_small') {
    return {
      message: `expected at least ${String(issue.minimum)}`,
      kind: 'too-small',
      params: { min: String(issue.minimum) },
    };
  }
  return { message: issue.message };
}

/**
 * Turns a zod error into a {@link TermsError} with code `INVALID_INPUT`, one
 * issue per zod issue, paths dotted (`payments.2.amount`) and prefixed with
 * `prefix` when given.
 */
export function fromZodError(error: z.core.$ZodError, prefix = ''): TermsError {
  const from = typeof prefix === 'string' ? prefix : '';
  if (!(error instanceof $ZodError) || !Array.isArray(error.issues)) {
    return new TermsError('INVALID_INPUT', [
      { path: from || 'error', message: `expected a zod error, got ${describeValue(error)}` },
    ]);
  }
  const issues: TermsIssue[] = error.issues.map((issue) => ({
    path: pathOf(issue.path, from),
    ...describeIssue(issue),
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
    error.issues.map((i) => ({ ...i, path: field })),
  );
}

/**
 * Parses `input` with `schema` or throws a {@link TermsError}. The one door
 * through which raw input enters the library.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const out = directParse(schema, input);
  if (out !== DECLINED) return out as z.output<S>;
  // zod keeps each issue's input (for our "got …" messages) only with reportInput,
  // which makes a parse about three times as slow: only a failed parse runs again with it.
  const r = z.safeParse(schema, input);
  if (r.success) return r.data;
  const reported = z.safeParse(schema, input, { reportInput: true });
  throw fromZodError(reported.success ? r.error : reported.error, prefix);
}

/**
 * Runs `compute`, naming `field` in a date-range error: a due date before 1900-01-01
 * (`DATE_OUT_OF_RANGE`), or a shifted one outside the bank-holiday calendar's 1955–2099
 * (`HOLIDAY_YEAR_OUT_OF_RANGE`), comes from the month the caller gave.
 */
export function withField<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof TermsError && (e.code === 'DATE_OUT_OF_RANGE' || e.code === 'HOLIDAY_YEAR_OUT_OF_RANGE')) {
      throw new TermsError(
        e.code,
        e.issues.map((i) => ({ path: field, message: i.message })),
      );
    }
    throw e;
  }
}
