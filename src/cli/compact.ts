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
import { csvCell } from './csv-out.js';
import { CliError, say } from './messages.js';

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
  const t: Tuple = [e.date, e.kind, e.amount ?? null, e.serviceMonth ?? null, e.option ?? null];
  while (t.length > 2 && t[t.length - 1] === null) t.pop();
  return t;
}

/** `'YYYY-MM'` as a count of months, to tell consecutive service months apart without dates. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
}

/** Whether `e` is a plain monthly fee (basis 25.3 alone) that a run of `monthlyFees` holds. */
function plainMonthlyFee(e: TimelineEvent): e is TimelineEvent & { serviceMonth: string; amount: number } {
  return e.kind === 'monthly-fee-due' && e.basis.length === 1 && e.serviceMonth !== undefined;
}

/** Events as tuples, the plain monthly fees (basis 25.3 alone) folded into runs. */
export function compactEvents(events: readonly TimelineEvent[]): { events: Tuple[]; monthlyFees: Run[] } {
  const out: Tuple[] = [];
  const runs: Run[] = [];
  foldEvents(
    events,
    (e) => out.push(tupleOf(e)),
    (run) => runs.push(run),
  );
  return { events: out, monthlyFees: runs };
}

/**
 * The fold of {@link compactEvents}, shared with the row writer: `other` for each event kept,
 * `opened` for each run of monthly fees as it opens (runs are extended in place afterwards).
 */
function foldEvents(
  events: readonly TimelineEvent[],
  other: (e: TimelineEvent) => void,
  opened: (run: Run) => void,
): void {
  const open = new Map<string, { run: Run; month: number }>();
  for (const e of events) {
    if (!plainMonthlyFee(e)) {
      other(e);
      continue;
    }
    const key = e.option ?? '';
    const last = open.get(key);
    const month = monthIndex(e.serviceMonth);
    if (last !== undefined && last.run.amount === e.amount && last.month + 1 === month) {
      last.run.to = e.serviceMonth;
      last.run.lastDue = e.date;
      last.month = month;
      continue;
    }
    const run: Run = { from: e.serviceMonth, to: e.serviceMonth, amount: e.amount, firstDue: e.date, lastDue: e.date };
    if (e.option !== undefined) run.option = e.option;
    opened(run);
    open.set(key, { run, month });
  }
}

/**
 * A value as JSON.stringify writes it inside an object, or `undefined` for a key it leaves out.
 * Dates, kinds and provision numbers are the library's own ASCII strings; text a record
 * carries (an id, an option's name) goes through JSON.stringify for its escapes.
 */
function json(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}

/** `,"key":value`, or nothing when the value is undefined (as JSON.stringify leaves it out). */
function member(key: string, value: unknown): string {
  const text = json(value);
  return text === undefined ? '' : `,"${key}":${text}`;
}

/** An event as its tuple's JSON (the same text as `JSON.stringify(tupleOf(e))`, written directly). */
function tupleJson(e: TimelineEvent): string {
  const amount = e.amount ?? null;
  const month = e.serviceMonth ?? null;
  const option = e.option ?? null;
  const head = `["${e.date}","${e.kind}"`;
  if (option === null && month === null && amount === null) return `${head}]`;
  const a = amount === null ? 'null' : json(amount);
  if (option === null && month === null) return `${head},${a}]`;
  const m = month === null ? 'null' : `"${month}"`;
  return option === null ? `${head},${a},${m}]` : `${head},${a},${m},${JSON.stringify(option)}]`;
}

function runJson(r: Run): string {
  const option = r.option === undefined ? '' : `,"option":${JSON.stringify(r.option)}`;
  return `{"from":"${r.from}","to":"${r.to}","amount":${json(r.amount)},"firstDue":"${r.firstDue}","lastDue":"${r.lastDue}"${option}}`;
}

/** `"events":[…],"monthlyFees":[…]` of a compact row. */
function eventsJson(events: readonly TimelineEvent[]): string {
  let tuples = '';
  const runs: Run[] = [];
  foldEvents(
    events,
    (e) => {
      tuples += tuples === '' ? tupleJson(e) : `,${tupleJson(e)}`;
    },
    (run) => runs.push(run),
  );
  return `,"events":[${tuples}],"monthlyFees":[${runs.map(runJson).join(',')}]`;
}

/**
 * One batch row as the CLI writes it. The compact row is written as text directly, key by
 * key — the same bytes as JSON.stringify of the row object (`compactRowObject`), without
 * building the object and its event tuples first (the CLI's largest cost per record).
 */
export function compactRow(row: TimelineBatchRow, fields: ReadonlySet<TimelineField> | 'full'): string {
  if (fields === 'full' || !row.ok) return JSON.stringify(row);
  const t = row.timeline;
  let out = `{"line":${row.line},"ok":true${member('id', row.id)}${member('asOf', t.asOf)}${member('until', t.until)}`;
  if (fields.has('status')) out += member('status', t.status);
  if (fields.has('billingStartDate')) out += member('billingStartDate', t.billingStartDate);
  if (fields.has('currentTerm')) out += member('currentTerm', t.currentTerm);
  if (fields.has('terminationDate')) out += member('terminationDate', t.terminationDate);
  if (fields.has('terminationCause')) out += member('terminationCause', t.terminationCause);
  if (fields.has('outstanding')) {
    out += `${member('paymentsRecorded', t.paymentsRecorded)}${member('outstanding', t.outstanding)}`;
    out += `${member('outstandingPrincipal', t.outstandingPrincipal)}${member('outstandingInterest', t.outstandingInterest)}`;
  }
  if (fields.has('unappliedPayments')) out += member('unappliedPayments', t.unappliedPayments);
  if (fields.has('basis')) out += member('basis', t.basis);
  if (fields.has('events')) out += eventsJson(t.events);
  return `${out}}`;
}

/** The compact row as an object, for a program that wants it rather than its text (and to check {@link compactRow}). */
export function compactRowObject(row: TimelineBatchRow, fields: ReadonlySet<TimelineField>): Record<string, unknown> {
  if (!row.ok) return row as unknown as Record<string, unknown>;
  const t = row.timeline;
  const out: Record<string, unknown> = { line: row.line, ok: true };
  if (row.id !== undefined) out.id = row.id;
  out.asOf = t.asOf;
  out.until = t.until;
  if (fields.has('status')) out.status = t.status;
  if (fields.has('billingStartDate')) out.billingStartDate = t.billingStartDate;
  if (fields.has('currentTerm')) out.currentTerm = t.currentTerm;
  if (fields.has('terminationDate')) out.terminationDate = t.terminationDate;
  if (fields.has('terminationCause')) out.terminationCause = t.terminationCause;
  if (fields.has('outstanding')) {
    out.paymentsRecorded = t.paymentsRecorded;
    out.outstanding = t.outstanding;
    out.outstandingPrincipal = t.outstandingPrincipal;
    out.outstandingInterest = t.outstandingInterest;
  }
  if (fields.has('unappliedPayments')) out.unappliedPayments = t.unappliedPayments;
  if (fields.has('basis')) out.basis = t.basis;
  if (fields.has('events')) {
    const { events, monthlyFees } = compactEvents(t.events);
    out.events = events;
    out.monthlyFees = monthlyFees;
  }
  return out;
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
