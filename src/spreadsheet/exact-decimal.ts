/**
 * The Sheets bundle's stand-in for decimal.js: exact rational arithmetic on
 * `BigInt`, with the part of decimal.js's API that src/core/money.ts and the
 * articles use (`clone`, `isDecimal`, the modes `ROUND_FLOOR`, `ROUND_CEIL`,
 * `ROUND_HALF_UP`, `plus`, `times`, `dividedBy`, `isFinite`,
 * `toDecimalPlaces`, `toNumber`). Anything else throws, so a future use of
 * another part of decimal.js fails the Sheets tests instead of differing.
 *
 * Why: decimal.js is about 13 KB of the script gzipped — half the 25 KB budget —
 * and the library needs none of its precision machinery: every amount is whole
 * yen times whole numbers, divided once by a whole number, then rounded once to
 * whole yen. Exact fractions give the same answer as decimal.js at 40
 * significant digits for every such computation (a fraction p/q that is not a
 * whole number or a half lies at least 1/(2q) from one, far above 40 digits'
 * error), and test/spreadsheet/exact-decimal.test.ts checks it against
 * decimal.js, mode by mode. The library build keeps decimal.js; only the
 * Sheets bundle (src/spreadsheet/build.ts) resolves `decimal.js` to this file.
 *
 * @module
 */

/** What the constructor and the operations accept: whole numbers (as the library passes them) and fractions. */
export type DecimalValue = number | bigint | Decimal;

function abs(a: bigint): bigint {
  return a < 0n ? -a : a;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `[numerator, denominator]` of a value; the library only ever passes whole numbers of yen, days and months. */
function ratioOf(value: DecimalValue): [bigint, bigint] {
  if (value instanceof Decimal) return [value.numerator, value.denominator];
  if (typeof value === 'bigint') return [value, 1n];
  if (!Number.isSafeInteger(value))
    throw new RangeError(`exact-decimal: expected a whole number, got ${String(value)}`);
  return [BigInt(value), 1n];
}

/** `a / b` rounded to a whole number by a decimal.js rounding mode the library uses (`b > 0`). */
function divideRounded(a: bigint, b: bigint, mode: number): bigint {
  if (mode !== Decimal.ROUND_FLOOR && mode !== Decimal.ROUND_CEIL && mode !== Decimal.ROUND_HALF_UP) {
    throw new RangeError(`exact-decimal: rounding mode ${String(mode)} is not supported`);
  }
  const q = a / b; // truncated towards zero
  const r = a % b; // with the sign of a
  if (r === 0n) return q;
  const away = q + (a < 0n ? -1n : 1n);
  if (mode === Decimal.ROUND_FLOOR) return a < 0n ? away : q;
  if (mode === Decimal.ROUND_CEIL) return a > 0n ? away : q;
  return abs(r) * 2n >= b ? away : q; // ROUND_HALF_UP: halves away from zero
}

/** An exact fraction with decimal.js's method names. Immutable. */
export class Decimal {
  static readonly ROUND_CEIL = 2;
  static readonly ROUND_FLOOR = 3;
  static readonly ROUND_HALF_UP = 4;

  readonly numerator: bigint;
  /** Always positive; the fraction is in lowest terms. */
  readonly denominator: bigint;

  constructor(value: DecimalValue, denominator?: bigint) {
    let [n, d] = denominator === undefined ? ratioOf(value) : [value as bigint, denominator];
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d);
    this.numerator = g > 1n ? n / g : n;
    this.denominator = g > 1n ? d / g : d;
    Object.freeze(this);
  }

  /** decimal.js makes a configured copy of its class; exact fractions need no precision, so this is the class itself. */
  static clone(_config?: unknown): typeof Decimal {
    return Decimal;
  }

  static isDecimal(value: unknown): value is Decimal {
    return value instanceof Decimal;
  }

  plus(value: DecimalValue): Decimal {
    const [n, d] = ratioOf(value);
    return new Decimal(this.numerator * d + n * this.denominator, this.denominator * d);
  }

  times(value: DecimalValue): Decimal {
    const [n, d] = ratioOf(value);
    return new Decimal(this.numerator * n, this.denominator * d);
  }

  dividedBy(value: DecimalValue): Decimal {
    const [n, d] = ratioOf(value);
    if (n === 0n) throw new RangeError('exact-decimal: division by zero');
    return new Decimal(this.numerator * d, this.denominator * n);
  }

  /** Always true: an exact fraction is never NaN or infinite. */
  isFinite(): boolean {
    return true;
  }

  /** Rounded to `places` decimal places by `mode` (default ROUND_HALF_UP, as the library's clone). */
  toDecimalPlaces(places = 0, mode: number = Decimal.ROUND_HALF_UP): Decimal {
    const scale = 10n ** BigInt(places);
    return new Decimal(divideRounded(this.numerator * scale, this.denominator, mode), scale);
  }

  /** The nearest number; exact for a whole number up to 2^53 (all the library converts). */
  toNumber(): number {
    return Number(this.numerator) / Number(this.denominator);
  }
}

export default Decimal;
