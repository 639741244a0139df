/**
 * The library's errors as the tool prints them: each issue of a `TermsError` on its own
 * line, naming what the user typed (a flag, or the contract file and its field) rather
 * than the library's field.
 *
 * @module
 */
import type { TermsError } from '../index.js';
import { INTERPRETATION_FLAGS } from './args.js';
import { NAME } from './messages.js';

/** A TermsError about a contract record, with where the record came from. */
export class ContractError extends Error {
  constructor(
    readonly error: TermsError,
    readonly source: string,
  ) {
    super(error.message);
  }
}

/** The timeline's own fields, which come from flags rather than the contract. */
const CALL_PATHS: Readonly<Record<string, string>> = { asOf: '--as-of', until: '--until' };

/** Where an issue's path comes from, for a message that names what the user typed. */
function where(path: string, paths: Readonly<Record<string, string>> | undefined, source: string): string {
  if (path.startsWith('options.')) {
    const key = path.slice('options.'.length).split('.')[0] ?? '';
    if (key === 'companyHolidays') return '--company-holiday';
    const flag = Object.entries(INTERPRETATION_FLAGS).find(([, v]) => v === key)?.[0];
    return flag === undefined ? path : `--${flag}`;
  }
  if (paths !== undefined) return paths[path] ?? path;
  return CALL_PATHS[path] ?? `${source}: ${path}`;
}

/**
 * The lines for a TermsError: `paths` maps the library's fields to the flags of the
 * command that called it; without it, the fields are the contract's (`source`).
 */
export function describeTermsError(
  e: TermsError,
  paths: Readonly<Record<string, string>> | undefined,
  source: string,
): string {
  return e.issues.map((i) => `${NAME}: invalid input: ${where(i.path, paths, source)}: ${i.message}\n`).join('');
}
