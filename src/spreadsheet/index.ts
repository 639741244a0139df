/**
 * The Google Sheets wrapper: the library's rules as custom functions
 * (`=TERMS_TERMINATION_DATE(A2, B2)`). This module is the entry of the Sheets
 * bundle (dist/sheets/Code.js, built by src/spreadsheet/build.ts); it is not
 * exported from the package root. See docs/spreadsheet.md.
 *
 * @module
 */
import { customFunction, type CustomFunction } from './custom-function.js';
import { SHEET_FUNCTION_SPECS } from './functions.js';

export { SHEET_FUNCTION_SPECS } from './functions.js';
export { customFunction, type CellValue, type CustomFunction, type SheetFunctionSpec } from './custom-function.js';

/**
 * Every custom function by name. The generated top-level functions of Code.js
 * call these.
 *
 * @example
 * ```ts
 * import { functions } from '../../src/spreadsheet/index.js';
 * functions.TERMS_LATE_INTEREST!(100000, '2027-04-30', '2027-05-30'); // 100,000 × 0.146 × 30 / 365
 * //=> 1200
 * functions.TERMS_TERMINATION_DATE!('2027-04-15', 'いつか');
 * //=> '#入力エラー: 解約希望日は日付にしてください（例: 2027/4/1、令和9年4月1日。「いつか」は日付として読めません）'
 * ```
 */
export const functions: Readonly<Record<string, CustomFunction>> = Object.freeze(
  Object.fromEntries(SHEET_FUNCTION_SPECS.map((spec) => [spec.name, customFunction(spec)])),
);
