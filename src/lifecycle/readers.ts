/**
 * Reading a batch's input into records: records as they are, NDJSON lines, or CSV (a header
 * of field paths, then one record a row; quoted fields may span lines). Each item becomes a
 * record or the error that kept it from being one, with its line number.
 *
 * @module
 */
import { type TermsError, describeValue, invalidInput, isTermsError } from '../core/errors.js';
import type { BatchInput } from './batch.js';
import { BOOLEAN_FIELDS, NUMBER_FIELDS } from './contract.js';
import { recordOfLine } from './record-line.js';
// ---------------------------------------------------------------------------------------
// Reading items into records

/** A record read from the input, or why its line could not be read. */
export type Entry =
  | { readonly line: number; readonly record: unknown }
  | { readonly line: number; readonly error: TermsError };

export interface Reader {
  push(item: unknown, position: number): Entry[];
  end(): Entry[];
}

/** No state: one reader for every run, so the run's calls of `push` and `end` always meet the same functions. */
const RECORDS_READER: Reader = {
  push: (record, line) => [{ line, record }],
  end: () => [],
};

function lineText(item: unknown, line: number): string | Entry {
  if (typeof item === 'string') return item.endsWith('\r') ? item.slice(0, -1) : item;
  return { line, error: invalidInput('input', `expected a line of text, got ${describeValue(item)}`) };
}

/**
 * No state: one reader for every run (the CLI makes a run for each block of lines), so the
 * run's calls of `push` and `end` always meet the same functions and are not compiled again.
 */
const NDJSON_READER: Reader = {
  push(item, line) {
    const text = lineText(item, line);
    if (typeof text !== 'string') return [text];
    // Most lines: read straight into the checked record (record-line.ts); any other goes to JSON.parse.
    const checked = recordOfLine(text);
    if (checked !== undefined) return [{ line, record: checked }];
    if (text.trim() === '') return []; // a blank line holds no record
    try {
      return [{ line, record: JSON.parse(text) as unknown }];
    } catch (e) {
      return [{ line, error: invalidInput('input', `expected a line of JSON: ${(e as Error).message}`) }];
    }
  },
  end: () => [],
};

/** The longest record, in lines, a quoted field may stretch over before it is taken as unclosed. */
export const CSV_MAX_RECORD_LINES = 100;

/**
 * One record of RFC 4180 CSV (comma-separated; a field in double quotes may hold commas,
 * line breaks and `""` for a quote): its fields, `'open'` when a quoted field has not
 * closed by the end of `text`, or a message saying what is wrong.
 */
export function parseCsvRecord(text: string): string[] | 'open' | { readonly error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return 'open';
        value += text.slice(i, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ',') {
        return {
          error: `expected a comma or the end of the line after the closing quote of field ${fields.length}, got ${describeValue(text[i])}`,
        };
      }
      i += 1;
    } else {
      const comma = text.indexOf(',', i);
      const value = text.slice(i, comma < 0 ? text.length : comma);
      if (value.includes('"')) {
        return {
          error: `a quote inside unquoted field ${fields.length + 1}: put the whole field in quotes and double the quote ("")`,
        };
      }
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

const SEGMENT = /^(?:[A-Za-z][A-Za-z0-9]*|[0-9]{1,4})$/;
/** Columns that may hold a whole structure as JSON (`[{"date":…}]`). */
const JSON_COLUMNS: ReadonlySet<string> = new Set([
  'options',
  'payments',
  'changes',
  'stops',
  'charges',
  'termsChanges',
  'notices',
  'overrides',
  'initialFee',
]);

/** Why a header is unusable, or its columns split into path segments. */
function readHeader(fields: readonly string[]): string[][] | string {
  const seen = new Set<string>();
  const columns: string[][] = [];
  for (const [i, raw] of fields.entries()) {
    const name = raw.trim();
    const segments = name.split('.');
    if (name === '' || !segments.every((s) => SEGMENT.test(s)) || /^[0-9]/.test(segments[0] ?? '')) {
      return `column ${i + 1} of the header is ${describeValue(name)}: expected a field of the contract record, such as monthlyFee or notices.customerTermination.on`;
    }
    if (seen.has(name)) return `column ${describeValue(name)} appears twice in the header`;
    seen.add(name);
    columns.push(segments);
  }
  return columns;
}

/**
 * A contract record from one CSV row: each column of the header is a field of the record,
 * nested fields by dots (`notices.customerTermination.on`), list items by their index
 * (`payments.0.date`, `payments.0.amount`). An empty cell is an absent field. Cells are
 * text: those of the whole-number fields (`termMonths`, `minimumTermMonths`,
 * `extensionMonths`, `renewalMonths`, `nonRenewalNoticeMonths`) are read as numbers,
 * `autoRenewal` as `true` / `false`, and a column named `options`, `payments`, `changes`,
 * `stops`, `charges`, `termsChanges`, `notices`, `overrides` or `initialFee` may hold that whole structure as
 * JSON. Dates and amounts as a spreadsheet saves them are read too (`2027/3/5`, `90,000`,
 * `90,000円`: {@link spreadsheetCell}).
 *
 * @example
 * ```ts
 * import { contractFromCsvRow } from 'cloud-ops-terms';
 * contractFromCsvRow(
 *   ['formationDate', 'scheduledStartDate', 'termMonths', 'monthlyFee', 'payments.0.date', 'payments.0.amount'],
 *   ['2027-03-15', '2027-04-01', '12', '90000', '2027-03-31', '90000'],
 * );
 * //=> {
 * //   formationDate: '2027-03-15',
 * //   scheduledStartDate: '2027-04-01',
 * //   termMonths: 12,
 * //   monthlyFee: '90000',
 * //   payments: [{ date: '2027-03-31', amount: '90000' }],
 * // }
 * ```
 */
export function contractFromCsvRow(header: readonly string[], row: readonly string[]): Record<string, unknown> {
  if (!Array.isArray(header) || !Array.isArray(row) || ![...header, ...row].every((x) => typeof x === 'string')) {
    throw invalidInput('input', 'expected the header and the row as lists of text');
  }
  const columns = readHeader(header);
  if (typeof columns === 'string') throw invalidInput('header', columns);
  return recordOf(columns, header, row);
}

/** The record's fields that hold a date (`YYYY-MM-DD`) or whole yen, by their last key. */
const DATE_KEYS: ReadonlySet<string> = new Set([
  'on',
  'date',
  'dueDate',
  'requestedDate',
  'formationDate',
  'scheduledStartDate',
  'readyDate',
  'termEndDate',
]);
const YEN_KEYS: ReadonlySet<string> = new Set(['monthlyFee', 'amount']);
const SLASH_DATE = /^([0-9]{4})\/([0-9]{1,2})\/([0-9]{1,2})$/;
const GROUPED_YEN = /^[¥￥]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:円)?$/;

/**
 * A cell as a spreadsheet saves it, read as the record's own form: a date `2027/03/15` or
 * `2027/3/5` as `2027-03-15`, `2027-03-05`; an amount `90,000`, `90,000円` or `¥90,000` as
 * `90000`. Only in the columns of dates and amounts, and only these shapes: anything else is
 * left as it is, for the record's checks to name the column (the library stays strict).
 */
export function spreadsheetCell(key: string, cell: string): string {
  if (DATE_KEYS.has(key)) {
    const m = SLASH_DATE.exec(cell);
    return m === null ? cell : `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  }
  if (YEN_KEYS.has(key) && !/^[0-9]+$/.test(cell)) {
    const m = GROUPED_YEN.exec(cell);
    return m === null ? cell : (m[1] as string).replace(/,/g, '');
  }
  return cell;
}

function recordOf(
  columns: readonly string[][],
  header: readonly string[],
  row: readonly string[],
): Record<string, unknown> {
  if (row.length !== columns.length) {
    throw invalidInput('input', `expected ${columns.length} fields as in the header, got ${row.length}`);
  }
  const record: Record<string, unknown> = {};
  columns.forEach((segments, c) => {
    const cell = row[c] as string;
    if (cell === '') return;
    const name = (header[c] as string).trim();
    const key = segments[segments.length - 1] as string;
    let value: unknown = spreadsheetCell(key, cell);
    // `+ 0` turns a cell '-0' into 0: the record never holds a negative zero.
    if (NUMBER_FIELDS.has(key) && /^-?[0-9]+(\.[0-9]+)?$/.test(cell)) value = Number(cell) + 0;
    else if (BOOLEAN_FIELDS.has(key) && (cell === 'true' || cell === 'false')) value = cell === 'true';
    else if (segments.length === 1 && JSON_COLUMNS.has(key) && /^\s*[[{]/.test(cell)) {
      try {
        value = JSON.parse(cell) as unknown;
      } catch (e) {
        throw invalidInput(name, `expected JSON in this column: ${(e as Error).message}`);
      }
    }
    setPath(record, segments, value, name);
  });
  return record;
}

function setPath(record: Record<string, unknown>, segments: readonly string[], value: unknown, name: string): void {
  let node: Record<string, unknown> | unknown[] = record;
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s] as string;
    const index = /^[0-9]+$/.test(segment) ? Number(segment) : undefined;
    if ((index !== undefined) !== Array.isArray(node)) {
      throw invalidInput(
        name,
        `column ${describeValue(name)} does not fit the columns before it (a list index where a field is expected, or the reverse)`,
      );
    }
    const last = s === segments.length - 1;
    const holder = node as Record<string, unknown>;
    const existing = Object.hasOwn(holder, segment) ? holder[segment] : undefined;
    if (last) {
      if (existing !== undefined)
        throw invalidInput(name, `column ${describeValue(name)} sets a field another column has set`);
      holder[segment] = value;
      return;
    }
    if (existing === undefined) {
      const child = /^[0-9]+$/.test(segments[s + 1] as string) ? [] : {};
      holder[segment] = child;
      node = child;
    } else if (typeof existing === 'object' && existing !== null) {
      node = existing as Record<string, unknown>;
    } else {
      throw invalidInput(name, `column ${describeValue(name)} sets a field inside a value another column has set`);
    }
  }
}

/** Reads CSV lines: the first non-blank line is the header, each record after it a row. */
function csvReader(): Reader {
  let header: { columns: string[][] | string; names: string[] } | undefined;
  let pending: { line: number; lines: string[] } | undefined;
  let bom = true;

  const record = (line: number, fields: string[]): Entry => {
    if (header === undefined) return { line, error: invalidInput('header', 'the CSV has no header line') };
    if (typeof header.columns === 'string') return { line, error: invalidInput('header', header.columns) };
    try {
      return { line, record: recordOf(header.columns, header.names, fields) };
    } catch (e) {
      if (isTermsError(e)) return { line, error: e };
      throw e;
    }
  };

  /** Reads one physical line (and the ones a bad record held back, replayed). */
  const feed = (text: string, line: number, out: Entry[]): void => {
    if (pending === undefined) {
      if (text.trim() === '') return; // blank lines hold no record
      pending = { line, lines: [text] };
    } else {
      pending.lines.push(text);
    }
    const parsed = parseCsvRecord(pending.lines.join('\n'));
    if (parsed === 'open') {
      if (pending.lines.length < CSV_MAX_RECORD_LINES) return;
      unclosed(out);
      return;
    }
    const started = pending.line;
    pending = undefined;
    if (!Array.isArray(parsed)) {
      out.push({
        line: started,
        error: invalidInput(header === undefined ? 'header' : 'input', `CSV: ${parsed.error}`),
      });
      if (header === undefined) header = { columns: `the header could not be read (line ${started})`, names: [] };
      return;
    }
    if (header === undefined) {
      header = { columns: readHeader(parsed), names: parsed };
      return;
    }
    out.push(record(started, parsed));
  };

  /** A quoted field that never closed: an error for its first line, the lines after it read again. */
  const unclosed = (out: Entry[]): void => {
    const held = pending as { line: number; lines: string[] };
    pending = undefined;
    out.push({
      line: held.line,
      error: invalidInput('input', 'CSV: a quoted field opened on this line is not closed'),
    });
    if (header === undefined) header = { columns: `the header could not be read (line ${held.line})`, names: [] };
    held.lines.slice(1).forEach((text, k) => {
      feed(text, held.line + 1 + k, out);
    });
  };

  return {
    push(item, line) {
      let text = lineText(item, line);
      if (typeof text !== 'string') return [text];
      if (bom) {
        bom = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      const out: Entry[] = [];
      feed(text, line, out);
      return out;
    },
    end() {
      const out: Entry[] = [];
      // Bounded: each pass drops the first held line.
      while (pending !== undefined) unclosed(out);
      return out;
    },
  };
}

/** The reader of an input kind. */
export function readerFor(input: BatchInput): Reader {
  return input === 'ndjson' ? NDJSON_READER : input === 'csv' ? csvReader() : RECORDS_READER;
}
