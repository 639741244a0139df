/**
 * `cloud-ops-terms bill` (issue 19 §1): a month's amounts for a book, in process through `run()`.
 *
 * 第25条3項 「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第25条4項 「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して
 * 該当月の月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'tsup';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, contracts } from '../bench/contracts.js';
import { schemaErrors } from '../support/json-schema.js';
import { file, inProcess, work } from './harness.js';

const head = 'id,formationDate,scheduledStartDate,termMonths,monthlyFee';
// A: billing from 2027-04-15 at 90,000 — April's 15 days (16th–30th) × 3,000 = 45,000, due 2027-03-31.
// =B: billing from 2027-04-01 at 60,000 — April in full, 60,000, due 2027-03-31. -C: a bad fee. @D: 1 April.
const book = file(
  'bill-book.csv',
  [
    head,
    'A,2027-03-15,2027-04-15,12,90000',
    '=B,2027-03-15,2027-04-01,12,60000',
    '-C,2027-03-15,2027-04-01,12,-5',
    '@D,2027-03-15,2027-04-01,12,30000',
  ].join('\n'),
);

describe('cloud-ops-terms bill', () => {
  it('writes CSV: CRLF, a BOM with --bom, yen as integers, ids that look like formulas made inert, the totals last', async () => {
    const r = await inProcess(['bill', '--month', '2027-03', '--batch', book, '--format', 'csv', '--bom']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFline,id,kind,option,serviceMonth,date,dueDate,amount,basis,')).toBe(true);
    const lines = r.stdout.slice(1).split('\r\n');
    expect(lines.slice(1)).toEqual([
      '2,A,first-month-fee,,2027-04,2027-03-31,,45000,25.4 25.3,,,',
      '2,A,total,,,,,45000,,,,',
      "3,'=B,first-month-fee,,2027-04,2027-03-31,,60000,25.4 25.3,,,",
      "3,'=B,total,,,,,60000,,,,",
      expect.stringMatching(/^4,'-C,error,,,,,,,INVALID_INPUT,monthlyFee,/),
      "5,'@D,first-month-fee,,2027-04,2027-03-31,,30000,25.4 25.3,,,",
      "5,'@D,total,,,,,30000,,,,",
      // 45,000 + 60,000 + 30,000
      ',,month-total,,2027-03,,,135000,,,,',
      '',
    ]);
  });

  it('writes NDJSON by default, one row per record and the totals last; a summary on stderr', async () => {
    const r = await inProcess(['bill', '--month', '2027-04', '--batch', book, '--lang', 'en']);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.line, x.ok, x.total])).toEqual([
      // May's fees, due 2027-04-30 (25.3).
      [2, true, 90_000],
      [3, true, 60_000],
      [4, false, undefined],
      [5, true, 30_000],
      [undefined, undefined, 180_000],
    ]);
    expect(rows.at(-1)).toMatchObject({ totals: true, month: '2027-04', records: 4, errors: 1 });
    for (const row of rows) expect(schemaErrors('bill-row', row)).toEqual([]);
    expect(r.stderr).toMatch(/^4 records, 1 error, [0-9.]+s\n$/);
    const quiet = await inProcess(['bill', '--month', '2027-04', '--batch', book, '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('takes a share of the records with --shard K/N, and refuses a bad one', async () => {
    const r = await inProcess(['bill', '--month', '2027-04', '--batch', book, '--shard', '2/2', '--quiet']);
    // Lines 2–5 hold the records; the second of two shares takes lines 2 and 4 ((line − 1) mod 2 = 1).
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).line),
    ).toEqual([2, 4, undefined]);
    const bad = await inProcess(['bill', '--month', '2027-04', '--batch', book, '--shard', '3/2']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
  });

  it('needs --month, and names it when it is wrong', async () => {
    expect((await inProcess(['bill', '--batch', book])).code).toBe(2);
    const r = await inProcess(['bill', '--month', '2027-13', '--batch', book, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--month');
  });

  it('reads a CSV saved by a spreadsheet: 2027/3/15, "90,000", 90,000円; a cell it still cannot read is an error naming the column', async () => {
    const excel = file(
      'excel.csv',
      [
        '\uFEFFid,formationDate,scheduledStartDate,termMonths,monthlyFee',
        'X1,2027/3/15,2027/04/15,12,"90,000"',
        'X2,2027/03/15,2027/4/1,12,"60,000円"',
        'X3,2027/03/15,2027/4/1,12,"90.000円"',
        'X4,2027/03/15,2027/4/31,12,90000',
      ].join('\r\n'),
    );
    const r = await inProcess(['bill', '--month', '2027-03', '--batch', excel, '--quiet']);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // X1: 15 days × 3,000 = 45,000 (25.4); X2: April in full, 60,000 — both due 2027-03-31 (25.3).
    expect(rows.map((x) => x.total ?? x.error?.issues[0]?.path)).toEqual([
      45_000,
      60_000,
      'monthlyFee',
      'scheduledStartDate',
      105_000,
    ]);
  });
});

describe('bill --jobs (the built tool and its worker)', () => {
  let cli = '';
  beforeAll(async () => {
    const outDir = join(work, 'bill-bin');
    await build({
      config: false,
      entry: { cli: 'src/cli/main.ts', 'bill-worker': 'src/cli/bill-worker.ts' },
      format: ['esm'],
      outDir,
      target: 'node20',
      platform: 'node',
      splitting: false,
      silent: true,
    });
    cli = join(outDir, 'cli.js');
  }, 120_000);

  const exec = (argv: string[]) => spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8' });

  it('two jobs write the same rows in the same order as one, bad records included, for NDJSON and CSV and a shard', () => {
    const lines = [...contracts(2_500)].map((r) => JSON.stringify(r));
    lines.splice(1_200, 0, 'not json', '', '{"id":"=X","monthlyFee":1}');
    const ndjson = file('jobs.ndjson', `${lines.join('\n')}\n`);
    const base = ['bill', '--month', '2030-12', '--as-of', AS_OF, '--quiet'];
    const one = exec([...base, '--batch', ndjson, '--jobs', '1']);
    const two = exec([...base, '--batch', ndjson, '--jobs', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // 2,502 records (a blank line holds none) and the totals row.
    expect(one.stdout.trim().split('\n')).toHaveLength(2_503);
    const csv = [...base, '--batch', book, '--format', 'csv'];
    expect(exec([...csv, '--jobs', '2']).stdout).toBe(exec([...csv, '--jobs', '1']).stdout);
    const shard = [...base, '--batch', ndjson, '--shard', '2/3'];
    expect(exec([...shard, '--jobs', '2']).stdout).toBe(exec([...shard, '--jobs', '1']).stdout);
    expect(exec([...base, '--batch', ndjson, '--jobs', 'many']).status).toBe(1);
    // The workers split the lines themselves (src/cli/lines.ts): CRLF, a lone CR and no last break read alike.
    const odd = file('jobs-odd.ndjson', `${lines.slice(0, 900).join('\r\n')}\r${lines.slice(900, 1_800).join('\n')}`);
    for (const extra of [[], ['--shard', '3/4'], ['--format', 'csv']]) {
      const args = [...base, '--batch', odd, ...extra];
      expect(exec([...args, '--jobs', '2']).stdout).toBe(exec([...args, '--jobs', '1']).stdout);
    }
  }, 120_000);
});
