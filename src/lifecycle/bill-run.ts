/**
 * The billing run: a month's bill for every record of a book, one row out for each record in
 * (count in = count out), lazily, so a run over a million contracts holds one at a time. An
 * invalid record yields an error row naming the field; it never stops the run.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput, isTermsError } from '../core/errors.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import type { TimelineOptions } from './timeline.js';
import {
  dateField,
  enumField,
  intField,
  monthField,
  parseInput,
  type DateInput,
  type MonthInput,
} from '../core/schema.js';
import type { YearMonth } from '../core/year-month.js';
import { BATCH_INPUTS, type BatchInput, type BatchRowError, errorOf, checkAsyncSource, checkSource } from './batch.js';
import { type CarriedIn, type BillLine, contractBillOf } from './bill.js';
import { readerFor, type Entry, type Reader } from './readers.js';
import { contractOf } from './record.js';

/** The month of a billing run, "today", and how its items are read. */
export interface BillingWindow {
  /** The month billed, `'YYYY-MM'`. */
  readonly month: MonthInput;
  /**
   * "Today": the payments and notices of the records are those known by it. Default: the
   * month's last day.
   */
  readonly asOf?: DateInput | undefined;
  /** As for {@link contractTimelines}: `'records'` (default), `'ndjson'` or `'csv'`. */
  readonly input?: BatchInput | undefined;
  /**
   * A deterministic share of the records, for running one book on many machines: shard
   * `index` of `count` (1 ≤ index ≤ count) takes the records whose `line` `l` has
   * `(l − 1) mod count = index − 1`. The shards together give every record exactly once.
   */
  readonly shard?: { readonly index: number; readonly count: number } | undefined;
}

/** One row of a billing run: the bill of the record at `line`, or the error that stopped it. */
export type BillRow =
  | {
      readonly line: number;
      readonly ok: true;
      readonly id?: string;
      readonly month: string;
      readonly carriedIn: CarriedIn;
      readonly lines: BillLine[];
      readonly charges: number;
      readonly refunds: number;
      readonly total: number;
    }
  | { readonly line: number; readonly ok: false; readonly id?: string; readonly error: BatchRowError };

const BillingWindowSchema = z.strictObject({
  month: monthField,
  asOf: z.optional(dateField),
  input: z.optional(enumField(BATCH_INPUTS)),
  shard: z.optional(z.strictObject({ index: intField(1), count: intField(1) })),
});

interface Run {
  readonly reader: Reader;
  row(entry: Entry): BillRow;
  /** True when the item at `position` (NDJSON, records) or the entry at `line` (CSV) is outside the shard. */
  skipItem(position: number): boolean;
  skipEntry(line: number): boolean;
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** The row of one record (trusted: the window and options are checked). */
function billRowOf(line: number, record: unknown, month: YearMonth, asOf: CalendarDate, o: TimelineOptions): BillRow {
  const id = idOf(record);
  try {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw invalidInput(
        'contract',
        `expected a contract record (an object of named fields), got ${describeValue(record)}`,
      );
    }
    const bill = contractBillOf(contractOf(record, asOf), month, asOf, o);
    const row = (id === undefined ? { line, ok: true } : { line, ok: true, id }) as {
      -readonly [K in keyof BillRow]: unknown;
    } & Record<string, unknown>;
    row.month = bill.month;
    row.carriedIn = bill.carriedIn;
    row.lines = bill.lines;
    row.charges = bill.charges;
    row.refunds = bill.refunds;
    row.total = bill.total;
    return row as unknown as BillRow;
  } catch (e) {
    if (!isTermsError(e)) throw e;
    const error = errorOf(
      e.code === 'DATE_OUT_OF_RANGE'
        ? new TermsError(e.code, [
            { path: 'month', message: "the contract's dates reach beyond 2199-12-31, the last day supported" },
          ])
        : e,
    );
    return id === undefined ? { line, ok: false, error } : { line, ok: false, id, error };
  }
}

/**
 * True when the line at `position` (from 1) belongs to another share of the book than
 * `shard`: line k is in share ((k − 1) mod count) + 1. The CLI's blocks and pool use it too.
 */
export function outsideShard(
  shard: { readonly index: number; readonly count: number } | undefined,
  position: number,
): boolean {
  return shard !== undefined && (position - 1) % shard.count !== shard.index - 1;
}

function prepare(window: BillingWindow, options: unknown, fn: 'billingRun' | 'billingRunAsync'): Run {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw invalidInput('window', `expected { month, asOf?, input? }, got ${describeValue(window)}`);
  }
  const { month, asOf, input, shard } = parseInput(BillingWindowSchema, window);
  const today = asOf ?? month.lastDay();
  const resolved = optionsFor(fn, options);
  if (shard !== undefined && shard.index > shard.count)
    throw invalidInput('shard.index', `expected a shard from 1 to ${shard.count}, got ${shard.index}`);
  return new BillRun(readerFor(input ?? 'records'), input === 'csv', shard, month, today, resolved);
}

/**
 * A run's state, its steps methods, not closures: the CLI makes a run for each block of lines,
 * and the generator's calls of `row`, `skipItem` and `skipEntry` then meet the same functions
 * every time — with closures each block brought new ones and the generator was compiled again.
 */
class BillRun implements Run {
  constructor(
    readonly reader: Reader,
    /** CSV records may span lines and the header belongs to every shard: CSV is sharded by entry. */
    private readonly csv: boolean,
    private readonly shard: { readonly index: number; readonly count: number } | undefined,
    private readonly month: YearMonth,
    private readonly today: CalendarDate,
    private readonly resolved: TimelineOptions,
  ) {}

  skipItem(position: number): boolean {
    return !this.csv && outsideShard(this.shard, position);
  }

  skipEntry(line: number): boolean {
    return this.csv && outsideShard(this.shard, line);
  }

  row(entry: Entry): BillRow {
    return 'error' in entry
      ? { line: entry.line, ok: false, error: errorOf(entry.error) }
      : billRowOf(entry.line, entry.record, this.month, this.today, this.resolved);
  }
}

/**
 * The billing run for one month: for each record, in order, every amount that falls due in
 * the month — the fees of 第25条 (first month, monthly, extension), the initial fee, 第12条2項's
 * fee, 第26条's late interest accrued in the month, 第15条2項's refunds — each with its date,
 * amount and provisions (`basis`), what was owed when the month began (`carriedIn`), and the
 * sums. Rows carry no prose. A bad record is an error row `{ line, ok: false, id?, error }`
 * naming the field; rows out = records in (blank lines of NDJSON or CSV hold no record).
 *
 * `asOf` ("today", default the month's last day) bounds the payments and notices; late interest
 * runs to the month's last day or `asOf`, whichever is earlier. Lazy, like
 * {@link contractTimelines}: memory stays flat in the number of records.
 *
 * @example
 * ```ts
 * import { billingRun } from 'cloud-ops-terms';
 * const lines = [
 *   '{"id":"A","formationDate":"2027-03-15","scheduledStartDate":"2027-04-15","termMonths":12,"monthlyFee":90000}',
 *   '{"id":"B","formationDate":"2027-03-15","scheduledStartDate":"2027-04-01","termMonths":12,"monthlyFee":-1}',
 * ];
 * [...billingRun(lines, { month: '2027-04', input: 'ndjson' })].map((r) => r.ok ? r.lines.map((l) => [l.kind, l.date, l.amount]) : r.error.issues[0]?.path);
 * //=> [[['monthly-fee-due', '2027-04-30', 90000]], 'monthlyFee']
 * ```
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount`,
 * `bankHolidayShift`, `paymentApplication`, `midMonthChange`, `lateCompanyNotice`, `lateNonRenewal` and `lateTermsChange` — the
 * timeline's.
 */
export function billingRun(
  source: Iterable<unknown>,
  window: BillingWindow,
  options?: OptionsFor<'billingRun'>,
): Generator<BillRow> {
  const run = prepare(window, options, 'billingRun');
  checkSource(source);
  return (function* rows() {
    let position = 0;
    for (const item of source) {
      position += 1;
      if (run.skipItem(position)) continue;
      for (const entry of run.reader.push(item, position)) if (!run.skipEntry(entry.line)) yield run.row(entry);
    }
    for (const entry of run.reader.end()) if (!run.skipEntry(entry.line)) yield run.row(entry);
  })();
}

/**
 * {@link billingRun} over a stream (an `AsyncIterable` such as a `readline` interface, or an iterable).
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount`,
 * `bankHolidayShift`, `paymentApplication`, `midMonthChange`, `lateCompanyNotice`, `lateNonRenewal` and `lateTermsChange` — the
 * timeline's.
 */
export function billingRunAsync(
  source: AsyncIterable<unknown> | Iterable<unknown>,
  window: BillingWindow,
  options?: OptionsFor<'billingRunAsync'>,
): AsyncGenerator<BillRow> {
  const run = prepare(window, options, 'billingRunAsync');
  checkAsyncSource(source);
  return (async function* rows() {
    let position = 0;
    for await (const item of source) {
      position += 1;
      if (run.skipItem(position)) continue;
      for (const entry of run.reader.push(item, position)) if (!run.skipEntry(entry.line)) yield run.row(entry);
    }
    for (const entry of run.reader.end()) if (!run.skipEntry(entry.line)) yield run.row(entry);
  })();
}
