/** Validation at the edge: field schemas turn raw input into value objects or field-named TermsErrors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarDate, Instant, TermsError, YearMonth, fromZodError } from '../../src/index.js';
import {
  atField,
  booleanField,
  dateField,
  enumField,
  instantField,
  intField,
  monthField,
  parseInput,
  yenField,
} from '../../src/core/schema.js';
import { junk, objectOf, probeInput } from '../quality/hostile.js';
import { expectTermsError } from '../support/assert.js';

const Input = z.object({
  noticeReceivedOn: dateField,
  requestedDate: z.optional(dateField),
  serviceMonth: z.optional(monthField),
  at: z.optional(instantField),
  monthlyFee: z.optional(yenField),
  months: z.optional(intField(1, 120)),
  designation: z.optional(enumField(['written', 'oral'] as const)),
  deemed: z.optional(booleanField),
});

describe('parseInput with the field schemas', () => {
  it('returns value objects', () => {
    const r = parseInput(Input, {
      noticeReceivedOn: '2027-04-15',
      serviceMonth: '2027-05',
      at: '2027-04-15T10:00:00+09:00',
      monthlyFee: '90000',
      months: 2,
      designation: 'oral',
      deemed: false,
    });
    expect(r.noticeReceivedOn).toBeInstanceOf(CalendarDate);
    expect(r.requestedDate).toBeUndefined();
    expect(r.serviceMonth).toBeInstanceOf(YearMonth);
    expect(r.at).toBeInstanceOf(Instant);
    expect(r.monthlyFee).toBe(90_000);
    expect(r.months).toBe(2);
    expect(r.designation).toBe('oral');
    expect(r.deemed).toBe(false);
  });

  it('names each bad field', () => {
    const e = expectTermsError(
      () => parseInput(Input, { noticeReceivedOn: '2027-02-30', monthlyFee: -5, months: 1.5, designation: 'fax' }),
      'noticeReceivedOn',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['noticeReceivedOn', 'monthlyFee', 'months', 'designation']);
    expect(e.message).toContain("expected one of 'written', 'oral', got 'fax'");
  });

  it('names a missing required field', () => {
    expectTermsError(() => parseInput(Input, {}), 'noticeReceivedOn', 'INVALID_INPUT', /got nothing/);
  });

  it('names the whole input when it is not an object', () => {
    expectTermsError(() => parseInput(Input, '2027-04-15'), 'input', 'INVALID_INPUT', /object of named fields/);
    expectTermsError(() => parseInput(Input, null, 'contract'), 'contract');
  });

  it('drops unknown keys and never touches Object.prototype', () => {
    const hostile = JSON.parse('{"noticeReceivedOn": "2027-04-15", "__proto__": {"polluted": true}, "extra": 1}');
    const r = parseInput(Input, hostile) as Record<string, unknown>;
    expect(Object.keys(r)).toEqual(['noticeReceivedOn']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copes with cyclic input', () => {
    const cyclic: Record<string, unknown> = { noticeReceivedOn: '2027-04-15' };
    cyclic.self = cyclic;
    expect(parseInput(Input, cyclic).noticeReceivedOn.toString()).toBe('2027-04-15');
    cyclic.requestedDate = cyclic;
    expectTermsError(() => parseInput(Input, cyclic), 'requestedDate', 'INVALID_INPUT', /got an object/);
  });
});

describe('the messages of the field schemas (pinned)', () => {
  it('each field schema says what it expected, naming its field', () => {
    const e = expectTermsError(
      () =>
        parseInput(Input, {
          noticeReceivedOn: 20270415,
          monthlyFee: -5,
          months: 0,
          designation: 'fax',
          deemed: 'yes',
        }),
      'noticeReceivedOn',
    );
    expect(e.issues).toEqual([
      {
        path: 'noticeReceivedOn',
        message: "expected a date written 'YYYY-MM-DD' (for example '2027-04-01'), got 20270415",
        kind: 'date',
        params: { received: '20270415' },
      },
      {
        path: 'monthlyFee',
        message: 'expected an amount of yen as a whole number of 0 or more (a number, or a string of digits), got -5',
        kind: 'yen',
        params: { received: '-5' },
      },
      {
        path: 'months',
        message: 'expected a whole number from 1 to 120, got 0',
        kind: 'whole-number',
        params: { min: 1, max: 120, received: '0' },
      },
      {
        path: 'designation',
        message: "expected one of 'written', 'oral', got 'fax'",
        kind: 'one-of',
        params: { values: ['written', 'oral'], received: "'fax'" },
      },
      { path: 'deemed', message: "expected true or false, got 'yes'", kind: 'boolean', params: { received: "'yes'" } },
    ]);
  });

  it('intField takes exactly its range: 1 and 120 yes; 0, 121, 1.5, -0 and "2" no', () => {
    expect(parseInput(Input, { noticeReceivedOn: '2027-04-15', months: 1 }).months).toBe(1);
    expect(parseInput(Input, { noticeReceivedOn: '2027-04-15', months: 120 }).months).toBe(120);
    for (const months of [0, 121, 1.5, -0, '2']) {
      expectTermsError(() => parseInput(Input, { noticeReceivedOn: '2027-04-15', months }), 'months');
    }
  });

  it('enumField and booleanField take only their values', () => {
    expectTermsError(() => parseInput(Input, { noticeReceivedOn: '2027-04-15', designation: ['oral'] }), 'designation');
    expectTermsError(() => parseInput(Input, { noticeReceivedOn: '2027-04-15', deemed: 0 }), 'deemed');
  });
});

describe('fromZodError: every kind of zod issue in our words', () => {
  const issuesOf = (schema: z.core.$ZodType, input: unknown, prefix?: string) => {
    const r = z.safeParse(schema, input, { reportInput: true });
    if (r.success) throw new Error('expected a failure');
    return fromZodError(r.error, prefix).issues;
  };

  it('a wrong type: an object, a list, or another type, with what it got', () => {
    expect(issuesOf(z.object({ a: z.object({}) }), { a: 1 })).toEqual([
      { path: 'a', message: 'expected an object of named fields, got 1', kind: 'object', params: { received: '1' } },
    ]);
    expect(issuesOf(z.object({ a: z.array(z.string()) }), { a: 'x' })).toEqual([
      { path: 'a', message: "expected a list, got 'x'", kind: 'list', params: { received: "'x'" } },
    ]);
    expect(issuesOf(z.object({ a: z.string() }), { a: 5 })).toEqual([
      { path: 'a', message: 'expected string, got 5', kind: 'type', params: { expected: 'string', received: '5' } },
    ]);
  });

  it('unexpected keys, and sizes too small or too big', () => {
    expect(issuesOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      { path: 'input', message: 'unexpected fields b, c', kind: 'unexpected-fields', params: { fields: ['b', 'c'] } },
    ]);
    expect(issuesOf(z.object({ a: z.string().check(z.minLength(2)) }), { a: 'x' })).toEqual([
      { path: 'a', message: 'expected at least 2', kind: 'too-small', params: { min: '2' } },
    ]);
    expect(issuesOf(z.object({ a: z.string().check(z.maxLength(1)) }), { a: 'xy' })).toEqual([
      { path: 'a', message: 'expected at most 1', kind: 'too-big', params: { max: '1' } },
    ]);
  });

  it('paths: dotted under a prefix, the prefix alone for the whole input, "input" without one', () => {
    expect(issuesOf(z.object({ a: z.object({ b: z.string() }) }), { a: { b: 1 } }, 'contract')[0]?.path).toBe(
      'contract.a.b',
    );
    expect(issuesOf(z.object({ a: z.string() }), null, 'contract')[0]?.path).toBe('contract');
    expect(issuesOf(z.object({ a: z.string() }), null)[0]?.path).toBe('input');
  });

  it('a prefix that is not a string is no prefix', () => {
    const r = z.safeParse(z.object({ a: z.string() }), { a: 1 });
    expect(fromZodError(r.error as never, 5 as never).issues[0]?.path).toBe('a');
  });

  it('a TermsError of INVALID_INPUT, also for what is not a zod error', () => {
    expect(fromZodError({} as never).code).toBe('INVALID_INPUT');
  });
});

describe('atField: a computed date out of range is reported at the input it came from', () => {
  const outOfRange = (path: string) =>
    new TermsError('DATE_OUT_OF_RANGE', [
      { path, message: 'the computed date is outside the supported years 1900–2199' },
    ]);

  it('renames the generic paths of the value objects, date and month', () => {
    expect((atField(outOfRange('date'), 'changeDate') as TermsError).issues).toEqual([
      { path: 'changeDate', message: 'the computed date is outside the supported years 1900–2199' },
    ]);
    expect((atField(outOfRange('month'), 'serviceMonth') as TermsError).issues[0]?.path).toBe('serviceMonth');
    const holiday = new TermsError('HOLIDAY_YEAR_OUT_OF_RANGE', [{ path: 'date', message: 'x' }]);
    expect((atField(holiday, 'dueDate') as TermsError).issues[0]?.path).toBe('dueDate');
  });

  it('leaves alone an error that already names a field, another code, and what is not a TermsError', () => {
    const named = outOfRange('requestedDate');
    expect(atField(named, 'noticeReceivedOn')).toBe(named);
    const mixed = new TermsError('DATE_OUT_OF_RANGE', [
      { path: 'date', message: 'x' },
      { path: 'through', message: 'y' },
    ]);
    expect(atField(mixed, 'termEndDate')).toBe(mixed);
    const invalid = new TermsError('INVALID_INPUT', [{ path: 'date', message: 'x' }]);
    expect(atField(invalid, 'changeDate')).toBe(invalid);
    const other = new RangeError('x');
    expect(atField(other, 'changeDate')).toBe(other);
  });
});

describe('the direct path of parseInput says yes only where zod says yes, with the same value', () => {
  const Strict = z.strictObject({
    noticeReceivedOn: dateField,
    requestedDate: z.nullish(dateField),
    scope: z.optional(enumField(['contract', 'option'] as const)),
  });
  const Nested = z.object({
    contract: z.object({ billingStartDate: dateField, monthlyFee: yenField }),
    months: intField(1, 24),
  });

  it.each([
    ['an object of every field kind', Input],
    ['a strict object with a nullish field', Strict],
    ['an object within an object', Nested],
  ] as const)('%s', (_name, schema) => {
    const shape = probeInput((i) => parseInput(schema as z.core.$ZodType, i), {
      '': Object.keys((schema as unknown as { _zod: { def: { shape: object } } })._zod.def.shape),
    });
    const inputs = fc.oneof({ weight: 6, arbitrary: objectOf(shape) }, { weight: 1, arbitrary: junk });
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = z.safeParse(schema as z.core.$ZodType, input);
        let actual: unknown;
        let threw: unknown;
        try {
          actual = parseInput(schema as z.core.$ZodType, input);
        } catch (e) {
          threw = e;
        }
        if (expected.success) {
          expect(threw).toBeUndefined();
          expect(actual).toEqual(expected.data);
          expect(Object.keys(actual as object)).toEqual(Object.keys(expected.data as object));
        } else {
          expect(threw).toBeInstanceOf(TermsError);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
