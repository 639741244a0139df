/**
 * Exact `a × b / c` in whole yen with numbers where numbers are exact — the fast
 * path of the hottest amounts (late interest, the first month). Internal: the layers
 * above import it from here; the package root does not export it.
 *
 * @module
 */
import { Dec, type Yen, roundYen } from './money.js';
import type { Rounding } from './options.js';

/**
 * `a × b / c` in whole yen, rounded once by `rounding` — exactly, as
 * `roundYen(new Dec(a).times(b).dividedBy(c), rounding)` would give it, but
 * without decimal.js where numbers suffice. Trusted: a and b whole numbers ≥ 0,
 * c a whole number > 0.
 *
 * When n = a × b and n + c stay within Number.MAX_SAFE_INTEGER, numbers are exact:
 * each product is then exact; q = floor(n / c) is exact too, since n / c lies at
 * least 1/c below q + 1 and (q + 1) × c ≤ n + c < 2^53 makes that gap wider than
 * half the spacing of doubles near q + 1, so the division cannot round up to it;
 * and the remainder r = n − q × c is exact. Then floor is q, ceil q + (r > 0), and
 * half-up q + (2r ≥ c). Beyond that range decimal.js computes it.
 */
export function mulDivYen(a: number, b: number, c: number, rounding: Rounding, field = 'amount'): Yen {
  const n = a * b;
  if (!(Number.isSafeInteger(n) && n <= Number.MAX_SAFE_INTEGER - c)) {
    return roundYen(new Dec(a).times(b).dividedBy(c), rounding, field);
  }
  const q = Math.floor(n / c);
  const r = n - q * c;
  if (rounding === 'floor') return q;
  if (rounding === 'ceil') return r > 0 ? q + 1 : q;
  if (rounding === 'half-up') return 2 * r >= c ? q + 1 : q;
  return roundYen(new Dec(n).dividedBy(c), rounding, field); // refuses the unknown rounding, naming it
}
