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

/**
 * What kind of problem an issue is: the key of its sentence in the message catalogues
 * (`formatTermsError`), with {@link TermsIssue.params} filling it in.
 *
 * - `date`, `month`, `instant`, `yen`, `boolean` — not a value of that kind;
 * - `whole-number` (`min`, `max`), `one-of` (`values`), `type` (`expected`: a type name),
 *   `object`, `list`, `unexpected-fields` (`fields`), `too-small` (`min`), `too-big` (`max`);
 * - `unknown-field` — a field the record does not have (its path names it);
 * - `provision` — not a provision of the terms in dotted form;
 * - `month-end` — a date that must be the last day of its month (第13条1項's termination date);
 * - `options-object`, `option-value` (`values`, `interpretation`), `date-list`,
 *   `unknown-option` and `option-not-read` (`option`, `function`, `reads`);
 * - `not-before`, `not-after` (`other`: the path of the field it may not precede or follow,
 *   `date`: its value) — a date before (after) another field's date;
 * - `rule` — a check of one provision, said by the English `message` and the error's code.
 *
 * Every kind may carry `received`: what was given, described safely (`describeValue`).
 */
export type IssueKind =
  | 'date'
  | 'month'
  | 'instant'
  | 'yen'
  | 'boolean'
  | 'whole-number'
  | 'one-of'
  | 'type'
  | 'object'
  | 'list'
  | 'unexpected-fields'
  | 'unknown-field'
  | 'too-small'
  | 'too-big'
  | 'provision'
  | 'month-end'
  | 'options-object'
  | 'option-value'
  | 'date-list'
  | 'unknown-option'
  | 'option-not-read'
  | 'not-before'
  | 'not-after'
  | 'rule';

/** The values an issue's sentence is built from; `received` is what was given, described safely. */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/** One problem with the input: where it is, what was expected and what was received. */
export interface TermsIssue {
  /** Dotted path of the field, e.g. `requestedDate` or `payments.2.amount`; `input` for the whole input. */
  readonly path: string;
  /** What was expected, in English. */
  readonly message: string;
  /** The kind of problem, for a message in the user's language (`formatTermsError`); absent: `rule`. */
  readonly kind?: IssueKind;
  /** What the sentence of {@link kind} needs: the expected values, bounds, what was received. */
  readonly params?: IssueParams;
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
      issueOf,
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

/** A frozen copy of a caller's issue: always a path and a message, a kind and params only when well formed. */
function issueOf(i: unknown): TermsIssue {
  const path = textOr(i, 'path', 'input');
  const message = textOr(i, 'message', 'invalid');
  const { kind, params } = (typeof i === 'object' && i !== null ? i : {}) as { kind?: unknown; params?: unknown };
  if (typeof kind !== 'string' || kind === '') return Object.freeze({ path, message });
  return typeof params === 'object' && params !== null && !Array.isArray(params)
    ? Object.freeze({ path, message, kind: kind as IssueKind, params: Object.freeze({ ...params }) as IssueParams })
    : Object.freeze({ path, message, kind: kind as IssueKind });
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

/** Shorthand for the commonest error: one field, one message, `INVALID_INPUT` (of `kind`, with `params`, when given). */
export function invalidInput(path: string, message: string, kind?: IssueKind, params?: IssueParams): TermsError {
  return new TermsError('INVALID_INPUT', [
    kind === undefined
      ? { path, message }
      : params === undefined
        ? { path, message, kind }
        : { path, message, kind, params },
  ]);
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
