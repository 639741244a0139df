/**
 * The custom functions of the built Code.js (run in a bare `node:vm` context,
 * see sandbox.ts) registered as a HyperFormula function plugin, so a sheet of
 * formulas can be computed from cell references as a spreadsheet would.
 * HyperFormula (GPL v3) is a dev dependency used by the tests only; it is
 * never bundled.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type RawCellContent,
} from 'hyperformula';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { isDate, loadSandbox } from './sandbox.js';

const sandbox = loadSandbox();

/** How Google Sheets writes each error, as it passes an error cell to a custom function. */
const SHEETS_ERRORS: Readonly<Partial<Record<ErrorType, string>>> = {
  [ErrorType.NA]: '#N/A',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.ERROR]: '#ERROR!',
};

/**
 * A HyperFormula argument as a sheet cell: ranges as 2-D arrays, an empty cell
 * as null, a number with a format (a date cell in a range) as the number, an
 * error cell inside a range as the text Sheets passes (`#N/A`). (HyperFormula
 * answers a formula whose single-cell argument is an error with that error
 * without calling the function.)
 */
function fromEngine(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(fromEngine));
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return SHEETS_ERRORS[value.type] ?? '#ERROR!';
  if (typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number') {
    return (value as { val: number }).val;
  }
  return value;
}

/** A custom function's answer as a HyperFormula value: a Date as its serial number (JST wall clock). */
function toEngine(value: unknown): unknown {
  if (Array.isArray(value))
    return SimpleRangeValue.onlyValues(value.map((row: unknown[]) => row.map(toEngine) as never));
  if (isDate(value)) return (value.getTime() + 9 * 3_600_000) / 86_400_000 + 25_569;
  return value;
}

type Implementation = (ast: { args: unknown[] }, state: unknown) => unknown;

/** The plugin: one method per custom function, calling the function of Code.js. */
class TermsPlugin extends FunctionPlugin {
  /** One row per row of the column ranges among the arguments; a single cell when there are none. */
  columnSize(ast: { args: unknown[] }, state: unknown): ArraySize {
    const sizes = ast.args.map((a) => this.arraySizeForAst(a as never, state as never));
    // (A reference's size is its range's, even though HyperFormula calls it scalar.)
    const height = Math.max(...sizes.map((s) => s.height));
    return height > 1 ? new ArraySize(1, height) : ArraySize.scalar();
  }
}
const methods = TermsPlugin.prototype as unknown as Record<string, Implementation>;
const implemented: Record<string, object> = {};
for (const spec of SHEET_FUNCTION_SPECS) {
  implemented[spec.name] = {
    method: spec.name,
    sizeOfResultArrayMethod: 'columnSize',
    parameters: spec.args.map((a) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: a.optional })),
  };
  methods[spec.name] = function (this: TermsPlugin, ast, state) {
    const self = this as unknown as {
      runFunction: (args: unknown[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown) => unknown;
      metadata: (name: string) => unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(spec.name), (...args) => {
      try {
        return toEngine(sandbox.call(spec.name, ...args.map(fromEngine)));
      } catch (e) {
        return new CellError(ErrorType.ERROR, (e as Error).message);
      }
    });
  };
}
(TermsPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;

if (HyperFormula.getFunctionPlugin('TERMS_LATE_INTEREST') === undefined) {
  HyperFormula.registerFunctionPlugin(TermsPlugin as never, {
    enGB: Object.fromEntries(SHEET_FUNCTION_SPECS.map((s) => [s.name, s.name])),
  });
}

/**
 * A HyperFormula workbook with the custom functions, from sheets of raw cell
 * contents: `'2027-04-15'` is a date cell, `'=TERMS_…(A2)'` a formula,
 * `"'…"` forced text.
 */
export function sheetEngine(sheets: Record<string, RawCellContent[][]>): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    dateFormats: ['YYYY-MM-DD'],
    timeFormats: ['hh:mm'],
  });
}

/** The serial number a date cell of 'YYYY-MM-DD' holds. */
export { serialOf } from './sandbox.js';
