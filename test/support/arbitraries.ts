import fc from 'fast-check';
import { CalendarDate } from '../../src/index.js';

const EPOCH_1900 = CalendarDate.parse('1900-01-01').epochDay;
const EPOCH_2199 = CalendarDate.parse('2199-12-31').epochDay;

/** Any CalendarDate whose year lies in [fromYear, toYear]. */
export function calendarDate(fromYear = 1990, toYear = 2100): fc.Arbitrary<CalendarDate> {
  const min = Math.max(EPOCH_1900, CalendarDate.of(fromYear, 1, 1).epochDay);
  const max = Math.min(EPOCH_2199, CalendarDate.of(toYear, 12, 31).epochDay);
  return fc.integer({ min, max }).map((n) => CalendarDate.fromEpochDay(n));
}

/** A CalendarDate as its 'YYYY-MM-DD' string. */
export function isoDate(fromYear = 1990, toYear = 2100): fc.Arbitrary<string> {
  return calendarDate(fromYear, toYear).map((d) => d.toString());
}
