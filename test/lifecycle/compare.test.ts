/**
 * The impact of a change of reading (issue 17 §3): `compareTimelines` runs every contract
 * under the base options and an alternative and reports what changes. Every value below is
 * worked by hand from the terms and the register.
 *
 * 第25条4項「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して該当月の
 *   月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」 (I-07)
 * 第25条3項「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」 (I-11)
 * 第13条5項「…延長期間に対し、通常料金の2倍の金員を延長手数料として支払うものとします。」 (I-05)
 * 第11条1項「…期間満了1か月前までに…別段の意思表示がないときは…自動的に更新される…」 (I-02)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENT_CHANGES,
  compareTimelines,
  compareTimelinesAsync,
  optionDifferences,
  type CompareRow,
  type ContractRecord,
  type Options,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

const base = { formationDate: '2027-03-15', termMonths: 12 } as const;

/** The small book of docs/interpretations.md ("Weighing a change of reading"). */
const BOOK: readonly unknown[] = [
  { id: 'A', ...base, scheduledStartDate: '2027-04-01', monthlyFee: 90_000 },
  { id: 'B', ...base, scheduledStartDate: '2027-04-15', monthlyFee: 90_000 },
  { id: 'C', ...base, scheduledStartDate: '2027-05-20', monthlyFee: 60_000 },
  { id: 'D', ...base, scheduledStartDate: '2027-04-15', monthlyFee: 'ninety thousand' },
];

const ok = (row: CompareRow) => {
  if (!row.ok) throw new Error(`row ${row.line} is an error: ${row.error.message}`);
  return row;
};

describe('I-07: the first month from the start day instead of the day after', () => {
  // A starts on the 1st: billed in full either way (25.4's exception) — no change.
  // B starts 2027-04-15 at 90,000: literal bills 04-16 … 04-30 = 15 days × 3,000 = 45,000;
  //   inclusive 04-15 … 04-30 = 16 days = 48,000: +3,000, due 2027-03-31 either way (25.3, the month before).
  // C starts 2027-05-20 at 60,000 (2,000 a day): literal 05-21 … 05-31 = 11 days = 22,000;
  //   inclusive 12 days = 24,000: +2,000, due 2027-04-30.
  // D's fee is not an amount: an error row naming monthlyFee. The book's total: +5,000.
  const rows = [...compareTimelines(BOOK, { asOf: '2027-05-01' }, {}, { firstMonthDays: 'inclusive' })];

  it('one row per record, in order, the bad record an error row naming its field', () => {
    expect(rows.map((r) => [r.line, r.ok, r.id])).toEqual([
      [1, true, 'A'],
      [2, true, 'B'],
      [3, true, 'C'],
      [4, false, 'D'],
    ]);
    const d = rows[3];
    expect(d?.ok === false && d.error.issues.map((i) => i.path)).toEqual(['monthlyFee']);
    expect(d?.ok === false && d.under).toBeUndefined();
  });

  it('A does not change; B and C change their first month only', () => {
    expect(ok(rows[0] as CompareRow)).toMatchObject({ changed: false, changes: [], difference: 0 });
    expect(ok(rows[1] as CompareRow).changes).toEqual([
      {
        change: 'amount',
        kind: 'first-month-fee',
        serviceMonth: '2027-04',
        before: { date: '2027-03-31', amount: 45_000 },
        after: { date: '2027-03-31', amount: 48_000 },
        basis: ['25.4', '25.3'],
      },
    ]);
    expect(ok(rows[2] as CompareRow).changes).toEqual([
      {
        change: 'amount',
        kind: 'first-month-fee',
        serviceMonth: '2027-05',
        before: { date: '2027-04-30', amount: 22_000 },
        after: { date: '2027-04-30', amount: 24_000 },
        basis: ['25.4', '25.3'],
      },
    ]);
  });

  it('the yen difference per contract, and +5,000 for the book', () => {
    expect(rows.map((r) => (r.ok ? r.difference : null))).toEqual([0, 3_000, 2_000, null]);
    expect(rows.reduce((sum, r) => sum + (r.ok ? r.difference : 0), 0)).toBe(5_000);
    const b = ok(rows[1] as CompareRow);
    expect(b.alternative.net - b.base.net).toBe(3_000);
    // The row's basis: every provision the two timelines cite — the contract's own and the fee rules.
    expect(b.basis).toEqual(expect.arrayContaining(['9.2', '9.6', '11.1', '11.2', '25.3', '25.4']));
  });

  it('names the option that differs and the interpretation it decides', () => {
    expect(optionDifferences({}, { firstMonthDays: 'inclusive' })).toEqual([
      { option: 'firstMonthDays', interpretation: 'I-07', base: 'literal', alternative: 'inclusive' },
    ]);
    expect(optionDifferences({ rounding: 'ceil' }, { rounding: 'ceil' })).toEqual([]);
  });
});

describe('other readings: moved, added and removed events', () => {
  it('I-11 next-bank-day moves a fee due on a Saturday to the Monday', () => {
    // A fee due 2027-07-31 (a Saturday) for August: the next bank day is Monday 2027-08-02. April 30 (Fri),
    // May 31 (Mon), June 30 (Wed) and August 31 (Tue) are bank days and stay. Nothing else changes.
    const [row] = compareTimelines(
      [{ id: 'A', ...base, scheduledStartDate: '2027-04-01', monthlyFee: 90_000 }],
      { asOf: '2027-05-01', until: '2027-09-30' },
      {},
      { bankHolidayShift: 'next-bank-day' },
    );
    expect(ok(row as CompareRow)).toMatchObject({
      changed: true,
      difference: 0,
      changes: [
        {
          change: 'moved',
          kind: 'monthly-fee-due',
          serviceMonth: '2027-08',
          before: { date: '2027-07-31', amount: 90_000 },
          after: { date: '2027-08-02', amount: 90_000 },
        },
      ],
    });
  });

  it('I-02 naive moves the non-renewal deadline of a term ending 2028-04-30 a day earlier', () => {
    // Term 2027-05-01 … 2028-04-30. civil-code: a month counted from 2028-04-01 ends 04-30 → by 2028-03-31;
    // naive: 04-30 − 1 month = 03-30. 11.2's 前々月末日 (2028-02-29) does not depend on the counting.
    const [row] = compareTimelines(
      [{ ...base, formationDate: '2027-04-15', scheduledStartDate: '2027-05-01', monthlyFee: 90_000 }],
      { asOf: '2027-05-01', until: '2028-04-30' },
      {},
      { deadlineCounting: 'naive' },
    );
    expect(ok(row as CompareRow).changes).toEqual([
      {
        change: 'moved',
        kind: 'non-renewal-notice-deadline',
        term: 1,
        before: { date: '2028-03-31' },
        after: { date: '2028-03-30' },
        basis: ['11.1'],
      },
    ]);
  });

  it('I-02 naive can make a notice not to renew late: under I-17 next-expiry the contract runs a year longer, +1,080,000', () => {
    // Term 1: 2027-05-01 … 2028-04-30; the customer declines the renewal on 2028-03-31. civil-code: a month
    // counted from 04-01 ends 04-30 → by 03-31, in time: the contract ends 2028-04-30, shown by default through
    // 2029-04-30 (27.3). naive: 04-30 − 1 month = 03-30, so the notice is late and counts at the next expiry
    // (第11条1項「以後も同様」): term 2 runs 2028-05-01 … 2029-04-30 and the contract ends then, shown through
    // 2030-04-30. Both are compared through the later day. Twelve more months of 90,000 are due (service
    // months 2028-05 … 2029-04, due 2028-04-30 … 2029-03-31): +1,080,000.
    const [row] = compareTimelines(
      [
        {
          ...base,
          formationDate: '2027-04-15',
          scheduledStartDate: '2027-05-01',
          monthlyFee: 90_000,
          notices: { nonRenewal: { by: 'customer', on: '2028-03-31' } },
        },
      ],
      { asOf: '2028-03-31' },
      { lateNonRenewal: 'next-expiry' },
      { deadlineCounting: 'naive', lateNonRenewal: 'next-expiry' },
    );
    const r = ok(row as CompareRow);
    expect([r.base.terminationDate, r.alternative.terminationDate]).toEqual(['2028-04-30', '2029-04-30']);
    expect([r.base.until, r.alternative.until]).toEqual(['2030-04-30', '2030-04-30']);
    expect(r.difference).toBe(1_080_000);
    const of = (kind: string) =>
      r.changes.filter((c) => c.kind === kind).map((c) => [c.change, c.before?.date, c.after?.date]);
    expect(of('termination')).toEqual([['moved', '2028-04-30', '2029-04-30']]);
    expect(of('renewal')).toEqual([['added', undefined, '2028-05-01']]);
    expect(of('confidentiality-end')).toEqual([['moved', '2029-04-30', '2030-04-30']]);
    expect(r.changes.filter((c) => c.kind === 'monthly-fee-due' && c.change === 'added')).toHaveLength(12);
  });

  // The story of docs/lifecycle.md: notice for 2027-06-30 extended 2 months to 2027-08-31 at 90,000 a month.
  // I-05 replaces: July and August bill 180,000 each (the extension fee). in-addition: the normal 90,000 too,
  // due 06-30 and 07-31 (25.3) — two monthly-fee-due events more, +180,000.
  const extended: ContractRecord = {
    ...base,
    scheduledStartDate: '2027-04-15',
    monthlyFee: 90_000,
    notices: { customerTermination: { on: '2027-05-20', requestedDate: '2027-06-30', extensionMonths: 2 } },
  };

  it('I-05 in-addition adds the normal fee for each extension month: +180,000', () => {
    const [row] = compareTimelines([extended], { asOf: '2027-06-15' }, {}, { extensionFee: 'in-addition' });
    const r = ok(row as CompareRow);
    expect(r.changes.map((c) => [c.change, c.kind, c.serviceMonth, c.before, c.after])).toEqual([
      ['added', 'monthly-fee-due', '2027-07', undefined, { date: '2027-06-30', amount: 90_000 }],
      ['added', 'monthly-fee-due', '2027-08', undefined, { date: '2027-07-31', amount: 90_000 }],
    ]);
    expect(r.difference).toBe(180_000);
    expect(r.changes.map((c) => c.basis)).toEqual([
      ['13.5', '25.3'],
      ['13.5', '25.3'],
    ]);
  });

  it('the other way round the same events are removed: −180,000', () => {
    const [row] = compareTimelines([extended], { asOf: '2027-06-15' }, { extensionFee: 'in-addition' }, {});
    const r = ok(row as CompareRow);
    expect(r.changes.map((c) => c.change)).toEqual(['removed', 'removed']);
    expect(r.difference).toBe(-180_000);
  });

  it('a record only one reading refuses is an error row saying which', () => {
    // Bank holidays are known through 2099: as written, a contract of 2100 has a timeline; moved to the next
    // bank day, its first due date cannot be placed.
    const [row] = compareTimelines(
      [{ formationDate: '2100-01-15', scheduledStartDate: '2100-02-01', termMonths: 12, monthlyFee: 90_000 }],
      { asOf: '2100-03-01' },
      {},
      { bankHolidayShift: 'next-bank-day' },
    );
    expect(row).toMatchObject({ ok: false, under: 'alternative', error: { code: 'HOLIDAY_YEAR_OUT_OF_RANGE' } });
  });
});

describe('reading lines, streams and refusals', () => {
  it('reads NDJSON and CSV lines as the batch path does; the async form gives the same rows', async () => {
    const lines = BOOK.map((r) => JSON.stringify(r)).concat(['', 'not json']);
    const sync = [
      ...compareTimelines(lines, { asOf: '2027-05-01', input: 'ndjson' }, {}, { firstMonthDays: 'inclusive' }),
    ];
    // 4 records and a line that is not JSON (the blank line holds no record): 5 rows.
    expect(sync.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [6, false],
    ]);
    const rows: CompareRow[] = [];
    async function* stream() {
      yield* lines;
    }
    for await (const row of compareTimelinesAsync(
      stream(),
      { asOf: '2027-05-01', input: 'ndjson' },
      {},
      { firstMonthDays: 'inclusive' },
    ))
      rows.push(row);
    expect(rows).toEqual(sync);
    const csv = ['id,formationDate,scheduledStartDate,termMonths,monthlyFee', 'B,2027-03-15,2027-04-15,12,90000'];
    const [b] = compareTimelines(csv, { asOf: '2027-05-01', input: 'csv' }, {}, { firstMonthDays: 'inclusive' });
    expect(b).toMatchObject({ line: 2, ok: true, id: 'B', difference: 3_000 });
  });

  it('refuses a bad window, bad options (naming which set) and a string source', () => {
    expectTermsError(() => compareTimelines([], { asOf: '2027-02-30' }), 'asOf');
    expectTermsError(
      () => compareTimelines([], { asOf: '2027-05-01' }, { rounding: 'up' as never }),
      'options.rounding',
    );
    expectTermsError(
      () => compareTimelines([], { asOf: '2027-05-01' }, {}, { firstMonthDays: 'all' as never }),
      'alternativeOptions.firstMonthDays',
    );
    expectTermsError(() => compareTimelines('{}' as never, { asOf: '2027-05-01' }), 'source');
    expectTermsError(() => compareTimelinesAsync(42 as never, { asOf: '2027-05-01' }), 'source');
  });

  it('knows five ways an event can change', () => {
    expect(EVENT_CHANGES).toEqual(['added', 'removed', 'moved', 'amount', 'moved-and-amount']);
  });
});

describe('properties', () => {
  const record = fc.record({
    start: fc.integer({ min: 0, max: 60 }),
    termMonths: fc.integer({ min: 1, max: 24 }),
    monthlyFee: fc.integer({ min: 0, max: 500_000 }),
    notice: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  });
  const toRecord = (r: { start: number; termMonths: number; monthlyFee: number; notice?: number | undefined }) => {
    const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10);
    return {
      formationDate: '2027-01-01',
      scheduledStartDate: day(r.start),
      termMonths: r.termMonths,
      monthlyFee: r.monthlyFee,
      ...(r.notice === undefined ? {} : { notices: { customerTermination: { on: day(r.notice) } } }),
    };
  };
  const options = fc.record({
    firstMonthDays: fc.constantFrom('literal', 'inclusive'),
    extensionFee: fc.constantFrom('replaces', 'in-addition'),
    bankHolidayShift: fc.constantFrom('as-written', 'next-bank-day', 'previous-bank-day'),
    deadlineCounting: fc.constantFrom('civil-code', 'naive'),
  }) as fc.Arbitrary<Options>;

  it('the same reading on both sides changes nothing; rows out = records in', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 5 }), options, (records, o) => {
        const rows = [...compareTimelines(records.map(toRecord), { asOf: '2028-01-01' }, o, o)];
        expect(rows).toHaveLength(records.length);
        for (const r of rows) expect(ok(r)).toMatchObject({ changed: false, changes: [], difference: 0 });
      }),
      { numRuns: 50 },
    );
  });

  it('swapping the readings swaps added and removed and negates the difference', () => {
    const swap = { added: 'removed', removed: 'added' } as Record<string, string>;
    fc.assert(
      fc.property(record, options, options, (r, a, b) => {
        const [ab] = compareTimelines([toRecord(r)], { asOf: '2028-01-01' }, a, b);
        const [ba] = compareTimelines([toRecord(r)], { asOf: '2028-01-01' }, b, a);
        const x = ok(ab as CompareRow);
        const y = ok(ba as CompareRow);
        expect(y.difference).toBe(0 - x.difference);
        expect(y.changes.map((c) => swap[c.change] ?? c.change).sort()).toEqual(x.changes.map((c) => c.change).sort());
        expect(x.difference).toBe(x.alternative.net - x.base.net);
      }),
      { numRuns: 50 },
    );
  });
});
