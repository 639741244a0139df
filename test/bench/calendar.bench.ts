/**
 * Calendar lookups over random dates 2000–2050 (issue 4: at least 5 million
 * isNationalHoliday / isBusinessDay calls a second, and within 2× of a plain
 * lookup in a Set of 'YYYY-MM-DD' strings). Each benchmark iteration makes
 * BATCH calls, so calls per second = hz × BATCH. Run with `npm run bench`
 * (`npm run build` first for the built-package group); never timed in a test.
 *
 * Two groups: the source modules as vitest loads them (its module runner turns
 * every cross-module call into a property read, which costs the small
 * functions here about 2×), and the built package (dist/index.cjs) loaded by
 * Node's own `require`, as services run it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bench, describe } from 'vitest';
import { isBusinessDate } from '../../src/calendar/business-days.js';
import { isNationalHolidayDate } from '../../src/calendar/national-holidays.js';
import * as source from '../../src/index.js';
import { mulberry32 } from './random.js';

const BATCH = 10_000;
const { CalendarDate } = source;
const FIRST = CalendarDate.parse('2000-01-01').epochDay;
const LAST = CalendarDate.parse('2050-12-31').epochDay;

// A fixed pseudo-random sequence, so every run looks up the same dates.
const random = mulberry32(20_270_401);

const dates = Array.from({ length: BATCH }, () =>
  CalendarDate.fromEpochDay(FIRST + Math.floor(random() * (LAST - FIRST + 1))),
);
const strings = dates.map((d) => d.toString());
const inputs = strings.map((date) => ({ date }));
const holidaySet = new Set<string>();
for (let year = 2000; year <= 2050; year++) {
  for (const h of source.nationalHolidays({ year }).holidays) holidaySet.add(h.date);
}
const companyHolidays = {
  companyHolidays: ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-03', '2030-08-13', '2030-08-14'],
};

type Api = Pick<typeof source, 'isNationalHoliday' | 'isBusinessDay' | 'isBankHoliday'>;
const DIST = new URL('../../dist/index.cjs', import.meta.url);
const built: Api | undefined = existsSync(DIST) ? createRequire(import.meta.url)(DIST.pathname) : undefined;

let sink = 0;
const kept: unknown[] = new Array(BATCH);

function baseline(): void {
  let n = 0;
  for (let i = 0; i < BATCH; i++) if (holidaySet.has(strings[i] as string)) n++;
  sink += n;
}

describe(`source modules under vitest (${BATCH.toLocaleString('en')} random dates 2000–2050 an iteration)`, () => {
  bench('baseline: Set<string>.has(date)', baseline);

  bench('isNationalHoliday({ date }) — validated', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) if (source.isNationalHoliday(inputs[i] as { date: string }).holiday) n++;
    sink += n;
  });

  bench('isNationalHolidayDate(CalendarDate) — trusted', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) if (isNationalHolidayDate(dates[i] as source.CalendarDate)) n++;
    sink += n;
  });

  bench('isBusinessDay({ date }) — validated', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) if (source.isBusinessDay(inputs[i] as { date: string }).businessDay) n++;
    sink += n;
  });

  bench('isBusinessDate(CalendarDate) — trusted', () => {
    let n = 0;
    for (let i = 0; i < BATCH; i++) if (isBusinessDate(dates[i] as source.CalendarDate)) n++;
    sink += n;
  });
});

describe.skipIf(built === undefined)(
  `built package, dist/index.cjs by require (${BATCH.toLocaleString('en')} random dates 2000–2050 an iteration)`,
  () => {
    const lib = built as Api;

    bench('baseline: Set<string>.has(date)', baseline);

    bench('isNationalHoliday({ date })', () => {
      let n = 0;
      for (let i = 0; i < BATCH; i++) if (lib.isNationalHoliday(inputs[i] as { date: string }).holiday) n++;
      sink += n;
    });

    bench('isNationalHoliday({ date }), every result kept', () => {
      for (let i = 0; i < BATCH; i++) kept[i] = lib.isNationalHoliday(inputs[i] as { date: string });
    });

    bench('isNationalHoliday({ date: string }), input built per call', () => {
      let n = 0;
      for (let i = 0; i < BATCH; i++) if (lib.isNationalHoliday({ date: strings[i] as string }).holiday) n++;
      sink += n;
    });

    bench('isBusinessDay({ date })', () => {
      let n = 0;
      for (let i = 0; i < BATCH; i++) if (lib.isBusinessDay(inputs[i] as { date: string }).businessDay) n++;
      sink += n;
    });

    bench('isBusinessDay({ date }, { companyHolidays: 6 dates })', () => {
      let n = 0;
      for (let i = 0; i < BATCH; i++)
        if (lib.isBusinessDay(inputs[i] as { date: string }, companyHolidays).businessDay) n++;
      sink += n;
    });

    bench('isBankHoliday({ date })', () => {
      let n = 0;
      for (let i = 0; i < BATCH; i++) if (lib.isBankHoliday(inputs[i] as { date: string }).holiday) n++;
      sink += n;
    });
  },
);

// Keep the results observable so the loops cannot be optimised away.
export const benchSink = (): number => sink + kept.length;
