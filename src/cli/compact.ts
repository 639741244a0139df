/**
 * Compact batch rows for programs (`--batch`, issue 19 §2): kinds, dates, amounts, provisions
 * and codes, no prose. The library's `contractTimelines` rows are the full results (notes
 * included); the CLI writes them compactly unless `--fields full` asks for them as they are.
 *
 * A compact row keeps the result's head (status, dates, outstanding amounts, basis) and its
 * events as tuples `[date, kind, amount?, serviceMonth?, option?]` (trailing empties dropped;
 * `null` holds a place). The monthly fees that repeat — the same stream, the same amount,
 * consecutive service months — are written once as a run in `monthlyFees`:
 * `{ from, to, amount, firstDue, lastDue, option? }` (service months `from`…`to`, due on the
 * 25.3 dates from `firstDue` to `lastDue`); every other event stays in `events`.
 *
 * @module
 */
import type { TimelineBatchRow, TimelineEvent } from '../index.js';
import { type Entry, type LeanTimelineResult, isPlainFee as isPlainEntry } from '../lifecycle/assembly.js';
import type { LeanBatchRow } from '../lifecycle/batch.js';
import { dayText } from '../lifecycle/rendering.js';
import { csvCell } from './csv-out.js';
import { CliError, say } from './messages.js';
import { RowBytes } from './row-bytes.js';

/** What `--fields` may list; `full` alone gives the library's row as it is. */
export const TIMELINE_FIELDS = [
  'status',
  'billingStartDate',
  'currentTerm',
  'terminationDate',
  'terminationCause',
  'outstanding',
  'unappliedPayments',
  'basis',
  'events',
] as const;
export type TimelineField = (typeof TIMELINE_FIELDS)[number];

/** The fields of a row: `full`, or the listed ones (default: all of {@link TIMELINE_FIELDS}). */
export function fieldsOf(text: string | undefined): ReadonlySet<TimelineField> | 'full' {
  if (text === undefined) return new Set(TIMELINE_FIELDS);
  if (text === 'full') return 'full';
  const names = text.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!(TIMELINE_FIELDS as readonly string[]).includes(name))
      throw new CliError('input', say.badChoice('--fields', ['full', ...TIMELINE_FIELDS], name));
  }
  return new Set(names as TimelineField[]);
}

type Tuple = (string | number | null)[];

interface Run {
  from: string;
  to: string;
  amount: number;
  firstDue: string;
  lastDue: string;
  option?: string;
}

function tupleOf(e: TimelineEvent): Tuple {
  // Trailing empties dropped; `null` holds a place before a value.
  const amount = e.amount ?? null;
  const month = e.serviceMonth ?? null;
  const option = e.option ?? null;
  if (option !== null) return [e.date, e.kind, amount, month, option];
  if (month !== null) return [e.date, e.kind, amount, month];
  return amount === null ? [e.date, e.kind] : [e.date, e.kind, amount];
}

/**
 * `'YYYY-MM'` as a count of months from its digits' char codes (each offset by the code of
 * `'0'`, the same for every month: differences stay true) — no string is built per fee.
 */
function monthIndex(m: string): number {
  const year = m.charCodeAt(0) * 1000 + m.charCodeAt(1) * 100 + m.charCodeAt(2) * 10 + m.charCodeAt(3);
  return year * 12 + m.charCodeAt(5) * 10 + m.charCodeAt(6);
}

/** A run while it is folded: its last month also as a count of months ({@link monthIndex}). */
interface OpenRun extends Run {
  toIndex: number;
}

/**
 * The plain fee of `month` (a `monthly-fee-due` citing 25.3 alone) extends the latest run of
 * its stream (the same option, or none), or opens a new one. The latest run of a stream is
 * found by looking back through the runs: a row has a few streams (the contract and its
 * options), no map is needed. The event's fields come as values: each is read once.
 */
function foldFee(runs: OpenRun[], month: string, amount: number, date: string, option: string | undefined): void {
  const key = option ?? '';
  const index = monthIndex(month);
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as OpenRun;
    if ((run.option ?? '') !== key) continue;
    if (run.amount === amount && run.toIndex + 1 === index) {
      run.to = month;
      run.toIndex = index;
      run.lastDue = date;
      return;
    }
    break;
  }
  const fresh: OpenRun = { from: month, to: month, amount, firstDue: date, lastDue: date, toIndex: index };
  if (option !== undefined) fresh.option = option;
  runs.push(fresh);
}

/**
 * Whether an event is a plain monthly fee (its basis 25.3 alone), folded into a run. Events
 * come in some twenty shapes, so each field read costs a lookup: the callers read `kind` and
 * `serviceMonth` once and pass them.
 */
const isPlainFee = (e: TimelineEvent, kind: string, month: string | undefined): month is string =>
  kind === 'monthly-fee-due' && month !== undefined && e.basis.length === 1;

/** Events as tuples, the plain monthly fees (basis 25.3 alone) folded into runs. */
export function compactEvents(events: readonly TimelineEvent[]): { events: Tuple[]; monthlyFees: Run[] } {
  const out: Tuple[] = [];
  const runs: OpenRun[] = [];
  for (const e of events) {
    const month = e.serviceMonth;
    if (isPlainFee(e, e.kind, month)) foldFee(runs, month, e.amount as number, e.date, e.option);
    else out.push(tupleOf(e));
  }
  const monthlyFees = runs.map(({ toIndex: _, ...run }): Run => run);
  return { events: out, monthlyFees };
}

// ---------------------------------------------------------------------------------------
// The row's bytes, written directly (src/cli/row-bytes.ts): the same bytes as `JSON.stringify`
// of the row as an object — the key order, the `null`s, the trailing empties dropped —
// which test/cli/compact.test.ts holds them to, over every field list and hostile texts.

/** A tuple: `[date, kind, amount?, serviceMonth?, option?]`, trailing empties dropped, `null` holding a place. */
function writeTuple(
  out: RowBytes,
  date: string,
  kind: string,
  amount: number | undefined,
  month: string | undefined,
  option: string | undefined,
): void {
  out.byte(0x5b); // [
  out.plain(date);
  out.byte(0x2c);
  out.plain(kind);
  // As `?? null` reads them: absent and null alike.
  const hasAmount = amount !== undefined && amount !== null;
  const hasMonth = month !== undefined && month !== null;
  const hasOption = option !== undefined && option !== null;
  if (hasAmount || hasMonth || hasOption) {
    out.byte(0x2c);
    if (hasAmount) out.number(amount);
    else out.raw('null');
  }
  if (hasMonth || hasOption) {
    out.byte(0x2c);
    if (hasMonth) out.plain(month);
    else out.raw('null');
  }
  if (hasOption) {
    out.byte(0x2c);
    out.string(option);
  }
  out.byte(0x5d); // ]
}

function writeRun(out: RowBytes, r: Run): void {
  out.raw('{"from":');
  out.plain(r.from);
  out.raw(',"to":');
  out.plain(r.to);
  out.raw(',"amount":');
  out.number(r.amount);
  out.raw(',"firstDue":');
  out.plain(r.firstDue);
  out.raw(',"lastDue":');
  out.plain(r.lastDue);
  if (r.option !== undefined) {
    out.raw(',"option":');
    out.string(r.option);
  }
  out.byte(0x7d); // }
}

/**
 * `,"events":[…],"monthlyFees":[…]` of a compact row. A lean row's plain months' fees are
 * `PlainFee` entries (one class: their fields read without a lookup by shape), folded as
 * the events they stand for would be.
 */
function writeEvents(out: RowBytes, events: readonly Entry[]): void {
  out.raw(',"events":[');
  let first = true;
  const runs: OpenRun[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Entry;
    if (isPlainEntry(e)) {
      foldFee(runs, e.serviceMonth, e.amount, dayText(e.dueDate), e.option);
      continue;
    }
    const kind = e.kind;
    const month = e.serviceMonth;
    const amount = e.amount;
    const option = e.option;
    if (isPlainFee(e, kind, month)) {
      foldFee(runs, month, amount as number, e.date, option);
      continue;
    }
    if (!first) out.byte(0x2c);
    writeTuple(out, e.date, kind, amount, month, option);
    first = false;
  }
  out.raw('],"monthlyFees":[');
  for (let i = 0; i < runs.length; i++) {
    if (i > 0) out.byte(0x2c);
    writeRun(out, runs[i] as Run);
  }
  out.byte(0x5d);
}

/** `"key":` and a text the library made (a date, a status, a cause: {@link RowBytes.plain}), or `null`. */
function writeTextField(out: RowBytes, key: string, s: string | null): void {
  out.raw(key);
  if (s === null) out.raw('null');
  else out.plain(s);
}

/** Each field of {@link TIMELINE_FIELDS} as a bit: its place in the list. */
const bit = (name: TimelineField): number => 1 << TIMELINE_FIELDS.indexOf(name);
const STATUS = bit('status');
const BILLING_START = bit('billingStartDate');
const CURRENT_TERM = bit('currentTerm');
const TERMINATION_DATE = bit('terminationDate');
const TERMINATION_CAUSE = bit('terminationCause');
const OUTSTANDING = bit('outstanding');
const UNAPPLIED = bit('unappliedPayments');
const BASIS = bit('basis');
const EVENTS = bit('events');

// The bits of the last field list met (a run writes every row with one list): not asked of
// the set nine times a row.
let lastFields: ReadonlySet<TimelineField> | undefined;
let lastBits = 0;

/** The fields of `fields` as bits. */
function bitsOf(fields: ReadonlySet<TimelineField>): number {
  if (fields !== lastFields) {
    let bits = 0;
    for (const name of fields) bits |= bit(name);
    lastFields = fields;
    lastBits = bits;
  }
  return lastBits;
}

/** The head's fields after `until`, as `fields` (as bits) asks. */
function writeHead(out: RowBytes, t: LeanTimelineResult, fields: number): void {
  if ((fields & STATUS) !== 0) writeTextField(out, ',"status":', t.status);
  if ((fields & BILLING_START) !== 0) writeTextField(out, ',"billingStartDate":', t.billingStartDate);
  if ((fields & CURRENT_TERM) !== 0) {
    const c = t.currentTerm;
    out.raw(',"currentTerm":');
    if (c === null) out.raw('null');
    else {
      out.raw('{"number":');
      out.number(c.number);
      writeTextField(out, ',"start":', c.start);
      writeTextField(out, ',"end":', c.end);
      out.byte(0x7d);
    }
  }
  if ((fields & TERMINATION_DATE) !== 0) writeTextField(out, ',"terminationDate":', t.terminationDate);
  if ((fields & TERMINATION_CAUSE) !== 0) writeTextField(out, ',"terminationCause":', t.terminationCause);
  if ((fields & OUTSTANDING) !== 0) {
    out.raw(
      t.paymentsRecorded ? ',"paymentsRecorded":true,"outstanding":' : ',"paymentsRecorded":false,"outstanding":',
    );
    out.number(t.outstanding);
    out.raw(',"outstandingPrincipal":');
    out.number(t.outstandingPrincipal);
    out.raw(',"outstandingInterest":');
    out.number(t.outstandingInterest);
  }
  if ((fields & UNAPPLIED) !== 0) {
    out.raw(',"unappliedPayments":');
    out.number(t.unappliedPayments);
  }
  if ((fields & BASIS) !== 0) {
    out.raw(',"basis":[');
    for (let i = 0; i < t.basis.length; i++) {
      if (i > 0) out.byte(0x2c);
      out.plain(t.basis[i] as string);
    }
    out.byte(0x5d);
  }
}

/**
 * One batch row as the CLI writes it, and its newline, added to `out`: a library row, or a lean
 * one (`leanTimelines`, the same bytes) — but `full` only of a library row, written as it is.
 */
export function writeCompactRow(
  out: RowBytes,
  row: TimelineBatchRow | LeanBatchRow,
  fields: ReadonlySet<TimelineField> | 'full',
): void {
  if (fields === 'full' || !row.ok) {
    out.text(JSON.stringify(row));
    out.byte(0x0a);
    return;
  }
  const t = row.timeline;
  out.raw('{"line":');
  out.number(row.line);
  out.raw(',"ok":true');
  if (row.id !== undefined) {
    out.raw(',"id":');
    if (typeof row.id === 'string') out.string(row.id);
    else out.text(JSON.stringify(row.id));
  }
  writeTextField(out, ',"asOf":', t.asOf);
  writeTextField(out, ',"until":', t.until);
  const bits = bitsOf(fields);
  writeHead(out, t, bits);
  if ((bits & EVENTS) !== 0) writeEvents(out, t.events);
  out.raw('}\n');
}

/** One batch row as the CLI writes it (without its newline). */
export function compactRow(row: TimelineBatchRow | LeanBatchRow, fields: ReadonlySet<TimelineField> | 'full'): string {
  const out = new RowBytes(2_048);
  writeCompactRow(out, row, fields);
  const bytes = out.take();
  return bytes.toString('utf8', 0, bytes.length - 1);
}

/** The columns of `--batch --format csv`: one row per event, an `error` row per bad record. */
export const TIMELINE_CSV_COLUMNS = [
  'line',
  'id',
  'date',
  'kind',
  'amount',
  'serviceMonth',
  'option',
  'basis',
  'errorCode',
  'errorPath',
  'errorMessage',
] as const;

/** One CSV row, as wide as the header. */
const csvLine = (values: readonly (string | number | undefined)[]) =>
  `${TIMELINE_CSV_COLUMNS.map((_, i) => csvCell(values[i])).join(',')}\r\n`;

/** A record's rows of the CSV: one per event (amounts as integers of yen), or its error. */
export function timelineCsvRows(row: TimelineBatchRow): string {
  if (!row.ok) {
    const issue = row.error.issues[0];
    return csvLine([
      row.line,
      row.id,
      undefined,
      'error',
      undefined,
      undefined,
      undefined,
      undefined,
      row.error.code,
      issue?.path,
      issue?.message ?? row.error.message,
    ]);
  }
  let out = '';
  for (const e of row.timeline.events) {
    out += csvLine([row.line, row.id, e.date, e.kind, e.amount, e.serviceMonth, e.option, e.basis.join(' ')]);
  }
  return out;
}
