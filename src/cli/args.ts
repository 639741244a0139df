/**
 * The command line as the tool reads it: the options it knows, and a parser that turns
 * every mistake into a {@link CliError} in the tool's own words (never one of
 * `util.parseArgs`'s own messages, such as "argument is ambiguous").
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from './format.js';
import { CliError, say } from './messages.js';

/** The interpretation options' flags and the library's option names (docs/interpretations.md). */
export const INTERPRETATION_FLAGS = {
  rounding: 'rounding',
  'deadline-counting': 'deadlineCounting',
  'extension-fee': 'extensionFee',
  'first-month-days': 'firstMonthDays',
  'day-count': 'dayCount',
  'bank-holiday-shift': 'bankHolidayShift',
  'payment-application': 'paymentApplication',
  'mid-month-change': 'midMonthChange',
  'late-company-notice': 'lateCompanyNotice',
  'late-non-renewal': 'lateNonRenewal',
  'late-terms-change': 'lateTermsChange',
  exemptions: 'exemptions',
  'fax-handling': 'faxHandling',
} as const;

/** Every option of the tool; which command takes which is in each command's `flags`. */
export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  json: { type: 'boolean' },
  wide: { type: 'boolean' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  until: { type: 'string' },
  contract: { type: 'string' },
  batch: { type: 'string' },
  format: { type: 'string' },
  'input-format': { type: 'string' },
  month: { type: 'string' },
  fields: { type: 'string' },
  bom: { type: 'boolean' },
  quiet: { type: 'boolean' },
  shard: { type: 'string' },
  jobs: { type: 'string' },
  option: { type: 'string', multiple: true },
  out: { type: 'string' },
  rounding: { type: 'string' },
  'deadline-counting': { type: 'string' },
  'extension-fee': { type: 'string' },
  'first-month-days': { type: 'string' },
  'day-count': { type: 'string' },
  'bank-holiday-shift': { type: 'string' },
  'payment-application': { type: 'string' },
  'mid-month-change': { type: 'string' },
  'late-company-notice': { type: 'string' },
  'late-non-renewal': { type: 'string' },
  'late-terms-change': { type: 'string' },
  exemptions: { type: 'string' },
  'fax-handling': { type: 'string' },
  'company-holiday': { type: 'string', multiple: true },
  received: { type: 'string' },
  requested: { type: 'string' },
  extend: { type: 'string' },
  'monthly-fee': { type: 'string' },
  'term-end': { type: 'string' },
  amount: { type: 'string' },
  due: { type: 'string' },
  paid: { type: 'string' },
  discontinued: { type: 'string' },
  'paid-through': { type: 'string' },
  'amount-paid': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export type Flag = keyof typeof OPTIONS;

/** The parsed options: a string for a value, a list for a repeatable one, `true` for a switch. */
export type Values = {
  [K in Flag]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** What the command line says: its options and the words that are not options. */
export interface CommandLine {
  readonly values: Values;
  readonly positionals: readonly string[];
}

const FLAGS = Object.keys(OPTIONS) as Flag[];

/** The option a mistyped one most likely meant: the only flag it begins, or the closest by edit distance. */
export function suggestFlag(name: string): Flag | undefined {
  const starts = FLAGS.filter((f) => f.startsWith(name));
  if (starts.length === 1) return starts[0];
  let best: { flag: Flag; distance: number } | undefined;
  for (const flag of FLAGS) {
    const distance = editDistance(name, flag);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { flag, distance };
  }
  return best?.flag;
}

/** The option a mistyped short one meant: the same letter in the other case (`-v` for `-V`). */
function suggestShort(letter: string): Flag | undefined {
  const options = OPTIONS as Record<string, { short?: string }>;
  return FLAGS.find((f) => options[f]?.short?.toLowerCase() === letter.toLowerCase());
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Reads `argv` (without `node` and the script). `util.parseArgs` splits it into tokens
 * (non-strict, so it never throws); this function then judges each token itself, so that
 * every mistake is said in the tool's words: an unknown option (with the option it
 * probably meant), a value missing or taken from the next option (`--until --json`), a
 * value given to a switch (`--json=yes`).
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (spec === undefined) {
      const suggestion = token.rawName.startsWith('--') ? suggestFlag(token.name) : suggestShort(token.name);
      throw new CliError('usage', say.unknownOption(token.rawName, suggestion));
    }
    const flag = `--${token.name}`;
    if (spec.type === 'boolean' && token.value !== undefined) throw new CliError('usage', say.noValue(flag));
    if (spec.type === 'string') {
      if (token.value === undefined) throw new CliError('usage', say.valueMissing(flag));
      // `--until --json`: the next option is no value (`--until=-x` gives one that starts with '-').
      if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')
        throw new CliError('usage', say.valueMissing(flag, token.value));
    }
  }
  return { values: values as Values, positionals };
}

/**
 * The language to speak before the command line is known to be right: the value of the
 * last `--lang ja|en` in `argv`, else the environment's.
 */
export function langOfArgv(argv: readonly string[], fallback: Lang): Lang {
  let lang = fallback;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'ja' || value === 'en') lang = value;
  });
  return lang;
}
