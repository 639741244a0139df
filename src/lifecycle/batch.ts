/**
 * The batch path: timelines for many contracts, one row out for each record in, so a
 * billing run over a million contracts never holds them all. An invalid record yields an
 * error row with its line and the `TermsError` issues; it never stops the run.
 *
 * Pure: the functions here read nothing and write nothing. The caller (the CLI, a
 * service) reads lines or records and writes rows; both functions are lazy generators,
 * so memory stays flat in the number of records.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  TermsError,
  describeValue,
  invalidInput,
  isTermsError,
  type TermsErrorCode,
  type TermsIssue,
} from '../core/errors.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { dateField, enumField, parseInput } from '../core/schema.js';
import { contractOf } from './record.js';
import type { LeanTimelineResult } from './assembly.js';
import type { ContractTimelineResult } from './events.js';
import { contractTimelineOf, leanTimelineOf, type TimelineOptions, type TimelineWindow } from './timeline.js';

/** How the items of a batch are read. */
import { readerFor, type Entry, type Reader } from './readers.js';

export { CSV_MAX_RECORD_LINES, contractFromCsvRow, parseCsvRecord } from './readers.js';

export const BATCH_INPUTS = ['records', 'ndjson', 'csv'] as const;
/** What the items of a batch are: records, NDJSON lines or CSV lines. */
export type BatchInput = (typeof BATCH_INPUTS)[number];

/** The window of every timeline of a batch, and how its items are read. */
export interface BatchWindow extends TimelineWindow {
  /**
   * `'records'` (default): each item is a contract record. `'ndjson'`: each item is one
   * line of text holding a JSON record (blank lines are skipped). `'csv'`: each item is one
   * line of a CSV file (RFC 4180) whose first line names the fields (see
   * {@link contractFromCsvRow}).
   */
  readonly input?: BatchInput | undefined;
}

/**
 * The options of a batch of timelines: the interpretation options a timeline reads
 * (`OPTIONS_READ`), and `notes`, which is no reading of the terms but says what the rows carry.
 */
export type TimelineBatchOptions<F extends 'contractTimelines' | 'contractTimelinesAsync' = 'contractTimelines'> =
  OptionsFor<F> & {
    /**
     * Whether each event carries its short English `note` (default `true`). `false` leaves
     * the notes out — every other field of every row stays the same — and the batch does not
     * build them: what a program that reads kinds, dates and amounts wants, and faster.
     */
    readonly notes?: boolean | undefined;
  };

/** The error of a row: a `TermsError` as JSON. */
export interface BatchRowError {
  readonly code: TermsErrorCode;
  readonly message: string;
  readonly issues: TermsIssue[];
}

/** One row of a batch: the timeline of the record at `line`, or the error that stopped it. */
export type TimelineBatchRow =
  | { readonly line: number; readonly ok: true; readonly id?: string; readonly timeline: ContractTimelineResult }
  | { readonly line: number; readonly ok: false; readonly id?: string; readonly error: BatchRowError };

/**
 * A row of the CLI's compact batch (`leanTimelines`, `leanTimelinesAsync`): as a
 * {@link TimelineBatchRow} without notes, its timeline lean (assembly.ts's `LeanTimelineResult`:
 * the plain months' fees left as `PlainFee` entries). Read, never serialised as it is.
 */
export type LeanBatchRow =
  | { readonly line: number; readonly ok: true; readonly id?: string; readonly timeline: LeanTimelineResult }
  | { readonly line: number; readonly ok: false; readonly id?: string; readonly error: BatchRowError };

export const BatchWindowSchema = z.strictObject({
  asOf: dateField,
  until: z.optional(dateField),
  input: z.optional(enumField(BATCH_INPUTS)),
});

// ---------------------------------------------------------------------------------------
// Rows

interface Run<R> {
  readonly reader: Reader;
  row(entry: Entry): R;
}

export function errorOf(e: TermsError): BatchRowError {
  return { code: e.code, message: e.message, issues: e.issues.map((i) => ({ ...i })) };
}

/**
 * `options` without `notes`, and `notes` checked (a boolean or absent: default `true`). The
 * rest is left for `optionsFor`, which checks it as any function's interpretation options.
 */
export function notesOption(options: unknown): { notes: boolean; rest: unknown } {
  if (typeof options !== 'object' || options === null || !Object.hasOwn(options, 'notes')) {
    return { notes: true, rest: options };
  }
  const { notes, ...rest } = options as { notes?: unknown };
  if (notes !== undefined && typeof notes !== 'boolean') {
    const received = describeValue(notes);
    throw new TermsError('INVALID_INPUT', [
      {
        path: 'options.notes',
        message: `expected true or false (whether each event carries its English note), got ${received}`,
        kind: 'type',
        params: { expected: 'boolean', received },
      },
    ]);
  }
  return { notes: notes ?? true, rest };
}

/** The reader and the row of a batch; `lean`: rows of `leanTimelineOf` (notes left out whatever `notes` says). */
function prepare(
  window: BatchWindow,
  options: unknown,
  fn: 'contractTimelines' | 'contractTimelinesAsync',
  lean: true,
): Run<LeanBatchRow>;
function prepare(
  window: BatchWindow,
  options: unknown,
  fn: 'contractTimelines' | 'contractTimelinesAsync',
  lean?: false,
): Run<TimelineBatchRow>;
function prepare(
  window: BatchWindow,
  options: unknown,
  fn: 'contractTimelines' | 'contractTimelinesAsync',
  lean = false,
): Run<TimelineBatchRow | LeanBatchRow> {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw invalidInput('window', `expected { asOf, until?, input? }, got ${describeValue(window)}`);
  }
  const { asOf, until, input } = parseInput(BatchWindowSchema, window);
  const { notes, rest } = notesOption(options);
  const resolved: TimelineOptions = optionsFor(fn, rest);
  return {
    reader: readerFor(input ?? 'records'),
    row(entry) {
      const { line } = entry;
      if ('error' in entry) return { line, ok: false, error: errorOf(entry.error) };
      const record = entry.record;
      const rawId =
        typeof record === 'object' && record !== null && !Array.isArray(record)
          ? (record as { id?: unknown }).id
          : undefined;
      // Two literals, not a spread of `{ id }` into a larger one (V8 makes that many times slower).
      const id = typeof rawId === 'string' ? rawId : undefined;
      try {
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
          throw invalidInput(
            'contract',
            `expected a contract record (an object of named fields), got ${describeValue(record)}`,
          );
        }
        const k = contractOf(record, asOf);
        const timeline = lean
          ? leanTimelineOf(k, asOf, until, resolved)
          : contractTimelineOf(k, asOf, until, resolved, undefined, notes);
        return id === undefined ? { line, ok: true, timeline } : { line, ok: true, id, timeline };
      } catch (e) {
        if (isTermsError(e)) {
          const error = errorOf(e);
          return id === undefined ? { line, ok: false, error } : { line, ok: false, id, error };
        }
        throw e;
      }
    },
  };
}

/**
 * What a refused source was. A string is iterable, but its items would be characters:
 * the whole text of a file is refused with a hint rather than read as one record a character.
 */
export function sourceText(source: unknown): string {
  return typeof source === 'string'
    ? `a string (${source.length} characters): split a file's text into lines, e.g. text.split('\\n')`
    : describeValue(source);
}

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

/** Refuses a batch source that is no iterable, or a string (its items would be characters). */
export function checkSource(source: unknown): void {
  if (!isIterable(source) || typeof source === 'string')
    throw invalidInput('source', `expected an iterable of records or lines, got ${sourceText(source)}`);
}

/** Refuses a batch stream that is neither an async iterable nor an iterable, or a string. */
export function checkAsyncSource(source: unknown): void {
  if ((!isAsyncIterable(source) && !isIterable(source)) || typeof source === 'string') {
    throw invalidInput(
      'source',
      `expected an async iterable or an iterable of records or lines, got ${sourceText(source)}`,
    );
  }
}

/**
 * Timelines for many contracts: one row for each record, in order — `{ line, ok: true,
 * id?, timeline }` or `{ line, ok: false, id?, error: { code, message, issues } }`. A bad
 * record never stops the run and is never dropped: rows out = records in. `line` is the
 * item's position (1, 2, …) — the line number for `input: 'ndjson'` and `'csv'`, whose
 * items are lines of text (blank lines hold no record and get no row; a CSV record that
 * spans lines is numbered by its first).
 *
 * Lazy: a generator that computes each row when asked, so memory does not grow with the
 * number of records. For a stream, see {@link contractTimelinesAsync}. The window and the
 * options are checked at once (`TermsError`); errors thrown by your own iterable pass
 * through unchanged.
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount`,
 * `bankHolidayShift`, `paymentApplication`, `midMonthChange`, `lateCompanyNotice`, `lateNonRenewal` and `lateTermsChange`
 * — every rule's but the company holidays (I-12) — and `notes` (default `true`): `false` leaves
 * every event's English `note` out and does not build it (the rows are otherwise the same).
 *
 * @example
 * ```ts
 * import { contractTimelines } from 'cloud-ops-terms';
 * const lines = [
 *   '{"id":"A","formationDate":"2027-03-15","scheduledStartDate":"2027-04-01","termMonths":12,"monthlyFee":90000}',
 *   '{"id":"B","formationDate":"2027-03-15","scheduledStartDate":"2027-04-01","termMonths":12,"monthlyFee":-1}',
 *   'not json',
 * ];
 * [...contractTimelines(lines, { asOf: '2027-05-01', input: 'ndjson' })].map((r) => [r.line, r.ok, r.id ?? '', r.ok ? r.timeline.status : r.error.issues[0]?.path]);
 * //=> [[1, true, 'A', 'running'], [2, false, 'B', 'monthlyFee'], [3, false, '', 'input']]
 * ```
 */
export function contractTimelines(
  source: Iterable<unknown>,
  window: BatchWindow,
  options?: TimelineBatchOptions<'contractTimelines'>,
): Generator<TimelineBatchRow> {
  const run = prepare(window, options, 'contractTimelines');
  checkSource(source);
  return rowsOf(run, source);
}

/** The rows of `run` over `source`, one at a time. */
function* rowsOf<R>(run: Run<R>, source: Iterable<unknown>): Generator<R> {
  let position = 0;
  for (const item of source) {
    position += 1;
    for (const entry of run.reader.push(item, position)) yield run.row(entry);
  }
  for (const entry of run.reader.end()) yield run.row(entry);
}

/** The rows of `run` over a stream, one at a time. */
async function* rowsOfAsync<R>(run: Run<R>, source: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<R> {
  let position = 0;
  for await (const item of source) {
    position += 1;
    for (const entry of run.reader.push(item, position)) yield run.row(entry);
  }
  for (const entry of run.reader.end()) yield run.row(entry);
}

/**
 * {@link contractTimelines} over a stream: an `AsyncIterable` (a `readline` interface over
 * a file, a database cursor) or a plain iterable. Rows come out one at a time as items
 * come in, so a run over a million contracts holds one at a time.
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount`,
 * `bankHolidayShift`, `paymentApplication`, `midMonthChange`, `lateCompanyNotice`, `lateNonRenewal` and `lateTermsChange`
 * — every rule's but the company holidays (I-12) — and `notes`, as for {@link contractTimelines}.
 *
 * @example
 * ```ts
 * import { contractTimelinesAsync } from 'cloud-ops-terms';
 * async function* csv() {
 *   yield 'id,formationDate,scheduledStartDate,termMonths,monthlyFee';
 *   yield 'A,2027-03-15,2027-04-01,12,90000';
 *   yield 'B,2027-03-15,2027-04-01,twelve,90000';
 * }
 * const rows = [];
 * for await (const row of contractTimelinesAsync(csv(), { asOf: '2027-05-01', input: 'csv' })) rows.push(row);
 * rows.map((r) => [r.line, r.ok ? r.timeline.billingStartDate : r.error.issues[0]?.path]);
 * //=> [[2, '2027-04-01'], [3, 'termMonths']]
 * ```
 */
export function contractTimelinesAsync(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  window: BatchWindow,
  options?: TimelineBatchOptions<'contractTimelinesAsync'>,
): AsyncGenerator<TimelineBatchRow> {
  const run = prepare(window, options, 'contractTimelinesAsync');
  checkAsyncSource(source);
  return rowsOfAsync(run, source);
}

/**
 * {@link contractTimelines} for the CLI's compact rows (src/cli/compact.ts): the same rows
 * without notes, each timeline lean (its plain months' fees left as `PlainFee` entries, not
 * made into events). Internal: not exported from the package root.
 */
export function leanTimelines(
  source: Iterable<unknown>,
  window: BatchWindow,
  options?: TimelineBatchOptions<'contractTimelines'>,
): Generator<LeanBatchRow> {
  const run = prepare(window, options, 'contractTimelines', true);
  checkSource(source);
  return rowsOf(run, source);
}

/** {@link leanTimelines} over a stream, as {@link contractTimelinesAsync}. Internal. */
export function leanTimelinesAsync(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  window: BatchWindow,
  options?: TimelineBatchOptions<'contractTimelinesAsync'>,
): AsyncGenerator<LeanBatchRow> {
  const run = prepare(window, options, 'contractTimelinesAsync', true);
  checkAsyncSource(source);
  return rowsOfAsync(run, source);
}
