/**
 * `sheets`: copies the built Google Sheets script (Code.js and appsscript.json, which the
 * package ships in dist/sheets) into a folder, so a sheet can get the custom functions
 * without a clone or a build (docs/spreadsheet.md).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from './command.js';
import { CliError, NAME, say } from './messages.js';
import { fileProblem } from './timeline.js';

/** The two files of the script, as Apps Script names them. */
export const SHEETS_FILES = ['Code.js', 'appsscript.json'] as const;

/**
 * Where the built script is: beside the bundled tool (dist/cli.js → dist/sheets), or,
 * run from the sources (`npm start`), in the clone's dist/sheets after `npm run build`.
 */
export function defaultSheetsDir(): string {
  const candidates = [new URL('./sheets/', import.meta.url), new URL('../../dist/sheets/', import.meta.url)].map((u) =>
    fileURLToPath(u),
  );
  return candidates.find((dir) => existsSync(join(dir, 'Code.js'))) ?? (candidates[0] as string);
}

export const sheets: Command = {
  summary: {
    ja: 'Google スプレッドシート用のスクリプト（Code.js、appsscript.json）を書き出す',
    en: 'write the Google Sheets script (Code.js, appsscript.json)',
  },
  flags: ['help', 'lang', 'out'],
  paths: {},
  help: {
    ja: `${NAME} sheets [--out FOLDER]

Google スプレッドシートのカスタム関数（=TERMS_TERMINATION_DATE(C2, D2) など）のスクリプトを、
インストールされたパッケージから書き出します。ビルドは要りません。
  --out FOLDER   書き出すフォルダ（既定: 今いるフォルダ。なければ作ります）
  --lang ja|en

書き出したら: スプレッドシートで 拡張機能 → Apps Script を開き、Code.js の内容を「コード.gs」に
貼り付け、appsscript.json も同じく置き換えます（手順は docs/spreadsheet.md）。

例:
  npx ${NAME} sheets
  npx ${NAME} sheets --out sheets-script`,
    en: `${NAME} sheets [--out FOLDER]

Writes the script of the Google Sheets custom functions (=TERMS_TERMINATION_DATE(C2, D2) and the rest)
from the installed package. No build needed.
  --out FOLDER   the folder to write to (default: the current folder; created if missing)
  --lang ja|en

Then: in the spreadsheet, open Extensions → Apps Script, paste Code.js over Code.gs and replace
appsscript.json the same way (step by step in docs/spreadsheet.md).

Examples:
  npx ${NAME} sheets
  npx ${NAME} sheets --out sheets-script`,
  },
  async run(values, _positionals, ctx) {
    const from = ctx.io.sheetsDir ?? defaultSheetsDir();
    if (!SHEETS_FILES.every((f) => existsSync(join(from, f)))) throw new CliError('input', say.sheetsNotBuilt(from));
    const out = resolve(values.out ?? '.');
    const written: string[] = [];
    try {
      await mkdir(out, { recursive: true });
      for (const f of SHEETS_FILES) {
        await copyFile(join(from, f), join(out, f));
        written.push(join(out, f));
      }
    } catch (e) {
      throw new CliError('input', say.cannotWrite(out, fileProblem(e)));
    }
    const files = written.map((f) => `  ${f}`).join('\n');
    ctx.write(
      ctx.lang === 'ja'
        ? `書き出しました:\n${files}\n次に: スプレッドシートで 拡張機能 → Apps Script を開き、Code.js の内容を「コード.gs」に貼り付けます（docs/spreadsheet.md）。\n`
        : `Wrote:\n${files}\nNext: in the spreadsheet, open Extensions → Apps Script and paste Code.js over Code.gs (docs/spreadsheet.md).\n`,
    );
  },
};
