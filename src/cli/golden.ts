/**
 * Golden cases: a CSV file whose every row is one question to the library and the answer
 * a person worked out by hand (docs/golden/README.md). This module reads the file and
 * checks each row; `check.ts` prints the outcome for people. Pure: text in, outcomes out,
 * as data (codes and values); the words are rendered at the edge.
 *
 * @module
 */
import { CalendarDate, OPTION_VALUES, isTermsError, type Options } from '../index.js';
import { CsvError, parseCsv } from './csv.js';
import { GOLDEN_FUNCTIONS, type CellKind, type GoldenFunction } from './golden-functions.js';

/** The columns that only document a case: read by people, never by the check. */
export const DOCUMENT_COLUMNS = ['id', 'provisions', 'interpretations', 'note', 'working'] as const;
/** The prefix of an input column (`in:monthlyFee`) and of an option column (`opt:rounding`). */
export const INPUT_PREFIX = 'in:';
export const OPTION_PREFIX = 'opt:';
const OPTION_KEYS: readonly string[] = [...Object.keys(OPTION_VALUES), 'companyHolidays'];

/** Why a row (or the header) cannot be checked. `column` is the header's name of the cell at fault. */
export type Problem =
  | { readonly code: 'no-rows' }
  | { readonly code: 'missing-column'; readonly column: string }
  | { readonly code: 'unknown-column'; readonly column: string }
  | { readonly code: 'duplicate-column'; readonly column: string }
  | { readonly code: 'csv'; readonly reason: CsvError['reason'] }
  | { readonly code: 'cell-count'; readonly got: number; readonly want: number }
  | { readonly code: 'empty'; readonly column: string }
  | { readonly code: 'unknown-function'; readonly column: string; readonly value: string }
  | { readonly code: 'not-an-input'; readonly column: string; readonly fn: string; readonly inputs: readonly string[] }
  | { readonly code: 'not-a-number'; readonly column: string; readonly value: string }
  | { readonly code: 'not-a-boolean'; readonly column: string; readonly value: string }
  | { readonly code: 'refused-cell'; readonly column: string; readonly message: string }
  | {
      readonly code: 'unknown-answer';
      readonly column: string;
      readonly fn: string;
      readonly value: string;
      readonly answers: readonly string[];
    };

/** What became of one row. `row` is the spreadsheet's row number (the header is row 1). */
export type RowOutcome =
  | {
      readonly kind: 'pass';
      readonly row: number;
      readonly id: string;
      readonly question: string;
      readonly actual: string;
    }
  | {
      readonly kind: 'fail';
      readonly row: number;
      readonly id: string;
      readonly question: string;
      readonly expected: string;
      readonly actual: string;
      /** `+3` (yen, days), or `null` when the two cannot be subtracted. */
      readonly difference: string | null;
      /** The library's refusal, when it refused the question. */
      readonly refusal: string | null;
    }
  | { readonly kind: 'malformed'; readonly row: number; readonly id: string; readonly problem: Problem };

/** The outcome of a file: its header (for column letters) and one outcome per case row. */
export interface GoldenReport {
  readonly header: readonly string[];
  readonly outcomes: readonly RowOutcome[];
}

/** A whole file that cannot be read as golden cases (its header, or its CSV). */
export class GoldenFileError extends Error {
  constructor(
    readonly row: number,
    readonly problem: Problem,
  ) {
    super(`row ${row}: ${problem.code}`);
    this.name = 'GoldenFileError';
  }
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function checkHeader(header: readonly string[]): void {
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) throw new GoldenFileError(1, { code: 'duplicate-column', column });
    seen.add(column);
    const known =
      column === 'function' ||
      column === 'answer' ||
      column === 'expected' ||
      (DOCUMENT_COLUMNS as readonly string[]).includes(column) ||
      (column.startsWith(INPUT_PREFIX) && column.length > INPUT_PREFIX.length) ||
      (column.startsWith(OPTION_PREFIX) && OPTION_KEYS.includes(column.slice(OPTION_PREFIX.length)));
    if (!known) throw new GoldenFileError(1, { code: 'unknown-column', column });
  }
  for (const column of ['function', 'expected']) {
    if (!seen.has(column)) throw new GoldenFileError(1, { code: 'missing-column', column });
  }
}

/** A cell read for an input of `kind`, or the problem with it. */
function readCell(kind: CellKind, column: string, cell: string): unknown | Problem {
  if (kind === 'number') {
    const plain = cell.replace(/[,\s]/g, '');
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : { code: 'not-a-number', column, value: cell };
  }
  if (kind === 'boolean') {
    const upper = cell.toUpperCase();
    return upper === 'TRUE' ? true : upper === 'FALSE' ? false : { code: 'not-a-boolean', column, value: cell };
  }
  return cell;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

interface Question {
  readonly name: string;
  readonly fn: GoldenFunction;
  readonly input: Record<string, unknown>;
  readonly options: Options;
  readonly answer: string;
  readonly expected: string;
}

/** The question a row asks, or the problem that keeps it from being asked. */
function questionOf(cells: ReadonlyMap<string, string>): Question | Problem {
  const name = cells.get('function') ?? '';
  if (name === '') return { code: 'empty', column: 'function' };
  const fn = Object.hasOwn(GOLDEN_FUNCTIONS, name) ? GOLDEN_FUNCTIONS[name] : undefined;
  if (fn === undefined) return { code: 'unknown-function', column: 'function', value: name };
  const input: Record<string, unknown> = {};
  const options: Record<string, unknown> = {};
  for (const [column, cell] of cells) {
    if (cell === '') continue;
    if (column.startsWith(INPUT_PREFIX)) {
      const key = column.slice(INPUT_PREFIX.length);
      const kind = Object.hasOwn(fn.inputs, key) ? fn.inputs[key] : undefined;
      if (kind === undefined) return { code: 'not-an-input', column, fn: name, inputs: Object.keys(fn.inputs) };
      const value = readCell(kind, column, cell);
      if (isProblem(value)) return value;
      input[key] = value;
    } else if (column.startsWith(OPTION_PREFIX)) {
      const key = column.slice(OPTION_PREFIX.length);
      options[key] = key === 'companyHolidays' ? cell.split(/[\s,;]+/).filter((d) => d !== '') : cell;
    }
  }
  const expected = cells.get('expected') ?? '';
  if (expected === '') return { code: 'empty', column: 'expected' };
  return { name, fn, input, options, answer: cells.get('answer') || fn.answer, expected };
}

/** A result value as a cell shows it: TRUE/FALSE, a list joined by `, `, `null`. */
export function showValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return value.map(showValue).join(', ');
  if (value === null || value === undefined) return 'null';
  return String(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `actual` is what `expected` says: numbers as numbers, TRUE/FALSE in any case, lists by their items. */
export function sameAnswer(actual: unknown, expected: string): boolean {
  const e = expected.trim();
  if (typeof actual === 'number') return /^-?[\d,]+(\.\d+)?$/.test(e) && Number(e.replace(/,/g, '')) === actual;
  if (typeof actual === 'boolean') return e.toUpperCase() === (actual ? 'TRUE' : 'FALSE');
  if (Array.isArray(actual)) return showValue(actual) === e.split(/\s*,\s*/).join(', ');
  if (actual === null) return e === 'null';
  return String(actual) === e;
}

/** `actual − expected` for yen and day counts, and in days for two dates; `null` otherwise. */
export function differenceOf(actual: unknown, expected: string): string | null {
  const e = expected.trim().replace(/,/g, '');
  let d: number | undefined;
  if (typeof actual === 'number' && /^-?\d+(\.\d+)?$/.test(e)) d = actual - Number(e);
  else if (typeof actual === 'string' && ISO_DATE.test(actual) && ISO_DATE.test(e)) {
    const a = CalendarDate.tryParse(actual);
    const b = CalendarDate.tryParse(e);
    if (typeof a !== 'string' && typeof b !== 'string') d = CalendarDate.daysBetween(b, a);
  }
  return d === undefined ? null : `${d > 0 ? '+' : ''}${d}`;
}

/**
 * The column of the cell the library refused as bad input (`monthlyFee` → `in:monthlyFee`,
 * `options.rounding` → `opt:rounding`), when the row filled it in.
 */
function refusedColumn(path: string, q: Question): string | undefined {
  const [head = '', key = ''] = path.split('.');
  if (head === 'options') return Object.hasOwn(q.options, key) ? `${OPTION_PREFIX}${key}` : undefined;
  return Object.hasOwn(q.input, head) ? `${INPUT_PREFIX}${head}` : undefined;
}

/** Asks the library one question and compares its answer. */
function ask(row: number, id: string, q: Question): RowOutcome {
  const question = `${q.name}.${q.answer}`;
  let result: object;
  try {
    result = q.fn.call(q.input, q.options);
  } catch (e) {
    const code = isTermsError(e) ? e.code : 'INTERNAL';
    const actual = `error:${code}`;
    if (q.expected.trim() === actual) return { kind: 'pass', row, id, question, actual };
    const cell = isTermsError(e) && code === 'INVALID_INPUT' ? refusedColumn(e.issues[0]?.path ?? '', q) : undefined;
    if (cell !== undefined && isTermsError(e)) {
      const message = e.issues[0]?.message ?? e.message;
      return { kind: 'malformed', row, id, problem: { code: 'refused-cell', column: cell, message } };
    }
    const refusal = e instanceof Error ? e.message : String(e);
    return { kind: 'fail', row, id, question, expected: q.expected, actual, difference: null, refusal };
  }
  if (!Object.hasOwn(result, q.answer)) {
    const answers = Object.keys(result);
    return {
      kind: 'malformed',
      row,
      id,
      problem: { code: 'unknown-answer', column: 'answer', fn: q.name, value: q.answer, answers },
    };
  }
  const value = (result as Record<string, unknown>)[q.answer];
  const actual = showValue(value);
  if (sameAnswer(value, q.expected)) return { kind: 'pass', row, id, question, actual };
  const difference = differenceOf(value, q.expected);
  return { kind: 'fail', row, id, question, expected: q.expected, actual, difference, refusal: null };
}

/**
 * Checks every row of a golden-case file. Throws {@link GoldenFileError} when the file as
 * a whole cannot be read (not CSV, no rows, a header with a missing or unknown column);
 * a row that cannot be asked is a `malformed` outcome naming its column.
 */
export function checkGoldenCsv(text: string): GoldenReport {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new GoldenFileError(e.record, { code: 'csv', reason: e.reason });
    throw e;
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  if (records.length < 2) throw new GoldenFileError(1, { code: 'no-rows' });
  checkHeader(header);
  const outcomes: RowOutcome[] = [];
  records.slice(1).forEach((cells, i) => {
    const row = i + 2;
    // A row left empty in a spreadsheet (every cell blank) is no case.
    if (cells.every((c) => c.trim() === '')) return;
    const byColumn = new Map(header.map((h, k) => [h, (cells[k] ?? '').trim()]));
    const id = byColumn.get('id') || `#${row}`;
    if (cells.length !== header.length) {
      outcomes.push({
        kind: 'malformed',
        row,
        id,
        problem: { code: 'cell-count', got: cells.length, want: header.length },
      });
      return;
    }
    const q = questionOf(byColumn);
    outcomes.push(isProblem(q) ? { kind: 'malformed', row, id, problem: q } : ask(row, id, q));
  });
  return { header, outcomes };
}
