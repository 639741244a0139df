/**
 * The digits of a `'YYYY-MM-DD'` text, read by hand: shared by `CalendarDate`'s parse and the
 * holiday table. Internal (not exported from the package).
 *
 * @module
 */
const DASH = 45;
const ZERO = 48;

/** The digit at `i` of `s` (0–9), or −1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The numbers a `'YYYY-MM-DD'`-shaped text spells, as `year × 10,000 + month × 100 + day`, or −1
 * when it is not ten characters with digits at 0–3, 5–6 and 8–9 and '-' between. Read by hand,
 * without a regular expression or slicing (parsing dates is most of what validation does); whether
 * the day exists is for the caller.
 */
export function ymdOfText(s: string): number {
  return s.length === 10 ? ymdAt(s, 0) : -1;
}

/**
 * {@link ymdOfText} for the ten characters of `s` from `at` (what follows them is the caller's):
 * the NDJSON line reader reads a date in place, without cutting it out of the line.
 */
export function ymdAt(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== DASH || s.charCodeAt(at + 7) !== DASH) return -1;
  const y0 = digitAt(s, at);
  const y1 = digitAt(s, at + 1);
  const y2 = digitAt(s, at + 2);
  const y3 = digitAt(s, at + 3);
  const m0 = digitAt(s, at + 5);
  const m1 = digitAt(s, at + 6);
  const d0 = digitAt(s, at + 8);
  const d1 = digitAt(s, at + 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 10_000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1;
}
