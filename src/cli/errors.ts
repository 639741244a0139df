/**
 * The library's errors as the tool prints them: each issue of a `TermsError` on its own
 * line, in the user's language (the library's catalogue, `formatTermsError`), naming what
 * the user typed (a flag, or the contract file and its field) rather than the library's
 * field.
 *
 * @module
 */
import { formatTermsError, type TermsError } from '../index.js';
import { INTERPRETATION_FLAGS } from './args.js';
import type { Lang } from './format.js';
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

/** The paths of a timeline's window, which come from flags rather than the contract. */
const WINDOW_FLAGS: Readonly<Record<string, string>> = { asOf: '--as-of', until: '--until' };

/** Where an issue's path comes from, for a message that names what the user typed. */
function where(path: string, paths: Readonly<Record<string, string>> | undefined): string {
  if (path.startsWith('options.')) {
    const key = path.slice('options.'.length).split('.')[0] ?? '';
    if (key === 'companyHolidays') return '--company-holiday';
    const flag = Object.entries(INTERPRETATION_FLAGS).find(([, v]) => v === key)?.[0];
    return flag === undefined ? path : `--${flag}`;
  }
  if (paths !== undefined && Object.hasOwn(paths, path)) return paths[path] as string;
  return WINDOW_FLAGS[path] ?? path;
}

/**
 * The lines for a TermsError: `paths` maps the library's fields to the flags of the
 * command that called it; without it, the fields are the contract's (`source`, said once
 * unless the error is about the flags alone).
 */
export function describeTermsError(
  e: TermsError,
  paths: Readonly<Record<string, string>> | undefined,
  source: string,
  lang: Lang,
): string {
  const fromRecord =
    paths === undefined && e.issues.some((i) => !Object.hasOwn(WINDOW_FLAGS, i.path) && !i.path.startsWith('options.'));
  const text = formatTermsError(e, {
    lang,
    label: (path) => where(path, paths),
    detail: true,
    source: fromRecord ? source : '',
  });
  return `${text
    .split('\n')
    .map((line) => `${NAME}: ${line}`)
    .join('\n')}\n`;
}
