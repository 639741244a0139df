/**
 * The ledger (src/lifecycle/ledger.ts): which payment paid what, under I-15.
 *
 * I-15: the terms contain no agreement on how a payment is applied (26条's 「当社の指定する方法」 is how
 * to pay, not what a payment pays), so the Civil Code decides — a designated amount first (民法488条1項),
 * otherwise the oldest due date first (488条4項), amounts due the same day in proportion (488条4項4号);
 * within an amount the accrued interest first, then the principal (489条1項). Unpaid interest is owed and
 * bears no interest; an overpayment is kept as unapplied.
 *
 * Hand calculations use 0.146 / 365 = 0.0004 exactly: interest = amount × days × 0.0004.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, contractTimeline, type ContractRecord } from '../../src/index.js';
import { interestTermsOf, ledgerOf } from '../../src/lifecycle/ledger.js';
import { expectTermsError } from '../support/assert.js';

describe("I-15's worked case: partial payments of May's fee", () => {
  // Formed 2027-03-15, starts 04-01, 100,000 a month. The customer's notice arrives 04-20 without a requested
  // date, so it ends 05-31 (第13条2項). April (due 03-31) was paid on time; May's fee is due 2027-04-30.
  // 05-30: 60,000. Interest 100,000 × 30 × 0.0004 = 1,200 first, then 58,800 → principal 41,200.
  // 06-29: 41,200. Interest 41,200 × 30 × 0.0004 = 494.4 → 494 (floor) first, then 40,706 → principal 494.
  // 07-31: a further 32 days on 494: 494 × 32 × 0.0004 = 6.32… → 6.
  // Outstanding at 07-31: 494 principal + 6 interest = 500.
  const record: ContractRecord = {
    formationDate: '2027-03-15',
    scheduledStartDate: '2027-04-01',
    termMonths: 12,
    monthlyFee: 100_000,
    notices: { customerTermination: { on: '2027-04-20' } },
    payments: [
      { date: '2027-03-31', amount: 100_000 },
      { date: '2027-05-30', amount: 60_000 },
      { date: '2027-06-29', amount: 41_200 },
    ],
  };
  const r = contractTimeline(record, { asOf: '2027-07-31' });

  it('ends on 2027-05-31 and owes 494 + 6 = 500 on 07-31', () => {
    expect(r).toMatchObject({
      terminationDate: '2027-05-31',
      outstanding: 500,
      outstandingPrincipal: 494,
      outstandingInterest: 6,
      unappliedPayments: 0,
    });
  });

  it("shows May's interest as one event on asOf: 1,200 + 494 + 6 = 1,700 over 30 + 30 + 32 = 92 days", () => {
    expect(r.events.filter((e) => e.kind === 'late-interest')).toEqual([
      expect.objectContaining({
        date: '2027-07-31',
        amount: 1_700,
        dueDate: '2027-04-30',
        serviceMonth: '2027-05',
        principal: 100_000,
        days: 92,
        outstanding: 494,
        interestOutstanding: 6,
        basis: ['26'],
      }),
    ]);
  });

  it("with 'principal-first' the same payments pay the fee and leave the interest owed", () => {
    // 05-30: 60,000 to the principal → 40,000 (1,200 of interest pending). 06-29: 40,000 ends the principal;
    // the interest, 1,200 + 40,000 × 30 × 0.0004 = 480 → 1,680, is then paid from the 1,200 left: 480 owed.
    // After 06-29 there is no principal, so nothing more accrues. Outstanding 0 + 480.
    const pf = contractTimeline(record, { asOf: '2027-07-31' }, { paymentApplication: 'principal-first' });
    expect(pf).toMatchObject({ outstanding: 480, outstandingPrincipal: 0, outstandingInterest: 480 });
    expect(pf.events.find((e) => e.kind === 'late-interest')).toMatchObject({ amount: 1_680, days: 60 });
  });
});

describe('between amounts (民法488条)', () => {
  // 90,000 a month for the contract, 10,000 for the option backup, both billed from 2027-04-01: April's fees
  // are both due 2027-03-31. asOf 2027-04-10: 10 days after that due date.
  const base: ContractRecord = {
    formationDate: '2027-03-15',
    scheduledStartDate: '2027-04-01',
    termMonths: 12,
    monthlyFee: 90_000,
    options: [{ name: 'backup', monthlyFee: 10_000, scheduledStartDate: '2027-04-01' }],
  };
  const interest = (r: ReturnType<typeof contractTimeline>) =>
    r.events.filter((e) => e.kind === 'late-interest').map((e) => [e.option ?? '-', e.outstanding, e.amount]);

  it('amounts due the same day share a payment in proportion (488条4項4号): 50,000 → 45,000 and 5,000', () => {
    // 50,000 × 90,000 / 100,000 = 45,000 to the contract, 5,000 to the option. Left: 45,000 and 5,000;
    // 10 days: 45,000 × 10 × 0.0004 = 180 and 5,000 × 10 × 0.0004 = 20.
    const r = contractTimeline({ ...base, payments: [{ date: '2027-03-31', amount: 50_000 }] }, { asOf: '2027-04-10' });
    expect(interest(r)).toEqual([
      ['-', 45_000, 180],
      ['backup', 5_000, 20],
    ]);
    expect(r).toMatchObject({ outstandingPrincipal: 50_000, outstandingInterest: 200, outstanding: 50_200 });
  });

  it('a share that is not whole yen: the yen left goes to the largest fraction', () => {
    // 10,001 × 0.9 = 9,000.9 and 10,001 × 0.1 = 1,000.1: floors 9,000 + 1,000 = 10,000; the last yen goes to
    // the contract (fraction 0.9). Left: 80,999 and 9,000.
    const r = contractTimeline({ ...base, payments: [{ date: '2027-03-31', amount: 10_001 }] }, { asOf: '2027-04-10' });
    expect(interest(r).map(([o, out]) => [o, out])).toEqual([
      ['-', 80_999],
      ['backup', 9_000],
    ]);
  });

  it('a designated payment pays what it names first (488条1項): 10,000 for the option’s April', () => {
    // The option's 10,000 is settled; the contract's 90,000 stays open: 90,000 × 10 × 0.0004 = 360.
    const r = contractTimeline(
      {
        ...base,
        payments: [{ date: '2027-03-31', amount: 10_000, designation: { serviceMonth: '2027-04', option: 'backup' } }],
      },
      { asOf: '2027-04-10' },
    );
    expect(interest(r)).toEqual([['-', 90_000, 360]]);
  });

  it('what the designated amount does not take goes by the default order', () => {
    // 30,000 for the option's April: 10,000 settles it; the other 20,000 goes to the oldest open amount, the
    // contract's April → 70,000 left: 70,000 × 10 × 0.0004 = 280.
    const r = contractTimeline(
      {
        ...base,
        payments: [{ date: '2027-03-31', amount: 30_000, designation: { serviceMonth: '2027-04', option: 'backup' } }],
      },
      { asOf: '2027-04-10' },
    );
    expect(interest(r)).toEqual([['-', 70_000, 280]]);
  });

  it('the oldest due date first: a payment after two months goes to the older month', () => {
    // April's 100,000 due 03-31, May's due 04-30; 100,000 paid 05-10. April first: 40 days of interest,
    // 100,000 × 40 × 0.0004 = 1,600, paid first; 98,400 to April's fees in proportion (88,560 and 9,840),
    // leaving 1,440 + 160 of April. May is untouched.
    const r = contractTimeline(
      { ...base, payments: [{ date: '2027-05-10', amount: 100_000 }] },
      { asOf: '2027-05-10' },
    );
    expect(r).toMatchObject({ outstandingPrincipal: 1_600 + 100_000 });
  });

  it('an overpayment is kept as unapplied and reported, never an error', () => {
    // Everything due up to until (2027-04-30, so April's and May's fees: 200,000) is paid; 50,000 is over.
    const r = contractTimeline(
      { ...base, payments: [{ date: '2027-03-31', amount: 250_000 }] },
      { asOf: '2027-03-31', until: '2027-04-30' },
    );
    expect(r).toMatchObject({ outstanding: 0, unappliedPayments: 50_000 });
  });
});

describe('a designation the record cannot hold', () => {
  const base: ContractRecord = {
    formationDate: '2027-03-15',
    scheduledStartDate: '2027-04-01',
    termMonths: 12,
    monthlyFee: 90_000,
  };
  it('names both a month and a fee, or neither: an error at payments.N.designation', () => {
    expectTermsError(
      () =>
        contractTimeline(
          {
            ...base,
            payments: [{ date: '2027-03-31', amount: 1, designation: { serviceMonth: '2027-04', fee: 'initial' } }],
          },
          { asOf: '2027-04-10' },
        ),
      'payments.0.designation',
    );
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, payments: [{ date: '2027-03-31', amount: 1, designation: {} }] },
          { asOf: '2027-04-10' },
        ),
      'payments.0.designation',
    );
  });
  it('names an option the record does not have: an error at payments.N.designation.option', () => {
    expectTermsError(
      () =>
        contractTimeline(
          {
            ...base,
            payments: [{ date: '2027-03-31', amount: 1, designation: { serviceMonth: '2027-04', option: 'x' } }],
          },
          { asOf: '2027-04-10' },
        ),
      'payments.0.designation.option',
    );
  });
});

describe('amounts due the same day share a partial payment (488条4項4号): a property', () => {
  const day = CalendarDate.parse('2027-03-31');
  const terms = interestTermsOf({ dayCount: 'act/365-fixed', rounding: 'floor', paymentApplication: 'civil-code' });
  /** The ledger's shares of `paid` against a reference in BigInt: floor shares, then one yen each to the largest remainders. */
  const checkShares = (amounts: number[], seed: number) => {
    const total = amounts.reduce((s, x) => s + x, 0);
    const paid = 1 + (seed % (total - 1));
    const dues = amounts.map((amount, i) => ({ dueDate: day, amount, designation: `|x${i}` }));
    const { accounts, unapplied } = ledgerOf(dues, [{ date: day, amount: paid }], terms);
    const P = BigInt(paid);
    const T = BigInt(total);
    const floors = amounts.map((x) => (P * BigInt(x)) / T);
    const fractions = amounts.map((x, i) => P * BigInt(x) - (floors[i] as bigint) * T);
    let rest = Number(P - floors.reduce((s, x) => s + x, 0n));
    const order = amounts.map((_, i) => i);
    order.sort((a, b) => {
      const fa = fractions[a] as bigint;
      const fb = fractions[b] as bigint;
      return fa === fb ? a - b : fb > fa ? 1 : -1;
    });
    const expected = floors.map(Number);
    for (const i of order) if (rest-- > 0) expected[i] = (expected[i] as number) + 1;
    expect(accounts.map((a) => a.principalPaid)).toEqual(expected);
    expect(unapplied).toBe(0);
  };

  it('each gets amount × owed / total in whole yen, the yen left to the largest fractions first, ties to the earlier listed', () => {
    fc.assert(
      fc.property(
        // Small amounts too, so that fractions tie.
        fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2_000_000 })), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        checkShares,
      ),
      { numRuns: 300 },
    );
  });

  it('the same with many amounts due that day (beyond 30) and with products beyond the safe integers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          // 25–40 amounts: either side of the 30 the ledger marks without a list.
          fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2_000_000 })), {
            minLength: 25,
            maxLength: 40,
          }),
          // Amounts up to 10^12 yen: amount × owed beyond 2^53, shared with decimal.js.
          fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1_000_000_000_000 })), {
            minLength: 2,
            maxLength: 6,
          }),
        ),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        checkShares,
      ),
      { numRuns: 300 },
    );
  });
});
