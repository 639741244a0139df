/**
 * What a subcommand is — one entry of the table in commands.ts — and what it is given
 * to run: the parsed options, the language, the library's options and a place to write.
 *
 * @module
 */
import { OPTIONS_READ, type OptionReader, type Options, type OptionsFor, type ProvisionRef } from '../index.js';
import type { Flag, Values } from './args.js';
import { fields, formatBasis, type Lang } from './format.js';
import { CliError, type Text, say } from './messages.js';

/** What the tool reads and writes; `main.ts` gives it the process's, tests their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock: read once, for the default `--as-of`. */
  readonly now: () => Date;
  /** Where the built Sheets script is (`sheets`); by default beside the tool's own file. */
  readonly sheetsDir?: string;
}

export interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly options: Options;
  /** `--json`: machine output. */
  readonly json: boolean;
  /** The columns a table may take: the terminal's, or 100; `Infinity` with `--wide`. */
  readonly width: number;
  /** Adds to what goes to stdout once the command has succeeded. */
  write(text: string): void;
}

/** One subcommand: its options, its help (with examples) and what it does. */
export interface Command {
  /** One line for the list of commands in the main help. */
  readonly summary: Text;
  readonly flags: readonly Flag[];
  /** Words after the command name: how many (`min`–`max`) and how the help names them. */
  readonly positionals?: {
    readonly min: number;
    readonly max: number;
    readonly name: string;
    readonly example: string;
  };
  /** Field paths of the library's errors → the flags that gave them. */
  readonly paths: Readonly<Record<string, string>>;
  readonly help: Text;
  /** Does the command's work; a number is its exit code after what it wrote (0 when nothing is returned). */
  // biome-ignore lint/suspicious/noConfusingVoidType: most commands return nothing; a few return their exit code
  run(values: Values, positionals: readonly string[], ctx: Context): Promise<number | void> | number | void;
}

/** The options every subcommand takes (besides its own). */
export const COMMON: readonly Flag[] = [
  'help',
  'json',
  'lang',
  'rounding',
  'deadline-counting',
  'extension-fee',
  'first-month-days',
  'day-count',
  'bank-holiday-shift',
  'payment-application',
  'mid-month-change',
  'late-company-notice',
  'late-non-renewal',
  'late-terms-change',
  'company-holiday',
];

/** The value of a flag the command cannot do without: a usage error when it is missing. */
export function need(values: Values, flag: Flag, command: string): string {
  const value = values[flag];
  if (typeof value !== 'string') throw new CliError('usage', say.needs(command, `--${flag}`));
  return value;
}

/** A number for the library when the flag holds one; the text otherwise, so the library names what is wrong. */
export function numeric(text: string): number | string {
  return /^-?[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : text;
}

/**
 * A subcommand's answer: the function's result as JSON with `--json`, else its rows as
 * `label  value` lines in the chosen language, closed by the provisions it applied.
 */
export function reply(
  ctx: Context,
  result: { readonly basis: readonly ProvisionRef[] },
  rows: readonly (readonly [string, string, string])[],
): void {
  if (ctx.json) {
    ctx.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const ja = ctx.lang === 'ja';
  const labelled = rows.map(([labelJa, labelEn, value]) => [ja ? labelJa : labelEn, value] as const);
  ctx.write(`${fields([...labelled, [ja ? '根拠' : 'Basis', formatBasis(result.basis, ctx.lang)]])}\n`);
}

export const yesNo = (value: boolean, lang: Lang) =>
  lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no';

/** The interpretation options, as every help lists them. */
export const INTERPRETATION_HELP: Text = {
  ja: `解釈オプション（docs/interpretations.md）:
  --rounding floor|half-up|ceil                 端数処理 (I-06)
  --deadline-counting civil-code|naive          「…前までに」の数え方 (I-02)
  --extension-fee replaces|in-addition          延長手数料 (I-05)
  --first-month-days literal|inclusive          初月の日数 (I-07)
  --day-count act/365-fixed|act/act             遅延損害金の日数計算 (I-10)
  --bank-holiday-shift as-written|next-bank-day|previous-bank-day  銀行休業日の期日 (I-11)
  --payment-application civil-code|principal-first  入金の充当（遅延損害金から、I-15）
  --mid-month-change daily|whole-month          月の途中からの料金変更 (I-19)
  --late-company-notice next-permissible|refuse  遅れた当社の解約通知 (I-16)
  --late-non-renewal convert|next-expiry|no-effect  遅れた更新拒絶 (I-17)
  --late-terms-change next-renewal|no-effect    遅れた更新後の契約内容変更の通知 (I-20)
  --company-holiday YYYY-MM-DD                  当社休業日（複数可, I-12）`,
  en: `Interpretation options (docs/interpretations.md):
  --rounding floor|half-up|ceil                 rounding (I-06)
  --deadline-counting civil-code|naive          "X before" deadlines (I-02)
  --extension-fee replaces|in-addition          the extension fee (I-05)
  --first-month-days literal|inclusive          days of the first month (I-07)
  --day-count act/365-fixed|act/act             late-interest day count (I-10)
  --bank-holiday-shift as-written|next-bank-day|previous-bank-day  due dates on bank holidays (I-11)
  --payment-application civil-code|principal-first  what a payment pays first (I-15)
  --mid-month-change daily|whole-month          a fee change from mid-month (I-19)
  --late-company-notice next-permissible|refuse  a company notice too late for its month (I-16)
  --late-non-renewal convert|next-expiry|no-effect  a late notice not to renew (I-17)
  --late-terms-change next-renewal|no-effect    a late notice of changed renewal terms (I-20)
  --company-holiday YYYY-MM-DD                  a company holiday (repeatable, I-12)`,
};

/**
 * The options of the flags given that `fn` reads (OPTIONS_READ): a subcommand accepts
 * every interpretation flag, and the library refuses an option it does not read.
 */
export function readBy<F extends OptionReader>(fn: F, options: Options): OptionsFor<F> {
  const reads: readonly string[] = OPTIONS_READ[fn];
  return Object.fromEntries(Object.entries(options).filter(([key]) => reads.includes(key))) as OptionsFor<F>;
}
