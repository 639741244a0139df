/**
 * `cloud-ops-terms check FILE.csv`: a lawyer's own file of golden cases (docs/golden/README.md)
 * run against the library, row by row, in Japanese (default) or English — pass or fail, the
 * two answers and their difference, exit 1 when a row fails, and a malformed row named by its
 * row and column. The reader underneath (src/cli/csv.ts, src/cli/golden.ts) is tested here too.
 *
 * The cases below quote the rules they rest on: 第29条「…損害賠償の額は契約者の月額料金の1か月分を
 * 超えないものとします。」 (90,000 a month, 500,000 claimed, ordinary fault → 90,000) and 第26条
 * 「年14.6%」 (100,000 × 0.146 × 30 / 365 = 1,200 for 30 days late).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, csvField, parseCsv } from '../../src/cli/csv.js';
import { checkGoldenCsv, columnLetter, differenceOf, GoldenFileError, sameAnswer } from '../../src/cli/golden.js';
import { ROOT } from '../support/examples.js';
import { file, inProcess, work } from './harness.js';

/** `cloud-ops-terms check …` in this process (the environment's language unless `--lang`: none given, Japanese). */
function check(argv: string[], env: Record<string, string> = {}) {
  return inProcess(['check', ...argv], { env, now: '2027-04-01T00:00:00Z' });
}

const HEADER = 'id,function,in:monthlyFee,in:claimedDamages,in:fault,in:damageKind,answer,expected,note';
const GOOD = 'A1,liabilityCap,90000,500000,ordinary,ordinary,,90000,上限は月額1か月分';
const WRONG = 'A2,liabilityCap,90000,500000,none,ordinary,,90000,帰責事由なしは0円のはず（わざと誤り）';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, and skips a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi""","two\r\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'z'],
    ]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv('a,\n,b\n')).toEqual([
      ['a', ''],
      ['', 'b'],
    ]);
  });

  it('names the row of an unclosed quote or text after a closing quote', () => {
    expect(() => parseCsv('a,b\nc,"d\n')).toThrow(new CsvError(2, 'unterminated-quote'));
    expect(() => parseCsv('a,"b"c\n')).toThrow(/row 1: text after a closing quote/);
  });

  it('writes a field back so that it reads the same', () => {
    for (const v of ['plain', 'a,b', 'say "hi"', 'two\nlines', '']) expect(parseCsv(csvField(v))[0]?.[0] ?? '').toBe(v);
  });
});

describe('checkGoldenCsv', () => {
  it('passes a row whose expected answer is the library’s and fails one whose is not, with the difference', () => {
    const { outcomes } = checkGoldenCsv(`${HEADER}\n${GOOD}\n${WRONG}\n`);
    expect(outcomes[0]).toEqual({ kind: 'pass', row: 2, id: 'A1', question: 'liabilityCap.payable', actual: '90000' });
    expect(outcomes[1]).toMatchObject({ kind: 'fail', row: 3, expected: '90000', actual: '0', difference: '-90000' });
  });

  it('compares numbers with separators, TRUE/FALSE in any case, lists and dates (difference in days)', () => {
    expect(sameAnswer(90_000, '90,000')).toBe(true);
    expect(sameAnswer(true, 'true')).toBe(true);
    expect(sameAnswer(['30.1.7', '29'], '30.1.7,29')).toBe(true);
    expect(sameAnswer(null, 'null')).toBe(true);
    expect(sameAnswer('2027-04-02', '2027-04-03')).toBe(false);
    expect(differenceOf('2027-04-02', '2027-04-03')).toBe('-1');
    expect(differenceOf(1_200, '1,196')).toBe('+4');
    expect(differenceOf(true, 'FALSE')).toBeNull();
  });

  it('a row may expect the library to refuse: error:CODE', () => {
    const text = `function,in:terminationDate,in:months,in:monthlyFee,expected\nterminationExtension,2027-06-30,0,90000,error:EXTENSION_NOT_WHOLE_MONTHS\n`;
    expect(checkGoldenCsv(text).outcomes[0]).toMatchObject({ kind: 'pass', id: '#2' });
  });

  it('reads options from opt: columns, a list of company holidays split on ; , or spaces', () => {
    const text = [
      'function,in:date,opt:companyHolidays,expected',
      'isBusinessDay,2027-12-31,2027-12-29; 2027-12-30;2027-12-31,FALSE',
      'isBusinessDay,2027-12-31,,TRUE',
    ].join('\n');
    expect(checkGoldenCsv(text).outcomes.map((o) => o.kind)).toEqual(['pass', 'pass']);
  });

  it('names the row and the column of a malformed row', () => {
    const rows = [
      'B1,liabilityCap,90000,lots,ordinary,ordinary,,0,',
      'B2,,90000,1,ordinary,ordinary,,0,',
      'B3,liabilityCapp,90000,1,ordinary,ordinary,,0,',
      'B4,liabilityCap,90000,1,careless,ordinary,,0,',
      'B5,liabilityCap,90000,1,ordinary,ordinary,payabel,0,',
      'B6,liabilityCap,90000,1,ordinary,ordinary,,,',
      'B7,liabilityCap,90000',
      'B8,isBusinessDay,90000,1,ordinary,ordinary,,0,',
    ];
    const { outcomes } = checkGoldenCsv(`${HEADER}\n${rows.join('\n')}\n`);
    expect(
      outcomes.map((o) =>
        o.kind === 'malformed' ? [o.row, o.problem.code, 'column' in o.problem ? o.problem.column : ''] : o.kind,
      ),
    ).toEqual([
      [2, 'not-a-number', 'in:claimedDamages'],
      [3, 'empty', 'function'],
      [4, 'unknown-function', 'function'],
      [5, 'refused-cell', 'in:fault'],
      [6, 'unknown-answer', 'answer'],
      [7, 'empty', 'expected'],
      [8, 'cell-count', ''],
      [9, 'not-an-input', 'in:monthlyFee'],
    ]);
  });

  it('refuses a file without the function or expected column, with an unknown or doubled column, or without rows', () => {
    expect(() => checkGoldenCsv('function,in:date\nisBusinessDay,2027-04-05\n')).toThrow(GoldenFileError);
    expect(() => checkGoldenCsv('function,expected,colour\n')).toThrow(GoldenFileError);
    const unknown = (() => {
      try {
        checkGoldenCsv('function,expected,opt:roundng\nfirstMonthFee,0\n');
      } catch (e) {
        return (e as GoldenFileError).problem;
      }
    })();
    expect(unknown).toEqual({ code: 'unknown-column', column: 'opt:roundng' });
    expect(() => checkGoldenCsv('function,expected,expected\nx,1,1\n')).toThrow(GoldenFileError);
    expect(() => checkGoldenCsv('function,expected\n')).toThrow(GoldenFileError);
  });

  it('skips a row left blank and letters columns as a spreadsheet does', () => {
    expect(checkGoldenCsv(`${HEADER}\n,,,,,,,,\n${GOOD}\n`).outcomes).toHaveLength(1);
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('cloud-ops-terms check', () => {
  it('prints pass per row in Japanese by default, a summary, and exits 0 when all pass', async () => {
    const r = await check([file('good.csv', `${HEADER}\n${GOOD}\n`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('合格    A1  liabilityCap.payable = 90000\n1件中 合格 1件、不合格 0件、不正な行 0件\n');
  });

  it('shows the two answers and their difference for a failing row, and exits 1', async () => {
    const path = file('wrong.csv', `${HEADER}\n${GOOD}\n${WRONG}\n`);
    const ja = await check([path]);
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain(
      '不合格  A2  3行目  liabilityCap.payable\n    期待値: 90000\n    計算結果: 0\n    差（計算結果 − 期待値）: -90000',
    );
    const en = await check([path, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      'FAIL  A2  row 3  liabilityCap.payable\n    expected: 90000\n    library:  0\n    difference (library − expected): -90000',
    );
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('2 rows: 1 passed, 1 failed, 0 malformed');
  });

  it('names the row and column of a malformed row, with the spreadsheet letter, in both languages', async () => {
    const path = file('bad.csv', `${HEADER}\nB1,liabilityCap,90000,lots,ordinary,ordinary,,0,\n`);
    const ja = await check([path]);
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain('不正な行  B1  2行目・in:claimedDamages 列（D列）: 「lots」は数値ではありません');
    const en = await check([path, '--lang', 'en']);
    expect(en.stdout).toContain("malformed  B1  row 2, column in:claimedDamages (D): 'lots' is not a number");
  });

  it('a file that cannot be read as golden cases is an error naming the row', async () => {
    const r = await check([file('header.csv', 'function,expected,colour\nx,1,2\n'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/header\.csv: row 1: the header's 'colour' is not a column this format knows/);
    const q = await check([file('quote.csv', `${HEADER}\n"A1,liabilityCap\n`)]);
    expect(q.stderr).toContain('2行目: 引用符 " で始まるセルが閉じていません');
    const missing = await check([join(work, 'no-such.csv')]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('ファイルがありません');
  });

  it('usage: no file, two files, an unknown flag → exit 2; a bad --lang is a bad value (exit 1); --help', async () => {
    expect((await check([])).code).toBe(2);
    expect((await check(['a.csv', 'b.csv'])).code).toBe(2);
    expect((await check(['a.csv', '--colour'])).code).toBe(2);
    expect((await check(['a.csv', '--lang', 'fr'])).code).toBe(1);
    const help = await check(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: cloud-ops-terms check FILE.csv');
  });

  it('runs the project’s own golden files clean', async () => {
    const r = await check([join(ROOT, 'docs/golden/liability.csv'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ rows: \d+ passed, 0 failed, 0 malformed\n$/);
  });
});
