/**
 * The contract record (src/lifecycle/contract.ts): what it accepts and how it says what is
 * wrong — every error a `TermsError` naming the field.
 *
 * 第11条1項「本サービスの利用期間は、利用契約に定めるものとしします。」 — so a record must give its term.
 * 第9条2項「…利用承諾書を受領したときに、本サービスについての利用契約が成立するものとします。」 — nothing
 * starts, and no notice is given, before that.
 */
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  ContractRecordSchema,
  SAMPLE_CONTRACT,
  TermsError,
  contractTimeline,
  type ContractRecord,
} from '../../src/index.js';
import { safeParseQuick } from '../../src/core/schema.js';
import { expectTermsError } from '../support/assert.js';

const ok: ContractRecord = {
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90_000,
};
const when = { asOf: '2027-06-01' };
const run =
  (record: unknown, window: unknown = when) =>
  () =>
    contractTimeline(record as ContractRecord, window as never);

describe('the contract record', () => {
  it('the sample contract is a valid record', () => {
    expect(z.safeParse(ContractRecordSchema, SAMPLE_CONTRACT).success).toBe(true);
  });

  it('accepts amounts as digit strings and dates as CalendarDate values, as every function does', () => {
    const r = contractTimeline({ ...ok, monthlyFee: '90000' }, when);
    expect(r.events.find((e) => e.kind === 'first-month-fee')?.amount).toBe(90_000);
  });

  it('refuses an unknown field by its own path: a misspelling must not pass silently', () => {
    const e = expectTermsError(run({ ...ok, monthlyFe: 1 }), 'monthlyFe');
    expect(e.issues[0]?.message).toContain('not a field of the contract record');
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { recievedOn: '2027-05-01' } } }),
      'notices.customerTermination.recievedOn',
    );
  });

  it('names each bad field, all at once', () => {
    const e = expectTermsError(run({ ...ok, formationDate: '2027-02-30', monthlyFee: -1 }), 'formationDate');
    expect(e.issues.map((i) => i.path)).toEqual(['formationDate', 'monthlyFee']);
    expectTermsError(run({ ...ok, payments: [{ date: '2027-04-30', amount: 1.5 }] }), 'payments.0.amount');
    expectTermsError(
      run({ ...ok, options: [{ name: '', monthlyFee: 1, scheduledStartDate: '2027-05-01' }] }),
      'options.0.name',
    );
    expectTermsError(run({ ...ok, overrides: { renewalMonths: 0 } }), 'overrides.renewalMonths');
    expectTermsError(
      run({ ...ok, notices: { nonRenewal: { by: 'nobody', on: '2027-05-01' } } }),
      'notices.nonRenewal.by',
    );
  });

  it('needs the term, as its last day or its length, not both (第11条1項)', () => {
    const { termMonths: _, ...noTerm } = ok;
    expectTermsError(run(noTerm), 'termEndDate', 'INVALID_INPUT', /第11条1項/);
    expectTermsError(run({ ...ok, termEndDate: '2028-03-31' }), 'termMonths');
    expectTermsError(run({ ...noTerm, termEndDate: '2027-03-31' }), 'termEndDate', 'INVALID_INPUT', /billing start/);
  });

  it('refuses a start before formation, and an option added before the contract', () => {
    expectTermsError(run({ ...ok, scheduledStartDate: '2027-03-14' }), 'scheduledStartDate');
    expectTermsError(
      run({
        ...ok,
        options: [{ name: 'backup', monthlyFee: 1, scheduledStartDate: '2027-05-01', formationDate: '2027-03-01' }],
      }),
      'options.0.formationDate',
    );
    expectTermsError(
      run({ ...ok, options: [{ name: 'backup', monthlyFee: 1, scheduledStartDate: '2027-03-01' }] }),
      'options.0.scheduledStartDate',
    );
  });

  it('holds the notices and payments given so far: none after asOf, no notice before formation', () => {
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { on: '2027-06-02' } } }),
      'notices.customerTermination.on',
      'INVALID_INPUT',
      /asOf/,
    );
    expectTermsError(
      run({ ...ok, notices: { companyTermination: { on: '2027-03-14' } } }),
      'notices.companyTermination.on',
      'INVALID_INPUT',
      /formationDate/,
    );
    expectTermsError(run({ ...ok, payments: [{ date: '2027-06-02', amount: 1 }] }), 'payments.0.date');
    expectTermsError(
      run({ ...ok, notices: { discontinuation: { date: '2027-03-01' } } }),
      'notices.discontinuation.date',
    );
  });

  it('a notice is dated by its day or by its instants, not both and not neither', () => {
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { on: '2027-05-01', arrivedAt: '2027-05-01T10:00:00+09:00' } } }),
      'notices.customerTermination.on',
    );
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { requestedDate: '2027-07-31' } } }),
      'notices.customerTermination.on',
    );
    // A customer's notice counts on arrival (3.3): an instant of sending alone is not enough.
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { sentAt: '2027-05-01T10:00:00+09:00' } } }),
      'notices.customerTermination.arrivedAt',
    );
    // An instant without an offset is ambiguous.
    expectTermsError(
      run({ ...ok, notices: { companyTermination: { sentAt: '2027-05-01T10:00:00' } } }),
      'notices.companyTermination.sentAt',
    );
  });

  it('keeps the articles’ own checks, under the record’s field names', () => {
    // 第13条: a requested date before the notice arrived.
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { on: '2027-05-20', requestedDate: '2027-05-01' } } }),
      'notices.customerTermination.requestedDate',
    );
    expectTermsError(
      run({ ...ok, notices: { customerTermination: { on: '2027-05-20', extensionMonths: 1.5 } } }),
      'notices.customerTermination.extensionMonths',
      'EXTENSION_NOT_WHOLE_MONTHS',
    );
  });

  it('checks the window and the options', () => {
    expectTermsError(run(ok, { asOf: '2027-13-01' }), 'asOf');
    expectTermsError(run(ok, { asOf: '2027-06-01', until: 'soon' }), 'until');
    expectTermsError(run(ok, { asOf: '2027-06-01', from: '2027-01-01' }), 'input'); // an unknown window field
    expectTermsError(run(ok, '2027-06-01'), 'window');
    expectTermsError(run('contract'), 'contract');
    expectTermsError(run(null), 'contract');
    expectTermsError(() => contractTimeline(ok, when, { rounding: 'up' as never }), 'options.rounding');
  });

  it('a term that would run past 2199 is DATE_OUT_OF_RANGE naming the record’s field, not the window', () => {
    // 12 months from 2199-02-01 end in 2200: the fault is the term, not `until`.
    expectTermsError(
      run({ ...ok, formationDate: '2199-01-01', scheduledStartDate: '2199-02-01' }, { asOf: '2199-03-01' }),
      'termMonths',
      'DATE_OUT_OF_RANGE',
    );
    // The issue's case: termMonths 1200 starting in 2150.
    expectTermsError(
      run(
        { ...ok, formationDate: '2150-01-01', scheduledStartDate: '2150-02-01', termMonths: 1200 },
        { asOf: '2150-03-01' },
      ),
      'termMonths',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('a term or a minimum term past 2199 says which, from which day', () => {
    // 第11条1項: 12 months from the billing start 2199-02-01 (the scheduled start: no readyDate)
    // end on 2200-01-31, after the last supported day 2199-12-31.
    const term = expectTermsError(
      run({ ...ok, formationDate: '2199-01-01', scheduledStartDate: '2199-02-01' }, { asOf: '2199-03-01' }),
      'termMonths',
      'DATE_OUT_OF_RANGE',
    );
    expect(term.issues[0]?.message).toBe(
      'a term of 12 months from 2199-02-01 falls after 2199-12-31, the last day supported',
    );
    // 第12条: a minimum term of 24 months counted from the formation day 2199-01-01 ends in 2200;
    // the term itself (termEndDate 2199-06-30) stays inside the supported days.
    const { termMonths: _, ...noMonths } = ok as { termMonths?: number };
    const minimum = expectTermsError(
      run(
        {
          ...noMonths,
          formationDate: '2199-01-01',
          scheduledStartDate: '2199-02-01',
          termEndDate: '2199-06-30',
          minimumTermMonths: 24,
        },
        { asOf: '2199-03-01' },
      ),
      'minimumTermMonths',
      'DATE_OUT_OF_RANGE',
    );
    expect(minimum.issues[0]?.message).toBe(
      'a minimum term of 24 months from 2199-01-01 falls after 2199-12-31, the last day supported',
    );
  });

  it('reports every problem of a record in one round: a missing term beside a bad field', () => {
    const { termMonths: _, ...noTerm } = ok as { termMonths?: number };
    const e = expectTermsError(run({ ...noTerm, monthlyFee: 'many' }), 'monthlyFee');
    expect(e.issues.map((i) => i.path)).toEqual(['monthlyFee', 'termEndDate']);
  });

  it('reports cross-field problems together: a start before formation and a payment after asOf', () => {
    const e = expectTermsError(
      run(
        {
          ...ok,
          formationDate: '2027-03-15',
          scheduledStartDate: '2027-03-01',
          payments: [{ date: '2027-12-01', amount: 1 }],
        },
        { asOf: '2027-06-01' },
      ),
      'scheduledStartDate',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['scheduledStartDate', 'payments.0.date']);
  });

  it('bank holidays are known for 1955–2099: a shifted due date beyond names the option', () => {
    expectTermsError(
      () =>
        contractTimeline(
          { ...ok, formationDate: '2099-03-15', scheduledStartDate: '2099-04-01' },
          { asOf: '2099-06-01' },
          { bankHolidayShift: 'next-bank-day' },
        ),
      'options.bankHolidayShift',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });

  it('the message names the field first', () => {
    const e = expectTermsError(run({ ...ok, monthlyFee: 'many' }), 'monthlyFee');
    expect(e).toBeInstanceOf(TermsError);
    expect(e.message).toMatch(/^monthlyFee: expected an amount of yen/);
  });
});

describe("the record's direct path (issue 15's speed: zod only when it declines)", () => {
  // The record, and each way a field of it can go wrong: the direct path must say yes
  // exactly where zod says yes, with the same value — never accept what zod refuses.
  const full = {
    ...SAMPLE_CONTRACT,
    notices: {
      customerTermination: { on: '2025-11-20', requestedDate: '2025-12-31', extensionMonths: 2 },
      nonRenewal: { by: 'customer', sentAt: '2025-10-01T10:00:00+09:00' },
    },
    payments: [
      { date: '2025-03-25', amount: 100_000, designation: { fee: 'initial' } },
      { date: '2025-04-30', amount: '54266', designation: { serviceMonth: '2025-05', option: 'backup' } },
    ],
    overrides: { autoRenewal: false, renewalMonths: 6 },
  };
  const option = { name: 'backup', monthlyFee: 8_000, scheduledStartDate: '2025-05-15' };
  const variants: [string, unknown][] = [
    ['the sample', SAMPLE_CONTRACT],
    ['every kind of field', full],
    ['an empty id', { ...full, id: '' }],
    ['an id of 201 characters', { ...full, id: 'x'.repeat(201) }],
    ['an id of 200 characters', { ...full, id: 'x'.repeat(200) }],
    [
      'an option with an empty name',
      { ...full, options: [{ name: '', monthlyFee: 1, scheduledStartDate: '2025-05-15' }] },
    ],
    ['options not a list', { ...full, options: { 0: option } }],
    ['101 options', { ...full, options: Array.from({ length: 101 }, () => option) }],
    [
      'an extension of Infinity months',
      { ...full, notices: { customerTermination: { on: '2025-11-20', extensionMonths: Infinity } } },
    ],
    [
      'an extension of NaN months',
      { ...full, notices: { customerTermination: { on: '2025-11-20', extensionMonths: Number.NaN } } },
    ],
    [
      'an extension of 1.5 months (第13条 decides)',
      { ...full, notices: { customerTermination: { on: '2025-11-20', extensionMonths: 1.5 } } },
    ],
    [
      'an extension given as text',
      { ...full, notices: { customerTermination: { on: '2025-11-20', extensionMonths: '2' } } },
    ],
    ['a payment with an unknown field', { ...full, payments: [{ date: '2025-03-25', amount: 1, note: 'x' }] }],
    [
      'a payment list with a hole',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case
      { ...full, payments: [, { date: '2025-03-25', amount: 1 }] },
    ],
    [
      'a designation of a month that does not exist',
      { ...full, payments: [{ date: '2025-03-25', amount: 1, designation: { serviceMonth: '2025-13' } }] },
    ],
    ['autoRenewal as text', { ...full, overrides: { autoRenewal: 'false' } }],
    ['an unknown field', { ...full, monthlyFe: 1 }],
  ];
  it.each(variants)('%s', (_name, record) => {
    const expected = z.safeParse(ContractRecordSchema, record);
    const actual = safeParseQuick(ContractRecordSchema, record);
    expect(actual.success).toBe(expected.success);
    if (expected.success && actual.success) expect(actual.data).toEqual(expected.data);
  });
  it('the variants cover both answers', () => {
    const answers = variants.map(([, r]) => z.safeParse(ContractRecordSchema, r).success);
    // the sample, every kind of field, 200 characters, 1.5 months (zod's z.number() takes it): accepted.
    expect(answers.filter(Boolean)).toHaveLength(4);
  });
});
