/**
 * Proof against an independent source: @holiday-jp/holiday_jp (a dev dependency,
 * used here only) lists Japan's holidays 1970–2050 from the Cabinet Office's data.
 * Every day of every year it covers must agree with the rules in src/calendar/:
 * the same days, and the same names wherever both write the statutory name.
 *
 * The one systematic naming difference (docs/calendar.md): holiday_jp writes a
 * 振替休日 as 「<a 祝日 it follows> 振替休日」 (「天皇誕生日 振替休日」); the Cabinet
 * Office, and we, write 「休日」 with kind `substitute`.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import { computeNationalHolidays } from '../../src/calendar/holiday-law.js';
import { CalendarDate, isNationalHoliday, nationalHolidays } from '../../src/index.js';

const oracle: Record<string, { name: string }> = holidayJp.holidays;
const years = [...new Set(Object.keys(oracle).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);

describe('@holiday-jp/holiday_jp agrees with the rules', () => {
  it('covers 1970–2050, every year of it', () => {
    expect(years[0]).toBe(1970);
    expect(years.at(-1)).toBe(2050);
    expect(years).toHaveLength(2050 - 1970 + 1);
  });

  it.each(years)('%i: every day is a holiday in both or in neither, under the same name', (year) => {
    const differences: string[] = [];
    const last = CalendarDate.of(year, 12, 31);
    for (let d = CalendarDate.of(year, 1, 1); d.isOnOrBefore(last); d = d.addDays(1)) {
      const date = d.toString();
      const theirs = oracle[date];
      const ours = isNationalHoliday({ date });
      if (ours.holiday !== (theirs !== undefined)) {
        differences.push(`${date}: ours ${ours.name ?? '-'}, holiday_jp ${theirs?.name ?? '-'}`);
        continue;
      }
      if (!ours.holiday || theirs === undefined) continue;
      if (ours.kind === 'substitute') {
        // holiday_jp's 「<name> 振替休日」 names one of the 祝日 of the run just before it,
        // which starts on a Sunday: 2020-05-06 is 「憲法記念日 振替休日」 (Sunday 05-03), but
        // 2008-05-06 「こどもの日 振替休日」 (05-05, after みどりの日 on Sunday 05-04).
        const replaced = /^(.+) 振替休日$/.exec(theirs.name)?.[1];
        const run: { name?: string | undefined; sunday: boolean }[] = [];
        for (let b = d.addDays(-1); isNationalHoliday({ date: b }).kind === 'statutory'; b = b.addDays(-1)) {
          run.push({ name: isNationalHoliday({ date: b }).name, sunday: b.dayOfWeek() === 0 });
        }
        const ok = ours.name === '休日' && run.some((r) => r.sunday) && run.some((r) => r.name === replaced);
        if (!ok) differences.push(`${date}: ours ${ours.name} after ${run.length} 祝日, holiday_jp ${theirs.name}`);
      } else if (ours.name !== theirs.name) {
        differences.push(`${date}: ours ${ours.name}, holiday_jp ${theirs.name}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('and nationalHolidays lists exactly its days', () => {
    for (const year of years) {
      const ours = nationalHolidays({ year }).holidays.map((h) => h.date);
      const theirs = Object.keys(oracle)
        .filter((d) => d.startsWith(`${year}-`))
        .sort();
      expect(ours, String(year)).toEqual(theirs);
    }
  });
});

describe('@holiday-jp/holiday_jp agrees with the law itself (computeNationalHolidays, without the cache)', () => {
  // The public functions compute a year once and keep it; this asks the rules afresh
  // for every year, so each year's test exercises the rules (substitutes, 国民の休日,
  // the 2007 amendment, the special laws) and not a table computed by an earlier test.
  it.each(years)('%i: the same days, the same names (a 振替休日 is 「休日」 here, 「… 振替休日」 there)', (year) => {
    const ours = computeNationalHolidays(year).map((h) =>
      h.kind === 'substitute' ? `${h.date} 振替休日` : `${h.date} ${h.name}`,
    );
    const theirs = Object.keys(oracle)
      .filter((d) => d.startsWith(`${year}-`))
      .sort()
      .map((d) => {
        const name = oracle[d]?.name ?? '';
        return name.endsWith(' 振替休日') ? `${d} 振替休日` : `${d} ${name}`;
      });
    expect(ours).toEqual(theirs);
  });
});
