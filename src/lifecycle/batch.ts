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
  type TermsError,
  describeValue,
  invalidInput,
  isTermsError,
  type TermsErrorCode,
  type TermsIssue,
} from '../core/errors.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { dateField, enumField, parseInput } from '../core/schema.js';
import { BOOLEAN_FIELDS, NUMBER_FIELDS, parseContractRecord } from './contract.js';
import type { ContractTimelineResult } from './events.js';
import { contractTimelineOf, type TimelineOptions, type TimelineWindow } from './timeline.js';

/** How the items of a batch are read. */
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

const BatchWindowSchema = z.strictObject({
  asOf: dateField,
  until: z.optional(dateField),
  input: z.optional(enumField(BATCH_INPUTS)),
});

// ---------------------------------------------------------------------------------------
// Reading items into records

/** A record read from the input, or why its line could not be read. */
type Entry =
  | { readonly line: number; readonly record: unknown }
  | { readonly line: number; readonly error: TermsError };

interface Reader {
  push(item: unknown, position: number): Entry[];
  end(): Entry[];
}

const recordsReader = (): Reader => ({
  push: (record, line) => [{ line, record }],
  end: () => [],
});

function lineText(item: unknown, line: number): string | Entry {
  if (typeof item === 'string') return item.endsWith('\r') ? item.slice(0, -1) : item;
  return { line, error: invalidInput('input', `expected a line of text, got ${describeValue(item)}`) };
}

const ndjsonReader = (): Reader => ({
  push(item, line) {
    const text = lineText(item, line);
    if (typeof text !== 'string') return [text];
    if (text.trim() === '') return []; // a blank line holds no record
    try {
      return [{ line, record: JSON.parse(text) as unknown }];
    } catch (e) {
      return [{ line, error: invalidInput('input', `expected a line of JSON: ${(e as Error).message}`) }];
    }
  },
  end: () => [],
});

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
const JSON_COLUMNS: ReadonlySet<string> = new Set(['options', 'payments', 'notices', 'overrides', 'initialFee']);

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
 * `autoRenewal` as `true` / `false`, and a column named `options`, `payments`, `notices`,
 * `overrides` or `initialFee` may hold that whole structure as JSON.
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
    let value: unknown = cell;
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

function readerFor(input: BatchInput): Reader {
  return input === 'ndjson' ? ndjsonReader() : input === 'csv' ? csvReader() : recordsReader();
}

// ---------------------------------------------------------------------------------------
// Rows

interface Run {
  readonly reader: Reader;
  row(entry: Entry): TimelineBatchRow;
}

function errorOf(e: TermsError): BatchRowError {
  return { code: e.code, message: e.message, issues: e.issues.map((i) => ({ ...i })) };
}

function prepare(window: BatchWindow, options: unknown, fn: 'contractTimelines' | 'contractTimelinesAsync'): Run {
  if (typeof window !== 'object' || window === null || Array.isArray(window)) {
    throw invalidInput('window', `expected { asOf, until?, input? }, got ${describeValue(window)}`);
  }
  const { asOf, until, input } = parseInput(BatchWindowSchema, window);
  const resolved: TimelineOptions = optionsFor(fn, options);
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
        const timeline = contractTimelineOf(parseContractRecord(record), asOf, until, resolved);
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
function sourceText(source: unknown): string {
  return typeof source === 'string'
    ? `a string (${source.length} characters): split a file's text into lines, e.g. text.split('\\n')`
    : describeValue(source);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    value !== null &&
    value !== undefined &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
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
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount` and `bankHolidayShift` — every rule's but the company holidays (I-12).
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
  options?: OptionsFor<'contractTimelines'>,
): Generator<TimelineBatchRow> {
  const run = prepare(window, options, 'contractTimelines');
  if (!isIterable(source) || typeof source === 'string')
    throw invalidInput('source', `expected an iterable of records or lines, got ${sourceText(source)}`);
  return (function* rows() {
    let position = 0;
    for (const item of source) {
      position += 1;
      for (const entry of run.reader.push(item, position)) yield run.row(entry);
    }
    for (const entry of run.reader.end()) yield run.row(entry);
  })();
}

/**
 * {@link contractTimelines} over a stream: an `AsyncIterable` (a `readline` interface over
 * a file, a database cursor) or a plain iterable. Rows come out one at a time as items
 * come in, so a run over a million contracts holds one at a time.
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount` and `bankHolidayShift` — every rule's but the company holidays (I-12).
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
  options?: OptionsFor<'contractTimelinesAsync'>,
): AsyncGenerator<TimelineBatchRow> {
  const run = prepare(window, options, 'contractTimelinesAsync');
  if ((!isAsyncIterable(source) && !isIterable(source)) || typeof source === 'string') {
    throw invalidInput(
      'source',
      `expected an async iterable or an iterable of records or lines, got ${sourceText(source)}`,
    );
  }
  return (async function* rows() {
    let position = 0;
    for await (const item of source) {
      position += 1;
      for (const entry of run.reader.push(item, position)) yield run.row(entry);
    }
    for (const entry of run.reader.end()) yield run.row(entry);
  })();
}
