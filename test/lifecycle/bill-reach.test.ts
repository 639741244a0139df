/**
 * The month's bill asks the schedule only as far as the month needs (src/lifecycle/bill.ts,
 * `reachOf`): the terms to the end of the month after it, the fees to the month's end.
 *
 * 第25条3項 「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第12条2項 「契約者は、最低利用期間内に利用契約を解除する場合、残余期間の利用料に相当する額を、
 * 契約解除月の月末までに当社に支払うものとします。」
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BillRow, billingRun } from '../../src/index.js';
import { CalendarDate } from '../../src/core/calendar-date.js';
import { optionsFor } from '../../src/core/options.js';
import { YearMonth } from '../../src/core/year-month.js';
import { contractBillOf } from '../../src/lifecycle/bill.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { AS_OF, contracts } from '../bench/contracts.js';

type OkRow = Extract<BillRow, { ok: true }>;
const ok = (row: BillRow | undefined): OkRow => {
  if (row === undefined || !row.ok) throw new Error(`expected a bill, got ${JSON.stringify(row)}`);
  return row;
};

// Renews month by month (1.2 overrides 11.1's length); the customer declines the renewal at the
// expiry of 2027-07-31 on 2027-06-20, a month before it (11.1): it ends then, inside the minimum
// term of 6 months counted from the day after formation (I-01): 2027-03-16 … 2027-09-15.
const MONTHLY = {
  id: 'M',
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 1,
  minimumTermMonths: 6,
  monthlyFee: 30_000,
  overrides: { renewalMonths: 1 },
  notices: { nonRenewal: { by: 'customer', on: '2027-06-20' } },
};

describe("the month's bill reaches only as far as the month needs", () => {
  it("bills next month's fee by the month's end, the ending's fee in the month of the ending (25.3, 12.2)", () => {
    // June: July's fee is due by June's end (25.3): 30,000. The ending (2027-07-31) is a month
    // after June: its fee is not June's.
    const june = ok([...billingRun([MONTHLY], { month: '2027-06', asOf: '2031-01-01' })][0]);
    expect(june.lines.map((l) => `${l.date} ${l.kind} ${l.amount} ${l.serviceMonth ?? ''}`)).toEqual([
      '2027-06-30 monthly-fee-due 30000 2027-07',
    ]);
    expect(june.total).toBe(30_000);
    // July: no August fee (it ended on 07-31); 12.2's fee for 2027-08-01 … 2027-09-15 (I-09):
    // 1 month and 15 days, 30,000 + 15 × 30,000 / 30 = 45,000, due by the end of July.
    const july = ok([...billingRun([MONTHLY], { month: '2027-07', asOf: '2031-01-01' })][0]);
    expect(july.lines.map((l) => `${l.date} ${l.kind} ${l.amount}`)).toEqual([
      '2027-07-31 early-termination-fee-due 45000',
    ]);
    expect(july.total).toBe(45_000);
  });

  it('gives the bill the whole schedule gives, for generated contracts, months and options', () => {
    const asOf = CalendarDate.parse(AS_OF);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.record({
          renewalMonths: fc.option(fc.integer({ min: 1, max: 13 }), { nil: undefined }),
          designate: fc.boolean(),
          shift: fc.constantFrom('as-written', 'next-bank-day', 'previous-bank-day'),
          application: fc.constantFrom('civil-code', 'principal-first'),
        } as const),
        (seed, monthOffset, v) => {
          const month = YearMonth.parse('2026-01').addMonths(monthOffset);
          const o = optionsFor('contractTimeline', {
            bankHolidayShift: v.shift,
            paymentApplication: v.application,
          });
          for (const record of contracts(8, seed)) {
            const r = record as unknown as Record<string, unknown> & { payments?: { designation?: unknown }[] };
            if (v.renewalMonths !== undefined) r.overrides = { renewalMonths: v.renewalMonths };
            if (v.designate && r.payments?.[0] !== undefined) r.payments[0].designation = { serviceMonth: '2031-06' };
            const k = contractOf(r, asOf);
            const bill = () => contractBillOf(k, month, asOf, o);
            const whole = () => contractBillOf(k, month, asOf, o, undefined, true);
            let expected: unknown;
            try {
              expected = whole();
            } catch (e) {
              expect(bill).toThrow((e as Error).message);
              continue;
            }
            expect(bill()).toEqual(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
