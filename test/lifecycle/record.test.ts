/**
 * The record, checked once (src/lifecycle/record.ts, notices.ts, problems.ts).
 *
 * 第11条1項 「本サービスの利用期間は、利用契約に定めるものとしします。」 — a record gives its term once;
 * 第9条2項 — the contract is formed before it starts; 第3条 — a notice counts on its JST day (I-03).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, isTermsError } from '../../src/index.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { expectTermsError } from '../support/assert.js';

const asOf = CalendarDate.parse('2027-06-01');
const ok = { formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', termMonths: 12, monthlyFee: 90_000 };

describe('contractOf: one trusted value', () => {
  it('fills the defaults: ready on the scheduled start, no minimum term, the terms’ renewal settings', () => {
    const k = contractOf(ok, asOf);
    expect(k.readyDate.toString()).toBe('2027-04-01');
    expect(k.term).toEqual({ months: 12 });
    expect(k.minimumTermMonths).toBe(0);
    // 第11条1項: renewals of 12 months, notice 1 month before expiry (the dated table's values).
    expect(k.settings).toEqual({ autoRenewal: true, renewalMonths: 12, nonRenewalNoticeMonths: 1 });
    expect(k.payments).toBeUndefined();
  });

  it('turns a notice given as an instant into its JST day (第3条3項: on arrival)', () => {
    // 2027-04-30T16:00Z is 2027-05-01 01:00 JST.
    const k = contractOf({ ...ok, notices: { customerTermination: { arrivedAt: '2027-04-30T16:00:00Z' } } }, asOf);
    expect(k.customerTermination?.notice.on.toString()).toBe('2027-05-01');
    expect(k.customerTermination?.notice.refs).toEqual(['3.3']);
    // No requested date: 13.2 deems the end of the next month.
    expect(k.customerTermination?.terminationDate.toString()).toBe('2027-06-30');
  });

  it('puts the payments in date order, ties as listed, with their designations as ledger keys', () => {
    const k = contractOf(
      {
        ...ok,
        payments: [
          { date: '2027-05-31', amount: 2 },
          { date: '2027-03-31', amount: 1, designation: { serviceMonth: '2027-04' } },
          { date: '2027-05-31', amount: 3, designation: { fee: 'initial' } },
        ],
      },
      asOf,
    );
    expect(k.payments?.map((p) => [p.date.toString(), p.amount, p.designation])).toEqual([
      ['2027-03-31', 1, '|2027-04'],
      ['2027-05-31', 2, undefined],
      ['2027-05-31', 3, 'initial'],
    ]);
  });

  it('orders any list of payments by date, ties as listed — short lists and long (property)', () => {
    // The amount is each payment's place in the record, so ties show whether they kept it. Lists of
    // up to 100 cover both ways of sorting (by insertion up to 64 payments, else the stable sort).
    const day = fc.integer({ min: 0, max: 20 }).map((d) => CalendarDate.parse('2027-04-01').addDays(d).toString());
    fc.assert(
      fc.property(fc.array(day, { maxLength: 100 }), (dates) => {
        const payments = dates.map((date, i) => ({ date, amount: i }));
        const k = contractOf({ ...ok, payments }, asOf);
        const expected = payments
          .map((p) => [p.date, p.amount])
          .sort((a, b) => (a[0] as string).localeCompare(b[0] as string) || (a[1] as number) - (b[1] as number));
        expect(k.payments?.map((p) => [p.date.toString(), p.amount])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('contractOf: every problem in one round, under the record’s own fields', () => {
  it('a field the schema refuses and the missing term together', () => {
    const e = expectTermsError(
      () => contractOf({ formationDate: '2027-02-30', scheduledStartDate: '2027-04-01', monthlyFee: 1 }, asOf),
      'formationDate',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['formationDate', 'termEndDate']);
  });

  it('a bad field does not hide the cross-field problems of the fields that parsed', () => {
    // monthlyFee is wrong; the start is before formation, and a payment is after asOf: all three at once.
    const e = expectTermsError(
      () =>
        contractOf(
          {
            ...ok,
            monthlyFee: -1,
            scheduledStartDate: '2027-03-01',
            payments: [{ date: '2027-07-01', amount: 1 }],
          },
          asOf,
        ),
      'monthlyFee',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['monthlyFee', 'scheduledStartDate', 'payments.0.date']);
  });

  it('the term given twice', () => {
    expectTermsError(() => contractOf({ ...ok, termEndDate: '2028-03-31' }, asOf), 'termMonths');
  });

  it('several notices wrong at once: each under its own path', () => {
    const e = expectTermsError(
      () =>
        contractOf(
          {
            ...ok,
            notices: {
              customerTermination: { on: '2027-03-01' }, // before formation
              nonRenewal: { by: 'company', on: '2027-07-01' }, // after asOf
            },
          },
          asOf,
        ),
      'notices.customerTermination.on',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['notices.customerTermination.on', 'notices.nonRenewal.on']);
  });

  it('a request the terms refuse keeps its own code when it is the only problem', () => {
    // 第13条5項: an extension is in whole months of 1 or more; 0 is a request the terms refuse.
    const e = expectTermsError(
      () => contractOf({ ...ok, notices: { customerTermination: { on: '2027-05-10', extensionMonths: 0 } } }, asOf),
      'notices.customerTermination.extensionMonths',
      'EXTENSION_NOT_WHOLE_MONTHS',
    );
    expect(e.issues).toHaveLength(1);
    // 第14条2項 with I-16: a company notice of 2027-05-10 for May is no longer a problem of the
    // record; it ends the contract at the end of June (the refusal is the timeline's, under 'refuse').
    const k = contractOf(
      { ...ok, notices: { companyTermination: { on: '2027-05-10', requestedDate: '2027-05-31' } } },
      asOf,
    );
    expect([k.companyTermination?.terminationDate.toString(), k.companyTermination?.deemed]).toEqual([
      '2027-06-30',
      true,
    ]);
  });

  it('a minimum term running past 2199 blames minimumTermMonths', () => {
    // 1200 months from 2150-01-01 end in 2250.
    expectTermsError(
      () =>
        contractOf(
          { ...ok, formationDate: '2150-01-01', scheduledStartDate: '2150-02-01', minimumTermMonths: 1200 },
          CalendarDate.parse('2150-03-01'),
        ),
      'minimumTermMonths',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('refuses what is not a record with a TermsError, nothing else', () => {
    for (const input of [null, 42, 'x', [], { ...ok, payments: 'x' }]) {
      let thrown: unknown;
      try {
        contractOf(input, asOf);
      } catch (e) {
        thrown = e;
      }
      expect(isTermsError(thrown)).toBe(true);
    }
  });
});
