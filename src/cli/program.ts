/**
 * The command-line tool `cloud-ops-terms`: a contract's timeline (the embedded sample, a
 * JSON file or stdin), a batch of contracts streamed as NDJSON, and subcommands for the
 * common single questions (the table in commands.ts). The tool reads files and the clock
 * (today in JST, the default `--as-of`) — the one place the package does either;
 * everything else is the library.
 *
 * Exit codes: 0 done, 1 invalid input (a field, a flag's value, a file; the message names
 * it; nothing on stdout), 2 usage (an unknown option or command, a missing option, with a
 * hint to `--help`). Messages are Japanese by default, English with `--lang en` or an
 * English locale, as the tables are.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { isTermsError, type Options } from '../index.js';
import {
  type CommandLine,
  type Flag,
  INTERPRETATION_FLAGS,
  type Values,
  langOfArgv,
  parseCommandLine,
} from './args.js';
import type { CliIo, Command, Context } from './command.js';
import { COMMANDS, mainHelp } from './commands.js';
import { ContractError, describeTermsError } from './errors.js';
import { type Lang, langFromEnv } from './format.js';
import { CliError, NAME, renderCliError, say } from './messages.js';
import { timeline } from './timeline.js';

export type { CliIo } from './command.js';

/** A table's width when stdout is not a terminal (a file, a pipe, a test). */
export const DEFAULT_WIDTH = 100;

/** What the command line asks for: the command (the timeline without one), its name and its words. */
interface Call {
  readonly name: string | undefined;
  readonly command: Omit<Command, 'help' | 'summary'> & { readonly help?: Command['help'] };
  readonly positionals: readonly string[];
}

/** The language of `--lang`, or the environment's; any other value is a bad value (exit 1). */
function langOf(values: Values, fallback: Lang): Lang {
  const lang = values.lang;
  if (lang === undefined) return fallback;
  if (lang !== 'ja' && lang !== 'en') throw new CliError('input', say.badChoice('--lang', ['ja', 'en'], lang));
  return lang;
}

/** The subcommand the first word names (none: the timeline); then its options and words are checked. */
function callOf({ values, positionals }: CommandLine): Call {
  const name = positionals[0];
  const command = name === undefined ? timeline : COMMANDS[name];
  if (command === undefined) throw new CliError('usage', say.unknownCommand(name ?? '', Object.keys(COMMANDS)));
  const stray = (Object.keys(values) as Flag[]).find((flag) => !command.flags.includes(flag));
  if (stray !== undefined) throw new CliError('usage', say.notAnOptionOf(`--${stray}`, name));
  return { name, command, positionals: name === undefined ? positionals : positionals.slice(1) };
}

/** The words after a subcommand's name: as many as it takes. */
function checkPositionals({ name, command, positionals }: Call): void {
  if (name === undefined) return; // the timeline says itself what is unexpected
  const expected = command.positionals ?? { min: 0, max: 0, name: '', example: '' };
  if (positionals.length > expected.max) {
    throw new CliError(
      'usage',
      say.unexpectedArgument(positionals[expected.max] ?? '', expected.max === 0 ? name : undefined),
    );
  }
  if (positionals.length < expected.min)
    throw new CliError('usage', say.arguments(name, expected.name, `${NAME} ${expected.example}`));
}

/** The library's options from the interpretation flags. */
function optionsOf(values: Values): Options {
  return {
    ...Object.fromEntries(
      Object.entries(INTERPRETATION_FLAGS)
        .filter(([flag]) => values[flag as Flag] !== undefined)
        .map(([flag, key]) => [key, values[flag as Flag]]),
    ),
    ...(values['company-holiday'] === undefined ? {} : { companyHolidays: values['company-holiday'] }),
  };
}

/** The columns tables may take: `--wide` none, a terminal its width, anything else 100. */
function widthOf(values: Values, io: CliIo): number {
  if (values.wide === true) return Number.POSITIVE_INFINITY;
  const columns = io.stdout.isTTY === true ? io.stdout.columns : undefined;
  return columns !== undefined && columns > 0 ? columns : DEFAULT_WIDTH;
}

/** What a failure prints, and its exit code. */
function failure(
  e: unknown,
  call: Call | undefined,
  named: string | undefined,
  lang: Lang,
): { text: string; code: number } {
  if (e instanceof CliError) return { text: renderCliError(e, named, lang), code: e.kind === 'usage' ? 2 : 1 };
  if (e instanceof ContractError) return { text: describeTermsError(e.error, undefined, e.source, lang), code: 1 };
  if (isTermsError(e)) return { text: describeTermsError(e, call?.command.paths ?? {}, '', lang), code: 1 };
  return { text: `${NAME}: internal error: ${(e as Error)?.message ?? String(e)}\n`, code: 1 };
}

/**
 * Runs the tool with `argv` (without `node` and the script) and returns the exit code.
 * What a command writes goes to stdout only once it has succeeded, so a failure leaves
 * stdout empty.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const envLang = langFromEnv(io.env);
  let lang = langOfArgv(argv, envLang);
  // The hint after a usage error names the command's --help (for `help` itself, the main one),
  // even when the mistake is found before the command line is parsed.
  const first = argv.find((arg) => !arg.startsWith('-'));
  const named = first !== undefined && first !== 'help' && Object.hasOwn(COMMANDS, first) ? first : undefined;
  let call: Call | undefined;
  let out = '';
  try {
    const line = parseCommandLine(argv);
    lang = langOf(line.values, envLang);
    call = callOf(line);
    if (line.values.help === true) {
      io.stdout.write(`${call.command.help?.[lang] ?? mainHelp(lang)}\n`);
      return 0;
    }
    if (line.values.version === true) {
      io.stdout.write(`${pkg.version}\n`);
      return 0;
    }
    checkPositionals(call);
    const ctx: Context = {
      io,
      lang,
      options: optionsOf(line.values),
      json: line.values.json === true,
      width: widthOf(line.values, io),
      write: (text: string) => {
        out += text;
      },
    };
    const code = await call.command.run(line.values, call.positionals, ctx);
    io.stdout.write(out);
    return code ?? 0;
  } catch (e) {
    const { text, code } = failure(e, call, named, lang);
    io.stderr.write(text);
    return code;
  }
}
