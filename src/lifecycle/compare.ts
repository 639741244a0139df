/**
 * The impact of a change of reading: every contract's timeline under two sets of
 * interpretation options — today's (the base) and an alternative — and what changes
 * between them: which events are added, removed, moved to another day or change their
 * amount, and the difference in yen, per contract and (summed by the caller) for a book.
 *
 * Legal and billing ask this before a reading is changed (docs/interpretations.md, "Weighing
 * a change of reading"). Pure and lazy like the batch path: one row out for each record in,
 * an invalid record an error row.
 *
 * @module
 */
import { describeValue, invalidInput, isTermsError, TermsError } from '../core/errors.js';
import { Dec, type Yen } from '../core/money.js';
import { OPTION_INTERPRETATIONS, optionsFor, resolveOptions, type Options } from '../core/options.js';
import { PROVISIONS, type ProvisionRef } from '../core/provisions.js';
import { parseInput } from '../core/schema.js';
import { CalendarDate } from '../core/calendar-date.js';
import {
  BatchWindowSchema,
  errorOf,
  checkAsyncSource,
  checkSource,
  type BatchRowError,
  type BatchWindow,
} from './batch.js';
import { readerFor, type Entry } from './readers.js';
import { contractOf, type TrustedContract } from './record.js';
import { AMOUNT_DUE_KINDS, type ContractTimelineResult } from './events.js';
import { contractTimelineOf, type TimelineOptions } from './timeline.js';
import { type EventChange, eventChangesOf } from './event-changes.js';

/** What one reading makes of a contract, in yen and its end. */
export interface ReadingSummary {
  /** Everything the customer owes in the timeline: fees, other amounts due and late interest, whole yen. */
  readonly owed: Yen;
  /** What the company pays back (第15条2項), whole yen. */
  readonly refunded: Yen;
  /** `owed − refunded`. */
  readonly net: Yen;
  /** Unpaid on `asOf` (without interest), as the timeline reports it. */
  readonly outstanding: Yen;
  readonly terminationDate: string | null;
  /** The last day both timelines cover. */
  readonly until: string;
}

/** One row of a comparison: the contract at `line` under both readings, or the error that stopped it. */
export type CompareRow =
  | {
      readonly line: number;
      readonly ok: true;
      readonly id?: string;
      /** True when any event differs (a change of `outstanding` alone shows in the summaries). */
      readonly changed: boolean;
      readonly changes: EventChange[];
      readonly base: ReadingSummary;
      readonly alternative: ReadingSummary;
      /** `alternative.net − base.net`: what the change of reading adds to (or takes from) the customer's bill. */
      readonly difference: Yen;
      /** Every provision either timeline cites, in the order of the terms (each change has its own). */
      readonly basis: ProvisionRef[];
    }
  | {
      readonly line: number;
      readonly ok: false;
      readonly id?: string;
      /** The reading under which the record failed, when only one of them refused it. */
      readonly under?: 'base' | 'alternative';
      readonly error: BatchRowError;
    };

/** An option whose value differs between the two readings, with the interpretation it decides. */
export interface OptionDifference {
  readonly option: keyof Options;
  readonly interpretation: string;
  readonly base: string;
  readonly alternative: string;
}

// ---------------------------------------------------------------------------------------
// Matching the events of two timelines

const OWED: ReadonlySet<string> = new Set<string>([...AMOUNT_DUE_KINDS, 'late-interest']);

/** A timeline's amounts, summed exactly. */
function summaryOf(r: ContractTimelineResult): ReadingSummary {
  let owed = new Dec(0);
  let refunded = new Dec(0);
  for (const e of r.events) {
    if (e.amount === undefined) continue;
    if (OWED.has(e.kind)) owed = owed.plus(e.amount);
    else if (e.kind === 'refund') refunded = refunded.plus(e.amount);
  }
  const net = owed.minus(refunded);
  if (!owed.abs().lte(Number.MAX_SAFE_INTEGER) || !net.abs().lte(Number.MAX_SAFE_INTEGER)) {
    throw new TermsError('AMOUNT_OUT_OF_RANGE', [
      {
        path: 'monthlyFee',
        message: `the sums of amounts are not whole numbers of yen up to ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
  }
  return {
    owed: owed.toNumber(),
    refunded: refunded.toNumber(),
    net: net.toNumber(),
    outstanding: r.outstanding,
    terminationDate: r.terminationDate,
    until: r.until,
  };
}

/** The provisions of both timelines, in the order of the terms. */
function basisOfBoth(a: readonly ProvisionRef[], b: readonly ProvisionRef[]): ProvisionRef[] {
  const cited = new Set<ProvisionRef>([...a, ...b]);
  return PROVISIONS.filter((p) => cited.has(p));
}

// ---------------------------------------------------------------------------------------
// One record under both readings

interface Readings {
  readonly asOf: CalendarDate;
  readonly until: CalendarDate | undefined;
  readonly base: TimelineOptions;
  readonly alternative: TimelineOptions;
}

type Under = 'base' | 'alternative';

/** Runs one reading, noting which one refused the record. */
function read(c: TrustedContract, r: Readings, under: Under, until: CalendarDate | undefined): ContractTimelineResult {
  try {
    return contractTimelineOf(c, r.asOf, until, r[under]);
  } catch (e) {
    if (isTermsError(e)) throw Object.assign(e, { under });
    throw e;
  }
}

/**
 * The trusted core of {@link compareTimelines} for one parsed record. Without `until`, both
 * readings are shown through the later of their own default ends, so that an event is never
 * "added" only because one window was longer.
 */
export function compareTimelineOf(
  c: TrustedContract,
  r: Readings,
): Omit<Extract<CompareRow, { ok: true }>, 'line' | 'ok' | 'id'> {
  let base = read(c, r, 'base', r.until);
  let alternative = read(c, r, 'alternative', r.until);
  if (r.until === undefined && base.until !== alternative.until) {
    const until = CalendarDate.parse([base.until, alternative.until].sort()[1] as string);
    base = read(c, r, 'base', until);
    alternative = read(c, r, 'alternative', until);
  }
  const changes = eventChangesOf(base.events, alternative.events);
  const before = summaryOf(base);
  const after = summaryOf(alternative);
  return {
    changed: changes.length > 0,
    changes,
    base: before,
    alternative: after,
    // `+ 0`: never a negative zero.
    difference: new Dec(after.net).minus(before.net).toNumber() + 0,
    basis: basisOfBoth(base.basis, alternative.basis),
  };
}

function recordId(record: unknown): string | undefined {
  const raw =
    typeof record === 'object' && record !== null && !Array.isArray(record)
      ? (record as { id?: unknown }).id
      : undefined;
  return typeof raw === 'string' ? raw : undefined;
}

function rowOf(entry: Entry, r: Readings): CompareRow {
  const { line } = entry;
  if ('error' in entry) return { line, ok: false, error: errorOf(entry.error) };
  const id = recordId(entry.record);
  const head = id === undefined ? { line } : { line, id };
  try {
    const record = entry.record;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw invalidInput(
        'contract',
        `expected a contract record (an object of named fields), got ${describeValue(record)}`,
      );
    }
    return { ...head, ok: true, ...compareTimelineOf(contractOf(record, r.asOf), r) };
  } catch (e) {
    if (!isTermsError(e)) throw e;
    const under = (e as TermsError & { under?: Under }).under;
    const error = errorOf(e);
    return under === undefined ? { ...head, ok: false, error } : { ...head, ok: false, under, error };
  }
}

/** The alternative options, checked: an error names `alternativeOptions.<key>`. */
function resolveAlternative(options: Options | undefined): TimelineOptions {
  try {
    return optionsFor('contractTimelines', options);
  } catch (e) {
    if (!isTermsError(e)) throw e;
    throw new TermsError(
      e.code,
      e.issues.map((i) => ({ ...i, path: i.path.replace(/^options/, 'alternativeOptions') })),
    );
  }
}

function prepare(
  window: BatchWindow,
  baseOptions: Options | undefined,
  alternativeOptions: Options | undefined,
): { readings: Readings; input: NonNullable<BatchWindow['input']> } {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw invalidInput('window', 'expected { asOf, until?, input? }');
  }
  const { asOf, until, input } = parseInput(BatchWindowSchema, window);
  // Both readings are timelines: each option set holds only the options a timeline reads.
  const base = optionsFor('contractTimelines', baseOptions);
  const alternative = resolveAlternative(alternativeOptions);
  return { readings: { asOf, until, base, alternative }, input: input ?? 'records' };
}

/**
 * The options whose values differ between two option sets (each filled in with the
 * defaults), with the interpretation each decides — the headline of a comparison.
 *
 * @example
 * ```ts
 * import { optionDifferences } from 'cloud-ops-terms';
 * optionDifferences({}, { firstMonthDays: 'inclusive' });
 * //=> [{ option: 'firstMonthDays', interpretation: 'I-07', base: 'literal', alternative: 'inclusive' }]
 * ```
 */
export function optionDifferences(
  baseOptions: Options | undefined,
  alternativeOptions: Options | undefined,
): OptionDifference[] {
  const base = resolveOptions(baseOptions);
  const alternative = resolveOptions(alternativeOptions);
  const out: OptionDifference[] = [];
  for (const option of Object.keys(OPTION_INTERPRETATIONS) as (keyof Options)[]) {
    const a = base[option];
    const b = alternative[option];
    const text = (v: unknown) => (Array.isArray(v) ? v.map(String).join(' ') : String(v));
    if (text(a) !== text(b)) {
      out.push({ option, interpretation: OPTION_INTERPRETATIONS[option], base: text(a), alternative: text(b) });
    }
  }
  return out;
}

/**
 * Every contract of a book under two readings — `baseOptions` (today's) and
 * `alternativeOptions` — and what changes: one row per record, in order, `{ line, ok: true,
 * id?, changed, changes, base, alternative, difference, basis }` or an error row `{ line,
 * ok: false, id?, under?, error }`. Rows out = records in; a contract that does not change
 * has `changed: false` and no changes. The items are read as for {@link contractTimelines}
 * (`input: 'records' | 'ndjson' | 'csv'`); lazy, so memory stays flat.
 *
 * An event is the same event under both readings when its kind, option, month of service
 * and term agree; it is then `moved` (another day), `amount` (another amount) or
 * `moved-and-amount`; otherwise `added` or `removed`. `difference` is the change of what the
 * customer owes net of refunds (fees, other amounts due, late interest − refunds) over the
 * timeline: sum it over the rows for the book's total.
 *
 * @example
 * ```ts
 * import { compareTimelines } from 'cloud-ops-terms';
 * const book = [
 *   { id: 'A', formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', termMonths: 12, monthlyFee: 90000 },
 *   { id: 'B', formationDate: '2027-03-15', scheduledStartDate: '2027-04-15', termMonths: 12, monthlyFee: 90000 },
 * ];
 * // I-07: the first month of B billed from 04-16 (15 days, 45,000) or from 04-15 (16 days, 48,000).
 * [...compareTimelines(book, { asOf: '2027-05-01' }, {}, { firstMonthDays: 'inclusive' })].map((r) =>
 *   r.ok ? [r.id, r.changed, r.difference] : r.error.code,
 * );
 * //=> [['A', false, 0], ['B', true, 3000]]
 * ```
 */
export function compareTimelines(
  source: Iterable<unknown>,
  window: BatchWindow,
  baseOptions?: Options,
  alternativeOptions?: Options,
): Generator<CompareRow> {
  const { readings, input } = prepare(window, baseOptions, alternativeOptions);
  checkSource(source);
  const reader = readerFor(input);
  return (function* rows() {
    let position = 0;
    for (const item of source) {
      position += 1;
      for (const entry of reader.push(item, position)) yield rowOf(entry, readings);
    }
    for (const entry of reader.end()) yield rowOf(entry, readings);
  })();
}

/** {@link compareTimelines} over a stream (an `AsyncIterable`, e.g. the lines of a file) or a plain iterable. */
export function compareTimelinesAsync(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  window: BatchWindow,
  baseOptions?: Options,
  alternativeOptions?: Options,
): AsyncGenerator<CompareRow> {
  const { readings, input } = prepare(window, baseOptions, alternativeOptions);
  checkAsyncSource(source);
  const reader = readerFor(input);
  return (async function* rows() {
    let position = 0;
    for await (const item of source) {
      position += 1;
      for (const entry of reader.push(item, position)) yield rowOf(entry, readings);
    }
    for (const entry of reader.end()) yield rowOf(entry, readings);
  })();
}
