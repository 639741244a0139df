/**
 * CSV for spreadsheets, written: one shared cell writer for every command that writes CSV
 * (`compare`, `bill`), so that formula injection is guarded in one place.
 *
 * @module
 */

/** The first characters that make a cell a formula: `=`, `+`, `-`, `@`, a tab, a carriage return. */
const FORMULA_STARTS: ReadonlySet<number> = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

/** What makes a cell need quotes. */
const QUOTED = /[",\r\n]/;

/**
 * A CSV cell: quoted when it must be, and text that a spreadsheet would run as a formula
 * made inert (OWASP, "CSV Injection"): a text cell beginning with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a leading `'`. Numbers (amounts in yen) stay plain numbers.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_STARTS.has(value.charCodeAt(0)) ? `'${value}` : value;
  return QUOTED.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8 (`--bom`). */
export const BOM = '\uFEFF';
