/**
 * The command line's conventions (clig.dev): every mistake said in the tool's own words,
 * in Japanese by default and English on request, with a hint to `--help`; a bad value
 * exits 1 the same way for every flag; a help with examples for every command, a `help`
 * command and `-V`; tables that fit 100 columns or the terminal; an empty window said in
 * words; `renew` in date order; `sheets`.
 *
 * 第11条「期間満了1か月前までに…別段の意思表示がないときは…さらに1年間自動的に更新」 and 2項「利用期間満了の
 * 前々月末日までに…変更内容を通知」 — the two deadlines `renew` lists, earlier first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { displayWidth } from '../../src/cli/format.js';
import { run } from '../../src/cli/program.js';
import { wrap } from '../../src/cli/table.js';
import { file, inProcess, work } from './harness.js';

describe('usage, values and help', () => {
  it('usage mistakes: exit 2, in the tool’s own words with a hint to --help, never the parser’s', async () => {
    for (const argv of [
      ['--frobnicate'],
      ['frobnicate'],
      ['--received', '2027-01-01'],
      ['--contract', 'a', '--batch', 'b'],
      ['--format', 'csv'],
      ['extra'],
      ['--until'],
      ['--until', '--json'],
      ['--as-of', '-1'],
      ['--json=yes'],
      ['-x'],
      ['renew', 'extra'],
    ]) {
      for (const lang of ['ja', 'en'] as const) {
        const r = await inProcess([...argv, '--lang', lang]);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^cloud-ops-terms: /);
        expect(r.stderr).not.toMatch(/ambiguous|argument missing|Unknown option|does not take an argument|ERR_/);
        expect(r.stderr.split('\n').at(-2)).toMatch(
          lang === 'ja'
            ? /^使い方は 'cloud-ops-terms( renew)? --help' で表示します。$/
            : /^Run 'cloud-ops-terms( renew)? --help' for usage\.$/,
        );
      }
    }
  });

  it('says what was wrong: the option meant, the value missing, in Japanese by default', async () => {
    expect((await inProcess(['--unti', '2027-01-01'])).stderr).toBe(
      "cloud-ops-terms: --unti というオプションはありません（--until のことですか？）\n使い方は 'cloud-ops-terms --help' で表示します。\n",
    );
    expect((await inProcess(['--until', '--json'], { env: { LANG: 'en_US.UTF-8' } })).stderr).toBe(
      "cloud-ops-terms: --until needs a value ('--json' was read as the next option; write --until=--json for a value that starts with '-')\nRun 'cloud-ops-terms --help' for usage.\n",
    );
    expect((await inProcess(['-v', '--lang', 'en'])).stderr).toContain("unknown option '-v' (did you mean --version?)");
    expect((await inProcess(['renew', '--term-ends', '2028-03-31', '--lang', 'en'])).stderr).toBe(
      "cloud-ops-terms: unknown option '--term-ends' (did you mean --term-end?)\nRun 'cloud-ops-terms renew --help' for usage.\n",
    );
    expect((await inProcess(['holidays', '2027', '--as-of', '2027-01-01'])).stderr).toBe(
      "cloud-ops-terms: --as-of は holidays では使えないオプションです\n使い方は 'cloud-ops-terms holidays --help' で表示します。\n",
    );
  });

  it('a bad value exits 1 naming the flag, the same way for every flag', async () => {
    for (const [argv, flag] of [
      [['--lang', 'fr'], '--lang'],
      [['--rounding', 'round'], '--rounding'],
      [['--day-count', 'act/360'], '--day-count'],
      [['--batch', 'x.csv', '--format', 'xml'], '--format'],
      [['--as-of', '2026-02-30'], '--as-of'],
    ] as const) {
      const r = await inProcess([...argv]);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^cloud-ops-terms: (入力エラー|invalid input): ${flag}(: |には)`));
    }
    expect((await inProcess(['--lang', 'fr'])).stderr).toBe(
      "cloud-ops-terms: 入力エラー: --lang: ja か en を指定してください（指定された値: 'fr'）\n",
    );
  });

  it('--help, -h, help, --version and -V', async () => {
    expect((await inProcess(['--help'])).stdout).toContain('使い方:');
    expect((await inProcess(['-h'])).stdout).toBe((await inProcess(['help'])).stdout);
    const en = (await inProcess(['--help', '--lang', 'en'])).stdout;
    expect(en).toContain('Exit codes: 0 ok, 1 invalid input, 2 usage');
    // The commands come from the table: each is listed with its summary.
    for (const name of ['terminate', 'renew', 'interest', 'refund', 'holidays', 'sheets', 'help'])
      expect(en).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect((await inProcess(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await inProcess(['-V'])).stdout).toBe((await inProcess(['--version'])).stdout);
    expect((await inProcess(['help', 'terminate', '--lang', 'en'])).stdout).toBe(
      (await inProcess(['terminate', '--help', '--lang', 'en'])).stdout,
    );
    expect(await inProcess(['help', 'nope'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('every help has examples, and each example is a call the tool accepts', async () => {
    for (const argv of [[], ['terminate'], ['renew'], ['interest'], ['refund'], ['holidays'], ['sheets'], ['help']]) {
      for (const lang of ['ja', 'en'] as const) {
        const help = (await inProcess([...argv, '--help', '--lang', lang])).stdout;
        const examples = help.slice(help.indexOf(lang === 'ja' ? '\n例:\n' : '\nExamples:\n'));
        const calls = [...examples.matchAll(/^ {2}(?:npx )?cloud-ops-terms ?([^\n>]*?)(?: {2,}.*)?$/gm)].map((m) =>
          (m[1] ?? '').trim().split(/\s+/).filter(Boolean),
        );
        expect(calls.length, `${argv.join(' ')} ${lang}`).toBeGreaterThan(0);
        for (const call of calls) {
          if (call.includes('contract.json') || call.includes('contracts.csv') || call[0] === 'sheets') continue;
          const r = await inProcess(call);
          expect(r.code, call.join(' ')).toBe(0);
        }
      }
    }
  });
});

describe('tables', () => {
  const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

  it('fit 100 columns: the note wraps under itself; --wide gives one line per event', async () => {
    for (const lang of ['ja', 'en']) {
      const fitted = await inProcess(['--as-of', '2026-01-15', '--lang', lang]);
      expect(widest(fitted.stdout)).toBeLessThanOrEqual(100);
      const wide = await inProcess(['--as-of', '2026-01-15', '--lang', lang, '--wide']);
      expect(widest(wide.stdout)).toBeGreaterThan(100);
      // The same words, only broken differently.
      const words = (text: string) => text.replace(/\s+/g, '');
      expect(words(fitted.stdout)).toBe(words(wide.stdout));
    }
    const en = (await inProcess(['--as-of', '2026-01-15', '--lang', 'en'])).stdout.split('\n');
    const at = en.findIndex((l) => l.startsWith('Mon 10 Mar 2025'));
    const column = (en[at] ?? '').indexOf('contract formed');
    expect(en[at + 1]?.slice(0, column).trim()).toBe('');
    expect(`${en[at]} ${en[at + 1]?.trim()}`).toMatch(/contract formed: the 利用承諾書 reached the customer$/);
  });

  it('fit the terminal’s width, and leave the note out when there is no room for it', async () => {
    const r = await inProcess(['--as-of', '2026-01-15', '--lang', 'en'], { columns: 80 });
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    const narrow = await inProcess(['--as-of', '2026-01-15', '--lang', 'en'], { columns: 70 });
    // Date 15 + Event 22 + Amount 8 + Basis 12 + 4 gaps of 2 = 65 columns: 5 left, fewer than 20.
    expect(narrow.stdout).not.toContain('Note');
    expect(narrow.stdout).toMatch(/^Mon 10 Mar 2025 {2}formation +9\.2$/m);
  });

  it('an empty window says so instead of printing an empty table', async () => {
    // The sample's first event is its formation on 2025-03-10.
    const ja = await inProcess(['--as-of', '2026-01-15', '--until', '2025-03-09']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('表示期間    2025年03月09日(日)\n\n2025年3月9日までに表示する事象はありません');
    expect(ja.stdout).not.toContain('日付');
    const en = await inProcess(['--as-of', '2026-01-15', '--until', '2025-03-09', '--lang', 'en']);
    expect(en.stdout).toMatch(/\n\nNothing happens on or before 9 Mar 2025 \(a later --until shows more\)\.\n$/);
  });

  it('wrap breaks between words, or between wide characters but not before a closing mark', () => {
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // 「…日割）」: the closing bracket stays with the character before it.
    expect(wrap('日割の計算（日割）', 10)).toEqual(['日割の計算', '（日割）']);
    expect(wrap('一二三四、五六', 8)).toEqual(['一二三', '四、五六']);
    // A number stays with its unit: not 2025 / 年5月分.
    expect(wrap('利用2025年5月分', 8)).toEqual(['利用', '2025年', '5月分']);
  });
});

describe('renew and sheets', () => {
  it('renew lists its dates in date order', async () => {
    // A term ending 2028-03-31. 11.2「利用期間満了の前々月末日までに」: the end of January, 2028-01-31.
    // 11.1「期間満了1か月前までに」: a month before the expiry, 2028-02-29 (I-02). Renewed「さらに1年間」:
    // 2028-04-01 – 2029-03-31. January before February before April.
    const r = await inProcess(['renew', '--term-end', '2028-03-31']);
    expect(r.stdout).toBe(
      '変更内容の通知期限（第11条2項）  2028年01月31日(月)\n' +
        '更新拒絶の通知期限（第11条1項）  2028年02月29日(火)\n' +
        '更新後の期間                     2028年04月01日(土)〜2029年03月31日(土)\n' +
        '根拠                             第11条1項、第11条2項\n',
    );
  });

  it('sheets writes Code.js and appsscript.json from the built script into --out', async () => {
    const out = join(work, 'sheets-out', 'new-folder');
    const r = await inProcess(['sheets', '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(join(out, 'Code.js'));
    const from = inject('sheetsDir');
    for (const name of ['Code.js', 'appsscript.json'])
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(from, name), 'utf8'));
    expect(readFileSync(join(out, 'Code.js'), 'utf8')).toMatch(/^function TERMS_TERMINATION_DATE\(/m);
    const en = await inProcess(['sheets', '--out', out, '--lang', 'en']);
    expect(en.stdout).toMatch(/^Wrote:\n/);
  });

  it('sheets: a missing script or an unwritable folder is exit 1 naming it', async () => {
    const missing = await run(['sheets', '--out', join(work, 'x'), '--lang', 'en'], {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr: Object.assign(new PassThrough(), { isTTY: false }),
      env: {},
      now: () => new Date(0),
      sheetsDir: join(work, 'no-script-here'),
    });
    expect(missing).toBe(1);
    const blocker = file('a-file', '');
    expect(await inProcess(['sheets', '--out', join(blocker, 'sub')])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^cloud-ops-terms: 入力エラー: --out: '.*sub' に書き込めません/),
    });
    expect(await inProcess(['sheets', 'extra'])).toMatchObject({ code: 2 });
  });
});
