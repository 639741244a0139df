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

/** Events as tuples, the plain monthly fees (basis 25.3 alone) folded into runs. */
export function compactEvents(events: readonly TimelineEvent[]): { events: Tuple[]; monthlyFees: Run[] } {
  const out: Tuple[] = [];
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const e of events) {
    if (e.kind === 'monthly-fee-due' && e.basis.length === 1 && e.serviceMonth !== undefined) {
      const key = e.option ?? '';
      const run = open.get(key);
      if (run !== undefined && run.amount === e.amount && monthIndex(run.to) + 1 === monthIndex(e.serviceMonth)) {
        run.to = e.serviceMonth;
        run.lastDue = e.date;
        continue;
      }
      const fresh: Run = {
        from: e.serviceMonth,
        to: e.serviceMonth,
        amount: e.amount,
        firstDue: e.date,
        lastDue: e.date,
      };
      if (e.option !== undefined) fresh.option = e.option;
      runs.push(fresh);
      open.set(key, fresh);
      continue;
    }
    out.push(tupleOf(e));
  }
  return { events: out, monthlyFees: runs };
}

/** One batch row as the CLI writes it. */
export function compactRow(row: TimelineBatchRow, fields: ReadonlySet<TimelineField> | 'full'): string {
  if (fields === 'full' || !row.ok) return JSON.stringify(row);
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
  return JSON.stringify(out);
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
