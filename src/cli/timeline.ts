/**
 * The tool without a subcommand: a contract's timeline (the embedded sample, a JSON file
 * or stdin) as a table or JSON, or a batch of contracts streamed as NDJSON.
 *
 * @module
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  Instant,
  SAMPLE_CONTRACT,
  contractTimeline,
  contractTimelines,
  contractTimelinesAsync,
  isTermsError,
  type BatchInput,
  type BatchWindow,
  type TimelineBatchOptions,
  type TimelineBatchRow,
} from '../index.js';
import { type LeanBatchRow, leanTimelines, leanTimelinesAsync } from '../lifecycle/batch.js';
import type { Values } from './args.js';
import { COMMON, type CliIo, type Command, type Context } from './command.js';
import { TIMELINE_CSV_COLUMNS, fieldsOf, timelineCsvRows, writeCompactRow } from './compact.js';
import { BOM } from './csv-out.js';
import { ContractError } from './errors.js';
import { type BlockInput, READ_BYTES, openBlocks } from './blocks.js';
import { linesOf, splitLines } from './lines.js';
import { progressOf } from './progress.js';
import { CHUNK_BYTES, RowBytes } from './row-bytes.js';
import { batchOutputFormat, renderTimeline, timelineFormat } from './output.js';
import { CliError, NAME, type Text, say } from './messages.js';

/** What a failed read says: the errno's words, or its code. */
export function fileProblem(e: unknown): Text {
  const error = e as NodeJS.ErrnoException;
  const known = error.code === undefined ? undefined : say.fileProblems[error.code];
  const other = error.code ?? error.message;
  return known ?? { ja: other, en: other };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Where JSON.parse stopped, as a 1-based line and column (counted in characters), with
 * its reason without the character offset: V8 says "at position N", people count lines.
 */
export function jsonErrorAt(text: string, error: Error): { line?: number; column?: number; why: string } {
  const at = /\s+in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(error.message);
  const end = /^Unexpected end of JSON input$/.test(error.message);
  const why = at === null ? error.message : error.message.slice(0, at.index);
  if (at === null && !end) return { why };
  const offset = end ? text.length : Number(at?.[1]);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1, why };
}

/** The contract record of `--contract` (the sample without it), and where it came from for messages. */
export async function readContract(file: string | undefined, io: CliIo): Promise<{ record: unknown; source: string }> {
  if (file === undefined) return { record: SAMPLE_CONTRACT, source: 'sample contract' };
  const source = file === '-' ? 'contract (stdin)' : `contract ${file}`;
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError('input', say.cannotRead('--contract', file, fileProblem(e)));
  }
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { record: JSON.parse(json) as unknown, source };
  } catch (e) {
    const { line, column, why } = jsonErrorAt(json, e as Error);
    throw new CliError('input', say.notJson('--contract', file, line, column, why));
  }
}

/** Today in JST: the default `--as-of`. */
export function todayInJst(io: CliIo): string {
  return Instant.parse(io.now(), 'now').jstDate().toString();
}

/** The batch input's format: `--input-format`, or the file's extension (stdin: NDJSON). */
export function batchInputFormat(given: string | undefined, file: string): BatchInput {
  const format =
    given ??
    (file === '-' ? 'ndjson' : /\.csv$/i.test(file) ? 'csv' : /\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : undefined);
  if (format === undefined) throw new CliError('usage', say.batchFormat(file));
  if (format !== 'ndjson' && format !== 'csv')
    throw new CliError('input', say.badChoice('--input-format', ['ndjson', 'csv'], format));
  return format;
}

/** The batch's input stream, opened before anything is written (a missing file: exit 1, stdout empty). */
export async function openBatch(file: string, io: CliIo): Promise<NodeJS.ReadableStream> {
  if (file === '-') return io.stdin;
  const input = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve()).once('error', reject);
  }).catch((e: unknown) => {
    throw new CliError('input', say.cannotRead('--batch', file, fileProblem(e)));
  });
  return input;
}

/** The rows of an NDJSON book, a block of lines at a time (one await per block, not per row), numbered in the whole book. */
async function ndjsonBlockRows(
  input: BlockInput,
  window: BatchWindow,
  options: TimelineBatchOptions,
  lean: boolean,
  each: (row: TimelineBatchRow | LeanBatchRow) => void,
  between: () => Promise<void>,
): Promise<void> {
  let first = 1;
  for await (const block of input.blocks(READ_BYTES)) {
    const lines = splitLines(block.toString('utf8'));
    const rows = lean ? leanTimelines(lines, window, options) : contractTimelines(lines, window, options);
    for (const row of rows) {
      // A fresh row of the library's, numbered in its block: renumbered in place (`line` stays its first key).
      (row as { line: number }).line += first - 1;
      each(row);
    }
    first += lines.length;
    await between();
  }
}

async function runBatch(values: Values, ctx: Context, asOf: string): Promise<void> {
  const file = values.batch as string;
  const csv = batchOutputFormat(values.format) === 'csv';
  const fields = fieldsOf(values.fields);
  const format = batchInputFormat(values['input-format'], file);
  // Compact rows and CSV carry no notes: the library is asked not to build them. Compact rows
  // read lean timelines (their plain months' fees not made into events, src/lifecycle/assembly.ts).
  const options = { ...ctx.options, notes: fields === 'full' && !csv };
  const lean = fields !== 'full' && !csv;
  const window: BatchWindow = { asOf, until: values.until, input: format };
  // Checked before anything is read or written: a bad date is exit 1 with nothing on stdout.
  contractTimelinesAsync([], window, options);
  const input = openBlocks(file, ctx.io.stdin);
  const progress = progressOf(ctx, values.quiet === true, input.position);
  const { stdout } = ctx.io;
  let count = 0;
  let invalid = 0;
  let full = false;
  // Rows are written as bytes in chunks of about 64 KB (one write per row costs more than the
  // row), waiting for stdout to drain when it is full: memory stays flat.
  const out = new RowBytes();
  if (csv) out.text(`${values.bom === true ? BOM : ''}${TIMELINE_CSV_COLUMNS.join(',')}\r\n`);
  const each = (row: TimelineBatchRow | LeanBatchRow) => {
    count += 1;
    if (!row.ok) invalid += 1;
    if (csv) out.text(timelineCsvRows(row as TimelineBatchRow));
    else writeCompactRow(out, row, fields);
    if (out.length >= CHUNK_BYTES && !stdout.write(out.take())) full = true;
  };
  const between = async () => {
    if (full) await once(stdout, 'drain');
    full = false;
    progress.tick(count, invalid);
  };
  if (format === 'ndjson') await ndjsonBlockRows(input, window, options, lean, each, between);
  else {
    // CSV: a record may span lines and the header is read once — the library reads the lines in order.
    const lines = linesOf(input.blocks(READ_BYTES));
    const rows = lean ? leanTimelinesAsync(lines, window, options) : contractTimelinesAsync(lines, window, options);
    for await (const row of rows) {
      each(row);
      await between();
    }
  }
  if (out.length > 0) stdout.write(out.take());
  progress.done(count, invalid);
}

async function runTimeline(values: Values, ctx: Context, asOf: string): Promise<void> {
  const format = timelineFormat(values.format, ctx.json);
  const { record, source } = await readContract(values.contract, ctx.io);
  try {
    const r = contractTimeline(record as never, { asOf, until: values.until }, ctx.options);
    ctx.write(renderTimeline(r, format, ctx.lang, ctx.width));
  } catch (e) {
    if (isTermsError(e)) throw new ContractError(e, source);
    throw e;
  }
}

/** The tool with no subcommand (its help is the main help, commands.ts). */
export const timeline: Omit<Command, 'help' | 'summary'> = {
  flags: [
    'version',
    'as-of',
    'until',
    'contract',
    'batch',
    'format',
    'input-format',
    'fields',
    'bom',
    'quiet',
    'wide',
    ...COMMON,
  ],
  paths: { asOf: '--as-of', until: '--until' },
  async run(values, positionals, ctx) {
    if (positionals.length > 0) throw new CliError('usage', say.unexpectedArgument(positionals[0] ?? '', undefined));
    if (values.batch !== undefined && values.contract !== undefined)
      throw new CliError('usage', say.notBoth('--contract', '--batch'));
    if (values['input-format'] !== undefined && values.batch === undefined)
      throw new CliError('usage', say.goesWith('--input-format', '--batch'));
    if (values.fields !== undefined && values.batch === undefined)
      throw new CliError('usage', say.goesWith('--fields', '--batch'));
    const asOf = values['as-of'] ?? todayInJst(ctx.io);
    if (values.batch !== undefined) return runBatch(values, ctx, asOf);
    return runTimeline(values, ctx, asOf);
  },
};

export const TIMELINE_HELP: Text = {
  ja: `使い方:
  ${NAME} [--contract FILE|-] [--as-of YYYY-MM-DD] [--until YYYY-MM-DD] [--format table|json|svg|html] [--wide] [--lang ja|en]
  ${NAME} --batch FILE.ndjson|FILE.csv|- [--input-format ndjson|csv] [--format ndjson|csv] [--fields LIST] [--quiet] [--as-of …] [--until …]
  ${NAME} <コマンド> …    （${NAME} help <コマンド> で各コマンドの説明）

引数なしでは、同梱のサンプル契約のタイムラインを表示します。
  --contract FILE   契約レコード（JSON）。- は標準入力
  --as-of DATE      基準日（既定: 日本時間の今日）
  --until DATE      表示する最終日（既定: 契約の終わり、自動更新中なら基準日の3年後）
  --format F        出力: table（表、既定）| json（docs/schemas/timeline.json）| svg（契約の一生の図）| html（図と表のページ）
  --json            --format json と同じ
  --wide            表を端末の幅に合わせず、内容の列も折り返さずに出力
  --lang ja|en      表示言語（既定: LC_ALL / LC_MESSAGES / LANG、なければ ja）
  --batch FILE      多数の契約を1行1件の NDJSON で出力（.ndjson / .jsonl / .csv、- は標準入力）
  --input-format F  --batch の入力形式 ndjson|csv（既定: 拡張子から、標準入力は ndjson）
  --fields LIST     --batch の行の項目（既定: 文章なしの簡潔な行、full で注記つきの全体）
  --format csv      --batch を CSV で（1行1イベント、CRLF、--bom で Excel 向け）
  --quiet           --batch の進捗と最後の要約（標準エラー）を出さない
  -h, --help        この説明     -V, --version  版`,
  en: `Usage:
  ${NAME} [--contract FILE|-] [--as-of YYYY-MM-DD] [--until YYYY-MM-DD] [--format table|json|svg|html] [--wide] [--lang ja|en]
  ${NAME} --batch FILE.ndjson|FILE.csv|- [--input-format ndjson|csv] [--format ndjson|csv] [--fields LIST] [--quiet] [--as-of …] [--until …]
  ${NAME} <command> …    (${NAME} help <command> explains each)

With no arguments, the timeline of the embedded sample contract.
  --contract FILE   a contract record (JSON); - for stdin
  --as-of DATE      the day to compute for (default: today in JST)
  --until DATE      the last day to show (default: the end of the contract, or 3 years after --as-of while it renews)
  --format F        the output: table (default) | json (docs/schemas/timeline.json) | svg (a picture of the contract's life) | html (the picture and the table)
  --json            the same as --format json
  --wide            tables as wide as they need, not fitted to the terminal
  --lang ja|en      language (default: from LC_ALL / LC_MESSAGES / LANG, else ja)
  --batch FILE      many contracts, one NDJSON row per record (.ndjson / .jsonl / .csv; - for stdin)
  --input-format F  the --batch input: ndjson|csv (default: from the extension; ndjson for stdin)
  --fields LIST     what a --batch row carries (default: a compact row without prose; full: the whole result with notes)
  --format csv      --batch as CSV, one row per event (CRLF; --bom for Excel)
  --quiet           no --batch progress or closing summary on stderr
  -h, --help        this help     -V, --version  the version`,
};

export const TIMELINE_EXAMPLES: Text = {
  ja: `例:
  ${NAME}                                          サンプル契約、今日の時点
  ${NAME} --contract contract.json --as-of 2027-05-01
  ${NAME} --contract contract.json --until 2027-12-31 --lang en
  ${NAME} --contract contract.json --format svg > contract.svg
  ${NAME} --batch contracts.csv > timelines.ndjson`,
  en: `Examples:
  ${NAME}                                          the sample contract, as of today
  ${NAME} --contract contract.json --as-of 2027-05-01
  ${NAME} --contract contract.json --until 2027-12-31 --lang en
  ${NAME} --contract contract.json --format svg > contract.svg
  ${NAME} --batch contracts.csv > timelines.ndjson`,
};
