/**
 * The table of subcommands. Adding one is one entry here (its module exports a
 * {@link Command}: options, help with examples, what it does); the main help lists the
 * table, and `help COMMAND` shows an entry's help.
 *
 * @module
 */
import { type Command, INTERPRETATION_HELP } from './command.js';
import type { Lang } from './format.js';
import { billCommand } from './bill.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { CliError, NAME, say } from './messages.js';
import { holidays, interest, refund, renew, terminate } from './questions.js';
import { sheets } from './sheets.js';
import { TIMELINE_EXAMPLES, TIMELINE_HELP } from './timeline.js';

const help: Command = {
  summary: { ja: 'コマンドの説明を表示', en: 'show the help of a command' },
  flags: ['help', 'lang'],
  positionals: { min: 0, max: 1, name: 'COMMAND', example: 'help terminate' },
  paths: {},
  help: {
    ja: `${NAME} help [COMMAND]

全体の説明、またはコマンドの説明を表示します（${NAME} COMMAND --help と同じ）。

例:
  ${NAME} help
  ${NAME} help terminate --lang en`,
    en: `${NAME} help [COMMAND]

The main help, or a command's (the same as ${NAME} COMMAND --help).

Examples:
  ${NAME} help
  ${NAME} help terminate --lang en`,
  },
  run(_values, positionals, ctx) {
    const name = positionals[0];
    if (name === undefined) return ctx.write(`${mainHelp(ctx.lang)}\n`);
    const command = COMMANDS[name];
    if (command === undefined) throw new CliError('usage', say.unknownCommand(name, Object.keys(COMMANDS)));
    ctx.write(`${command.help[ctx.lang]}\n`);
  },
};

/** Every subcommand, by the name typed after `cloud-ops-terms`. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  terminate,
  renew,
  interest,
  refund,
  holidays,
  compare: compareCommand,
  bill: billCommand,
  check: checkCommand,
  sheets,
  help,
};

/** The help of the tool itself: usage, the commands of the table, options, examples, exit codes. */
export function mainHelp(lang: Lang): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const commands = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary[lang]}`)
    .join('\n');
  const title =
    lang === 'ja'
      ? `${NAME} — クラウド運用代行サービス利用約款の日付と金額`
      : `${NAME} — the dates and amounts of the クラウド運用代行サービス利用約款`;
  const exits =
    lang === 'ja' ? '終了コード: 0 正常、1 入力の誤り、2 使い方の誤り' : 'Exit codes: 0 ok, 1 invalid input, 2 usage';
  return [
    title,
    TIMELINE_HELP[lang],
    `${lang === 'ja' ? 'コマンド' : 'Commands'}:\n${commands}`,
    INTERPRETATION_HELP[lang],
    TIMELINE_EXAMPLES[lang],
    exits,
  ].join('\n\n');
}
