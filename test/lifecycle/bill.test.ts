/**
 * The billing run (src/lifecycle/bill.ts, bill-run.ts): a month's amounts for each record.
 *
 * 第25条3項 「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第25条4項 「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して
 * 該当月の月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」
 * 第26条 「契約者が、料金等の支払を遅延した場合は、遅延期間につき年14.6%の割合による遅延損害金を…支払うものとし…」
 */
import { describe, expect, it } from 'vitest';
import { AMOUNT_DUE_KINDS, type BillRow, billingRun, billingRunAsync, contractTimeline } from '../../src/index.js';
import { addToBillTotals, billTotals } from '../../src/cli/bill-rows.js';
import { AS_OF, contracts } from '../bench/contracts.js';
import { expectTermsError } from '../support/assert.js';

type OkRow = Extract<BillRow, { ok: true }>;
const ok = (row: BillRow | undefined): OkRow => {
  if (row === undefined || !row.ok) throw new Error(`expected a bill, got ${JSON.stringify(row)}`);
  return row;
};

// Billing from 2027-04-15 at 90,000 a month.
const A = {
  id: 'A',
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-15',
  termMonths: 12,
  monthlyFee: 90_000,
};
// Billing from 2027-04-01 at 90,000; April's fee paid on its due date 2027-03-31, nothing after.
const C = {
  id: 'C',
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90_000,
  payments: [{ date: '2027-03-31', amount: 90_000 }],
};

describe('billingRun: the amounts that fall due in the month', () => {
  it('bills the first month in the month before it, pro-rated from the day after the billing start (25.3, 25.4, I-07)', () => {
    // April 2027 is due by the end of March (25.3). Billing starts on the 15th: the days from the 16th to the
    // 30th, 15 days, at 90,000 / 30 = 3,000 a day: 45,000.
    const row = ok([...billingRun([A], { month: '2027-03' })][0]);
    expect(row.lines).toEqual([
      { kind: 'first-month-fee', date: '2027-03-31', amount: 45_000, serviceMonth: '2027-04', basis: ['25.4', '25.3'] },
    ]);
    expect(row.carriedIn).toEqual({ principal: 0, interest: 0, credit: 0 });
    expect([row.charges, row.refunds, row.total]).toEqual([45_000, 0, 45_000]);
  });

  it("bills next month's fee by this month's end (25.3)", () => {
    // May's fee, 90,000, is due by the end of April.
    const row = ok([...billingRun([A], { month: '2027-04' })][0]);
    expect(row.lines).toEqual([
      { kind: 'monthly-fee-due', date: '2027-04-30', amount: 90_000, serviceMonth: '2027-05', basis: ['25.3'] },
    ]);
    expect(row.total).toBe(90_000);
  });

  it('carries in what was not paid and adds the late interest of the month (第26条, I-15)', () => {
    // May's fee (due 2027-04-30) is unpaid: carried into May. Interest runs from 2027-05-01 to 05-31,
    // 31 days: 90,000 × 14.6 % × 31 / 365 = 407,340,000 / 365,000 = 1,116. June's fee is due 05-31.
    const may = ok([...billingRun([C], { month: '2027-05' })][0]);
    expect(may.carriedIn).toEqual({ principal: 90_000, interest: 0, credit: 0 });
    expect(may.lines).toEqual([
      { kind: 'monthly-fee-due', date: '2027-05-31', amount: 90_000, serviceMonth: '2027-06', basis: ['25.3'] },
      {
        kind: 'late-interest',
        date: '2027-05-31',
        amount: 1_116,
        serviceMonth: '2027-05',
        dueDate: '2027-04-30',
        basis: ['26'],
      },
    ]);
    expect(may.total).toBe(90_000 + 90_000 + 1_116);
  });

  it("the next month carries in both fees and May's interest; June's interest is 30 days on each", () => {
    // Carried in on 2027-05-31: 180,000 and 1,116 of interest. June: 90,000 × 14.6 % × 30 / 365 = 1,080 on
    // each of the two fees (the first: 61 days to 06-30, 2,196, less the 1,116 carried in). July's fee 90,000.
    const june = ok([...billingRun([C], { month: '2027-06' })][0]);
    expect(june.carriedIn).toEqual({ principal: 180_000, interest: 1_116, credit: 0 });
    expect(june.lines.map((l) => [l.kind, l.date, l.amount, l.dueDate])).toEqual([
      ['monthly-fee-due', '2027-06-30', 90_000, undefined],
      ['late-interest', '2027-06-30', 1_080, '2027-04-30'],
      ['late-interest', '2027-06-30', 1_080, '2027-05-31'],
    ]);
    expect(june.total).toBe(180_000 + 1_116 + 90_000 + 2_160);
  });

  it('a payment made before the month for a later month is a credit carried in', () => {
    // Paid 180,000 on 2027-03-31: April's fee (90,000) and 90,000 more, applied to May's fee (due 04-30,
    // I-15: the oldest first). In April, May's fee is a line and the 90,000 is a credit: total 0.
    const prepaid = { ...C, payments: [{ date: '2027-03-31', amount: 180_000 }] };
    const april = ok([...billingRun([prepaid], { month: '2027-04' })][0]);
    expect(april.carriedIn).toEqual({ principal: 0, interest: 0, credit: 90_000 });
    expect(april.total).toBe(0);
  });
});

describe('billingRun: rows', () => {
  it('gives one row per record in order, an error row naming the field for a bad one (count in = count out)', () => {
    const lines = [JSON.stringify(A), '{"id":"B","monthlyFee":-1}', 'not json', '', JSON.stringify(C)];
    const rows = [...billingRun(lines, { month: '2027-04', input: 'ndjson' })];
    expect(rows.map((r) => [r.line, r.ok, r.id])).toEqual([
      [1, true, 'A'],
      [2, false, 'B'],
      [3, false, undefined],
      [5, true, 'C'],
    ]);
    const b = rows[1];
    expect(b?.ok === false && b.error.issues.map((i) => i.path)).toContain('monthlyFee');
  });

  it('checks the month at once', () => {
    expectTermsError(() => billingRun([], { month: '2027-13' }), 'month');
    expectTermsError(() => billingRun([], { month: '2027-04', shard: { index: 3, count: 2 } }), 'shard.index');
  });

  it('sums the month: records, errors, carried in, charges, refunds, total', () => {
    const totals = billTotals();
    for (const row of billingRun([A, C, { id: 'X' }], { month: '2027-05' })) addToBillTotals(totals, row);
    // A: June's fee 90,000. C: 90,000 carried in, June's fee 90,000, interest 1,116.
    expect(totals).toEqual({
      records: 3,
      errors: 1,
      carriedIn: 90_000,
      charges: 90_000 + 90_000 + 1_116,
      refunds: 0,
      total: 90_000 + 90_000 + 90_000 + 1_116,
    });
  });

  it('N shards together give every record exactly once, and the same rows as one run', async () => {
    const lines = [...contracts(60)].map((r) => JSON.stringify(r));
    lines.splice(7, 0, '', 'not json');
    const window = { month: '2030-06', asOf: AS_OF, input: 'ndjson' } as const;
    const whole = [...billingRun(lines, window)];
    for (const count of [1, 3, 4]) {
      const parts: BillRow[] = [];
      for (let index = 1; index <= count; index++) {
        for await (const row of billingRunAsync(lines, { ...window, shard: { index, count } })) parts.push(row);
      }
      parts.sort((a, b) => a.line - b.line);
      expect(parts).toEqual(whole);
    }
  });
});

describe('billingRun agrees with the timeline', () => {
  // Generated contracts with notices, options, extensions, discontinuations and late payments.
  const records = [...contracts(40)];
  const months: string[] = [];
  for (let y = 2027; y <= 2031; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
  const used = months.filter((m) => m <= AS_OF.slice(0, 7));

  it("each month's fee and refund lines are the timeline's events of that month; the interest lines add up to the timeline's", () => {
    for (const record of records) {
      const timeline = contractTimeline(record, { asOf: AS_OF });
      const rows = used.map((month) => ok([...billingRun([record], { month, asOf: AS_OF })][0]));
      const fees = (kinds: readonly string[]) =>
        timeline.events
          .filter((e) => kinds.includes(e.kind) && e.date <= '2031-01-31')
          .map((e) => `${e.date} ${e.kind} ${e.amount} ${e.option ?? ''} ${e.serviceMonth ?? ''}`)
          .sort();
      const billed = (kinds: readonly string[]) =>
        rows
          .flatMap((r) => r.lines.filter((l) => kinds.includes(l.kind)))
          .map((l) => `${l.date} ${l.kind} ${l.amount} ${l.option ?? ''} ${l.serviceMonth ?? ''}`)
          .sort();
      expect(billed(AMOUNT_DUE_KINDS)).toEqual(fees(AMOUNT_DUE_KINDS));
      expect(billed(['refund'])).toEqual(fees(['refund']));
      const interest = (xs: readonly { kind: string; amount?: number }[]) =>
        xs.filter((x) => x.kind === 'late-interest').reduce((s, x) => s + (x.amount ?? 0), 0);
      expect(interest(rows.flatMap((r) => r.lines))).toBe(interest(timeline.events));
    }
  });
});
