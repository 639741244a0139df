/**
 * Facts of a day that need no holiday law: the day of the week by day number
 * (days since 1970-01-01, a Thursday), and the banks' year end.
 *
 * @module
 */

/** 0 = Sunday … 6 = Saturday, as `CalendarDate#dayOfWeek`. */
export function dayOfWeekOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** True on Saturdays and Sundays (not 平日: サービス仕様書 第1 5; banks closed: I-11). */
export function isWeekendEpochDay(epochDay: number): boolean {
  const dow = dayOfWeekOf(epochDay);
  return dow === 0 || dow === 6;
}

/**
 * True from 12月31日 to 1月3日, when banks close for the year end
 * (銀行法第15条1項, 銀行法施行令第5条1項; I-11).
 */
export function isBankYearEnd(month: number, day: number): boolean {
  return month === 12 ? day === 31 : month === 1 && day <= 3;
}
