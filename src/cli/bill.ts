/**
 * `cloud-ops-terms bill --month YYYY-MM --batch FILE|-`: the billing run of a book for one
 * month — one NDJSON row per record (the library's `billingRun`, a block of lines at a time:
 * bill-block.ts), or CSV for a spreadsheet (`--format csv`: UTF-8, CRLF, `--bom` for Excel,
 * yen as plain integers, text cells guarded against formulas), and the month's totals at the
 * end. A thin edge: it reads the file and writes the rows; every amount is the library's.
 *
 * @module
 */
import { once } from 'node:events';
import { billingRunAsync, type BillingWindow } from '../index.js';
import type { Values } from './args.js';
import { COMMON, type Command, type Context, need } from './command.js';
import { BOM } from './csv-out.js';
import { type BillWork, billBlock, writeRow } from './bill-block.js';
import { BILL_CSV_COLUMNS, type BillTotals, billTotals, billTotalsJson, cells, sumTotals } from './bill-rows.js';
import { CliError, NAME, type Text, say } from './messages.js';
import { BLOCK_BYTES, jobsOf, runPool } from './bill-pool.js';
import { BlockMemory, READ_BYTES, openBlocks } from './blocks.js';
import { linesOf } from './lines.js';
import { type Progress, progressOf } from './progress.js';
import { CHUNK_BYTES, RowBytes } from './row-bytes.js';
import { batchInputFormat } from './timeline.js';

const OUTPUTS = ['ndjson', 'csv'] as const;
type Output = (typeof OUTPUTS)[number];

function shardOf(text: string | undefined): BillingWindow['shard'] {
  if (text === undefined) return undefined;
  const m = /^([0-9]{1,9})\/([0-9]{1,9})$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || index < 1 || count < 1 || index > count) throw new CliError('input', say.badShard(text));
  return { index, count };
}

function outputOf(format: string | undefined): Output {
  const output = format ?? 'ndjson';
  if (!(OUTPUTS as readonly string[]).includes(output))
    throw new CliError('input', say.badChoice('--format', OUTPUTS, output));
  return output as Output;
}

/** `--jobs 1` over NDJSON: a block of lines billed at a time, its rows written as one chunk of bytes. */
async function billBlocks(
  blocks: AsyncIterable<Buffer>,
  work: BillWork,
  stdout: NodeJS.WritableStream,
  progress: Progress,
  totals: BillTotals,
): Promise<void> {
  const out = new RowBytes(READ_BYTES);
  let first = 1;
  for await (const block of blocks) {
    first += billBlock(block, first, work, out, totals);
    if (!stdout.write(out.take())) await once(stdout, 'drain');
    progress.tick(totals.records, totals.errors);
  }
}

/** `--jobs 1` over CSV (a record may span lines; the header is read once): the library's run over the lines. */
async function billCsvLines(
  stream: AsyncIterable<unknown>,
  window: BillingWindow,
  work: BillWork,
  stdout: NodeJS.WritableStream,
  progress: Progress,
  totals: BillTotals,
): Promise<void> {
  const out = new RowBytes();
  for await (const row of billingRunAsync(linesOf(stream), window, work.options)) {
    writeRow(row, work, out, totals);
    if (out.length >= CHUNK_BYTES && !stdout.write(out.take())) await once(stdout, 'drain');
    progress.tick(totals.records, totals.errors);
  }
  stdout.write(out.take());
}

async function bill(values: Values, ctx: Context): Promise<number> {
  const { io } = ctx;
  const month = need(values, 'month', 'bill');
  const file = need(values, 'batch', 'bill');
  const output = outputOf(values.format);
  if (jobsOf(values.jobs) === 'bad') throw new CliError('input', say.badJobs(values.jobs as string));
  const input = batchInputFormat(values['input-format'], file);
  const window: BillingWindow = { month, asOf: values['as-of'], input, shard: shardOf(values.shard) };
  // Checked before anything is read or written: a bad month is exit 1 with nothing on stdout.
  billingRunAsync([], window, ctx.options);
  const source = openBlocks(file, io.stdin);
  const { position } = source;
  const jobs = jobsOf(values.jobs, position?.size) as number;
  const progress = progressOf(ctx, values.quiet === true, position);
  const totals = billTotals();
  const csv = output === 'csv';
  const work: BillWork = { window: { month, asOf: window.asOf }, options: ctx.options, csv, shard: window.shard };
  io.stdout.write(csv ? `${values.bom === true ? BOM : ''}${BILL_CSV_COLUMNS.join(',')}\r\n` : '');
  let finished = true;
  if (jobs > 1) {
    const memory = new BlockMemory(BLOCK_BYTES);
    finished = await runPool({
      ...(input === 'csv'
        ? { stream: source.blocks(READ_BYTES) }
        : { blocks: source.blocks(BLOCK_BYTES, memory), memory }),
      window,
      options: ctx.options,
      csv,
      jobs,
      stdout: io.stdout,
      add: (t) => sumTotals(totals, t),
      tick: () => progress.tick(totals.records, totals.errors),
    });
  } else if (input === 'csv') {
    await billCsvLines(source.blocks(READ_BYTES), window, work, io.stdout, progress, totals);
  } else {
    await billBlocks(source.blocks(READ_BYTES), work, io.stdout, progress, totals);
  }
  let chunk = '';
  const m = (window.month as string).trim();
  chunk += csv ? cells({ kind: 'month-total', serviceMonth: m, amount: totals.total }) : billTotalsJson(m, totals);
  io.stdout.write(chunk);
  progress.done(totals.records, totals.errors);
  return finished ? 0 : 130;
}

const HELP: Text = {
  ja: `${NAME} bill --month YYYY-MM --batch FILE|- [--format ndjson|csv] [--bom] [--as-of YYYY-MM-DD] [--shard K/N] [--jobs N] [--quiet]

請求の実行: 台帳の契約ごとに、その月に期日が来る金額（月額料金・初月・延長手数料・中途解約の料金・初期費用、
遅延損害金、返金）を期日・条項・金額とともに、月初の未払い（繰越）と合計を出力します。1行1件、入力と同じ順。
  --month YYYY-MM    請求する月
  --batch FILE       契約の台帳（.ndjson / .jsonl / .csv、- は標準入力）
  --input-format F   入力形式 ndjson|csv（既定: 拡張子から、標準入力は ndjson）
  --format F         出力: ndjson（既定、最後の行は月の合計）| csv（UTF-8、CRLF、1行1金額、金額は円の整数）
  --bom              CSV の先頭に BOM（Excel で開くとき）
  --as-of DATE       基準日: この日までの入金と通知（既定: 月末日）
  --shard K/N        N 分割のうち K 番目の分（行番号で決まる。N 台で分けて実行するとき）
  --jobs N           N 個のスレッドで計算（既定: CPU のコア数、96 MB 未満のファイルは 1。出力は入力の順）
  --quiet            標準エラーの進捗と要約を出さない

例:
  ${NAME} bill --month 2027-05 --batch contracts.ndjson > bill-2027-05.ndjson
  ${NAME} bill --month 2027-05 --batch contracts.csv --format csv --bom > bill-2027-05.csv`,
  en: `${NAME} bill --month YYYY-MM --batch FILE|- [--format ndjson|csv] [--bom] [--as-of YYYY-MM-DD] [--shard K/N] [--jobs N] [--quiet]

The billing run: for each contract of a book, every amount falling due in the month (monthly fees, the first
month, extension fees, the early-termination fee, the initial fee, late interest, refunds) with its date, provision
and amount, what was owed when the month began (carried in) and the total. One row per record, in input order.
  --month YYYY-MM    the month billed
  --batch FILE       the book (.ndjson / .jsonl / .csv; - for stdin)
  --input-format F   the input: ndjson|csv (default: from the extension; ndjson for stdin)
  --format F         the output: ndjson (default; the last row holds the month's totals) | csv (UTF-8, CRLF, one row per amount, yen as integers)
  --bom              a byte order mark before the CSV (for Excel)
  --as-of DATE       "today": payments and notices known by it (default: the month's last day)
  --shard K/N        the K-th of N shares of the records (by line number), to run a book on N machines
  --jobs N           compute on N threads (default: the machine's cores, 1 for a file under 96 MB; output in input order)
  --quiet            no progress or summary on stderr

Examples:
  ${NAME} bill --month 2027-05 --batch contracts.ndjson > bill-2027-05.ndjson
  ${NAME} bill --month 2027-05 --batch contracts.csv --format csv --bom > bill-2027-05.csv`,
};

/** `bill`: one entry of the command table (commands.ts). */
export const billCommand: Command = {
  summary: { ja: '請求の実行（台帳の月の請求額）', en: "the billing run: a month's amounts for a book" },
  flags: [
    'month',
    'batch',
    'input-format',
    'format',
    'bom',
    'as-of',
    'shard',
    'jobs',
    'quiet',
    ...COMMON.filter((f) => f !== 'json'),
  ],
  paths: { month: '--month', asOf: '--as-of', 'shard.index': '--shard' },
  help: HELP,
  run: (values, _positionals, ctx) => bill(values, ctx),
};
