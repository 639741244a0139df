/**
 * The rows `bill` writes, shared by the main thread and the workers of `--jobs`: a record's
 * CSV rows, the NDJSON totals row, and the month's totals.
 *
 * @module
 */
import type { BillRow } from '../index.js';
import { csvCell } from './csv-out.js';

/** The columns of `--format csv`: one row per amount, a `total` row per contract, `month-total` last. */
export const BILL_CSV_COLUMNS = [
  'line',
  'id',
  'kind',
  'option',
  'serviceMonth',
  'date',
  'dueDate',
  'amount',
  'basis',
  'errorCode',
  'errorPath',
  'errorMessage',
] as const;

/** One CSV row, padded to the columns. */
export const cells = (
  values: Readonly<Partial<Record<(typeof BILL_CSV_COLUMNS)[number], string | number | undefined>>>,
) => `${BILL_CSV_COLUMNS.map((c) => csvCell(values[c])).join(',')}\r\n`;

/** A record's rows of the CSV: what it carried in, its amounts and its total, or its error. */
export function billCsvRows(row: BillRow): string {
  const id = row.id;
  if (!row.ok) {
    const issue = row.error.issues[0];
    return cells({
      line: row.line,
      id,
      kind: 'error',
      errorCode: row.error.code,
      errorPath: issue?.path,
      errorMessage: issue?.message ?? row.error.message,
    });
  }
  let out = '';
  const c = row.carriedIn;
  const carried = c.principal + c.interest - c.credit;
  if (carried !== 0) out += cells({ line: row.line, id, kind: 'carried-in', amount: carried });
  for (const l of row.lines) {
    out += cells({
      line: row.line,
      id,
      kind: l.kind,
      option: l.option,
      serviceMonth: l.serviceMonth,
      date: l.date,
      dueDate: l.dueDate,
      amount: l.amount,
      basis: l.basis.join(' '),
    });
  }
  return out + cells({ line: row.line, id, kind: 'total', amount: row.total });
}

/** The month's totals of a billing run, as {@link addToBillTotals} sums them (the CLI's own tally). */
export interface BillTotals {
  records: number;
  errors: number;
  carriedIn: number;
  charges: number;
  refunds: number;
  total: number;
}

/** Fresh totals: zero everywhere. */
export function billTotals(): BillTotals {
  return { records: 0, errors: 0, carriedIn: 0, charges: 0, refunds: 0, total: 0 };
}

/** Adds the totals of a chunk (from a worker) to `totals`. */
export function sumTotals(totals: BillTotals, more: BillTotals): void {
  totals.records += more.records;
  totals.errors += more.errors;
  totals.carriedIn += more.carriedIn;
  totals.charges += more.charges;
  totals.refunds += more.refunds;
  totals.total += more.total;
}

/** Adds one row to `totals` (the caller's own object) and returns it. */
export function addToBillTotals(totals: BillTotals, row: BillRow): BillTotals {
  totals.records += 1;
  if (!row.ok) {
    totals.errors += 1;
    return totals;
  }
  totals.carriedIn += row.carriedIn.principal + row.carriedIn.interest - row.carriedIn.credit;
  totals.charges += row.charges;
  totals.refunds += row.refunds;
  totals.total += row.total;
  return totals;
}

/** The month's totals as the last NDJSON row. */
export function billTotalsJson(month: string, t: BillTotals): string {
  return `${JSON.stringify({ totals: true, month, ...t })}\n`;
}
