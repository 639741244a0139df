/**
 * Yen: whole, non-negative amounts at the edges; exact decimals inside.
 *
 * Amounts come in as a non-negative safe integer or a string of ASCII digits,
 * are computed with decimal.js, and are rounded once, at the end, by the
 * `rounding` option (I-06, default `floor` — 1円未満切捨て).
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { TermsError, describeValue, invalidInput } from './errors.js';
import type { Rounding } from './options.js';
import { latestTermsNumber } from './terms-numbers.js';

/**
 * Our own Decimal constructor (the global one is left alone): 40 significant
 * digits is far beyond any yen amount this library meets (10^12 yen × 14.6% ×
 * 36,500 days has 20 digits).
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = Decimal;

/** A whole number of yen (0 … Number.MAX_SAFE_INTEGER). */
export type Yen = number;

/** Days in a month for the daily rate, whatever the month's length (第15条2項, 第25条4項; I-06). */
export const DAYS_PER_MONTH_FOR_DAILY_RATE: number = latestTermsNumber('dailyRateDivisor');

const DIGITS = /^(0|[1-9][0-9]*)$/;
const EXPECTED = 'an amount of yen as a whole number of 0 or more (a number, or a string of digits)';

/**
 * Checks an amount of yen. Accepts a non-negative safe integer, or a string of
 * ASCII digits without leading zeros (`'100000'`). Refuses floats (`1.5`,
 * `1e21`), negatives, `-0`, `NaN`, `Infinity`, full-width digits and anything
 * larger than `Number.MAX_SAFE_INTEGER`.
 */
export function tryParseYen(value: unknown): Yen | string {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)) return value;
    return `expected ${EXPECTED}, got ${describeValue(value)}`;
  }
  if (typeof value === 'string' && DIGITS.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
    return `expected an amount of at most ${Number.MAX_SAFE_INTEGER} yen, got ${describeValue(value)}`;
  }
  return `expected ${EXPECTED}, got ${describeValue(value)}`;
}

/** {@link tryParseYen}, throwing a {@link TermsError} that names `field`. */
export function parseYen(value: unknown, field = 'amount'): Yen {
  const r = tryParseYen(value);
  if (typeof r === 'string') throw invalidInput(field, r, 'yen', { received: describeValue(value) });
  return r;
}

const MODES: Record<Rounding, Decimal.Rounding> = {
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  ceil: Decimal.ROUND_CEIL,
};

/**
 * Rounds an exact amount to whole yen — the one rounding of a computation.
 *
 * @example
 * ```ts
 * import { Dec, roundYen } from 'cloud-ops-terms';
 * roundYen(new Dec('33333.5'), 'floor');
 * //=> 33333
 * roundYen(new Dec('33333.5'), 'half-up');
 * //=> 33334
 * ```
 */
export function roundYen(amount: Decimal, rounding: Rounding, field = 'amount'): Yen {
  if (!Decimal.isDecimal(amount) || !amount.isFinite()) {
    throw invalidInput(field, `expected a finite Decimal amount, got ${describeValue(amount)}`);
  }
  const mode = typeof rounding === 'string' && Object.hasOwn(MODES, rounding) ? MODES[rounding] : undefined;
  if (mode === undefined) {
    throw invalidInput('rounding', `expected one of 'floor', 'half-up', 'ceil', got ${describeValue(rounding)}`);
  }
  const n = amount.toDecimalPlaces(0, mode).toNumber();
  if (!Number.isSafeInteger(n)) {
    throw new TermsError('AMOUNT_OUT_OF_RANGE', [
      { path: field, message: `the computed amount is not a whole number of yen up to ${Number.MAX_SAFE_INTEGER}` },
    ]);
  }
  return n === 0 ? 0 : n; // never -0
}

/**
 * `monthlyFee × days / 30`, exact: the daily rate of 第15条2項 and 第25条4項
 * (月額料金の30分の1を1日分の料金として計算; I-06). Multiplies first and divides
 * once, so nothing is lost before the final rounding.
 *
 * @example
 * ```ts
 * import { dailyProrated, roundYen } from 'cloud-ops-terms';
 * // 100,000 yen a month, 15 days: 100,000 × 15 / 30 = 50,000.
 * roundYen(dailyProrated(100_000, 15), 'floor');
 * //=> 50000
 * // 100,000 yen a month, 1 day: 3,333.33… → 3,333 (floor).
 * roundYen(dailyProrated(100_000, 1), 'floor');
 * //=> 3333
 * ```
 */
export function dailyProrated(monthlyFee: Yen, days: number): Decimal {
  parseYen(monthlyFee, 'monthlyFee');
  if (!Number.isSafeInteger(days) || days < 0) {
    throw invalidInput('days', `expected a whole number of days of 0 or more, got ${describeValue(days)}`);
  }
  return new Dec(monthlyFee).times(days).dividedBy(DAYS_PER_MONTH_FOR_DAILY_RATE);
}
