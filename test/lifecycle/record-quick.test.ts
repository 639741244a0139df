/**
 * The contract record's check by hand (src/lifecycle/record-quick.ts): a shortcut for the
 * record's schema on the common path, which may say yes only where the schema (zod) says yes,
 * with the same values — every record it declines goes to the schema, which words the error.
 *
 * 第1条2項 and 第11条1項 leave the contract's own terms to the record; the record's schema
 * (record-schema.ts) is the one statement of what a record may hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarDate, ContractRecordSchema, SAMPLE_CONTRACT } from '../../src/index.js';
import { quickRecordOf } from '../../src/lifecycle/record-quick.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { AS_OF, contracts } from '../bench/contracts.js';
import { isoDate } from '../support/arbitraries.js';

/** The schema's answer and value beside the shortcut's: a yes of the shortcut must be the schema's yes. */
function agrees(record: unknown): void {
  const quick = quickRecordOf(record);
  if (quick === undefined) return;
  const zod = z.safeParse(ContractRecordSchema, record);
  expect(zod.success).toBe(true);
  // toEqual: the shortcut lists every field of the record (undefined when absent), the schema only those given.
  if (zod.success) expect(quick).toEqual(zod.data);
}

describe('the record checked by hand agrees with its schema', () => {
  it('takes the sample and the benchmark portfolio as the schema does (the common path is used)', () => {
    // The sample: 10 payments, an option, a change, a customer's notice — all read by the shortcut.
    expect(quickRecordOf(SAMPLE_CONTRACT)).toBeDefined();
    agrees(SAMPLE_CONTRACT);
    let taken = 0;
    for (const record of contracts(300)) {
      const plain = JSON.parse(JSON.stringify(record)) as unknown;
      if (quickRecordOf(plain) !== undefined) taken++;
      agrees(plain);
    }
    // Every generated record is one the schema takes, and the shortcut takes each of them.
    expect(taken).toBe(300);
  });

  it('gives the same trusted contract through the shortcut and through the schema', () => {
    const asOf = CalendarDate.parse(AS_OF);
    for (const record of contracts(100, 7)) {
      const plain = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
      // An object with another prototype is declined by the shortcut: contractOf then takes the schema's path.
      const viaSchema = contractOf(Object.assign(Object.create({}), plain), asOf);
      expect(contractOf(plain, asOf)).toStrictEqual(viaSchema);
    }
  });

  it('declines what the schema refuses: each field at and past its bounds', () => {
    const base = { formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', termMonths: 12, monthlyFee: 90_000 };
    const refused: Record<string, unknown>[] = [
      { ...base, monthlyFee: -1 },
      { ...base, monthlyFee: 1.5 },
      { ...base, monthlyFee: -0 },
      { ...base, monthlyFee: '12x' },
      { ...base, termMonths: 0 },
      { ...base, termMonths: 1201 },
      { ...base, termMonths: '12' },
      { ...base, minimumTermMonths: -0 },
      { ...base, minimumTermMonths: 1201 },
      { ...base, id: '' },
      { ...base, id: 'x'.repeat(201) },
      { ...base, formationDate: '2027-02-29' },
      { ...base, readyDate: null },
      { ...base, monthlyFe: 1 },
      { ...base, initialFee: { amount: 1 } },
      { ...base, initialFee: { amount: 1, dueDate: '2027-03-31', more: 1 } },
      { ...base, payments: {} },
      { ...base, payments: [null] },
      { ...base, payments: [{ date: '2027-04-30', amount: 1, extra: 1 }] },
      { ...base, payments: [{ date: '2027-04-30', amount: 1, designation: { fee: 'other' } }] },
      { ...base, payments: new Array(10_001).fill({ date: '2027-04-30', amount: 1 }) },
      { ...base, overrides: { renewalMonths: 0 } },
      { ...base, options: [{ name: '', monthlyFee: 1, scheduledStartDate: '2027-05-01' }] },
    ];
    for (const record of refused) {
      expect(z.safeParse(ContractRecordSchema, record).success).toBe(false);
      expect(quickRecordOf(record)).toBeUndefined();
    }
    // A field given as undefined, or an object not made by JSON.parse: the schema takes them, the shortcut leaves them to it.
    for (const record of [
      { ...base, readyDate: undefined },
      { ...base, payments: [{ date: '2027-04-30', amount: 1, designation: undefined }] },
      Object.assign(Object.create({ termMonths: 12 }), { ...base, termMonths: undefined }),
    ]) {
      expect(z.safeParse(ContractRecordSchema, record).success).toBe(true);
      expect(quickRecordOf(record)).toBeUndefined();
    }
    // The bounds themselves are taken, as the schema takes them.
    for (const record of [
      { ...base, termMonths: 1200, minimumTermMonths: 0, id: 'x'.repeat(200) },
      { ...base, termMonths: 1, minimumTermMonths: 1200, monthlyFee: '90000' },
      { ...base, payments: [{ date: '2027-04-30', amount: 0, designation: { serviceMonth: '2027-04' } }] },
    ]) {
      expect(quickRecordOf(record)).toBeDefined();
      agrees(record);
    }
  });

  it('says yes only where the schema says yes, with the same value, on random records', () => {
    // A valid record, then up to two fields set to values at or past what the schema takes.
    const date = isoDate(1900, 2199);
    const payment = fc.oneof(
      { arbitrary: fc.record({ date, amount: fc.nat() }, { noNullPrototype: true }), weight: 6 },
      fc.record(
        {
          date,
          amount: fc.nat(),
          designation: fc.constantFrom({ serviceMonth: '2027-04' }, { fee: 'initial' }, { charge: 0 }),
        },
        { noNullPrototype: true },
      ),
    );
    const valid = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 3 }),
        formationDate: date,
        scheduledStartDate: date,
        readyDate: date,
        termEndDate: date,
        termMonths: fc.integer({ min: 1, max: 1200 }),
        minimumTermMonths: fc.integer({ min: 0, max: 1200 }),
        monthlyFee: fc.nat(),
        initialFee: fc.record({ amount: fc.nat(), dueDate: date }, { noNullPrototype: true }),
        payments: fc.array(payment, { maxLength: 6 }),
        options: fc.constant([{ name: 'backup', monthlyFee: 1, scheduledStartDate: '2027-05-01' }]),
        notices: fc.constant({ customerTermination: { on: '2027-05-01' } }),
        overrides: fc.constant({ autoRenewal: false }),
        stops: fc.constant([{ provision: '23.1.1', from: '2027-05-01' }]),
      },
      // Objects as JSON.parse makes them (fast-check may otherwise make some without a prototype, which the shortcut leaves to the schema).
      { requiredKeys: ['formationDate', 'scheduledStartDate', 'monthlyFee'], noNullPrototype: true },
    );
    const field = fc.constantFrom(
      'id',
      'formationDate',
      'readyDate',
      'termMonths',
      'minimumTermMonths',
      'monthlyFee',
      'initialFee',
      'payments',
      'options',
      'notices',
      'overrides',
      'stops',
      'monthlyFe',
    );
    const edge = fc.constantFrom<unknown>(
      undefined,
      null,
      '',
      'x'.repeat(200),
      'x'.repeat(201),
      '1899-12-31',
      '2200-01-01',
      '2027-02-29',
      '2028-02-29',
      '2027-2-01',
      '2027-02-01T00:00',
      20270201,
      CalendarDate.parse('2027-04-01'),
      0,
      -0,
      1,
      1.5,
      -1,
      1200,
      1201,
      '120',
      '12x',
      Number.MAX_SAFE_INTEGER + 2,
      true,
      {},
      [],
      { amount: 1 },
      { amount: 1, dueDate: '2027-03-31', more: 1 },
      [null],
      [{ date: '2027-04-30', amount: 1, extra: 1 }],
      [{ date: '2027-04-30', amount: 1, designation: undefined }],
      [{ date: '2027-04-30', amount: '12', designation: { fee: 'other' } }],
      [{ date: '2027-04-30', amount: -0 }],
      [{ name: '', monthlyFee: 1, scheduledStartDate: '2027-05-01' }],
      { other: {} },
      { renewalMonths: 0 },
      [{ from: 1 }],
    );
    const records = fc.tuple(valid, fc.array(fc.tuple(field, edge), { maxLength: 2 })).map(([r, changes]) => {
      const out: Record<string, unknown> = { ...r };
      for (const [key, value] of changes) out[key] = value;
      return out;
    });
    let taken = 0;
    fc.assert(
      fc.property(records, (r) => {
        if (quickRecordOf(r) !== undefined) taken++;
        agrees(r);
      }),
      { numRuns: 3000 },
    );
    // Both answers are exercised.
    expect(taken).toBeGreaterThan(600);
  });
});
