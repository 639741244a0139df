/**
 * サービス仕様書 第1 5: 「当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時」
 *
 * 国民の祝日に関する法律 (昭和23年法律第178号) as amended — the days it names are
 * written by hand below, year by year, from the law's words:
 *   第2条 the 国民の祝日 (fixed days; 第n月曜日 from 2000 / 2003; 春分日・秋分日)
 *   第3条2項 (1973-04-12) 「「国民の祝日」が日曜日にあたるときは、その翌日を休日とする。」
 *            (2007) 「…その日後においてその日に最も近い「国民の祝日」でない日を休日とする。」
 *   第3条3項 (1985-12-27) 「その前日及び翌日が「国民の祝日」である日（日曜日にあたる日及び
 *            前項に規定する休日にあたる日を除く。）は、休日とする。」
 *            (2007) 「その前日及び翌日が「国民の祝日」である日（「国民の祝日」でない日に限る。）は、休日とする。」
 * and the special laws (1959-04-10, 1989-02-24, 1990-11-12, 1993-06-09, 2019-05-01, 2019-10-22)
 * and the Olympic moves of 2020 and 2021. Names as the Cabinet Office writes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, isNationalHoliday, nationalHolidays, TermsError } from '../../src/index.js';
import {
  FIRST_HOLIDAY_EPOCH_DAY,
  LAST_HOLIDAY_EPOCH_DAY,
  epochDayOfDateInput,
  isNationalHolidayDate,
  isNationalHolidayEpochDay,
  nationalHolidayAt,
  nationalHolidayOn,
  nationalHolidaysOf,
  onField,
  quickDateField,
  quickEpochDay,
} from '../../src/calendar/national-holidays.js';
import { calendarDate, isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

/** `'MM-DD name'` lines of a year, kinds other than statutory in brackets. */
function yearList(year: number): string[] {
  return nationalHolidays({ year }).holidays.map(
    (h) => `${h.date.slice(5)} ${h.name}${h.kind === 'statutory' ? '' : ` [${h.kind}]`}`,
  );
}

describe('national holidays of the edge years, written by hand from the law', () => {
  it('1973: the first 振替休日 is 04-30 (天皇誕生日 on Sunday 04-29); 02-11, a Sunday before 04-12, has none', () => {
    // 昭和48年法律第10号 took effect on 1973-04-12. 1973-02-11 was a Sunday: no substitute.
    // 04-29 Sunday → 04-30; 09-23 (秋分, Sunday) → 09-24.
    expect(yearList(1973)).toEqual([
      '01-01 元日',
      '01-15 成人の日',
      '02-11 建国記念の日',
      '03-21 春分の日',
      '04-29 天皇誕生日',
      '04-30 休日 [substitute]',
      '05-03 憲法記念日',
      '05-05 こどもの日',
      '09-15 敬老の日',
      '09-23 秋分の日',
      '09-24 休日 [substitute]',
      '10-10 体育の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
    ]);
  });

  it('1985: 国民の休日 begins on 12-27, so 05-04 (a Saturday) is not yet one; the first is 1988-05-04', () => {
    // Sundays: 05-05 → 05-06, 09-15 → 09-16, 11-03 → 11-04.
    expect(yearList(1985)).toEqual([
      '01-01 元日',
      '01-15 成人の日',
      '02-11 建国記念の日',
      '03-21 春分の日',
      '04-29 天皇誕生日',
      '05-03 憲法記念日',
      '05-05 こどもの日',
      '05-06 休日 [substitute]',
      '09-15 敬老の日',
      '09-16 休日 [substitute]',
      '09-23 秋分の日',
      '10-10 体育の日',
      '11-03 文化の日',
      '11-04 休日 [substitute]',
      '11-23 勤労感謝の日',
    ]);
    // 1986-05-04 was a Sunday (excluded by 「日曜日にあたる日…を除く」); 1987-05-04, a Monday,
    // was the 振替休日 of Sunday 05-03 (excluded as 「前項に規定する休日」); 1988-05-04, a Wednesday, is the first.
    expect(isNationalHoliday({ date: '1986-05-04' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '1987-05-04' })).toMatchObject({ holiday: true, kind: 'substitute' });
    expect(isNationalHoliday({ date: '1988-05-04' })).toMatchObject({ holiday: true, name: '休日', kind: 'citizens' });
  });

  it('1989: 大喪の礼 on 02-24, 04-29 becomes みどりの日, 天皇誕生日 moves to 12-23', () => {
    // 01-01 and 01-15 were Sundays → 01-02, 01-16. 05-04 (Thursday) lies between 05-03 and 05-05.
    expect(yearList(1989)).toEqual([
      '01-01 元日',
      '01-02 休日 [substitute]',
      '01-15 成人の日',
      '01-16 休日 [substitute]',
      '02-11 建国記念の日',
      '02-24 大喪の礼 [special]',
      '03-21 春分の日',
      '04-29 みどりの日',
      '05-03 憲法記念日',
      '05-04 休日 [citizens]',
      '05-05 こどもの日',
      '09-15 敬老の日',
      '09-23 秋分の日',
      '10-10 体育の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
      '12-23 天皇誕生日',
    ]);
  });

  it('2007: 昭和の日 on 04-29, みどりの日 on 05-04, and the substitute goes to the next day that is not a 祝日', () => {
    // 04-29 (Sunday) → 04-30; 09-23 (Sunday) → 09-24; 12-23 (Sunday) → 12-24.
    // Happy Monday: 成人 2nd Mon Jan = 01-08, 海 3rd Mon Jul = 07-16, 敬老 3rd Mon Sep = 09-17, 体育 2nd Mon Oct = 10-08.
    expect(yearList(2007)).toEqual([
      '01-01 元日',
      '01-08 成人の日',
      '02-11 建国記念の日',
      '02-12 休日 [substitute]',
      '03-21 春分の日',
      '04-29 昭和の日',
      '04-30 休日 [substitute]',
      '05-03 憲法記念日',
      '05-04 みどりの日',
      '05-05 こどもの日',
      '07-16 海の日',
      '09-17 敬老の日',
      '09-23 秋分の日',
      '09-24 休日 [substitute]',
      '10-08 体育の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
      '12-23 天皇誕生日',
      '12-24 休日 [substitute]',
    ]);
    // 2008-05-04 (みどりの日) was a Sunday; 05-05 is a 祝日, so the substitute is Tuesday 05-06.
    expect(isNationalHoliday({ date: '2008-05-06' })).toMatchObject({ holiday: true, kind: 'substitute' });
    // 2009-05-03 was a Sunday; 05-04 and 05-05 are 祝日 → Wednesday 05-06.
    expect(isNationalHoliday({ date: '2009-05-06' })).toMatchObject({ holiday: true, kind: 'substitute' });
    // 2009-09-22 lies between 敬老の日 (09-21) and 秋分の日 (09-23): the first September 国民の休日.
    expect(isNationalHoliday({ date: '2009-09-22' })).toMatchObject({ holiday: true, name: '休日', kind: 'citizens' });
  });

  it('2016: 山の日 on 08-11 for the first time', () => {
    expect(isNationalHoliday({ date: '2015-08-11' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '2016-08-11' })).toEqual({
      holiday: true,
      name: '山の日',
      kind: 'statutory',
      basis: ['spec.1.5'],
    });
    expect(yearList(2016)).toContain('08-11 山の日');
    expect(yearList(2016)).toHaveLength(17);
  });

  it('2019: the enthronement days, their 国民の休日, and no 天皇誕生日', () => {
    // 05-01 and 10-22 by 平成30年法律第99号, deemed 祝日 for 第3条3項: 04-30 and 05-02 lie between 祝日.
    // 05-05 (Sunday) → 05-06; 08-11 (Sunday) → 08-12; 11-03 (Sunday) → 11-04.
    // 12-23 no longer, 02-23 not yet (from the abdication on 2019-04-30).
    expect(yearList(2019)).toEqual([
      '01-01 元日',
      '01-14 成人の日',
      '02-11 建国記念の日',
      '03-21 春分の日',
      '04-29 昭和の日',
      '04-30 休日 [citizens]',
      '05-01 休日（祝日扱い） [special]',
      '05-02 休日 [citizens]',
      '05-03 憲法記念日',
      '05-04 みどりの日',
      '05-05 こどもの日',
      '05-06 休日 [substitute]',
      '07-15 海の日',
      '08-11 山の日',
      '08-12 休日 [substitute]',
      '09-16 敬老の日',
      '09-23 秋分の日',
      '10-14 体育の日（スポーツの日）',
      '10-22 休日（祝日扱い） [special]',
      '11-03 文化の日',
      '11-04 休日 [substitute]',
      '11-23 勤労感謝の日',
    ]);
  });

  it('2020: 天皇誕生日 on 02-23, スポーツの日, and the Olympic moves to 07-23, 07-24 and 08-10', () => {
    // 02-23 (Sunday) → 02-24; 05-03 (Sunday) → 05-06, the first day after it that is not a 祝日.
    expect(yearList(2020)).toEqual([
      '01-01 元日',
      '01-13 成人の日',
      '02-11 建国記念の日',
      '02-23 天皇誕生日',
      '02-24 休日 [substitute]',
      '03-20 春分の日',
      '04-29 昭和の日',
      '05-03 憲法記念日',
      '05-04 みどりの日',
      '05-05 こどもの日',
      '05-06 休日 [substitute]',
      '07-23 海の日',
      '07-24 スポーツの日',
      '08-10 山の日',
      '09-21 敬老の日',
      '09-22 秋分の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
    ]);
    // Not where the law would have put them without the move.
    expect(isNationalHoliday({ date: '2020-07-20' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '2020-08-11' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '2020-10-12' }).holiday).toBe(false);
  });

  it('2021: the Olympic moves to 07-22, 07-23 and 08-08, with 08-09 its 振替休日', () => {
    expect(yearList(2021)).toEqual([
      '01-01 元日',
      '01-11 成人の日',
      '02-11 建国記念の日',
      '02-23 天皇誕生日',
      '03-20 春分の日',
      '04-29 昭和の日',
      '05-03 憲法記念日',
      '05-04 みどりの日',
      '05-05 こどもの日',
      '07-22 海の日',
      '07-23 スポーツの日',
      '08-08 山の日',
      '08-09 休日 [substitute]',
      '09-20 敬老の日',
      '09-23 秋分の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
    ]);
    expect(isNationalHoliday({ date: '2021-07-19' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '2021-10-11' }).holiday).toBe(false);
  });

  it('the other special days: 1959-04-10, 1990-11-12 and 1993-06-09', () => {
    expect(isNationalHoliday({ date: '1959-04-10' })).toMatchObject({ name: '結婚の儀', kind: 'special' });
    expect(isNationalHoliday({ date: '1990-11-12' })).toMatchObject({ name: '即位礼正殿の儀', kind: 'special' });
    expect(isNationalHoliday({ date: '1993-06-09' })).toMatchObject({ name: '結婚の儀', kind: 'special' });
  });

  it('1955–1966 from the Cabinet Office list: no 振替休日, 建国記念の日 from 1967, 敬老の日 and 体育の日 from 1966', () => {
    // 内閣府 syukujitsu.csv lists 1955/9/24 秋分の日 and 1956/9/23 秋分の日; 1955 has the nine days of the 1948 law.
    expect(yearList(1955)).toEqual([
      '01-01 元日',
      '01-15 成人の日',
      '03-21 春分の日',
      '04-29 天皇誕生日',
      '05-03 憲法記念日',
      '05-05 こどもの日',
      '09-24 秋分の日',
      '11-03 文化の日',
      '11-23 勤労感謝の日',
    ]);
    expect(isNationalHoliday({ date: '1956-09-23' })).toMatchObject({ name: '秋分の日' });
    // 1961-01-15 was a Sunday: no substitute before 1973.
    expect(isNationalHoliday({ date: '1961-01-16' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '1966-02-11' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '1967-02-11' })).toMatchObject({ name: '建国記念の日' });
    expect(isNationalHoliday({ date: '1965-09-15' }).holiday).toBe(false);
    expect(isNationalHoliday({ date: '1966-09-15' })).toMatchObject({ name: '敬老の日' });
    expect(isNationalHoliday({ date: '1966-10-10' })).toMatchObject({ name: '体育の日' });
  });
});

describe('isNationalHoliday and nationalHolidays: form and range', () => {
  it('a day that is not a holiday has no name or kind (undefined, absent from JSON)', () => {
    const r = isNationalHoliday({ date: '2027-07-20' });
    expect(r).toEqual({ holiday: false, basis: ['spec.1.5'] });
    expect(r.name).toBeUndefined();
    expect(r.kind).toBeUndefined();
    expect(JSON.stringify(r)).toBe('{"holiday":false,"basis":["spec.1.5"]}');
  });

  it('accepts a CalendarDate as well as a string', () => {
    expect(isNationalHoliday({ date: CalendarDate.parse('2027-05-05') })).toMatchObject({ name: 'こどもの日' });
  });

  it('covers 1955-01-01 to 2099-12-31 and refuses the days either side with HOLIDAY_YEAR_OUT_OF_RANGE', () => {
    expect(isNationalHoliday({ date: '1955-01-01' })).toMatchObject({ name: '元日' });
    expect(isNationalHoliday({ date: '2099-12-31' }).holiday).toBe(false);
    const e = expectTermsError(() => isNationalHoliday({ date: '1954-12-31' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expect(e.message).toBe(
      'date: national holidays are computed for the years 1955–2099 only, and 1954-12-31 is outside them',
    );
    expectTermsError(() => isNationalHoliday({ date: '2100-01-01' }), 'date', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(
      () => isNationalHoliday({ date: CalendarDate.parse('2100-01-01') }),
      'date',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
    expectTermsError(() => nationalHolidays({ year: 1954 }), 'year', 'HOLIDAY_YEAR_OUT_OF_RANGE', /1954 is outside/);
    expectTermsError(() => nationalHolidays({ year: 2100 }), 'year', 'HOLIDAY_YEAR_OUT_OF_RANGE');
  });

  it('refuses bad dates and years with INVALID_INPUT naming the field', () => {
    expectTermsError(() => isNationalHoliday({ date: '2027-02-29' }), 'date', 'INVALID_INPUT', /2027-02/);
    expectTermsError(() => isNationalHoliday({ date: '2027-2-3' }), 'date');
    expectTermsError(() => isNationalHoliday({ date: '２０２７-０１-０１' }), 'date');
    expectTermsError(() => isNationalHoliday({ date: 20270101 } as never), 'date');
    expectTermsError(() => isNationalHoliday({ date: '1899-12-31' }), 'date', 'INVALID_INPUT');
    expectTermsError(() => isNationalHoliday({} as never), 'date');
    expectTermsError(() => isNationalHoliday(null as never), 'input');
    expectTermsError(() => isNationalHoliday([] as never), 'input');
    expectTermsError(() => nationalHolidays({ year: 2027.5 }), 'year');
    expectTermsError(() => nationalHolidays({ year: '2027' } as never), 'year');
    expectTermsError(() => nationalHolidays({ year: 1899 }), 'year', 'INVALID_INPUT');
  });

  it('returns fresh results: changing one does not change the next', () => {
    const a = nationalHolidays({ year: 2027 });
    (a.holidays as { name: string }[])[0]!.name = 'changed';
    a.basis.push('25.3');
    expect(nationalHolidays({ year: 2027 }).holidays[0]).toEqual({
      date: '2027-01-01',
      name: '元日',
      kind: 'statutory',
    });
    expect(nationalHolidays({ year: 2027 }).basis).toEqual(['spec.1.5']);
  });
});

describe('properties', () => {
  it("a year's list is sorted, without repeats, inside the year, and agrees with isNationalHoliday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1955, max: 2099 }), (year) => {
        const { holidays } = nationalHolidays({ year });
        const dates = holidays.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
        for (const h of holidays)
          expect(isNationalHoliday({ date: h.date })).toMatchObject({ holiday: true, name: h.name, kind: h.kind });
        // 元日 through 勤労感謝の日: at least the nine days of the 1948 law.
        expect(holidays.filter((h) => h.kind === 'statutory').length).toBeGreaterThanOrEqual(9);
      }),
      { numRuns: 40 },
    );
  });

  it("a substitute holiday follows a run of 祝日 that starts on a Sunday; a citizens' holiday lies between two", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1955, max: 2099 }), (year) => {
        for (const h of nationalHolidays({ year }).holidays) {
          const d = CalendarDate.parse(h.date);
          if (h.kind === 'substitute') {
            let back = d.addDays(-1);
            while (back.dayOfWeek() !== 0) back = back.addDays(-1);
            expect(isNationalHoliday({ date: back }).kind).toBe('statutory');
          }
          if (h.kind === 'citizens') {
            expect(isNationalHoliday({ date: d.addDays(-1) }).holiday).toBe(true);
            expect(isNationalHoliday({ date: d.addDays(1) }).holiday).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the fast path for { date } gives exactly what the schema gives', () => {
  const outcome = (f: () => number): unknown => {
    try {
      return f();
    } catch (e) {
      return e instanceof TermsError ? { code: e.code, message: e.message, issues: e.issues } : e;
    }
  };
  const viaFastPath = (input: unknown) => {
    const quick = quickDateField(input);
    return Number.isNaN(quick) ? epochDayOfDateInput(input) : quick;
  };

  it('computes the same day number as CalendarDate for every day 1955–2099', () => {
    for (let e = FIRST_HOLIDAY_EPOCH_DAY; e <= LAST_HOLIDAY_EPOCH_DAY; e++) {
      const s = CalendarDate.fromEpochDay(e).toString();
      if (quickEpochDay(s) !== e) expect(quickEpochDay(s), s).toBe(e);
    }
  });

  it('declines (NaN) what it does not know for certain, and never throws', () => {
    for (const v of [
      '1954-12-31',
      '2100-01-01',
      '2027-02-29',
      '2028-02-30',
      '2027-13-01',
      '2027-00-10',
      '2027-01-00',
      '2027-1-01',
      '2027/01/01',
      ' 2027-01-01',
      '2027-01-01 ',
      '２０２７-01-01',
      '+2027-01-1',
      '',
      null,
      undefined,
      20270101,
      CalendarDate.parse('2100-01-01'),
      {},
      [],
    ]) {
      expect(quickEpochDay(v)).toBeNaN();
    }
    expect(quickEpochDay('2028-02-29')).toBe(CalendarDate.parse('2028-02-29').epochDay);
    expect(quickEpochDay('2000-02-29')).toBe(CalendarDate.parse('2000-02-29').epochDay);
  });

  it('gives the same day number or the very same error as the schema, whatever the input', () => {
    const dateLike = fc.oneof(
      isoDate(1900, 2199),
      calendarDate(1900, 2199),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      fc.anything(),
    );
    const input = fc.oneof(fc.record({ date: dateLike }), fc.anything(), fc.constant([]));
    fc.assert(
      fc.property(input, (i) => {
        expect(outcome(() => viaFastPath(i))).toEqual(outcome(() => epochDayOfDateInput(i)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isNationalHolidayDate (trusted)', () => {
  it('answers for CalendarDates and refuses those outside the table', () => {
    expect(isNationalHolidayDate(CalendarDate.parse('2027-11-23'))).toBe(true);
    expect(isNationalHolidayDate(CalendarDate.parse('2027-11-24'))).toBe(false);
    expectTermsError(
      () => isNationalHolidayDate(CalendarDate.parse('1900-01-01')),
      'date',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });
});

describe('the quick reading of a date string accepts exactly what the schema accepts', () => {
  it.each([
    ['2027x04-01', 'a character other than - after the year'],
    ['2027-04x01', 'a character other than - after the month'],
    ['1:55-04-01', 'a colon (the code after 9) as the second digit of the year: not 2055'],
    ['19:5-04-01', 'a colon as the third digit of the year: not 2005'],
    ['202:-04-01', 'a colon as the last digit of the year: not 2030'],
    ['2027-0:-01', 'a colon as the last digit of the month: not October'],
    ['2027-04-1:', 'a colon as the last digit of the day: not the 20th'],
    ['2027-04-00', 'day 00'],
    ['2028-04-31', 'the 31st of April in a leap year'],
  ])('refuses %s (%s), naming date', (date) => {
    expect(Number.isNaN(quickEpochDay(date))).toBe(true);
    expectTermsError(() => isNationalHoliday({ date }), 'date');
  });
});

describe('the trusted lookups by day number, date and year', () => {
  it('know 2027-05-03 (憲法記念日) and 2027-05-06 (a Thursday, no holiday)', () => {
    const may3 = CalendarDate.parse('2027-05-03');
    const may6 = CalendarDate.parse('2027-05-06');
    expect(isNationalHolidayEpochDay(may3.epochDay)).toBe(true);
    expect(isNationalHolidayEpochDay(may6.epochDay)).toBe(false);
    expect(nationalHolidayAt(may3.epochDay)).toEqual({ date: '2027-05-03', name: '憲法記念日', kind: 'statutory' });
    expect(nationalHolidayAt(may6.epochDay)).toBeUndefined();
    expect(nationalHolidayOn(may3)?.name).toBe('憲法記念日');
    expect(nationalHolidayOn(may6)).toBeUndefined();
  });

  it('nationalHolidaysOf lists a year: 2027 has 16 statutory holidays and one substitute, 03-22', () => {
    // 2027: 元日, 成人の日 01-11, 建国記念の日, 天皇誕生日 02-23, 春分の日 03-21 (Sunday → 03-22 休日),
    // 昭和の日, 憲法記念日, みどりの日, こどもの日, 海の日 07-19, 山の日 08-11, 敬老の日 09-20,
    // 秋分の日 09-23, スポーツの日 10-11, 文化の日, 勤労感謝の日 11-23; no other 祝日 falls on a Sunday.
    const days = nationalHolidaysOf(2027);
    expect(days.filter((h) => h.kind === 'statutory')).toHaveLength(16);
    expect(days.filter((h) => h.kind === 'substitute').map((h) => h.date)).toEqual(['2027-03-22']);
  });

  it('onField renames a holiday-year error only, and leaves everything else alone', () => {
    const outside = new TermsError('HOLIDAY_YEAR_OUT_OF_RANGE', [{ path: 'date', message: 'x' }]);
    expect((onField(outside, 'dueDate') as TermsError).issues).toEqual([{ path: 'dueDate', message: 'x' }]);
    const invalid = new TermsError('INVALID_INPUT', [{ path: 'date', message: 'x' }]);
    expect(onField(invalid, 'dueDate')).toBe(invalid);
    const other = new RangeError('x');
    expect(onField(other, 'dueDate')).toBe(other);
  });
});
