/**
 * The Sheets script's stand-in for src/core/option-reads.ts (resolved in its place by
 * the build, as trusted-basis.ts stands in for basis.ts). The library refuses an option
 * a function does not read, for callers who pass their own options; inside the script
 * every call passes only the options its function's arguments list, which the tests of
 * src/spreadsheet/functions.ts check against the library itself, so the table of who
 * reads what stays out of the script's budget.
 *
 * @module
 */
import type { OPTIONS_READ as Table } from '../core/option-reads.js';

export type {
  NoOptions,
  OptionName,
  OptionReader,
  OptionsFor,
  OptionsReadBy,
} from '../core/option-reads.js';

/** Not read inside the script. */
export const OPTIONS_READ = {} as typeof Table;

/** Every option: the script's calls pass only the options their functions read. */
export function readsOf(_fn: string): readonly string[] | undefined {
  return undefined;
}
