/**
 * The wrapper factory: one table entry ({@link SheetFunctionSpec}) becomes one
 * custom function that reads its cells, calls the library once per row and
 * writes a cell back.
 *
 * - **Arguments** are positional, in the order a person types them; trailing
 *   options may be left out. Too many arguments, or too few of the required
 *   ones, is a problem with the formula: it throws (Sheets shows `#ERROR!` with
 *   the message).
 * - **Ranges**: any argument may be a one-column range (a 2-D array); the
 *   function then answers with a column, one row per row of the range, and
 *   single cells given beside the ranges apply to every row. Ranges of
 *   different lengths, or wider than one column, throw. List arguments
 *   (当社休業日) take a whole range as one list instead.
 * - **Rows are independent**: a bad cell gives its row a `#入力エラー: …` text
 *   and the other rows are still computed (what a person filling a table
 *   expects). A row whose required cells are all empty gives `''` (an empty
 *   cell), so one formula can cover a range with room to grow.
 * - **Values out**: a date as a `Date` at midnight JST of that date, money as a
 *   whole number of yen, yes/no as `true`/`false`, text as text.
 *
 * @module
 */
import type { Options } from '../index.js';
import { CellProblem, dateCell, errorCell, errorCellProblem, isEmptyCell, type Cell } from './cells.js';
import { FormulaError, errorMessage, inputError } from './messages.js';

/** How an argument is read from its cell(s). */
export interface ArgSpec<K extends string = string> {
  /** The library's field (or option) name; also the parameter name a sheet shows. */
  readonly key: K;
  /** The Japanese label used in messages and in the sheet's help. */
  readonly label: string;
  /** The JSDoc type shown in the help: `Date`, `number`, `string`, `Date[]`. */
  readonly type: string;
  /** One cell → the library's value, or the problem. */
  readonly read: (cell: Cell) => unknown;
  /** May be left empty or out. */
  readonly optional: boolean;
  /** Goes into the library's `options` rather than its input. */
  readonly option: boolean;
  /** Takes a whole range as one list (not one value per row). */
  readonly list: boolean;
}

/** What a custom function answers in one cell. */
export type CellValue = Date | number | boolean | string;

/** The kinds of answer, and how each is written into a cell. */
export type ResultKind = 'date' | 'yen' | 'boolean' | 'text';

/** One custom function: its name, arguments and the library call behind it (its help is in help.ts). */
export interface SheetFunctionSpec {
  /** `TERMS_…`, upper snake case. */
  readonly name: string;
  readonly args: readonly ArgSpec[];
  readonly result: ResultKind;
  /** Calls the library with the input fields and options read from one row. */
  readonly run: (input: Record<string, unknown>, options: Options) => string | number | boolean;
  /** Japanese messages for the library's own checks, by issue path (see errorMessage). */
  readonly notes?: Readonly<Record<string, string>>;
}

/** A custom function as Apps Script calls it: cells in, a cell or a column out. */
export type CustomFunction = (...args: unknown[]) => CellValue | CellValue[][];

function toCell(kind: ResultKind, value: string | number | boolean): CellValue {
  return kind === 'date' ? dateCell(String(value)) : value;
}

/** A range argument as its column of cells; throws for a range wider than one column. */
function columnOf(range: readonly unknown[], label: string): unknown[] {
  if (range.length === 0) throw new FormulaError(inputError(label, 'の範囲が空です'));
  return range.map((row) => {
    if (!Array.isArray(row)) return row;
    if (row.length !== 1) throw new FormulaError(inputError(label, 'には1列の範囲を指定してください'));
    return row[0];
  });
}

/** Reads one row's cells and calls the library: the cell's answer or its message. */
function evaluateRow(spec: SheetFunctionSpec, cells: readonly unknown[], labelOf: (path: string) => string): CellValue {
  const required = spec.args.flatMap((a, i) => (a.optional ? [] : [cells[i]]));
  if (required.length > 0 && required.every(isEmptyCell)) return '';
  const input: Record<string, unknown> = {};
  const options: Record<string, unknown> = {};
  for (const [i, arg] of spec.args.entries()) {
    const cell = cells[i];
    if (isEmptyCell(cell)) {
      if (arg.optional) continue;
      return inputError(arg.label, 'が空です');
    }
    const error = arg.list ? undefined : errorCell(cell);
    const value = error === undefined ? arg.read(cell) : errorCellProblem(error);
    if (value instanceof CellProblem)
      return value.error === undefined
        ? inputError(arg.label, value.predicate)
        : `${value.error}: ${arg.label}${value.predicate}`;
    (arg.option ? options : input)[arg.key] = value;
  }
  try {
    return toCell(spec.result, spec.run(input, options));
  } catch (e) {
    return errorMessage(e, labelOf, spec.notes);
  }
}

/**
 * The custom function of a table entry (see the module comment for how it
 * treats ranges, empty rows and errors).
 *
 * @example
 * ```ts
 * import { customFunction } from '../../src/spreadsheet/custom-function.js';
 * import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
 * const spec = SHEET_FUNCTION_SPECS.find((s) => s.name === 'TERMS_TERMINATION_DEEMED');
 * const deemed = customFunction(spec!);
 * deemed('2027-04-15', '2027-06-10');
 * //=> false
 * deemed([['2027-04-15'], ['2027-05-20'], [''], ['2027-13-01']], [['2027-06-10'], ['2027-06-10'], [''], ['']]);
 * //=> [[false], [true], [''], ['#入力エラー: 解約通知の到達日は実在する日付にしてください（2027年13月1日はありません）']]
 * deemed('#N/A', '2027-06-10');
 * //=> '#N/A: 解約通知の到達日のセルが #N/A です'
 * ```
 */
export function customFunction(spec: SheetFunctionSpec): CustomFunction {
  const labels = new Map(spec.args.map((a) => [a.key, a.label]));
  const labelOf = (path: string) => labels.get(path.replace(/^options\./, '').split('.')[0] ?? '') ?? path;
  const requiredCount = spec.args.filter((a) => !a.optional).length;
  return (...args: unknown[]) => {
    if (args.length > spec.args.length) {
      throw new FormulaError(
        `#入力エラー: ${spec.name} の引数は${spec.args.length}個までです（${args.length}個あります）`,
      );
    }
    if (args.length < requiredCount) {
      const missing = spec.args.slice(args.length, requiredCount).map((a) => a.label);
      throw new FormulaError(`#入力エラー: ${spec.name} に${missing.join('、')}を指定してください`);
    }
    let rows: number | undefined;
    let rowsFrom = '';
    const columns = args.map((arg, i) => {
      const argSpec = spec.args[i];
      if (!Array.isArray(arg) || argSpec === undefined || argSpec.list) return undefined;
      const column = columnOf(arg, argSpec.label);
      if (rows !== undefined && column.length !== rows) {
        throw new FormulaError(
          `#入力エラー: 範囲の行数がそろっていません（${rowsFrom} ${rows}行、${argSpec.label} ${column.length}行）`,
        );
      }
      rows = column.length;
      rowsFrom = argSpec.label;
      return column;
    });
    if (rows === undefined) return evaluateRow(spec, args, labelOf);
    return Array.from({ length: rows }, (_, r) => [
      evaluateRow(
        spec,
        args.map((arg, i) => {
          const column = columns[i];
          return column === undefined ? arg : column[r];
        }),
        labelOf,
      ),
    ]);
  };
}
