/**
 * `cloud-ops-terms compare`: every contract of a book under today's interpretation options
 * and under an alternative (`--option NAME=VALUE`), and what changes — a summary for people
 * (Japanese by default), or one NDJSON / CSV row per record for programs. A thin edge over
 * `compareTimelinesAsync`; it reads the file and the clock (the default `--as-of`).
 *
 * Exit codes as for the rest of the tool: 0 done (error rows included), 1 invalid input,
 * 2 usage.
 *
 * @module
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import {
  OPTIONS_READ,
  compareTimelinesAsync,
  optionDifferences,
  type CompareRow,
  type EventChange,
  type Options,
} from '../index.js';
import { COMMON, type Command, type Context } from './command.js';
import { KIND_LABELS, formatBasis, formatDate, formatYen, type Lang } from './format.js';
import { csvCell } from './csv-out.js';
import { CliError, NAME, type Text, say } from './messages.js';
import { batchInputFormat, openBatch, todayInJst } from './timeline.js';

/** `first-month-days` for `firstMonthDays`. */
const flagOf = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The options a timeline reads: the readings `compare` can set. */
const OPTION_KEYS: readonly (keyof Options)[] = OPTIONS_READ.contractTimelines;

const OUTPUTS = ['table', 'ndjson', 'csv'] as const;
type Output = (typeof OUTPUTS)[number];

const HELP: Text = {
  ja: `${NAME} compare --batch FILE|- --option NAME=VALUE … [--format table|ndjson|csv] [--as-of …] [--until …]

読み方の変更の影響: 台帳のすべての契約を、今の解釈オプションと、--option で変えたオプションとで計算し、
変わる契約（追加・削除・日付の移動・金額の変更）と差額（契約ごと、合計）を示します。
  --batch FILE         契約の台帳（.ndjson / .jsonl / .csv、- は標準入力）
  --input-format F     入力形式 ndjson|csv（既定: 拡張子から、標準入力は ndjson）
  --option NAME=VALUE  代わりの読み方（複数可）: ${OPTION_KEYS.join(', ')}
                       例: --option firstMonthDays=inclusive、--option dayCount=act/act
  --format F           出力 table（人向けの要約、既定）| ndjson | csv（1件1行、件数は入力と同じ）
  --as-of / --until / --lang ja|en と解釈オプション（今の読み方、--rounding など）

例:
  ${NAME} compare --batch book.csv --option firstMonthDays=inclusive --as-of 2027-06-30
  ${NAME} compare --batch book.ndjson --option dayCount=act/act --format csv > impact.csv`,
  en: `${NAME} compare --batch FILE|- --option NAME=VALUE … [--format table|ndjson|csv] [--as-of …] [--until …]

The impact of a change of reading: every contract of the book under today's interpretation options
and under the options --option changes, and the contracts that change (events added, removed, moved
or with another amount) with the yen difference per contract and in total.
  --batch FILE         the book (.ndjson / .jsonl / .csv; - for stdin)
  --input-format F     the input: ndjson|csv (default: from the extension; ndjson for stdin)
  --option NAME=VALUE  the alternative reading (repeatable): ${OPTION_KEYS.join(', ')}
                       e.g. --option firstMonthDays=inclusive, --option dayCount=act/act
  --format F           output: table (a summary for people, default) | ndjson | csv (one row per record)
  --as-of / --until / --lang ja|en and the interpretation options (today's reading: --rounding …)

Examples:
  ${NAME} compare --batch book.csv --option firstMonthDays=inclusive --as-of 2027-06-30
  ${NAME} compare --batch book.ndjson --option dayCount=act/act --format csv > impact.csv`,
};

const say2 = {
  needsOption: {
    ja: 'compare には --option NAME=VALUE（代わりの読み方）が少なくとも1つ必要です',
    en: 'compare needs at least one --option NAME=VALUE (the alternative reading)',
  },
  badOption: (text: string): Text => ({
    ja: `--option: NAME=VALUE の形で、NAME は ${OPTION_KEYS.join(', ')} のいずれかを指定してください（指定された値: '${text}'）`,
    en: `--option: expected NAME=VALUE with NAME one of ${OPTION_KEYS.join(', ')}, got '${text}'`,
  }),
};

/** `--option NAME=VALUE` over the base options: the alternative. */
export function alternativeOptions(base: Options, given: readonly string[]): Options {
  if (given.length === 0) throw new CliError('usage', say2.needsOption);
  const out: Record<string, unknown> = { ...base };
  for (const text of given) {
    const at = text.indexOf('=');
    const name = at < 0 ? text : text.slice(0, at);
    const key = OPTION_KEYS.find((k) => k === name || flagOf(k) === name);
    if (at < 0 || key === undefined) throw new CliError('usage', say2.badOption(text));
    const value = text.slice(at + 1);
    out[key] = value;
  }
  return out as Options;
}

/** The library's paths of the alternative options → `--option NAME`, for messages. */
const ALTERNATIVE_PATHS: Readonly<Record<string, string>> = Object.fromEntries(
  OPTION_KEYS.map((key) => [`alternativeOptions.${key}`, `--option ${key}`]),
);

// ---------------------------------------------------------------------------------------
// Output

export const CSV_COLUMNS = [
  'line',
  'id',
  'ok',
  'changed',
  'changes',
  'kinds',
  'baseNet',
  'alternativeNet',
  'difference',
  'errorCode',
  'errorPath',
  'errorMessage',
] as const;

function csvRow(row: CompareRow): string {
  const cells = row.ok
    ? [
        row.line,
        row.id,
        true,
        row.changed,
        row.changes.length,
        [...new Set(row.changes.map((c) => c.kind))].join(' '),
        row.base.net,
        row.alternative.net,
        row.difference,
        undefined,
        undefined,
        undefined,
      ]
    : [
        row.line,
        row.id,
        false,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        row.error.code,
        row.error.issues[0]?.path,
        row.error.message,
      ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const signed = (n: number, lang: Lang) =>
  n > 0 ? `+${formatYen(n, lang)}` : n < 0 ? `−${formatYen(-n, lang)}` : formatYen(0, lang);

const CHANGE_TEXT: Readonly<Record<EventChange['change'], { ja: string; en: string }>> = {
  added: { ja: '追加', en: 'added' },
  removed: { ja: '削除', en: 'removed' },
  moved: { ja: '日付の移動', en: 'moved' },
  amount: { ja: '金額の変更', en: 'amount' },
  'moved-and-amount': { ja: '日付と金額の変更', en: 'moved, amount' },
};

/** One changed event as a line for people. */
function changeLine(c: EventChange, lang: Lang): string {
  const side = (s: EventChange['before']) =>
    s === undefined
      ? '—'
      : `${formatDate(s.date, lang)}${s.amount === undefined ? '' : ` ${formatYen(s.amount, lang)}`}`;
  const what = `${KIND_LABELS[c.kind][lang]}${c.serviceMonth === undefined ? '' : ` ${c.serviceMonth}`}${c.option === undefined ? '' : ` [${c.option}]`}`;
  return `    ${CHANGE_TEXT[c.change][lang]}: ${what}  ${side(c.before)} → ${side(c.after)}  ${formatBasis(c.basis, lang)}`;
}

/** A contract's block in the summary for people: nothing when it does not change. */
function summaryBlock(row: CompareRow, lang: Lang): string {
  const who =
    lang === 'ja' ? `${row.id ?? '（ID なし）'}（${row.line}行目）` : `${row.id ?? '(no id)'} (line ${row.line})`;
  if (!row.ok) {
    const under =
      row.under === undefined
        ? ''
        : lang === 'ja'
          ? `［${row.under === 'base' ? '今の読み方' : '代わりの読み方'}で］`
          : ` [under the ${row.under} reading]`;
    return `  ${who}  ${lang === 'ja' ? '誤り' : 'error'}${under}: ${row.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n`;
  }
  if (!row.changed) return '';
  return `  ${who}  ${signed(row.difference, lang)}\n${row.changes.map((c) => `${changeLine(c, lang)}\n`).join('')}`;
}

interface Tally {
  records: number;
  changed: number;
  errors: number;
  difference: number;
}

function summaryHead(base: Options, alternative: Options, asOf: string, lang: Lang): string {
  const differences = optionDifferences(base, alternative)
    .map((d) => `  ${d.option} (${d.interpretation}): ${d.base} → ${d.alternative}`)
    .join('\n');
  return lang === 'ja'
    ? `読み方の変更の影響（基準日 ${formatDate(asOf, lang)}）\n変える読み方:\n${differences || '  （なし: 同じ読み方）'}\n\n変わる契約と誤り:\n`
    : `Impact of a change of reading (as of ${formatDate(asOf, lang)})\nReading changed:\n${differences || '  (none: the same reading)'}\n\nContracts that change, and errors:\n`;
}

function summaryFoot(t: Tally, lang: Lang): string {
  const unchanged = t.records - t.changed - t.errors;
  return lang === 'ja'
    ? `\n契約 ${t.records} 件: 変わる ${t.changed} 件、変わらない ${unchanged} 件、誤り ${t.errors} 件\n差額の合計: ${signed(t.difference, lang)}\n`
    : `\n${t.records} contracts: ${t.changed} changed, ${unchanged} unchanged, ${t.errors} ${t.errors === 1 ? 'error' : 'errors'}\nTotal difference: ${signed(t.difference, lang)}\n`;
}

// ---------------------------------------------------------------------------------------
// The command

function outputOf(format: string | undefined): Output {
  const output = format ?? 'table';
  if (!(OUTPUTS as readonly string[]).includes(output))
    throw new CliError('input', say.badChoice('--format', OUTPUTS, output));
  return output as Output;
}

async function compare(values: Context['options'] & Record<string, unknown>, ctx: Context): Promise<void> {
  const { io, lang } = ctx;
  const file = values.batch;
  if (typeof file !== 'string') throw new CliError('usage', say.needs('compare', '--batch FILE'));
  const output = outputOf(values.format as string | undefined);
  const input = batchInputFormat(values['input-format'] as string | undefined, file);
  const base = ctx.options;
  const alternative = alternativeOptions(base, (values.option as string[] | undefined) ?? []);
  const asOf = (values['as-of'] as string | undefined) ?? todayInJst(io);
  const window = { asOf, until: values.until as string | undefined, input };
  // Checked before anything is read or written: a bad flag is exit 1 with nothing on stdout.
  compareTimelinesAsync([], window, base, alternative);
  const lines = createInterface({ input: await openBatch(file, io), crlfDelay: Number.POSITIVE_INFINITY });
  const rows = compareTimelinesAsync(lines, window, base, alternative);
  const tally: Tally = { records: 0, changed: 0, errors: 0, difference: 0 };
  let chunk =
    output === 'table'
      ? summaryHead(base, alternative, asOf, lang)
      : output === 'csv'
        ? `${CSV_COLUMNS.join(',')}\r\n`
        : '';
  for await (const row of rows) {
    tally.records += 1;
    if (!row.ok) tally.errors += 1;
    else if (row.changed) {
      tally.changed += 1;
      tally.difference += row.difference;
    }
    chunk +=
      output === 'ndjson' ? `${JSON.stringify(row)}\n` : output === 'csv' ? csvRow(row) : summaryBlock(row, lang);
    if (chunk.length >= 65_536) {
      const full = !io.stdout.write(chunk);
      chunk = '';
      if (full) await once(io.stdout, 'drain');
    }
  }
  if (output === 'table') chunk += summaryFoot(tally, lang);
  if (chunk !== '') io.stdout.write(chunk);
}

/** `compare`: one entry of the command table (commands.ts). It streams its rows to stdout. */
export const compareCommand: Command = {
  summary: {
    ja: '読み方の変更の影響（台帳を2つの読み方で比べる）',
    en: 'the impact of a change of reading over a book',
  },
  flags: ['batch', 'input-format', 'format', 'option', 'as-of', 'until', ...COMMON.filter((f) => f !== 'json')],
  paths: { asOf: '--as-of', until: '--until', ...ALTERNATIVE_PATHS },
  help: HELP,
  run: (values, _positionals, ctx) => compare(values as never, ctx),
};
