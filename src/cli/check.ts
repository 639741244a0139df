/**
 * `cloud-ops-terms check FILE.csv [--lang ja|en]`: runs a file of golden cases
 * (docs/golden/README.md) against the library and prints, per row, whether the library
 * gives the answer written in the file — and, when it does not, both answers and their
 * difference. Exit 0 when every row passes, 1 when a row fails, a row is malformed or the
 * file cannot be read, 2 for a usage error.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Command } from './command.js';
import type { Lang } from './format.js';
import {
  checkGoldenCsv,
  columnLetter,
  GoldenFileError,
  type GoldenReport,
  type Problem,
  type RowOutcome,
} from './golden.js';
import { GOLDEN_FUNCTION_NAMES } from './golden-functions.js';
import { CliError, NAME, say } from './messages.js';
import { fileProblem } from './timeline.js';

export const CHECK_HELP: Readonly<Record<Lang, string>> = {
  ja: `使い方: ${NAME} check ファイル.csv [--lang ja|en]

ゴールデンケースの CSV（1行1ケース: function、in:入力、opt:オプション、answer、expected）を
ライブラリで計算し、行ごとに合否を表示します。不合格の行は期待値・計算結果・差を示します。
終了コード: 0 すべて合格、1 不合格または不正な行がある、2 使い方の誤り。
書式: docs/golden/README.md`,
  en: `Usage: ${NAME} check FILE.csv [--lang ja|en]

Runs a CSV of golden cases (one row a case: function, in:inputs, opt:options, answer,
expected) against the library and prints pass or fail per row; a failing row shows the
expected answer, the library's and their difference.
Exit codes: 0 every row passed, 1 a row failed or is malformed, 2 usage.
Format: docs/golden/README.md`,
};

/** Where a problem is: `row 5, column in:fault (E)` / `5行目・in:fault 列（E列）`. */
function place(lang: Lang, row: number, header: readonly string[], column?: string): string {
  const index = column === undefined ? -1 : header.indexOf(column);
  const letter = index < 0 ? undefined : columnLetter(index);
  if (column === undefined) return lang === 'ja' ? `${row}行目` : `row ${row}`;
  if (lang === 'ja') return `${row}行目・${column} 列${letter === undefined ? '' : `（${letter}列）`}`;
  return `row ${row}, column ${column}${letter === undefined ? '' : ` (${letter})`}`;
}

/** The sentence for a problem, without its place. */
export function problemText(lang: Lang, p: Problem): string {
  const ja = lang === 'ja';
  switch (p.code) {
    case 'no-rows':
      return ja ? '見出し行とケースの行が必要です' : 'needs a header row and at least one case row';
    case 'missing-column':
      return ja ? `見出しに ${p.column} 列がありません` : `the header has no ${p.column} column`;
    case 'unknown-column':
      return ja
        ? `見出しの「${p.column}」は使えない列名です（function、answer、expected、in:入力名、opt:オプション名、id、provisions、interpretations、note、working）`
        : `the header's '${p.column}' is not a column this format knows (function, answer, expected, in:NAME, opt:OPTION, id, provisions, interpretations, note, working)`;
    case 'duplicate-column':
      return ja ? `見出しに ${p.column} 列が2つあります` : `the header has two ${p.column} columns`;
    case 'csv':
      return p.reason === 'unterminated-quote'
        ? ja
          ? '引用符 " で始まるセルが閉じていません'
          : 'a quoted cell is never closed'
        : ja
          ? '閉じた引用符 " の後に文字があります'
          : 'text after a closing quote';
    case 'cell-count':
      return ja
        ? `セルが${p.got}個あります（見出しは${p.want}列）`
        : `has ${p.got} cells where the header has ${p.want}`;
    case 'empty':
      return ja ? '空です' : 'is empty';
    case 'unknown-function':
      return ja
        ? `「${p.value}」という関数はありません（${GOLDEN_FUNCTION_NAMES.join('、')}）`
        : `no function '${p.value}' (expected one of ${GOLDEN_FUNCTION_NAMES.join(', ')})`;
    case 'not-an-input':
      return ja
        ? `${p.fn} はこの入力を取りません（入力: ${p.inputs.join('、')}）`
        : `${p.fn} takes no such input (its inputs: ${p.inputs.join(', ')})`;
    case 'not-a-number':
      return ja ? `「${p.value}」は数値ではありません` : `'${p.value}' is not a number`;
    case 'not-a-boolean':
      return ja ? `「${p.value}」は TRUE でも FALSE でもありません` : `'${p.value}' is neither TRUE nor FALSE`;
    case 'refused-cell':
      return ja ? `ライブラリが受け付けません: ${p.message}` : `refused by the library: ${p.message}`;
    case 'unknown-answer':
      return ja
        ? `${p.fn} の結果に「${p.value}」はありません（${p.answers.join('、')}）`
        : `${p.fn} has no answer '${p.value}' (its answers: ${p.answers.join(', ')})`;
  }
}

function columnOf(p: Problem): string | undefined {
  return 'column' in p && p.code !== 'missing-column' && p.code !== 'unknown-column' && p.code !== 'duplicate-column'
    ? p.column
    : undefined;
}

/** One line (or a few) for a row's outcome. */
export function outcomeText(lang: Lang, o: RowOutcome, header: readonly string[]): string {
  const ja = lang === 'ja';
  if (o.kind === 'pass') return `${ja ? '合格' : 'pass'}    ${o.id}  ${o.question} = ${o.actual}`;
  if (o.kind === 'malformed') {
    return `${ja ? '不正な行' : 'malformed'}  ${o.id}  ${place(lang, o.row, header, columnOf(o.problem))}: ${problemText(lang, o.problem)}`;
  }
  const lines = [`${ja ? '不合格' : 'FAIL'}  ${o.id}  ${place(lang, o.row, header)}  ${o.question}`];
  lines.push(ja ? `    期待値: ${o.expected}` : `    expected: ${o.expected}`);
  lines.push(ja ? `    計算結果: ${o.actual}` : `    library:  ${o.actual}`);
  if (o.difference !== null)
    lines.push(
      ja ? `    差（計算結果 − 期待値）: ${o.difference}` : `    difference (library − expected): ${o.difference}`,
    );
  if (o.refusal !== null)
    lines.push(ja ? `    ライブラリのエラー: ${o.refusal}` : `    the library refused: ${o.refusal}`);
  return lines.join('\n');
}

/** The closing line: how many rows passed, failed and could not be read. */
export function summaryText(lang: Lang, report: GoldenReport): string {
  const count = (k: RowOutcome['kind']) => report.outcomes.filter((o) => o.kind === k).length;
  const [pass, fail, bad, all] = [count('pass'), count('fail'), count('malformed'), report.outcomes.length];
  return lang === 'ja'
    ? `${all}件中 合格 ${pass}件、不合格 ${fail}件、不正な行 ${bad}件`
    : `${all} rows: ${pass} passed, ${fail} failed, ${bad} malformed`;
}

/** `check FILE.csv`: one entry of the command table (commands.ts). Exit 1 when a row fails or is malformed. */
export const checkCommand: Command = {
  summary: {
    ja: 'ゴールデンケースの CSV を実行し、行ごとに合否を表示',
    en: 'run a CSV of golden cases, pass or fail per row',
  },
  flags: ['help', 'lang'],
  positionals: { min: 1, max: 1, name: 'FILE.csv', example: 'check cases.csv' },
  paths: {},
  help: {
    ja: `${CHECK_HELP.ja}

例:
  ${NAME} check docs/golden/money.csv
  ${NAME} check cases.csv --lang en`,
    en: `${CHECK_HELP.en}

Examples:
  ${NAME} check docs/golden/money.csv
  ${NAME} check cases.csv --lang en`,
  },
  async run(_values, positionals, ctx) {
    const file = positionals[0] as string;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new CliError('input', say.cannotRead('check', file, fileProblem(e)));
    }
    let report: GoldenReport;
    try {
      report = checkGoldenCsv(text);
    } catch (e) {
      if (!(e instanceof GoldenFileError)) throw e;
      const where = `${file}: ${place(ctx.lang, e.row, [])}`;
      throw new CliError('input', {
        ja: `${where}: ${problemText('ja', e.problem)}`,
        en: `${where}: ${problemText('en', e.problem)}`,
      });
    }
    const lines = report.outcomes.map((o) => outcomeText(ctx.lang, o, report.header));
    ctx.write(`${lines.join('\n')}\n${summaryText(ctx.lang, report)}\n`);
    return report.outcomes.every((o) => o.kind === 'pass') ? 0 : 1;
  },
};
