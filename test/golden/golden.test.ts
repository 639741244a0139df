/**
 * The golden cases of docs/golden/*.csv — questions a lawyer can read and sign, each
 * answer worked by hand from the terms and the interpretation register, with the
 * working in the row's note (docs/golden/README.md). Every row runs against the library
 * (through the same reader as `cloud-ops-terms check`) and, where a `TERMS_…` custom
 * function answers the same question, against the built Sheets script as Apps Script
 * runs it (test/spreadsheet/sandbox.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/csv.js';
import { checkGoldenCsv, type RowOutcome } from '../../src/cli/golden.js';
import { GOLDEN_FUNCTIONS } from '../../src/cli/golden-functions.js';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { filesUnder } from '../tools/files.js';
import { ROOT } from '../support/examples.js';
import { loadSandbox } from '../spreadsheet/sandbox.js';

const FILES = filesUnder(join(ROOT, 'docs/golden'), '.csv').sort();
const AREAS = ['calendar.csv', 'dates-and-deadlines.csv', 'liability.csv', 'money.csv'];

/** The custom function that answers `function.answer`, and the inputs it does without. */
const SHEETS: Readonly<Record<string, { name: string; ignores?: readonly string[] }>> = {
  'billingStartDate.billingStartDate': { name: 'TERMS_BILLING_START' },
  'changeNotificationDeadline.deadline': { name: 'TERMS_CHANGE_NOTICE_DEADLINE' },
  'renewalSchedule.nonRenewalNoticeDeadline': { name: 'TERMS_NON_RENEWAL_DEADLINE' },
  'renewalSchedule.termsChangeNoticeDeadline': { name: 'TERMS_RENEWAL_CHANGE_DEADLINE' },
  'renewalSchedule.renewedTermStart': { name: 'TERMS_RENEWED_TERM_START' },
  'renewalSchedule.renewedTermEnd': { name: 'TERMS_RENEWED_TERM_END' },
  'earlyTerminationFee.remainingFee': { name: 'TERMS_EARLY_TERMINATION_FEE' },
  'customerTermination.terminationDate': { name: 'TERMS_TERMINATION_DATE' },
  'customerTermination.deemed': { name: 'TERMS_TERMINATION_DEEMED' },
  // The new date does not depend on the fee, which that function does not ask for.
  'terminationExtension.terminationDate': { name: 'TERMS_EXTENDED_TERMINATION_DATE', ignores: ['monthlyFee'] },
  'terminationExtension.extensionFee': { name: 'TERMS_EXTENSION_FEE' },
  'terminationExtension.totalDue': { name: 'TERMS_EXTENSION_TOTAL' },
  'discontinuationNoticeDeadline.deadline': { name: 'TERMS_DISCONTINUATION_NOTICE_DEADLINE' },
  'discontinuationRefund.refund': { name: 'TERMS_DISCONTINUATION_REFUND' },
  'monthlyFeeDueDate.dueDate': { name: 'TERMS_MONTHLY_DUE_DATE' },
  'firstMonthFee.fee': { name: 'TERMS_FIRST_MONTH_FEE' },
  'lateInterest.interest': { name: 'TERMS_LATE_INTEREST' },
  'liabilityCap.payable': { name: 'TERMS_LIABILITY_CAP' },
  'isNationalHoliday.holiday': { name: 'TERMS_IS_HOLIDAY' },
  'isNationalHoliday.name': { name: 'TERMS_HOLIDAY_NAME' },
  'isBusinessDay.businessDay': { name: 'TERMS_IS_BUSINESS_DAY' },
  'nextBusinessDay.date': { name: 'TERMS_NEXT_BUSINESS_DAY' },
  'isSupportOpen.open': { name: 'TERMS_IS_SUPPORT_OPEN' },
};

interface Row {
  readonly file: string;
  readonly id: string;
  readonly cells: ReadonlyMap<string, string>;
}

function rowsOf(file: string): Row[] {
  const [header = [], ...records] = parseCsv(readFileSync(file, 'utf8'));
  return records.map((r) => {
    const cells = new Map(header.map((h, i) => [h, (r[i] ?? '').trim()]));
    return { file: basename(file), id: cells.get('id') ?? '', cells };
  });
}

const ROWS = FILES.flatMap(rowsOf);

describe('docs/golden: the files', () => {
  it('has one file per area, at least 150 cases in all, each with its provisions and a note in Japanese', () => {
    expect(FILES.map((f) => basename(f))).toEqual(AREAS);
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    for (const { id, cells } of ROWS) {
      expect(cells.get('provisions'), id).not.toBe('');
      expect(cells.get('note'), id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('gives every case an id of its own', () => {
    const ids = ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is UTF-8 with a byte order mark and CRLF line ends, so a spreadsheet opens it as written', () => {
    for (const file of FILES) {
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\r\n')[0]).not.toContain('\n');
    }
  });
});

describe.each(FILES.map((f) => [basename(f), f] as const))('docs/golden/%s against the library', (_name, file) => {
  const { outcomes } = checkGoldenCsv(readFileSync(file, 'utf8'));
  it.each(outcomes.map((o) => [o.id, o] as const))('%s', (_id, outcome: RowOutcome) => {
    expect(outcome).toMatchObject({ kind: 'pass' });
  });
});

/** A Sheets answer as the CSV writes it: a date cell as 'YYYY-MM-DD' (JST), TRUE/FALSE. */
function sheetValue(value: unknown): string {
  // A Date of the script's own realm: `instanceof Date` is false here.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new Date((value as Date).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The cells a person would type for `row` into the custom function, or undefined when it cannot ask the row's question. */
function sheetCall(row: Row): { name: string; args: unknown[] } | undefined {
  const fn = row.cells.get('function') ?? '';
  const answer = row.cells.get('answer') || GOLDEN_FUNCTIONS[fn]?.answer;
  const target = SHEETS[`${fn}.${answer}`];
  if (target === undefined) return undefined;
  const spec = SHEET_FUNCTION_SPECS.find((s) => s.name === target.name);
  if (spec === undefined) throw new Error(`no custom function ${target.name}`);
  const keys = new Set(spec.args.map((a) => a.key));
  const given = [...row.cells].filter(([c, v]) => v !== '' && (c.startsWith('in:') || c.startsWith('opt:')));
  const extra = given.find(([c]) => !keys.has(c.replace(/^(in|opt):/, '')) && !target.ignores?.includes(c.slice(3)));
  if (extra !== undefined) return undefined;
  const value = (key: string) => row.cells.get(`in:${key}`) || row.cells.get(`opt:${key}`) || '';
  const args: unknown[] = spec.args.map((a) => {
    const v = value(a.key);
    if (a.list) return v === '' ? '' : v.split(/[;,\s]+/).map((d) => [d]);
    return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  });
  while (args.length > 0 && args.at(-1) === '') args.pop();
  return { name: target.name, args };
}

const SHEET_ROWS = ROWS.flatMap((row) => {
  const call = sheetCall(row);
  return call === undefined ? [] : [{ row, call }];
});

describe('docs/golden against the built Sheets script', () => {
  it('asks most of the cases that a custom function answers (the count cannot silently fall)', () => {
    expect(SHEET_ROWS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(SHEET_ROWS.map((r) => [`${r.row.id} ${r.call.name}`, r] as const))('%s', (_label, { row, call }) => {
    const sandbox = loadSandbox();
    const got = sandbox.call(call.name, ...call.args);
    const expected = row.cells.get('expected') ?? '';
    if (expected.startsWith('error:')) expect(String(got)).toMatch(/^#/);
    else expect(sheetValue(got)).toBe(expected.replace(/,/g, ''));
  });
});
