/**
 * The command-line tool `cloud-ops-terms`: a contract's timeline (the embedded sample, a
 * JSON file or stdin), a batch of contracts streamed as NDJSON, and subcommands for the
 * common single questions. The tool reads files and the clock (today in JST, the default
 * `--as-of`) — the one place the package does either; everything else is the library.
 *
 * Exit codes: 0 done, 1 invalid input (the message names the field or flag; nothing on
 * stdout), 2 usage (an unknown option or subcommand, a missing option).
 *
 * @module
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import {
  Instant,
  SAMPLE_CONTRACT,
  contractTimeline,
  contractTimelinesAsync,
  customerTermination,
  discontinuationRefund,
  formatTermsError,
  isTermsError,
  lateInterest,
  nationalHolidays,
  renewalSchedule,
  terminationExtension,
  type BatchInput,
  OPTIONS_READ,
  type OptionReader,
  type Options,
  type OptionsFor,
  type ProvisionRef,
  type TermsError,
} from '../index.js';
import { fields, formatBasis, formatDate, formatYen, langFromEnv, table, timelineText, type Lang } from './format.js';

/** What the tool reads and writes; `main.ts` gives it the process's, tests their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The clock: read once, for the default `--as-of`. */
  readonly now: () => Date;
}

const NAME = 'cloud-ops-terms';

const INTERPRETATION_FLAGS = {
  rounding: 'rounding',
  'deadline-counting': 'deadlineCounting',
  'extension-fee': 'extensionFee',
  'first-month-days': 'firstMonthDays',
  'day-count': 'dayCount',
  'bank-holiday-shift': 'bankHolidayShift',
} as const;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  'as-of': { type: 'string' },
  until: { type: 'string' },
  contract: { type: 'string' },
  batch: { type: 'string' },
  format: { type: 'string' },
  rounding: { type: 'string' },
  'deadline-counting': { type: 'string' },
  'extension-fee': { type: 'string' },
  'first-month-days': { type: 'string' },
  'day-count': { type: 'string' },
  'bank-holiday-shift': { type: 'string' },
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

type Flag = keyof typeof OPTIONS;
type Values = {
  [K in Flag]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

const COMMON: readonly Flag[] = [
  'help',
  'json',
  'lang',
  ...(Object.keys(INTERPRETATION_FLAGS) as Flag[]),
  'company-holiday',
];

interface Command {
  readonly flags: readonly Flag[];
  /** Field paths of the library's errors → the flags that gave them. */
  readonly paths: Readonly<Record<string, string>>;
  readonly help: { readonly ja: string; readonly en: string };
  run(values: Values, positionals: readonly string[], ctx: Context): Promise<void> | void;
}

interface Context {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly options: Options;
  /** `--json`: machine output. */
  readonly json: boolean;
  /** Adds to what goes to stdout once the command has succeeded. */
  write(text: string): void;
}

/** A problem with how the tool was called: exit 2. */
class UsageError extends Error {}

/** Invalid input that is not a TermsError (an unreadable file, a file that is not JSON): exit 1. */
class InputError extends Error {}

/** A TermsError about a contract record, with where the record came from. */
class ContractError extends Error {
  constructor(
    readonly error: TermsError,
    readonly source: string,
  ) {
    super(error.message);
  }
}

const INTERPRETATION_HELP = {
  ja: `解釈オプション（docs/interpretations.md）:
  --rounding floor|half-up|ceil                 端数処理 (I-06)
  --deadline-counting civil-code|naive          「…前までに」の数え方 (I-02)
  --extension-fee replaces|in-addition          延長手数料 (I-05)
  --first-month-days literal|inclusive          初月の日数 (I-07)
  --day-count act/365-fixed|act/act             遅延損害金の日数計算 (I-10)
  --bank-holiday-shift as-written|next-bank-day|previous-bank-day  銀行休業日の期日 (I-11)
  --company-holiday YYYY-MM-DD                  当社休業日（複数可, I-12）`,
  en: `Interpretation options (docs/interpretations.md):
  --rounding floor|half-up|ceil                 rounding (I-06)
  --deadline-counting civil-code|naive          "X before" deadlines (I-02)
  --extension-fee replaces|in-addition          the extension fee (I-05)
  --first-month-days literal|inclusive          days of the first month (I-07)
  --day-count act/365-fixed|act/act             late-interest day count (I-10)
  --bank-holiday-shift as-written|next-bank-day|previous-bank-day  due dates on bank holidays (I-11)
  --company-holiday YYYY-MM-DD                  a company holiday (repeatable, I-12)`,
};

const MAIN_HELP = {
  ja: `${NAME} — クラウド運用代行サービス利用約款の日付と金額

使い方:
  ${NAME} [--contract FILE|-] [--as-of YYYY-MM-DD] [--until YYYY-MM-DD] [--json] [--lang ja|en]
  ${NAME} --batch FILE.ndjson|FILE.csv|- [--format ndjson|csv] [--as-of …] [--until …]
  ${NAME} <terminate|renew|interest|refund|holidays> … (各コマンドの --help)

引数なしでは、同梱のサンプル契約のタイムラインを表示します。
  --contract FILE   契約レコード（JSON）。- は標準入力
  --as-of DATE      基準日（既定: 日本時間の今日）
  --until DATE      表示する最終日（既定: 契約の終わり、自動更新中なら基準日の3年後）
  --json            結果を JSON で出力（docs/schemas/timeline.json）
  --lang ja|en      表示言語（既定: LC_ALL / LC_MESSAGES / LANG、なければ ja）
  --batch FILE      多数の契約を1行1件の NDJSON で出力（.ndjson / .jsonl / .csv、- は標準入力）
  --format F        --batch の入力形式 ndjson|csv（既定: 拡張子から、標準入力は ndjson）

${INTERPRETATION_HELP.ja}

終了コード: 0 正常、1 入力の誤り、2 使い方の誤り`,
  en: `${NAME} — the dates and amounts of the クラウド運用代行サービス利用約款

Usage:
  ${NAME} [--contract FILE|-] [--as-of YYYY-MM-DD] [--until YYYY-MM-DD] [--json] [--lang ja|en]
  ${NAME} --batch FILE.ndjson|FILE.csv|- [--format ndjson|csv] [--as-of …] [--until …]
  ${NAME} <terminate|renew|interest|refund|holidays> … (see each command's --help)

With no arguments, the timeline of the embedded sample contract.
  --contract FILE   a contract record (JSON); - for stdin
  --as-of DATE      the day to compute for (default: today in JST)
  --until DATE      the last day to show (default: the end of the contract, or 3 years after --as-of while it renews)
  --json            the result as JSON (docs/schemas/timeline.json)
  --lang ja|en      language (default: from LC_ALL / LC_MESSAGES / LANG, else ja)
  --batch FILE      many contracts, one NDJSON row per record (.ndjson / .jsonl / .csv; - for stdin)
  --format F        the --batch input: ndjson|csv (default: from the extension; ndjson for stdin)

${INTERPRETATION_HELP.en}

Exit codes: 0 ok, 1 invalid input, 2 usage`,
};

function need(values: Values, flag: Flag, command: string): string {
  const value = values[flag];
  if (typeof value !== 'string') throw new UsageError(`${command} needs --${flag}`);
  return value;
}

/** A number for the library when the flag holds one; the text otherwise, so the library names what is wrong. */
function numeric(text: string): number | string {
  return /^-?[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : text;
}

/**
 * A subcommand's answer: the function's result as JSON with `--json`, else its rows as
 * `label  value` lines in the chosen language, closed by the provisions it applied.
 */
function reply(
  ctx: Context,
  result: { readonly basis: readonly ProvisionRef[] },
  rows: readonly (readonly [string, string, string])[],
): void {
  if (ctx.json) {
    ctx.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const ja = ctx.lang === 'ja';
  ctx.write(
    `${fields([...rows.map(([labelJa, labelEn, value]) => [ja ? labelJa : labelEn, value] as const), [ja ? '根拠' : 'Basis', formatBasis(result.basis, ctx.lang)]])}\n`,
  );
}

/**
 * The options of the flags given that `fn` reads (OPTIONS_READ): a subcommand accepts
 * every interpretation flag, and the library refuses an option it does not read.
 */
function readBy<F extends OptionReader>(fn: F, options: Options): OptionsFor<F> {
  const reads: readonly string[] = OPTIONS_READ[fn];
  return Object.fromEntries(Object.entries(options).filter(([key]) => reads.includes(key))) as OptionsFor<F>;
}

const yesNo = (value: boolean, lang: Lang) => (lang === 'ja' ? (value ? 'はい' : 'いいえ') : value ? 'yes' : 'no');

const COMMANDS: Readonly<Record<string, Command>> = {
  terminate: {
    flags: [...COMMON, 'received', 'requested', 'extend', 'monthly-fee'],
    paths: {
      noticeReceivedOn: '--received',
      requestedDate: '--requested',
      months: '--extend',
      monthlyFee: '--monthly-fee',
      terminationDate: '--requested',
    },
    help: {
      ja: `${NAME} terminate --received YYYY-MM-DD [--requested YYYY-MM-DD] [--extend N --monthly-fee YEN]

契約者からの解約（第13条）: 書面が到達した日と解約希望日から解約日を求めます。
  --received     書面が当社に到達した日（I-03）
  --requested    書面に記載の解約希望日（なければ第13条2項のみなし解約日）
  --extend N     当社の承諾を得た延長の月数（第13条5項）。--monthly-fee と共に
  --monthly-fee  通常料金（月額、円）
  --json / --lang ja|en`,
      en: `${NAME} terminate --received YYYY-MM-DD [--requested YYYY-MM-DD] [--extend N --monthly-fee YEN]

Termination by the customer (第13条): the termination date from the day the notice arrived and the date it asks for.
  --received     the day the written notice reached the company (I-03)
  --requested    the termination date the notice asks for (none: 第13条2項's deemed date)
  --extend N     months of an extension the company agreed to (第13条5項), with --monthly-fee
  --monthly-fee  the normal monthly fee, yen
  --json / --lang ja|en`,
    },
    run(values, _positionals, ctx) {
      const received = need(values, 'received', 'terminate');
      const r = customerTermination({ noticeReceivedOn: received, requestedDate: values.requested });
      const extend = values.extend;
      if (extend === undefined) {
        if (values['monthly-fee'] !== undefined) throw new UsageError('terminate: --monthly-fee goes with --extend');
        return reply(ctx, r, [
          ['解約日', 'Termination date', formatDate(r.terminationDate, ctx.lang)],
          ['みなし解約日（第13条2項）', 'Deemed (13.2)', yesNo(r.deemed, ctx.lang)],
        ]);
      }
      const fee = need(values, 'monthly-fee', 'terminate --extend');
      const x = terminationExtension(
        { terminationDate: r.terminationDate, months: numeric(extend) as number, monthlyFee: fee },
        readBy('terminationExtension', ctx.options),
      );
      if (ctx.json) return ctx.write(`${JSON.stringify({ termination: r, extension: x }, null, 2)}\n`);
      return reply(ctx, { basis: [...r.basis, ...x.basis] }, [
        ['当初の解約日', 'Termination date first notified', formatDate(r.terminationDate, ctx.lang)],
        ['みなし解約日（第13条2項）', 'Deemed (13.2)', yesNo(r.deemed, ctx.lang)],
        ['延長後の解約日', 'Extended termination date', formatDate(x.terminationDate, ctx.lang)],
        ['延長手数料', 'Extension fee', formatYen(x.extensionFee, ctx.lang)],
        ['通常料金（延長期間）', 'Normal fee (extension months)', formatYen(x.regularFee, ctx.lang)],
        ['支払額', 'Total due', formatYen(x.totalDue, ctx.lang)],
      ]);
    },
  },
  renew: {
    flags: [...COMMON, 'term-end'],
    paths: { termEndDate: '--term-end' },
    help: {
      ja: `${NAME} renew --term-end YYYY-MM-DD

利用期間の更新（第11条）: 期間満了日から、更新拒絶と変更内容の通知期限、更新後の期間を求めます。
  --term-end   利用期間の満了日
  --json / --lang ja|en / --deadline-counting civil-code|naive`,
      en: `${NAME} renew --term-end YYYY-MM-DD

Renewal (第11条): the notice deadlines before an expiry and the renewed term.
  --term-end   the last day of the term
  --json / --lang ja|en / --deadline-counting civil-code|naive`,
    },
    run(values, _positionals, ctx) {
      const r = renewalSchedule(
        { termEndDate: need(values, 'term-end', 'renew') },
        readBy('renewalSchedule', ctx.options),
      );
      return reply(ctx, r, [
        [
          '更新拒絶の通知期限（第11条1項）',
          'Non-renewal notice by (11.1)',
          formatDate(r.nonRenewalNoticeDeadline, ctx.lang),
        ],
        [
          '変更内容の通知期限（第11条2項）',
          'Terms-change notice by (11.2)',
          formatDate(r.termsChangeNoticeDeadline, ctx.lang),
        ],
        [
          '更新後の期間',
          'Renewed term',
          `${formatDate(r.renewedTermStart, ctx.lang)}${ctx.lang === 'ja' ? '〜' : ' – '}${formatDate(r.renewedTermEnd, ctx.lang)}`,
        ],
      ]);
    },
  },
  interest: {
    flags: [...COMMON, 'amount', 'due', 'paid'],
    paths: { amount: '--amount', dueDate: '--due', paidOn: '--paid' },
    help: {
      ja: `${NAME} interest --amount YEN --due YYYY-MM-DD --paid YYYY-MM-DD

遅延損害金（第26条）: 年14.6%、支払期日の翌日から支払日まで（I-10）。
  --amount  遅延した金額（円）
  --due     支払期日
  --paid    支払日
  --json / --lang ja|en / --day-count act/365-fixed|act/act / --rounding …`,
      en: `${NAME} interest --amount YEN --due YYYY-MM-DD --paid YYYY-MM-DD

Late-payment interest (第26条): 14.6% a year from the day after the due date to the day of payment (I-10).
  --amount  the overdue amount, yen
  --due     the due date
  --paid    the day it was paid
  --json / --lang ja|en / --day-count act/365-fixed|act/act / --rounding …`,
    },
    run(values, _positionals, ctx) {
      const r = lateInterest(
        {
          amount: need(values, 'amount', 'interest'),
          dueDate: need(values, 'due', 'interest'),
          paidOn: need(values, 'paid', 'interest'),
        },
        readBy('lateInterest', ctx.options),
      );
      return reply(ctx, r, [
        ['遅延損害金', 'Interest', formatYen(r.interest, ctx.lang)],
        ['遅延日数', 'Days late', String(r.days)],
      ]);
    },
  },
  refund: {
    flags: [...COMMON, 'discontinued', 'monthly-fee', 'paid-through', 'amount-paid'],
    paths: {
      discontinuationDate: '--discontinued',
      monthlyFee: '--monthly-fee',
      paidThrough: '--paid-through',
      amountPaid: '--amount-paid',
    },
    help: {
      ja: `${NAME} refund --discontinued YYYY-MM-DD --monthly-fee YEN --paid-through YYYY-MM-DD --amount-paid YEN

本サービスの廃止による返還（第15条2項）: 提供しない日数 × 月額料金の30分の1、支払済み額まで（I-08）。
  --discontinued  廃止日（サービス提供の最終日）
  --monthly-fee   月額料金（円）
  --paid-through  支払済み期間の末日
  --amount-paid   その期間に支払われた額（円）
  --json / --lang ja|en / --rounding …`,
      en: `${NAME} refund --discontinued YYYY-MM-DD --monthly-fee YEN --paid-through YYYY-MM-DD --amount-paid YEN

The refund on a discontinuation (第15条2項): days not provided × the fee / 30, up to what was paid (I-08).
  --discontinued  the discontinuation date (the last day of service)
  --monthly-fee   the monthly fee, yen
  --paid-through  the last day of the period paid for
  --amount-paid   what was paid for that period, yen
  --json / --lang ja|en / --rounding …`,
    },
    run(values, _positionals, ctx) {
      const r = discontinuationRefund(
        {
          discontinuationDate: need(values, 'discontinued', 'refund'),
          monthlyFee: need(values, 'monthly-fee', 'refund'),
          paidThrough: need(values, 'paid-through', 'refund'),
          amountPaid: need(values, 'amount-paid', 'refund'),
        },
        readBy('discontinuationRefund', ctx.options),
      );
      return reply(ctx, r, [
        ['返還額', 'Refund', formatYen(r.refund, ctx.lang)],
        ['提供しない日数', 'Days not provided', String(r.days)],
        ['支払済み額で上限', 'Capped at the amount paid', yesNo(r.capped, ctx.lang)],
      ]);
    },
  },
  holidays: {
    flags: COMMON,
    paths: { year: 'YEAR' },
    help: {
      ja: `${NAME} holidays YEAR

その年の国民の祝日・休日（1955〜2099年、サービス仕様書 第1 5 の「国民の祝日」）。
  --json / --lang ja|en`,
      en: `${NAME} holidays YEAR

The national holidays of a year (1955–2099; 「国民の祝日」 of サービス仕様書 第1 5).
  --json / --lang ja|en`,
    },
    run(_values, positionals, ctx) {
      if (positionals.length !== 1) throw new UsageError('holidays needs one YEAR, e.g. holidays 2027');
      const r = nationalHolidays({ year: numeric(positionals[0] as string) as number });
      if (ctx.json) return ctx.write(`${JSON.stringify(r, null, 2)}\n`);
      const kinds = {
        statutory: { ja: '国民の祝日', en: 'national holiday' },
        substitute: { ja: '振替休日', en: 'substitute holiday' },
        citizens: { ja: '国民の休日', en: "citizens' holiday" },
        special: { ja: '特別法', en: 'special law' },
      } as const;
      return ctx.write(
        `${table(r.holidays.map((h) => [formatDate(h.date, ctx.lang), h.name, kinds[h.kind][ctx.lang]]))}\n`,
      );
    },
  },
};

/** Where an issue's path comes from, for a message that names what the user typed. */
function where(path: string, command: Command | undefined): string {
  if (path.startsWith('options.')) {
    const key = path.slice('options.'.length).split('.')[0] ?? '';
    if (key === 'companyHolidays') return '--company-holiday';
    const flag = Object.entries(INTERPRETATION_FLAGS).find(([, v]) => v === key)?.[0];
    return flag === undefined ? path : `--${flag}`;
  }
  if (command !== undefined) return command.paths[path] ?? path;
  return WINDOW_FLAGS[path] ?? path;
}

/** The paths of a timeline's window, which come from flags, not from the contract record. */
const WINDOW_FLAGS: Readonly<Record<string, string>> = { asOf: '--as-of', until: '--until' };

/** Every issue of a TermsError, one line each, in the user's language and words (formatTermsError). */
function describeTermsError(e: TermsError, command: Command | undefined, source: string, lang: Lang): string {
  // The record's source is said once, unless the error is about the flags alone.
  const fromRecord = e.issues.some((i) => !Object.hasOwn(WINDOW_FLAGS, i.path) && !i.path.startsWith('options.'));
  const text = formatTermsError(e, {
    lang,
    label: (path) => where(path, command),
    detail: true,
    source: fromRecord ? source : '',
  });
  return `${text
    .split('\n')
    .map((line) => `${NAME}: ${line}`)
    .join('\n')}\n`;
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function fileProblem(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  return (error.code === undefined ? undefined : FILE_ERRORS[error.code]) ?? error.code ?? error.message;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function readContract(file: string | undefined, io: CliIo): Promise<{ record: unknown; source: string }> {
  if (file === undefined) return { record: SAMPLE_CONTRACT, source: 'sample contract' };
  const source = file === '-' ? 'contract (stdin)' : `contract ${file}`;
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`--contract: cannot read ${file === '-' ? 'stdin' : `'${file}'`}: ${fileProblem(e)}`);
  }
  try {
    return { record: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown, source };
  } catch (e) {
    throw new InputError(`--contract: ${file === '-' ? 'stdin' : `'${file}'`} is not JSON: ${(e as Error).message}`);
  }
}

function todayInJst(io: CliIo): string {
  return Instant.parse(io.now(), 'now').jstDate().toString();
}

async function runBatch(values: Values, ctx: Context, asOf: string): Promise<void> {
  const file = values.batch as string;
  const format =
    values.format ??
    (file === '-' ? 'ndjson' : /\.csv$/i.test(file) ? 'csv' : /\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : undefined);
  if (format === undefined)
    throw new UsageError(
      `--batch: cannot tell the format of '${file}': name it .ndjson, .jsonl or .csv, or give --format ndjson|csv`,
    );
  if (format !== 'ndjson' && format !== 'csv')
    throw new UsageError(`--format: expected ndjson or csv, got '${format}'`);
  const input: NodeJS.ReadableStream = file === '-' ? ctx.io.stdin : createReadStream(file);
  if (file !== '-') {
    // Open the file before writing anything, so that a missing file is exit 1 with nothing on stdout.
    await new Promise<void>((resolve, reject) => {
      (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
    }).catch((e: unknown) => {
      throw new InputError(`--batch: cannot read '${file}': ${fileProblem(e)}`);
    });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  const rows = contractTimelinesAsync(lines, { asOf, until: values.until, input: format as BatchInput }, ctx.options);
  const { stdout, stderr } = ctx.io;
  const tty = stderr.isTTY === true;
  const started = performance.now();
  let count = 0;
  let invalid = 0;
  let shown = 0;
  const progress = (final: boolean) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    const text =
      ctx.lang === 'ja'
        ? `${count} 件（誤り ${invalid} 件）${rate} 件/秒`
        : `${count} records (${invalid} invalid), ${rate}/s`;
    stderr.write(`\r${text}${final ? '\n' : ''}`);
  };
  // Rows are written in chunks of about 64 KB (one write per row costs more than the row),
  // waiting for stdout to drain when it is full: memory stays flat.
  let chunk = '';
  for await (const row of rows) {
    count += 1;
    if (!row.ok) invalid += 1;
    chunk += `${JSON.stringify(row)}\n`;
    if (chunk.length >= 65_536) {
      const full = !stdout.write(chunk);
      chunk = '';
      if (full) await once(stdout, 'drain');
    }
    if (tty && performance.now() - shown > 200) {
      shown = performance.now();
      progress(false);
    }
  }
  if (chunk !== '') stdout.write(chunk);
  if (tty) progress(true);
}

async function runTimeline(values: Values, ctx: Context, asOf: string): Promise<void> {
  const { record, source } = await readContract(values.contract, ctx.io);
  try {
    const r = contractTimeline(record as never, { asOf, until: values.until }, ctx.options);
    ctx.write(ctx.json ? `${JSON.stringify(r, null, 2)}\n` : timelineText(r, ctx.lang));
  } catch (e) {
    if (isTermsError(e)) throw new ContractError(e, source);
    throw e;
  }
}

/**
 * Runs the tool with `argv` (without `node` and the script) and returns the exit code.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (text: string, code: number) => {
    io.stderr.write(text);
    return code;
  };
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as unknown as {
      values: Values;
      positionals: string[];
    };
  } catch (e) {
    const error = e as Error & { code?: string };
    const unknown = /'(-[^']*)'/.exec(error.message)?.[1];
    const message =
      error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined
        ? `unknown option '${unknown}'`
        : error.message;
    return fail(`${NAME}: ${message}\nRun '${NAME} --help' for usage.\n`, 2);
  }
  const { values, positionals } = parsed;
  const lang = values.lang === undefined ? langFromEnv(io.env) : values.lang;
  if (lang !== 'ja' && lang !== 'en') return fail(`${NAME}: --lang: expected ja or en, got '${String(lang)}'\n`, 2);

  const name = positionals[0];
  const command = name === undefined ? undefined : COMMANDS[name];
  if (name !== undefined && command === undefined) {
    return fail(
      `${NAME}: unknown command '${name}' (expected terminate, renew, interest, refund or holidays)\nRun '${NAME} --help' for usage.\n`,
      2,
    );
  }
  const allowed: readonly Flag[] = command?.flags ?? [
    'help',
    'version',
    'json',
    'lang',
    'as-of',
    'until',
    'contract',
    'batch',
    'format',
    ...(Object.keys(INTERPRETATION_FLAGS) as Flag[]),
    'company-holiday',
  ];
  const stray = (Object.keys(values) as Flag[]).find((flag) => !allowed.includes(flag));
  if (stray !== undefined) {
    return fail(
      `${NAME}: --${stray} is not an option of ${name ?? 'the timeline'}\nRun '${NAME}${name === undefined ? '' : ` ${name}`} --help' for usage.\n`,
      2,
    );
  }

  let out = '';
  const options: Options = {
    ...Object.fromEntries(
      Object.entries(INTERPRETATION_FLAGS)
        .filter(([flag]) => values[flag as Flag] !== undefined)
        .map(([flag, key]) => [key, values[flag as Flag]]),
    ),
    ...(values['company-holiday'] === undefined ? {} : { companyHolidays: values['company-holiday'] }),
  };
  const ctx: Context = {
    io,
    lang,
    options,
    json: values.json === true,
    write: (text: string) => {
      out += text;
    },
  };
  try {
    if (values.help === true) {
      io.stdout.write(`${(command?.help ?? MAIN_HELP)[lang]}\n`);
      return 0;
    }
    if (values.version === true) {
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    if (command !== undefined) {
      if (name !== 'holidays' && positionals.length > 1)
        throw new UsageError(`${name} takes no arguments besides its options`);
      await command.run(values, positionals.slice(1), ctx);
    } else {
      if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0] ?? ''}'`);
      if (values.batch !== undefined && values.contract !== undefined)
        throw new UsageError('give --contract or --batch, not both');
      if (values.format !== undefined && values.batch === undefined) throw new UsageError('--format goes with --batch');
      const asOf = values['as-of'] ?? todayInJst(io);
      if (values.batch !== undefined) {
        await runBatch(values, ctx, asOf);
        return 0;
      }
      await runTimeline(values, ctx, asOf);
    }
  } catch (e) {
    if (e instanceof UsageError)
      return fail(`${NAME}: ${e.message}\nRun '${NAME}${name === undefined ? '' : ` ${name}`} --help' for usage.\n`, 2);
    if (e instanceof InputError) return fail(`${NAME}: invalid input: ${e.message}\n`, 1);
    if (e instanceof ContractError) return fail(describeTermsError(e.error, undefined, e.source, lang), 1);
    if (isTermsError(e)) return fail(describeTermsError(e, command, '', lang), 1);
    return fail(`${NAME}: internal error: ${(e as Error)?.message ?? String(e)}\n`, 1);
  }
  // Everything is written at the end, so a failure leaves stdout empty.
  io.stdout.write(out);
  return 0;
}
