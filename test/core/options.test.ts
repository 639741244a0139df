/** One place for every default of docs/interpretations.md (I-02, I-05, I-06, I-07, I-10, I-11, I-12, I-13). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_VALUES, resolveOptions } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('resolveOptions', () => {
  it('gives the decided defaults when no options are passed', () => {
    expect(resolveOptions(undefined)).toBe(DEFAULT_OPTIONS);
    expect(resolveOptions({})).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toEqual({
      deadlineCounting: 'civil-code', // I-02
      rounding: 'floor', // I-06
      extensionFee: 'replaces', // I-05
      firstMonthDays: 'literal', // I-07
      dayCount: 'act/365-fixed', // I-10
      bankHolidayShift: 'as-written', // I-11
      paymentApplication: 'civil-code', // I-15
      midMonthChange: 'daily', // I-19
      lateCompanyNotice: 'next-permissible', // I-16
      lateNonRenewal: 'convert', // I-17
      lateTermsChange: 'next-renewal', // I-20: a late 11.2 notice applies from the renewal after
      companyHolidays: [], // I-12
      faxHandling: 'next-business-day', // I-12 (revised): 「対応は翌営業日」
      exemptions: 'restrictive', // I-13 (revised): no exemption covers 故意・重大な過失
    });
  });

  it('lists each default first among its values', () => {
    for (const [key, values] of Object.entries(OPTION_VALUES)) {
      expect(values[0]).toBe(DEFAULT_OPTIONS[key as keyof typeof OPTION_VALUES]);
    }
  });

  it('takes the alternatives', () => {
    const r = resolveOptions({ rounding: 'ceil', dayCount: 'act/act', companyHolidays: ['2027-12-29'] });
    expect(r.rounding).toBe('ceil');
    expect(r.dayCount).toBe('act/act');
    expect(resolveOptions({ faxHandling: 'next-opening', exemptions: 'as-written' })).toMatchObject({
      faxHandling: 'next-opening',
      exemptions: 'as-written',
    });
    expect(r.deadlineCounting).toBe('civil-code');
    expect(r.companyHolidays.map(String)).toEqual(['2027-12-29']);
  });

  it('refuses an unknown value naming options.<key> and the interpretation', () => {
    const e = expectTermsError(() => resolveOptions({ rounding: 'round' }), 'options.rounding');
    expect(e.message).toContain("'floor', 'half-up', 'ceil'");
    expect(e.message).toContain('I-06');
  });

  it('reports every bad option at once', () => {
    const e = expectTermsError(
      () => resolveOptions({ rounding: 1, companyHolidays: ['2027-12-29', '2027-12-32'] }),
      'options.companyHolidays.1',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['options.rounding', 'options.companyHolidays.1']);
  });

  it('refuses options that are not an object', () => {
    expectTermsError(() => resolveOptions('floor'), 'options');
    expectTermsError(() => resolveOptions([]), 'options');
    expectTermsError(() => resolveOptions({ companyHolidays: '2027-12-29' }), 'options.companyHolidays');
  });

  it('refuses an unknown key, naming it, and ignores inherited keys', () => {
    // Issue 18 §2: an unknown option is refused as an unknown field is, not silently ignored.
    const e = expectTermsError(
      () => resolveOptions({ colour: 'red' }),
      'options.colour',
      'INVALID_INPUT',
      /'colour' is no option/,
    );
    expect(e.issues[0]?.kind).toBe('unknown-option');
    // An own __proto__ key (as JSON.parse makes) is a key like any other: refused, never read.
    const hostile = JSON.parse('{"__proto__": {"rounding": "ceil"}}') as object;
    expectTermsError(() => resolveOptions(hostile), 'options.__proto__');
    expect(({} as Record<string, unknown>).rounding).toBeUndefined();
    // Inherited keys are not the caller's options.
    expect(resolveOptions(Object.create({ rounding: 'ceil', colour: 'red' }))).toEqual(DEFAULT_OPTIONS);
  });

  it('counts a key whose value is undefined as absent', () => {
    expect(resolveOptions({ colour: undefined, rounding: undefined })).toEqual(DEFAULT_OPTIONS);
  });

  it('returns frozen options', () => {
    expect(Object.isFrozen(resolveOptions({ rounding: 'ceil' }))).toBe(true);
  });
});

describe('resolveOptions: null, and the messages', () => {
  it('null is no options: the defaults', () => {
    expect(resolveOptions(null)).toBe(DEFAULT_OPTIONS);
  });

  it('refuses a value of the wrong type for a known key', () => {
    expectTermsError(() => resolveOptions({ rounding: 1 }), 'options.rounding');
    expectTermsError(() => resolveOptions({ deadlineCounting: 'x' }), 'options.deadlineCounting');
  });

  it('says what it expected', () => {
    expectTermsError(
      () => resolveOptions(5),
      'options',
      'INVALID_INPUT',
      /^options: expected an options object, got 5$/,
    );
    expectTermsError(
      () => resolveOptions({ companyHolidays: '2027-12-29' }),
      'options.companyHolidays',
      'INVALID_INPUT',
      /^options\.companyHolidays: expected a list of dates 'YYYY-MM-DD', got '2027-12-29'$/,
    );
  });
});

describe('company holidays are read again whenever the list changes (the parsed list is kept, never seen)', () => {
  it('the same list twice gives the same dates; changed in place, or grown, it gives the new ones', () => {
    const holidays: unknown[] = ['2027-12-29', '2027-12-30'];
    const first = resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String);
    expect(first).toEqual(['2027-12-29', '2027-12-30']);
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual(first);
    holidays[1] = '2027-12-31';
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual([
      '2027-12-29',
      '2027-12-31',
    ]);
    holidays.push('2028-01-04');
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual([
      '2027-12-29',
      '2027-12-31',
      '2028-01-04',
    ]);
    holidays.pop();
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual([
      '2027-12-29',
      '2027-12-31',
    ]);
    holidays.push('2027-02-30');
    expectTermsError(() => resolveOptions({ companyHolidays: holidays }), 'options.companyHolidays.2');
    expectTermsError(() => resolveOptions({ companyHolidays: holidays }), 'options.companyHolidays.2');
  });

  it('a list with a hole skips the hole, and is read afresh once the hole is filled', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const holidays: unknown[] = ['2027-12-29', , '2027-12-31'];
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual([
      '2027-12-29',
      '2027-12-31',
    ]);
    holidays[1] = '2027-12-30';
    expect(resolveOptions({ companyHolidays: holidays }).companyHolidays.map(String)).toEqual([
      '2027-12-29',
      '2027-12-30',
      '2027-12-31',
    ]);
  });
});
