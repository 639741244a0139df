/**
 * The tool's own words: every message about how it was called (usage, exit 2) or about
 * input it reads itself (a flag's value, a file, JSON: exit 1), in Japanese and English.
 * Errors the library reports (`TermsError`) are rendered in errors.ts.
 *
 * @module
 */
import type { Lang } from './format.js';

export const NAME = 'cloud-ops-terms';

/** A sentence in both languages. */
export type Text = { readonly ja: string; readonly en: string };

/**
 * A problem the tool found: `usage` (how it was called: exit 2, with a hint to `--help`)
 * or `input` (a value or a file it read: exit 1, naming the flag or the file).
 */
export class CliError extends Error {
  constructor(
    readonly kind: 'usage' | 'input',
    readonly text: Text,
  ) {
    super(text.en);
  }
}

const list = (items: readonly string[], lang: Lang) =>
  lang === 'ja' ? items.join('、') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;

/** The catalogue. Each entry builds the sentence from what the user typed. */
export const say = {
  unknownOption: (raw: string, suggestion?: string): Text => ({
    ja: `${raw} というオプションはありません${suggestion === undefined ? '' : `（--${suggestion} のことですか？）`}`,
    en: `unknown option '${raw}'${suggestion === undefined ? '' : ` (did you mean --${suggestion}?)`}`,
  }),
  noValue: (flag: string): Text => ({
    ja: `${flag} は値をとりません（${flag} とだけ書きます）`,
    en: `${flag} takes no value (write ${flag} alone)`,
  }),
  valueMissing: (flag: string, next?: string): Text => ({
    ja:
      next === undefined
        ? `${flag} の値がありません`
        : `${flag} の値がありません（'${next}' は次のオプションとして読みました。'-' で始まる値は ${flag}=${next} と書きます）`,
    en:
      next === undefined
        ? `${flag} needs a value`
        : `${flag} needs a value ('${next}' was read as the next option; write ${flag}=${next} for a value that starts with '-')`,
  }),
  unknownCommand: (name: string, commands: readonly string[]): Text => ({
    ja: `${name} というコマンドはありません（${commands.join('、')} のいずれか）`,
    en: `unknown command '${name}' (expected ${list(commands, 'en')})`,
  }),
  notAnOptionOf: (flag: string, command: string | undefined): Text => ({
    ja: `${flag} は${command === undefined ? 'タイムラインの表示' : ` ${command} `}では使えないオプションです`,
    en: `${flag} is not an option of ${command ?? 'the timeline'}`,
  }),
  needs: (command: string, flag: string): Text => ({
    ja: `${command} には ${flag} が必要です`,
    en: `${command} needs ${flag}`,
  }),
  goesWith: (flag: string, other: string): Text => ({
    ja: `${flag} は ${other} と一緒に指定します`,
    en: `${flag} goes with ${other}`,
  }),
  notBoth: (a: string, b: string): Text => ({
    ja: `${a} と ${b} はどちらか一方だけを指定します`,
    en: `give ${a} or ${b}, not both`,
  }),
  unexpectedArgument: (arg: string, command: string | undefined): Text => ({
    ja: `余分な引数 '${arg}' があります${command === undefined ? '' : `（${command} はオプションだけをとります）`}`,
    en: `unexpected argument '${arg}'${command === undefined ? '' : ` (${command} takes only options)`}`,
  }),
  arguments: (command: string, usage: string, example: string): Text => ({
    ja: `${command} には ${usage} を1つ指定します（例: ${example}）`,
    en: `${command} takes one ${usage}, e.g. ${example}`,
  }),
  badChoice: (flag: string, choices: readonly string[], got: string): Text => ({
    ja: `${flag}: ${choices.join(' か ')} を指定してください（指定された値: '${got}'）`,
    en: `${flag}: expected ${list(choices, 'en')}, got '${got}'`,
  }),
  batchFormat: (file: string): Text => ({
    ja: `--batch: '${file}' の形式がわかりません。拡張子を .ndjson、.jsonl、.csv にするか、--input-format ndjson|csv を指定してください`,
    en: `--batch: cannot tell the format of '${file}': name it .ndjson, .jsonl or .csv, or give --input-format ndjson|csv`,
  }),
  inputFormatHint: (format: string): Text => ({
    ja: `--format は出力の形式です（1件の契約では table、json、svg、html）。--batch の入力の形式は --input-format ${format} で指定します`,
    en: `--format names the output (table, json, svg or html for one contract); the --batch input is --input-format ${format}`,
  }),
  batchOutput: (format: string, choices: readonly string[]): Text => ({
    ja: `--format: --batch の出力は ${choices.join('、')} です（指定された値: '${format}'）。入力の形式は --input-format ndjson|csv で指定します`,
    en: `--format: --batch writes ${choices.join(', ')}, got '${format}' (the input's format is --input-format ndjson|csv)`,
  }),
  badJobs: (got: string): Text => ({
    ja: `--jobs: 1 以上の整数を指定してください（指定された値: '${got}'）`,
    en: `--jobs: expected a whole number of 1 or more, got '${got}'`,
  }),
  badShard: (got: string): Text => ({
    ja: `--shard: K/N（1 ≤ K ≤ N の整数、例 2/4）を指定してください（指定された値: '${got}'）`,
    en: `--shard: expected K/N with whole numbers 1 ≤ K ≤ N, such as 2/4, got '${got}'`,
  }),
  cannotRead: (flag: string, what: string, problem: Text): Text => ({
    ja: `${flag}: ${what === '-' ? '標準入力' : `'${what}'`} を読めません（${problem.ja}）`,
    en: `${flag}: cannot read ${what === '-' ? 'stdin' : `'${what}'`}: ${problem.en}`,
  }),
  notJson: (flag: string, what: string, line: number | undefined, column: number | undefined, why: string): Text => {
    const source = what === '-' ? { ja: '標準入力', en: 'stdin' } : { ja: `'${what}'`, en: `'${what}'` };
    return line === undefined
      ? {
          ja: `${flag}: ${source.ja} は JSON ではありません（${why}）`,
          en: `${flag}: ${source.en} is not JSON: ${why}`,
        }
      : {
          ja: `${flag}: ${source.ja} は JSON ではありません: ${line}行${column}列目（${why}）`,
          en: `${flag}: ${source.en} is not JSON: line ${line}, column ${column}: ${why}`,
        };
  },
  cannotWrite: (path: string, problem: Text): Text => ({
    ja: `--out: '${path}' に書き込めません（${problem.ja}）`,
    en: `--out: cannot write '${path}': ${problem.en}`,
  }),
  sheetsNotBuilt: (dir: string): Text => ({
    ja: `Sheets 用スクリプトが見つかりません（${dir}）。リポジトリから使うときは先に npm run build を実行してください`,
    en: `the Sheets script is not there (${dir}); from a clone, run npm run build first`,
  }),
  fileProblems: {
    ENOENT: { ja: 'ファイルがありません', en: 'no such file' },
    EACCES: { ja: '権限がありません', en: 'permission denied' },
    EISDIR: { ja: 'フォルダです', en: 'it is a directory' },
    ENOTDIR: { ja: 'フォルダではありません', en: 'not a directory' },
    EEXIST: { ja: '同名のファイルがあります', en: 'a file of that name exists' },
  } as Readonly<Record<string, Text>>,
} as const;

/** The hint under a usage error. */
export function helpHint(command: string | undefined, lang: Lang): string {
  const call = `${NAME}${command === undefined ? '' : ` ${command}`} --help`;
  return lang === 'ja' ? `使い方は '${call}' で表示します。` : `Run '${call}' for usage.`;
}

/** The lines a {@link CliError} prints on stderr. */
export function renderCliError(error: CliError, command: string | undefined, lang: Lang): string {
  if (error.kind === 'usage') return `${NAME}: ${error.text[lang]}\n${helpHint(command, lang)}\n`;
  return `${NAME}: ${lang === 'ja' ? '入力エラー' : 'invalid input'}: ${error.text[lang]}\n`;
}
