/**
 * The one error class of the library.
 *
 * Every public function either returns a result or throws a {@link TermsError}.
 * `code` is stable and machine-readable; `issues` lists each problem with the
 * path of the offending field (zod-like, dotted: `options.rounding`).
 *
 * @module
 */

/**
 * Stable error codes.
 *
 * - `INVALID_INPUT` — the input is not of the expected form (a bad date, a
 *   negative fee, a missing field). The message names the field.
 * - `DATE_OUT_OF_RANGE` — a computed date left the supported range 1900–2199.
 * - `AMOUNT_OUT_OF_RANGE` — a computed amount is not a safe integer of yen.
 * - `HOLIDAY_YEAR_OUT_OF_RANGE` — national holidays are computed for 1955–2099 only.
 * - `TERMS_NOT_IN_FORCE` — a date before the terms were enacted (2017-03-01, I-14).
 * - `EXTENSION_NOT_WHOLE_MONTHS` — 第13条5項 allows extensions in whole months only (I-05).
 * - `NOT_ALLOWED_BY_TERMS` — any other request the terms do not allow.
 * - `INVALID_OPERATION` — a value object was used in a way that cannot be
 *   meaningful (for example comparing two dates with `<`).
 */
export type TermsErrorCode =
  | 'INVALID_INPUT'
  | 'DATE_OUT_OF_RANGE'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'HOLIDAY_YEAR_OUT_OF_RANGE'
  | 'TERMS_NOT_IN_FORCE'
  | 'EXTENSION_NOT_WHOLE_MONTHS'
  | 'NOT_ALLOWED_BY_TERMS'
  | 'INVALID_OPERATION';

/** One problem with the input: where it is and what was expected. */
export interface TermsIssue {
  /** Dotted path of the field, e.g. `requestedDate` or `payments.2.amount`; `input` for the whole input. */
  readonly path: string;
  /** What was expected, in English. */
  readonly message: string;
}

/**
 * Thrown for bad input and for requests the terms do not allow.
 *
 * @example
 * ```ts
 * import { TermsError, CalendarDate } from 'cloud-ops-terms';
 * try {
 *   CalendarDate.parse('2027-02-30', 'terminationDate');
 * } catch (e) {
 *   (e as TermsError).code;
 *   //=> 'INVALID_INPUT'
 * }
 * ```
 */
export class TermsError extends Error {
  override readonly name = 'TermsError';
  readonly code: TermsErrorCode;
  readonly issues: readonly TermsIssue[];

  constructor(code: TermsErrorCode, issues: readonly TermsIssue[], message?: string) {
    const list = (Array.isArray(issues) && issues.length > 0 ? issues : [{ path: 'input', message: 'invalid' }]).map(
      (i: unknown) => Object.freeze({ path: textOr(i, 'path', 'input'), message: textOr(i, 'message', 'invalid') }),
    );
    super(
      typeof message === 'string' && message !== '' ? message : list.map((i) => `${i.path}: ${i.message}`).join('; '),
    );
    this.code = code;
    this.issues = Object.freeze(list);
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** A JSON form for logs and error rows (batch output). */
  toJSON(): { name: string; code: TermsErrorCode; message: string; issues: TermsIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: [...this.issues] };
  }
}

/**
 * `issue[key]` when it is a non-empty string, else `fallback`: an issue always
 * names a field and says something, even when a caller passed a label that is
 * not a string (`parseYen(-1, 42)`).
 */
function textOr(issue: unknown, key: 'path' | 'message', fallback: string): string {
  const value: unknown =
    typeof issue === 'object' && issue !== null ? (issue as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** Shorthand for the commonest error: one field, one message, `INVALID_INPUT`. */
export function invalidInput(path: string, message: string): TermsError {
  return new TermsError('INVALID_INPUT', [{ path, message }]);
}

/** True for a {@link TermsError} (also across bundle copies, by name and shape). */
export function isTermsError(value: unknown): value is TermsError {
  return (
    value instanceof TermsError ||
    (value instanceof Error &&
      value.name === 'TermsError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      Array.isArray((value as { issues?: unknown }).issues))
  );
}

const MAX_SHOWN = 40;

/**
 * A short, safe description of a received value for an error message:
 * strings quoted and cut at 40 characters, never a JSON dump (the value may be
 * cyclic or huge).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  switch (typeof value) {
    case 'string': {
      const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return `'${cut}'`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (Array.isArray(value)) return 'an array';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
      return 'an object';
  }
}
