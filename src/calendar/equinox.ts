/**
 * 春分日 and 秋分日: the days of the vernal and autumnal equinoxes in Japan.
 *
 * 国民の祝日に関する法律 第2条 names 「春分日」 and 「秋分日」 without a date: each year
 * the Cabinet announces them in the official gazette (官報) in February of the year
 * before, from the 国立天文台's 暦象年表. We compute them with the usual
 * approximation, from 暦計算研究会 編『新こよみ便利帳』(恒星社厚生閣, 1991):
 *
 * ```text
 * 春分日 = int(20.8431 + 0.242194 × (Y − 1980) − int((Y − 1980) / 4))   1980–2099
 *        = int(20.8357 + 0.242194 × (Y − 1980) − int((Y − 1983) / 4))   1900–1979
 * 秋分日 = int(23.2488 + 0.242194 × (Y − 1980) − int((Y − 1980) / 4))   1980–2099
 *        = int(23.2588 + 0.242194 × (Y − 1980) − int((Y − 1983) / 4))   1900–1979
 * ```
 *
 * (day of March / September; `int` truncates toward zero). For Y < 1983,
 * `int((Y − 1983) / 4)` equals `floor((Y − 1980) / 4)`, and for Y ≥ 1980 so does
 * `int((Y − 1980) / 4)`, so one expression with `floor` serves both ranges and only
 * the constant changes. Valid for 1900–2099: it agrees with every announced day
 * 1955–2050 (test/calendar/holiday-jp.test.ts); beyond the latest gazette the days
 * are predictions, as any table's are.
 *
 * @module
 */

/** The mean length of the tropical year in days, as the formula writes it. */
const TROPICAL_YEAR_FRACTION = 0.242194;

function equinoxDay(year: number, before1980: number, from1980: number): number {
  const constant = year < 1980 ? before1980 : from1980;
  return Math.floor(constant + TROPICAL_YEAR_FRACTION * (year - 1980) - Math.floor((year - 1980) / 4));
}

/**
 * 春分日: the day of March of the vernal equinox in `year` (1900–2099), JST.
 *
 * @example
 * ```ts
 * import { nationalHolidays } from 'cloud-ops-terms';
 * // vernalEquinoxDay(2027) is 21:
 * nationalHolidays({ year: 2027 }).holidays.find((h) => h.name === '春分の日')?.date;
 * //=> '2027-03-21'
 * ```
 */
export function vernalEquinoxDay(year: number): number {
  return equinoxDay(year, 20.8357, 20.8431);
}

/**
 * 秋分日: the day of September of the autumnal equinox in `year` (1900–2099), JST.
 *
 * @example
 * ```ts
 * import { nationalHolidays } from 'cloud-ops-terms';
 * // autumnalEquinoxDay(2027) is 23:
 * nationalHolidays({ year: 2027 }).holidays.find((h) => h.name === '秋分の日')?.date;
 * //=> '2027-09-23'
 * ```
 */
export function autumnalEquinoxDay(year: number): number {
  return equinoxDay(year, 23.2588, 23.2488);
}
