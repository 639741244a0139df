/**
 * Money. 第15条2項 and 第25条4項: 「日割料金（月額料金の30分の1を1日分の料金として計算。）」.
 * I-06: the daily rate is always monthly fee / 30; one rounding at the end,
 * default floor (1円未満切捨て), alternatives half-up and ceil.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dailyProrated, parseYen, roundYen, tryParseYen } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('parseYen', () => {
  it('accepts non-negative safe integers and strings of digits', () => {
    expect(parseYen(0)).toBe(0);
    expect(parseYen(100_000)).toBe(100_000);
    expect(parseYen('100000')).toBe(100_000);
    expect(parseYen('0')).toBe(0);
    expect(parseYen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseYen('1000000000000')).toBe(1e12);
  });

  it.each([
    [-1],
    [-0],
    [1.5],
    [1e21],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.MAX_SAFE_INTEGER + 1],
    ['1.5'],
    ['-1'],
    ['0100'],
    [''],
    [' 100'],
    ['１００'],
    ['1e3'],
    ['9007199254740993'],
    [null],
    [undefined],
    [true],
    [{}],
    [10n],
  ])('refuses %s naming the field', (value) => {
    expectTermsError(() => parseYen(value, 'monthlyFee'), 'monthlyFee');
  });

  it('says what it expected', () => {
    expect(tryParseYen(1.5)).toBe(
      'expected an amount of yen as a whole number of 0 or more (a number, or a string of digits), got 1.5',
    );
  });
});

describe('roundYen', () => {
  it.each([
    ['33333.5', 33333, 33334, 33334],
    ['33333.4', 33333, 33333, 33334],
    ['33333.6', 33333, 33334, 33334],
    ['1200', 1200, 1200, 1200],
    ['0.999', 0, 1, 1],
    ['0', 0, 0, 0],
  ])('%s → floor %i, half-up %i, ceil %i', (amount, floor, halfUp, ceil) => {
    expect(roundYen(new Dec(amount), 'floor')).toBe(floor);
    expect(roundYen(new Dec(amount), 'half-up')).toBe(halfUp);
    expect(roundYen(new Dec(amount), 'ceil')).toBe(ceil);
  });

  it('never returns -0', () => {
    expect(Object.is(roundYen(new Dec('-0.2'), 'ceil'), 0)).toBe(true);
  });

  it('refuses amounts beyond safe integers', () => {
    expectTermsError(() => roundYen(new Dec('1e20'), 'floor', 'fee'), 'fee', 'AMOUNT_OUT_OF_RANGE');
  });
});

describe('dailyProrated (fee × days / 30)', () => {
  it('100,000 yen for 15 days is 50,000 yen', () => {
    expect(roundYen(dailyProrated(100_000, 15), 'floor')).toBe(50_000);
  });

  it('50,000 yen for 1 day is 1,666.66… yen: floor 1,666, half-up 1,667, ceil 1,667', () => {
    const exact = dailyProrated(50_000, 1);
    expect(exact.toFixed(6)).toBe('1666.666667');
    expect(roundYen(exact, 'floor')).toBe(1666);
    expect(roundYen(exact, 'half-up')).toBe(1667);
    expect(roundYen(exact, 'ceil')).toBe(1667);
  });

  it('divides once: 100,000 × 17 / 30 = 56,666.66… → 56,666 (not 3,333 × 17 = 56,661)', () => {
    expect(roundYen(dailyProrated(100_000, 17), 'floor')).toBe(56_666);
  });

  it('is exact for 10^12 yen: 10^12 × 17 / 30 = 566,666,666,666.66…', () => {
    expect(roundYen(dailyProrated(1e12, 17), 'floor')).toBe(566_666_666_666);
    expect(roundYen(dailyProrated(1e12, 17), 'ceil')).toBe(566_666_666_667);
  });

  it('30 days at the daily rate is exactly the monthly fee, and floor ≤ exact ≤ ceil', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 31 }), (fee, days) => {
        expect(roundYen(dailyProrated(fee, 30), 'floor')).toBe(fee);
        const exact = dailyProrated(fee, days);
        expect(new Dec(roundYen(exact, 'floor')).lte(exact)).toBe(true);
        expect(new Dec(roundYen(exact, 'ceil')).gte(exact)).toBe(true);
        expect(roundYen(exact, 'ceil') - roundYen(exact, 'floor')).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('money functions refuse what they cannot compute with', () => {
  it('names the argument', () => {
    expectTermsError(() => roundYen(1.5 as never, 'floor'), 'amount');
    expectTermsError(() => roundYen(new Dec(Number.NaN), 'floor'), 'amount');
    expectTermsError(() => roundYen(new Dec(1), 'round' as never), 'rounding');
    expectTermsError(() => roundYen(new Dec(1), 'toString' as never), 'rounding');
    expectTermsError(() => dailyProrated(-1, 3), 'monthlyFee');
    expectTermsError(() => dailyProrated(100, 1.5), 'days');
  });
});

describe('roundYen refuses a rounding that is not one of its modes (issue 11, hostile input)', () => {
  it('names rounding for an object, or for the name of an Object method', () => {
    expectTermsError(() => roundYen(new Dec(1), {} as never), 'rounding');
    expectTermsError(() => roundYen(new Dec(1), 'toString' as never), 'rounding');
  });
});

describe('money: the messages and the edges', () => {
  it('computes with 40 significant digits: 1 / 3 has forty 3s', () => {
    expect(new Dec(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  });

  it('says what it expected', () => {
    expect(tryParseYen('9007199254740992')).toBe(
      "expected an amount of at most 9007199254740991 yen, got '9007199254740992'",
    );
    expect(tryParseYen(true)).toBe(
      'expected an amount of yen as a whole number of 0 or more (a number, or a string of digits), got true',
    );
    expectTermsError(() => parseYen(-1), 'amount');
    expectTermsError(
      () => roundYen(1 as never, 'floor'),
      'amount',
      'INVALID_INPUT',
      /^amount: expected a finite Decimal amount, got 1$/,
    );
    expectTermsError(
      () => roundYen(new Dec(1), 'up' as never),
      'rounding',
      'INVALID_INPUT',
      /^rounding: expected one of 'floor', 'half-up', 'ceil', got 'up'$/,
    );
    expectTermsError(
      () => roundYen(new Dec('1e20'), 'floor', 'fee'),
      'fee',
      'AMOUNT_OUT_OF_RANGE',
      /^fee: the computed amount is not a whole number of yen up to 9007199254740991$/,
    );
  });

  it('dailyProrated refuses a negative or fractional number of days', () => {
    expectTermsError(
      () => dailyProrated(100_000, -1),
      'days',
      'INVALID_INPUT',
      /^days: expected a whole number of days of 0 or more, got -1$/,
    );
    expectTermsError(() => dailyProrated(100_000, 1.5), 'days');
  });
});
