/**
 * `cloud-ops-terms compare` (issue 17 §3): a book under today's reading and an alternative,
 * in process through `run()`.
 *
 * 第25条4項「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して該当月の
 *   月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」 — I-07 decides
 * whether the first month counts the start day; the book below is docs/interpretations.md's worked example.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/csv-out.js';
import { ROOT } from '../support/examples.js';
import { inProcess, work } from './harness.js';

/** The tool in this process, today being 2027-05-01 in Japan. */
const cli = (argv: string[], stdin?: string) =>
  inProcess(argv, { now: '2027-04-30T16:00:00Z', ...(stdin === undefined ? {} : { stdin }) });

const head = 'id,formationDate,scheduledStartDate,termMonths,monthlyFee';
const csv = [
  head,
  'A,2027-03-15,2027-04-01,12,90000',
  'B,2027-03-15,2027-04-15,12,90000',
  'C,2027-03-15,2027-05-20,12,60000',
  '=D,2027-03-15,2027-04-15,12,ninety',
].join('\n');
const book = join(work, 'book.csv');
writeFileSync(book, `${csv}\n`);

describe('compare', () => {
  // B: 15 → 16 days of 3,000 = +3,000; C: 11 → 12 days of 2,000 = +2,000; A starts on the 1st: unchanged.
  it('a summary for people, in Japanese by default: the option, each change, the totals', async () => {
    const r = await cli(['compare', '--batch', book, '--option', 'firstMonthDays=inclusive']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('基準日 2027年05月01日(土)');
    expect(r.stdout).toContain('firstMonthDays (I-07): literal → inclusive');
    expect(r.stdout).toContain('B（3行目）  +3,000円');
    expect(r.stdout).toContain(
      '金額の変更: 初月料金 2027-04  2027年03月31日(水) 45,000円 → 2027年03月31日(水) 48,000円  第25条4項、第25条3項',
    );
    expect(r.stdout).toContain('C（4行目）  +2,000円');
    expect(r.stdout).not.toContain('A（2行目）');
    expect(r.stdout).toMatch(/=D（5行目）\s+誤り: monthlyFee: /);
    expect(r.stdout).toContain('契約 4 件: 変わる 2 件、変わらない 1 件、誤り 1 件\n差額の合計: +5,000円\n');
  });

  it('in English with --lang en; the option may be named as a flag', async () => {
    const r = await cli(['compare', '--batch', book, '--option', 'first-month-days=inclusive', '--lang', 'en']);
    expect(r.stdout).toContain('B (line 3)  +¥3,000');
    expect(r.stdout).toContain(
      'amount: first month due 2027-04  Wed 31 Mar 2027 ¥45,000 → Wed 31 Mar 2027 ¥48,000  25.4, 25.3',
    );
    expect(r.stdout).toContain('4 contracts: 2 changed, 1 unchanged, 1 error\nTotal difference: +¥5,000\n');
  });

  it('NDJSON rows for programs: one per record, in order', async () => {
    const r = await cli(['compare', '--batch', book, '--option', 'firstMonthDays=inclusive', '--format', 'ndjson']);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; ok: boolean; difference?: number });
    expect(rows.map((x) => [x.line, x.ok, x.difference])).toEqual([
      [2, true, 0],
      [3, true, 3_000],
      [4, true, 2_000],
      [5, false, undefined],
    ]);
  });

  it('CSV rows: CRLF, every row as wide as the header, an id that looks like a formula made inert', async () => {
    const r = await cli(['compare', '--batch', book, '--option', 'firstMonthDays=inclusive', '--format', 'csv']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'line,id,ok,changed,changes,kinds,baseNet,alternativeNet,difference,errorCode,errorPath,errorMessage',
    );
    expect(lines[2]).toMatch(/^3,B,true,true,1,first-month-fee,\d+,\d+,3000,,,$/);
    expect(lines[4]).toMatch(/^5,'=D,false,,,,,,,INVALID_INPUT,monthlyFee,"/);
    expect(lines).toHaveLength(6); // header, 4 rows, and the empty text after the last CRLF
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(-5)).toBe('-5');
  });

  it('reads stdin as NDJSON, or as CSV with --input-format csv', async () => {
    const r = await cli(
      [
        'compare',
        '--batch',
        '-',
        '--input-format',
        'csv',
        '--option',
        'firstMonthDays=inclusive',
        '--format',
        'ndjson',
      ],
      csv,
    );
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(4);
    const n = await cli(
      [
        'compare',
        '--batch',
        '-',
        '--option',
        'firstMonthDays=inclusive',
        '--format',
        'ndjson',
        '--as-of',
        '2027-05-01',
      ],
      '{"formationDate":"2027-03-15","scheduledStartDate":"2027-04-15","termMonths":12,"monthlyFee":90000}\n',
    );
    expect(JSON.parse(n.stdout)).toMatchObject({ line: 1, ok: true, difference: 3_000 });
  });

  it('usage mistakes are exit 2; bad values exit 1 naming the flag; nothing on stdout', async () => {
    for (const argv of [
      ['compare', '--batch', book],
      ['compare', '--option', 'firstMonthDays=inclusive'],
      ['compare', '--batch', book, '--option', 'firstMonthDays'],
      ['compare', '--batch', book, '--option', 'color=blue'],
      ['compare', '--batch', join(work, 'book.txt'), '--option', 'rounding=ceil'],
      ['compare', '--frobnicate'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect(await cli(['compare', '--batch', book, '--option', 'rounding=up'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "cloud-ops-terms: 入力エラー: --option roundingには'floor'、'half-up'、'ceil'のいずれかを指定してください（I-06）（入力: 'up'）\n",
    });
    expect(await cli(['compare', '--batch', book, '--option', 'rounding=ceil', '--format', 'svg'])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('--format'),
    });
    expect(await cli(['compare', '--batch', book, '--option', 'rounding=ceil', '--day-count', 'x'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--day-countには'),
    });
    expect(
      await cli(['compare', '--batch', join(work, 'none.csv'), '--option', 'rounding=ceil', '--lang', 'en']),
    ).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('no such file'),
    });
  });

  it('--help in both languages', async () => {
    expect((await cli(['compare', '--help'])).stdout).toContain('読み方の変更の影響');
    expect((await cli(['compare', '--help', '--lang', 'en'])).stdout).toContain('The impact of a change of reading');
  });
});

describe("docs/interpretations.md's worked example", () => {
  const page = readFileSync(join(ROOT, 'docs/interpretations.md'), 'utf8');
  const section = page.slice(page.indexOf('## Weighing a change of reading'));

  it('prints exactly what the page shows, for the book the page shows', async () => {
    const book = /```csv\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const shown = /```text\n\$ cloud-ops-terms (.*)\n([\s\S]*?)```/.exec(section);
    expect(book).toContain('B,2027-03-15,2027-04-15,12,90000');
    const file = join(work, 'docs-book.csv');
    writeFileSync(file, book);
    const argv = (shown?.[1] ?? '').split(' ').map((a) => (a === 'book.csv' ? file : a));
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(shown?.[2]);
  });
});
