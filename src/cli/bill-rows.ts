/**
 * The rows `bill` writes, shared by the main thread and the workers of `--jobs`: a record's
 * CSV rows, the NDJSON totals row, and the month's totals.
 *
 * @module
 */
import type { BillRow } from '../index.js';
import { csvCell } from './csv-out.js';
import { type RowBytes, asciiBytes } from './row-bytes.js';

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

/**
 * A CSV cell written into bytes, exactly as {@link csvCell} writes it: a text of printable
 * ASCII without `"` or `,` that does not begin as a formula is copied a character a byte
 * ({@link RowBytes.cell}); any other text goes through `csvCell` and UTF-8; a safe integer is
 * written digit by digit.
 */
function cellBytes(out: RowBytes, value: string | number | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) out.number(value);
    else out.text(String(value));
    return;
  }
  if (!out.cell(value)) out.text(csvCell(value));
}

/** The `basis` cell: the provisions joined by a space, without building the joined text when it is plain. */
function basisBytes(out: RowBytes, basis: readonly string[]): void {
  const from = out.length;
  for (let i = 0; i < basis.length; i++) {
    if (i > 0) out.byte(0x20);
    const b = basis[i] as string;
    if (b === '' || !out.cell(b)) {
      out.cut(from);
      out.text(csvCell(basis.join(' ')));
      return;
    }
  }
}

/** The cells of a carried-in row from `kind` to `amount`: the kind, then option, serviceMonth, date and dueDate empty. */
const CARRIED_IN = asciiBytes('carried-in,,,,,');

/** The cells of a total row from `kind` to `amount`. */
const TOTAL = asciiBytes('total,,,,,');

/** After `amount`: the basis and the error columns empty, and the row's end. */
const NO_BASIS = asciiBytes(',,,,\r\n');

/** After `basis`: the error columns empty, and the row's end. */
const NO_ERROR = asciiBytes(',,,\r\n');

/**
 * A record's rows of the CSV written into `out`: the same bytes as {@link billCsvRows}
 * (an error row goes through it), without an object or a string per cell. The cells `line`
 * and `id`, the same on each of a record's rows, are written once and copied.
 */
export function billCsvBytes(out: RowBytes, row: BillRow): void {
  if (!row.ok) {
    out.text(billCsvRows(row));
    return;
  }
  const from = out.length;
  cellBytes(out, row.line);
  out.byte(0x2c);
  cellBytes(out, row.id);
  out.byte(0x2c);
  const to = out.length;
  let written = false;
  const c = row.carriedIn;
  const carried = c.principal + c.interest - c.credit;
  if (carried !== 0) {
    out.bytes(CARRIED_IN);
    cellBytes(out, carried);
    out.bytes(NO_BASIS);
    written = true;
  }
  for (const l of row.lines) {
    if (written) out.again(from, to);
    written = true;
    cellBytes(out, l.kind);
    out.byte(0x2c);
    cellBytes(out, l.option);
    out.byte(0x2c);
    cellBytes(out, l.serviceMonth);
    out.byte(0x2c);
    cellBytes(out, l.date);
    out.byte(0x2c);
    cellBytes(out, l.dueDate);
    out.byte(0x2c);
    cellBytes(out, l.amount);
    out.byte(0x2c);
    basisBytes(out, l.basis);
    out.bytes(NO_ERROR);
  }
  if (written) out.again(from, to);
  out.bytes(TOTAL);
  cellBytes(out, row.total);
  out.bytes(NO_BASIS);
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
