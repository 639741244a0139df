/** The one error type: TermsError with a stable code and field-named issues. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { TermsError, describeValue, fromZodError, invalidInput, isTermsError } from '../../src/index.js';

describe('TermsError', () => {
  it('is an Error with a code, issues and a message naming each field', () => {
    const e = new TermsError('INVALID_INPUT', [
      { path: 'requestedDate', message: 'expected a date' },
      { path: 'monthlyFee', message: 'expected yen' },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(TermsError);
    expect(e.name).toBe('TermsError');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('requestedDate: expected a date; monthlyFee: expected yen');
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'TermsError',
      code: 'INVALID_INPUT',
      message: 'requestedDate: expected a date; monthlyFee: expected yen',
      issues: [
        { path: 'requestedDate', message: 'expected a date' },
        { path: 'monthlyFee', message: 'expected yen' },
      ],
    });
  });

  it('invalidInput is the one-field shorthand', () => {
    const e = invalidInput('months', 'expected a whole number');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe('months: expected a whole number');
  });

  it('isTermsError recognises TermsErrors only', () => {
    expect(isTermsError(invalidInput('a', 'b'))).toBe(true);
    expect(isTermsError(new Error('x'))).toBe(false);
    expect(isTermsError('TermsError')).toBe(false);
  });
});

describe('describeValue', () => {
  it('describes values briefly and safely', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('an object');
    expect(describeValue('x'.repeat(100))).toBe(`'${'x'.repeat(40)}…'`);
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
    expect(describeValue(Symbol('s'))).toBe('a symbol');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(5n)).toBe('5n');
    expect(describeValue(true)).toBe('true');
  });
});

describe('fromZodError', () => {
  it('turns zod issues into TermsError issues with dotted paths', () => {
    const schema = z.object({ payments: z.array(z.object({ amount: z.number() })) });
    const r = z.safeParse(schema, { payments: [{ amount: 1 }, { amount: 'x' }] });
    expect(r.success).toBe(false);
    const e = fromZodError(r.error!);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe('payments.1.amount');
    expect(e.message).toContain('payments.1.amount');
  });

  it('names the whole input when the input is not an object', () => {
    const r = z.safeParse(z.object({ a: z.string() }), null, { reportInput: true });
    const e = fromZodError(r.error!);
    expect(e.issues).toEqual([{ path: 'input', message: 'expected an object of named fields, got null' }]);
    expect(fromZodError(r.error!, 'contract').issues[0]?.path).toBe('contract');
  });
});
