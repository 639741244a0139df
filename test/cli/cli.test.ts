/**
 * The command-line tool `cloud-ops-terms`: in-process through `run()` for most behaviour
 * (fast: the suite runs three times in CI), and as a real subprocess — the bundle tsup
 * builds, run by node — for each subcommand, --json, both languages, stdin, a bad contract
 * file and a batch with bad lines. Its conventions (usage errors, help, tables) are in
 * conventions.test.ts.
 *
 * 第13条2項「前項の書面に解約希望日の記載がない場合…当該書面が当社に到達した日の翌月末日を契約者の解約希望日と
 * みなすものとします。」 and 第26条「…遅延期間につき年14.6%の割合による遅延損害金…」 — the subcommands answer
 * these; the rules are the library's.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'tsup';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CONTRACT, contractTimeline } from '../../src/index.js';
import { langFromEnv } from '../../src/cli/format.js';
import { schemaErrors } from '../support/json-schema.js';
import { file, inProcess, record, type Ran, work } from './harness.js';

describe('the timeline', () => {
  it('with no arguments shows the sample contract in Japanese, as of today in JST', async () => {
    // 2026-01-14T20:00Z is already 2026-01-15 in Japan.
    const r = await inProcess([], { now: '2026-01-14T20:00:00Z', env: {} });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('契約        SAMPLE-001');
    expect(r.stdout).toContain('基準日      2026年01月15日(木)');
    expect(r.stdout).toMatch(/2025年12月31日\(水\)\s+契約終了\s+第13条1項\s+契約者からの解約/);
    expect(r.stdout).toMatch(/2025年08月20日\(水\)\s+遅延損害金\s+400円\s+第26条/);
  });

  it('speaks English with --lang en or an English locale, dates written by date-fns', async () => {
    const a = await inProcess(['--lang', 'en', '--as-of', '2026-01-15']);
    const b = await inProcess(['--as-of', '2026-01-15'], { env: { LANG: 'en_US.UTF-8' } });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('As of          Thu 15 Jan 2026');
    expect(a.stdout).toMatch(/Wed 31 Dec 2025\s+termination\s+13\.1\s+the contract's last day/);
  });

  it('takes the language from LC_ALL, then LC_MESSAGES, then LANG; anything else is Japanese', () => {
    expect(langFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
    expect(langFromEnv({ LANG: 'en' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('ja');
    expect(langFromEnv({})).toBe('ja');
  });

  it('--json prints the library’s result, valid under docs/schemas/timeline.json', async () => {
    const r = await inProcess(['--json', '--as-of', '2026-01-15']);
    expect(JSON.parse(r.stdout)).toEqual(contractTimeline(SAMPLE_CONTRACT, { asOf: '2026-01-15' }));
    expect(schemaErrors('timeline', JSON.parse(r.stdout))).toEqual([]);
  });

  it('reads a contract from a file or from stdin, with --until and interpretation options', async () => {
    const path = file('contract.json', JSON.stringify(record));
    const a = await inProcess(['--contract', path, '--as-of', '2027-05-01', '--until', '2027-06-30', '--json']);
    const b = await inProcess(['--contract', '-', '--as-of', '2027-05-01', '--until', '2027-06-30', '--json'], {
      stdin: JSON.stringify(record),
    });
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toEqual(contractTimeline(record, { asOf: '2027-05-01', until: '2027-06-30' }));
    const naive = await inProcess([
      '--contract',
      path,
      '--as-of',
      '2027-05-01',
      '--json',
      '--deadline-counting',
      'naive',
    ]);
    expect(JSON.parse(naive.stdout)).toEqual(
      contractTimeline(record, { asOf: '2027-05-01' }, { deadlineCounting: 'naive' }),
    );
  });

  it('a bad contract: exit 1, each problem naming the field in the user’s language, nothing on stdout', async () => {
    const path = file(
      'bad.json',
      JSON.stringify({ ...record, monthlyFee: -1, notices: { customerTermination: { on: '2027-13-01' } } }),
    );
    const r = await inProcess(['--contract', path, '--as-of', '2027-05-01']);
    // Japanese by default (issue 18 §1): the catalogue's sentence for each kind, with what was received.
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `cloud-ops-terms: 入力エラー: contract ${path}: monthlyFeeには0以上の整数の金額（円）を指定してください（入力: -1）\n` +
        `cloud-ops-terms: 入力エラー: contract ${path}: notices.customerTermination.onには日付（YYYY-MM-DD）を指定してください（入力: '2027-13-01'）\n`,
    });
    expect(await inProcess(['--contract', path, '--as-of', '2027-05-01', '--lang', 'en'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `cloud-ops-terms: invalid input: contract ${path}: monthlyFee: expected an amount of yen, a whole number of 0 or more, got -1\n` +
        `cloud-ops-terms: invalid input: contract ${path}: notices.customerTermination.on: expected a date 'YYYY-MM-DD', got '2027-13-01'\n`,
    });
  });

  it('a file that is missing or not JSON, and a bad --as-of: exit 1 with a one-line message', async () => {
    const none = join(work, 'none.json');
    expect(await inProcess(['--contract', none])).toEqual({
      code: 1,
      stdout: '',
      stderr: `cloud-ops-terms: 入力エラー: --contract: '${none}' を読めません（ファイルがありません）\n`,
    });
    expect(await inProcess(['--contract', none, '--lang', 'en'])).toMatchObject({
      stderr: `cloud-ops-terms: invalid input: --contract: cannot read '${none}': no such file\n`,
    });
    // The trailing comma of line 3 is only found at line 4, column 1, where '}' comes instead of a name.
    const notJson = file('not.json', '{\n  "id": "A",\n  "termMonths": 12,\n}\n');
    expect(await inProcess(['--contract', notJson])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(
        /^cloud-ops-terms: 入力エラー: --contract: '.*not\.json' は JSON ではありません: 4行1列目（/,
      ),
    });
    expect(await inProcess(['--contract', '-', '--lang', 'en'], { stdin: '{ nope' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^cloud-ops-terms: invalid input: --contract: stdin is not JSON: line 1, column 3: /,
      ),
    });
    // Cut short: the end of the text, line 2 column 9.
    expect(await inProcess(['--contract', '-', '--lang', 'en'], { stdin: '{\n  "id":' })).toMatchObject({
      stderr: expect.stringContaining('line 2, column 8: Unexpected end of JSON input'),
    });
    expect(await inProcess(['--as-of', '2026-02-30'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^cloud-ops-terms: 入力エラー: --as-ofには日付（YYYY-MM-DD）を指定してください（入力: '2026-02-30'）\n$/,
      ),
    });
    expect(await inProcess(['--rounding', 'up'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        "--roundingには'floor'、'half-up'、'ceil'のいずれかを指定してください（I-06）（入力: 'up'）",
      ),
    });
  });
});

describe('subcommands', () => {
  it('terminate: 第13条 — the end of the requested month, or 13.2’s deemed date', async () => {
    // Arrived 2027-05-20 asking for 2027-06-10: a month from 05-21 ends 06-20, after 06-10 → deemed 2027-06-30.
    const r = await inProcess(['terminate', '--received', '2027-05-20', '--requested', '2027-06-10', '--lang', 'en']);
    expect(r.stdout).toBe('Termination date  Wed 30 Jun 2027\nDeemed (13.2)     yes\nBasis             13.1, 13.2\n');
    const json = await inProcess(['terminate', '--received', '2027-04-15', '--requested', '2027-06-10', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ terminationDate: '2027-06-30', deemed: false, basis: ['13.1'] });
  });

  it('terminate --extend: 第13条5項 — 2 × 90,000 × 2 = 360,000', async () => {
    const r = await inProcess([
      'terminate',
      '--received',
      '2027-04-15',
      '--requested',
      '2027-06-10',
      '--extend',
      '2',
      '--monthly-fee',
      '90000',
    ]);
    expect(r.stdout).toContain('延長後の解約日');
    expect(r.stdout).toMatch(/延長手数料\s+360,000円/);
    const bad = await inProcess(['terminate', '--received', '2027-04-15', '--extend', '0', '--monthly-fee', '90000']);
    expect(bad).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）'),
    });
    expect((await inProcess(['terminate', '--received', '2027-04-15', '--extend', '1'])).code).toBe(2);
  });

  it('renew, interest, refund and holidays answer with the article’s own function', async () => {
    const renew = await inProcess(['renew', '--term-end', '2028-03-31', '--json']);
    expect(JSON.parse(renew.stdout)).toMatchObject({
      nonRenewalNoticeDeadline: '2028-02-29',
      renewedTermEnd: '2029-03-31',
    });
    // 100,000 × 0.146 × 30 / 365 = 1,200.
    expect(
      (await inProcess(['interest', '--amount', '100000', '--due', '2027-04-30', '--paid', '2027-05-30'])).stdout,
    ).toMatch(/^遅延損害金\s+1,200円\n/);
    // 10 days × 90,000 / 30 = 30,000.
    expect(
      (
        await inProcess([
          'refund',
          '--discontinued',
          '2027-06-20',
          '--monthly-fee',
          '90000',
          '--paid-through',
          '2027-06-30',
          '--amount-paid',
          '90000',
          '--lang',
          'en',
        ])
      ).stdout,
    ).toMatch(/^Refund\s+¥30,000\n/);
    const holidays = await inProcess(['holidays', '2027', '--lang', 'en']);
    expect(holidays.stdout.split('\n')[0]).toMatch(/^Fri 01 Jan 2027\s+元日\s+national holiday$/);
  });

  it('each has --help; missing or stray options are usage errors; bad values name the flag', async () => {
    for (const name of ['terminate', 'renew', 'interest', 'refund', 'holidays']) {
      const r = await inProcess([name, '--help', '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`cloud-ops-terms ${name}`);
    }
    expect(await inProcess(['renew'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('renew には --term-end が必要です'),
    });
    expect(await inProcess(['renew', '--lang', 'en'])).toMatchObject({
      code: 2,
      stderr: "cloud-ops-terms: renew needs --term-end\nRun 'cloud-ops-terms renew --help' for usage.\n",
    });
    expect(await inProcess(['holidays'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('holidays には YEAR を1つ指定します（例: cloud-ops-terms holidays 2027）'),
    });
    expect(await inProcess(['holidays', '2027', '--as-of', '2027-01-01'])).toMatchObject({ code: 2 });
    expect(
      await inProcess(['interest', '--amount', '1.5', '--due', '2027-04-30', '--paid', '2027-05-30']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--amountには0以上の整数の金額（円）を指定してください'),
    });
    expect(await inProcess(['holidays', '1900'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('祝日は1955年〜2099年について計算できます（YEAR）'),
    });
  });
});

/** A batch with bad lines in the middle: 2 (not a contract), 3 (not JSON), 4 (blank: no record). */
const lines = [
  JSON.stringify({ ...record, id: 'A' }),
  '{"id":"B","monthlyFee":1}',
  'not json',
  '',
  JSON.stringify({ ...record, id: 'E', notices: { customerTermination: { on: '2027-04-20' } } }),
];

describe('--batch', () => {
  it('streams one NDJSON row per record; bad lines become error rows with their line numbers', async () => {
    const path = file('batch.ndjson', `${lines.join('\n')}\n`);
    const r = await inProcess(['--batch', path, '--as-of', '2027-05-01']);
    expect(r.code).toBe(0);
    // No progress unless stderr is a terminal: only the closing summary (records, errors, time).
    expect(r.stderr).toMatch(/^4 件、誤り 2 件、[0-9.]+s\n$/);
    expect((await inProcess(['--batch', path, '--as-of', '2027-05-01', '--quiet'])).stderr).toBe('');
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; ok: boolean; id?: string });
    expect(rows.map((row) => [row.line, row.ok, row.id ?? ''])).toEqual([
      [1, true, 'A'],
      [2, false, 'B'],
      [3, false, ''],
      [5, true, 'E'],
    ]);
    for (const row of rows) expect(schemaErrors('compact-row', row)).toEqual([]);
  });

  it('writes compact rows without prose by default: events as tuples, plain monthly fees as runs; --fields chooses', async () => {
    const path = file('compact.ndjson', `${JSON.stringify({ ...record, id: 'A' })}\n`);
    const compact = await inProcess(['--batch', path, '--as-of', '2027-05-01']);
    const row = JSON.parse(compact.stdout) as { events: unknown[][]; monthlyFees: { from: string }[] };
    expect(compact.stdout).not.toContain('note');
    expect(row.events.every((e) => Array.isArray(e) && typeof e[0] === 'string')).toBe(true);
    expect(row.monthlyFees.length).toBeGreaterThan(0);
    const full = await inProcess(['--batch', path, '--as-of', '2027-05-01', '--fields', 'full']);
    expect(schemaErrors('batch-row', JSON.parse(full.stdout))).toEqual([]);
    expect(full.stdout).toContain('"note"');
    const some = await inProcess(['--batch', path, '--as-of', '2027-05-01', '--fields', 'status,basis']);
    expect(Object.keys(JSON.parse(some.stdout))).toEqual(['line', 'ok', 'id', 'asOf', 'until', 'status', 'basis']);
    expect((await inProcess(['--batch', path, '--fields', 'prose'])).code).toBe(1);
  });

  it('writes CSV with --format csv: one row per event, CRLF, an error row per bad record, --bom for Excel', async () => {
    const path = file('as-csv.ndjson', `${JSON.stringify({ ...record, id: '=A' })}\n{"id":"B","monthlyFee":1}\n`);
    const r = await inProcess(['--batch', path, '--as-of', '2027-05-01', '--format', 'csv', '--bom', '--quiet']);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFline,id,date,kind,amount,serviceMonth,option,basis,errorCode,errorPath,errorMessage');
    expect(lines[1]).toMatch(/^1,'=A,\d{4}-\d{2}-\d{2},formation,,,,9\.2,,,$/);
    expect(lines.filter((l) => l.startsWith('2,B,,error,'))).toHaveLength(1);
  });

  it('reads CSV, and stdin with --input-format; shows progress on stderr on a terminal', async () => {
    const csv = file(
      'batch.csv',
      'id,formationDate,scheduledStartDate,termMonths,monthlyFee\nA,2027-03-15,2027-04-01,12,90000\nB,2027-03-15,2027-04-01,x,90000\n',
    );
    const a = await inProcess(['--batch', csv, '--as-of', '2027-05-01'], { tty: true });
    expect(
      a.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { line: number }).line),
    ).toEqual([2, 3]);
    expect(a.stderr).toMatch(/2 件、誤り 1 件、/);
    const b = await inProcess(['--batch', '-', '--input-format', 'csv', '--as-of', '2027-05-01'], {
      stdin: 'id,formationDate,scheduledStartDate,termMonths,monthlyFee\nA,2027-03-15,2027-04-01,12,90000\n',
    });
    expect(b.stdout.split('\n')[0]).toMatch(/^\{"line":2,"ok":true,"id":"A"/);
  });

  it('a missing batch file is exit 1 with nothing on stdout; an unknown extension is a usage error', async () => {
    expect(await inProcess(['--batch', join(work, 'none.ndjson')])).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('ファイルがありません'),
    });
    expect(await inProcess(['--batch', file('x.txt', '')])).toMatchObject({ code: 2 });
  });
});

describe('as a subprocess (the built bin)', () => {
  let cli = '';
  beforeAll(async () => {
    // The second tsup config of tsup.config.ts, built once into a scratch folder.
    const outDir = join(work, 'bin');
    await build({
      config: false,
      entry: { cli: 'src/cli/main.ts' },
      format: ['esm'],
      outDir,
      target: 'node20',
      platform: 'node',
      silent: true,
      banner: { js: '#!/usr/bin/env node' },
    });
    cli = join(outDir, 'cli.js');
  }, 120_000);

  const exec = (argv: string[], options: { input?: string; lang?: string } = {}): Ran => {
    const r = spawnSync(process.execPath, [cli, ...argv], {
      input: options.input ?? '',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: options.lang ?? 'ja_JP.UTF-8', TZ: process.env.TZ ?? 'UTC' },
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the sample timeline in Japanese and in English', () => {
    const ja = exec(['--as-of', '2026-01-15']);
    expect(ja).toMatchObject({ code: 0, stderr: '' });
    expect(ja.stdout).toContain('2025年12月31日(水)  契約終了');
    const en = exec(['--as-of', '2026-01-15'], { lang: 'en_US.UTF-8' });
    expect(en.stdout).toContain('Wed 31 Dec 2025  termination');
  });

  it('--json output parses and validates against the shipped schema', () => {
    const r = exec(['--json']);
    expect(r.code).toBe(0);
    expect(schemaErrors('timeline', JSON.parse(r.stdout))).toEqual([]);
  });

  it('reads the contract from stdin', () => {
    const r = exec(['--contract', '-', '--as-of', '2027-05-01', '--json'], { input: JSON.stringify(record) });
    expect(JSON.parse(r.stdout)).toMatchObject({ billingStartDate: '2027-04-01', status: 'running' });
  });

  it('a bad contract file: exit 1, a clear message, nothing on stdout, no stack trace', () => {
    const path = file('bad-sub.json', JSON.stringify({ ...record, scheduledStartDate: '2027-02-01' }));
    const r = exec(['--contract', path]);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `cloud-ops-terms: 入力エラー: contract ${path}: scheduledStartDateにはformationDate（2027-03-15）以降の日付を指定してください（入力: 2027-02-01）\n`,
    });
  });

  it('a batch with bad lines in the middle: every good line processed, the bad ones by line number', () => {
    const path = file('sub.ndjson', `${lines.join('\n')}\n`);
    const r = exec(['--batch', path, '--as-of', '2027-05-01']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => {
          const row = JSON.parse(l) as { line: number; ok: boolean };
          return `${row.line}:${row.ok}`;
        }),
    ).toEqual(['1:true', '2:false', '3:false', '5:true']);
  });

  it('each subcommand', () => {
    expect(exec(['terminate', '--received', '2027-12-31'], { lang: 'en_US.UTF-8' }).stdout).toContain(
      'Mon 31 Jan 2028',
    );
    expect(exec(['renew', '--term-end', '2028-04-30', '--json']).stdout).toContain(
      '"nonRenewalNoticeDeadline": "2028-03-31"',
    );
    expect(
      exec(['interest', '--amount', '100000', '--due', '2027-04-30', '--paid', '2027-05-30', '--json']).stdout,
    ).toContain('"interest": 1200');
    expect(
      exec([
        'refund',
        '--discontinued',
        '2027-06-30',
        '--monthly-fee',
        '90000',
        '--paid-through',
        '2027-07-31',
        '--amount-paid',
        '90000',
        '--json',
      ]).stdout,
    ).toContain('"capped": true');
    expect(exec(['holidays', '2027']).stdout).toContain('2027年03月22日(月)  休日');
    expect(exec(['holidays', '2027', '--nope'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('sheets copies the script that sits beside the bundled tool (dist/sheets beside dist/cli.js)', () => {
    const beside = join(dirname(cli), 'sheets');
    mkdirSync(beside, { recursive: true });
    for (const name of ['Code.js', 'appsscript.json'])
      copyFileSync(join(inject('sheetsDir'), name), join(beside, name));
    const out = join(work, 'sub-sheets');
    const r = exec(['sheets', '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(out, 'Code.js'), 'utf8')).toBe(readFileSync(join(beside, 'Code.js'), 'utf8'));
    rmSync(beside, { recursive: true });
    expect(exec(['sheets', '--out', out], { lang: 'en_US.UTF-8' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('the Sheets script is not there'),
    });
  });
});
