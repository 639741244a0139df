/**
 * 国民の祝日に関する法律 第2条: 「春分の日 春分日」「秋分の日 秋分日」.
 *
 * The days come from the approximation in src/calendar/equinox.ts (新こよみ便利帳). Inside
 * 1970–2050 holiday-jp.test.ts checks them against the announced days; here an independent
 * astronomical computation checks every year of the table, 1955–2099: the equinox instants
 * of Meeus, "Astronomical Algorithms" (2nd ed., ch. 27: mean equinox + 24 periodic terms),
 * with ΔT from the Espenak–Meeus polynomials (NASA eclipse web site), read in JST.
 */
import { describe, expect, it } from 'vitest';
import { nationalHolidays } from '../../src/index.js';
import { autumnalEquinoxDay, vernalEquinoxDay } from '../../src/calendar/equinox.js';

const A = [485, 203, 199, 182, 156, 136, 77, 74, 70, 58, 52, 50, 45, 44, 29, 18, 17, 16, 14, 12, 12, 12, 9, 8];
const B = [
  324.96, 337.23, 342.08, 27.85, 73.14, 171.52, 222.54, 296.72, 243.58, 119.81, 297.17, 21.02, 247.54, 325.15, 60.93,
  155.12, 288.79, 198.04, 199.76, 95.39, 287.11, 320.81, 227.73, 15.45,
];
const C = [
  1934.136, 32964.467, 20.186, 445267.112, 45036.886, 22518.443, 65928.934, 3034.906, 9037.513, 33718.147, 150.678,
  2281.226, 29929.562, 31555.956, 4443.417, 67555.328, 4562.452, 62894.029, 31436.921, 14577.848, 31931.756, 34777.259,
  1222.114, 16859.074,
];
const RAD = Math.PI / 180;

/** Julian Ephemeris Day of the March (`'march'`) or September equinox of `year` (Meeus 27.1–27.3). */
function equinoxJde(year: number, which: 'march' | 'september'): number {
  const y = (year - 2000) / 1000;
  const jde0 =
    which === 'march'
      ? 2451623.80984 + 365242.37404 * y + 0.05169 * y ** 2 - 0.00411 * y ** 3 - 0.00057 * y ** 4
      : 2451810.21715 + 365242.01767 * y - 0.11575 * y ** 2 + 0.00337 * y ** 3 + 0.00078 * y ** 4;
  const t = (jde0 - 2451545.0) / 36525;
  const w = 35999.373 * t - 2.47;
  const dl = 1 + 0.0334 * Math.cos(w * RAD) + 0.0007 * Math.cos(2 * w * RAD);
  let s = 0;
  for (let i = 0; i < A.length; i++) s += (A[i] as number) * Math.cos(((B[i] as number) + (C[i] as number) * t) * RAD);
  return jde0 + (0.00001 * s) / dl;
}

/** ΔT = TT − UT in seconds (Espenak–Meeus polynomials). */
function deltaT(year: number): number {
  const t = year - 2000;
  if (year < 1961) {
    const u = year - 1950;
    return 29.07 + 0.407 * u - u ** 2 / 233 + u ** 3 / 2547;
  }
  if (year < 1986) {
    const u = year - 1975;
    return 45.45 + 1.067 * u - u ** 2 / 260 - u ** 3 / 718;
  }
  if (year < 2005)
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  if (year < 2050) return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}

/** The JST day of the month of the equinox, and its minutes from the nearest midnight. */
function astronomicalDay(year: number, which: 'march' | 'september'): { day: number; marginMinutes: number } {
  const jstJd = equinoxJde(year, which) - deltaT(year) / 86_400 + 9 / 24;
  // Julian Day 2440587.5 is 1970-01-01T00:00 (here: JST).
  const ms = (jstJd - 2440587.5) * 86_400_000;
  const date = new Date(ms);
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  return { day: date.getUTCDate(), marginMinutes: Math.min(minutes, 1440 - minutes) };
}

describe('春分日 and 秋分日', () => {
  it('the approximation agrees with the astronomical equinox for every year 1955–2099', () => {
    const differences: string[] = [];
    let closest = { year: 0, which: '', margin: Number.POSITIVE_INFINITY };
    for (let year = 1955; year <= 2099; year++) {
      for (const which of ['march', 'september'] as const) {
        const { day, marginMinutes } = astronomicalDay(year, which);
        const ours = which === 'march' ? vernalEquinoxDay(year) : autumnalEquinoxDay(year);
        if (day !== ours) differences.push(`${year} ${which}: formula ${ours}, astronomy ${day}`);
        if (marginMinutes < closest.margin) closest = { year, which, margin: marginMinutes };
      }
    }
    expect(differences).toEqual([]);
    // The nearest call: the September equinox of 2074, a few minutes after midnight JST
    // (docs/calendar.md). Within ΔT's uncertainty, but both methods put it on the 23rd.
    expect(closest).toMatchObject({ year: 2074, which: 'september' });
    expect(closest.margin).toBeLessThan(10);
  });

  it('known days: 1955-09-24 and 1956-09-23 (Cabinet Office list); 2092-03-19 by both methods', () => {
    expect(autumnalEquinoxDay(1955)).toBe(24);
    expect(autumnalEquinoxDay(1956)).toBe(23);
    expect(vernalEquinoxDay(2092)).toBe(19);
    expect(nationalHolidays({ year: 2092 }).holidays).toContainEqual({
      date: '2092-03-19',
      name: '春分の日',
      kind: 'statutory',
    });
  });
});

describe('the constants change in 1980, as the formula writes them', () => {
  it('1917 (before 1980): 秋分日 = int(23.2588 − 0.242194 × 63 + 16) = int(24.0006) = 24', () => {
    // With the 1980–2099 constant it would be int(23.9906) = 23.
    expect(autumnalEquinoxDay(1917)).toBe(24);
  });

  it('1927 (before 1980): 春分日 = int(20.8357 − 0.242194 × 53 + 14) = int(21.9994) = 21', () => {
    // With the 1980–2099 constant it would be int(22.0068) = 22.
    expect(vernalEquinoxDay(1927)).toBe(21);
  });
});
