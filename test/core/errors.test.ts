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
    expect(e.issues).toEqual([
      {
        path: 'input',
        message: 'expected an object of named fields, got null',
        kind: 'object',
        params: { received: 'null' },
      },
    ]);
    expect(fromZodError(r.error!, 'contract').issues[0]?.path).toBe('contract');
  });
});

describe('a TermsError always names a field and says something (issue 11, hostile input)', () => {
  it('an issue with an empty path names the whole input; one with an empty message says "invalid"', () => {
    const e = new TermsError('INVALID_INPUT', [{ path: '', message: '' }]);
    expect(e.issues).toEqual([{ path: 'input', message: 'invalid' }]);
    expect(e.message).toBe('input: invalid');
  });

  it('a label that is not a string falls back to "input" instead of throwing', () => {
    expect(invalidInput(42 as never, 'expected x').issues).toEqual([{ path: 'input', message: 'expected x' }]);
    expect(invalidInput(Symbol('label') as never, 'expected x').message).toBe('input: expected x');
  });

  it('issues that are not a list give one issue naming the input', () => {
    expect(new TermsError('INVALID_INPUT', null as never).issues).toEqual([{ path: 'input', message: 'invalid' }]);
  });

  it('keeps a message given to it, and builds one from the issues when it is empty', () => {
    expect(new TermsError('INVALID_INPUT', [{ path: 'a', message: 'b' }], 'custom').message).toBe('custom');
    expect(new TermsError('INVALID_INPUT', [{ path: 'a', message: 'b' }], '').message).toBe('a: b');
  });

  it('fromZodError of something that is not a zod error names `error`, or the prefix', () => {
    expect(fromZodError({ issues: 'x' } as never).issues).toEqual([
      { path: 'error', message: 'expected a zod error, got an object' },
    ]);
    expect(fromZodError(null as never, 'contract').issues).toEqual([
      { path: 'contract', message: 'expected a zod error, got null' },
    ]);
  });
});

describe('TermsError and its helpers: the edges', () => {
  it('an empty list of issues gives one issue naming the input', () => {
    const e = new TermsError('NOT_ALLOWED_BY_TERMS', []);
    expect(e.issues).toEqual([{ path: 'input', message: 'invalid' }]);
    expect(e.message).toBe('input: invalid');
  });

  it('an issue that is not an object, or is null, names the input and says "invalid"', () => {
    expect(new TermsError('INVALID_INPUT', ['x', null] as never).issues).toEqual([
      { path: 'input', message: 'invalid' },
      { path: 'input', message: 'invalid' },
    ]);
  });

  it('isTermsError knows a TermsError from another copy of the library by its name, code and issues', () => {
    const copy = Object.assign(new Error('x'), { name: 'TermsError', code: 'INVALID_INPUT', issues: [] });
    expect(isTermsError(copy)).toBe(true);
    expect(isTermsError(Object.assign(new Error('x'), { name: 'TermsError', issues: [] }))).toBe(false);
    expect(isTermsError(Object.assign(new Error('x'), { name: 'TermsError', code: 'INVALID_INPUT' }))).toBe(false);
    expect(isTermsError(Object.assign(new Error('x'), { name: 'RangeError', code: 'INVALID_INPUT', issues: [] }))).toBe(
      false,
    );
    expect(isTermsError({ name: 'TermsError', code: 'INVALID_INPUT', issues: [] })).toBe(false);
  });

  it('describeValue shows a string of 40 characters whole and cuts a longer one', () => {
    const forty = 'x'.repeat(40);
    expect(describeValue(forty)).toBe(`'${forty}'`);
    expect(describeValue(`${forty}y`)).toBe(`'${forty}…'`);
    expect(describeValue(new Date(0))).toBe('a Date');
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date');
  });
});
