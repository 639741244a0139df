/**
 * 国民の祝日に関する法律 (昭和23年法律第178号) as amended, and the special laws
 * that added one-off days off, as rules: a year's holidays are computed from
 * them, not read from a table.
 *
 * The law is not a provision of the terms; the terms use it through
 * 「国民の祝日」 in the definition of 当社営業日 (サービス仕様書 第1 4・5; I-12) and
 * banks' holidays (第25条3項; I-11). Names are written as the Cabinet Office
 * (内閣府「国民の祝日について」) writes them.
 *
 * @module
 */
import { CalendarDate } from '../core/calendar-date.js';
import { autumnalEquinoxDay, vernalEquinoxDay } from './equinox.js';

/** The years whose national holidays this library computes. */
export const FIRST_HOLIDAY_YEAR = 1955;
export const LAST_HOLIDAY_YEAR = 2099;

/**
 * What kind of day off a holiday is, so callers need not parse names:
 *
 * - `statutory` — a 「国民の祝日」 of 第2条 (元日, 春分の日 …), on its statutory or
 *   specially moved date;
 * - `substitute` — 振替休日, 第3条2項 (from 1973-04-12);
 * - `citizens` — 国民の休日, 第3条3項 (from 1985-12-27): a day between two 祝日;
 * - `special` — a day off by a special law (1959-04-10, 1989-02-24, 1990-11-12,
 *   1993-06-09, 2019-05-01, 2019-10-22).
 */
export type HolidayKind = 'statutory' | 'substitute' | 'citizens' | 'special';

/** One national holiday or day off. */
export interface NationalHoliday {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** The name as the Cabinet Office writes it (substitute and citizens' holidays: 「休日」). */
  readonly name: string;
  readonly kind: HolidayKind;
}

/** A month and a day of `year`, or `undefined` when the holiday is not held that year. */
type DateRule = (year: number) => readonly [month: number, day: number] | undefined;

interface StatutoryRule {
  readonly name: string | ((year: number) => string);
  /** First and last year in which the rule holds (inclusive); no `to` while it still holds. */
  readonly from: number;
  readonly to?: number;
  readonly on: DateRule;
}

function fixed(month: number, day: number): DateRule {
  return () => [month, day];
}

/** The `nth` Monday of `month` (ハッピーマンデー). */
function nthMonday(month: number, nth: number): DateRule {
  return (year) => {
    const first = CalendarDate.of(year, month, 1).dayOfWeek();
    return [month, 1 + ((8 - first) % 7) + (nth - 1) * 7];
  };
}

/** `rule`, except in the years a special law moved the day to another date. */
function movedIn(moves: Readonly<Record<number, readonly [number, number]>>, rule: DateRule): DateRule {
  return (year) => moves[year] ?? rule(year);
}

/**
 * 東京オリンピック・パラリンピック特別措置法 (平成27年法律第33号) 第32条, added by
 * 平成30年法律第55号 for 2020 and amended by 令和2年法律第68号 for 2021.
 */
const OLYMPIC_MARINE_DAY = { 2020: [7, 23], 2021: [7, 22] } as const;
const OLYMPIC_SPORTS_DAY = { 2020: [7, 24], 2021: [7, 23] } as const;
const OLYMPIC_MOUNTAIN_DAY = { 2020: [8, 10], 2021: [8, 8] } as const;

/** 国民の祝日に関する法律 was enacted on 1948-07-20. */
const LAW_YEAR = 1948;

/**
 * 第2条 as amended, one rule per name and period, in calendar order. Each
 * period is the years the law in force put the day there.
 */
const STATUTORY: readonly StatutoryRule[] = [
  { name: '元日', from: LAW_YEAR, on: fixed(1, 1) },
  // 成人の日: 1月15日; the second Monday of January from 2000 (平成10年法律第141号).
  { name: '成人の日', from: LAW_YEAR, to: 1999, on: fixed(1, 15) },
  { name: '成人の日', from: 2000, on: nthMonday(1, 2) },
  // 建国記念の日: added by 昭和41年法律第86号, on 2月11日 by 昭和41年政令第376号; first held in 1967.
  { name: '建国記念の日', from: 1967, on: fixed(2, 11) },
  // 天皇誕生日: 4月29日 (昭和天皇) to 1988; 12月23日 from 1989 (平成元年法律第5号);
  // 2月23日 from 2019-05-01 (平成29年法律第63号 附則10条), so none in 2019.
  { name: '天皇誕生日', from: 2020, on: fixed(2, 23) },
  { name: '春分の日', from: LAW_YEAR, on: (year) => [3, vernalEquinoxDay(year)] },
  { name: '天皇誕生日', from: LAW_YEAR, to: 1988, on: fixed(4, 29) },
  // 4月29日 became みどりの日 in 1989 and 昭和の日 in 2007 (平成17年法律第43号),
  // when みどりの日 moved to 5月4日.
  { name: 'みどりの日', from: 1989, to: 2006, on: fixed(4, 29) },
  { name: '昭和の日', from: 2007, on: fixed(4, 29) },
  { name: '憲法記念日', from: LAW_YEAR, on: fixed(5, 3) },
  { name: 'みどりの日', from: 2007, on: fixed(5, 4) },
  { name: 'こどもの日', from: LAW_YEAR, on: fixed(5, 5) },
  // 海の日: 7月20日 from 1996 (平成7年法律第22号); the third Monday of July from 2003
  // (平成13年法律第59号); moved for the Olympic Games in 2020 and 2021.
  { name: '海の日', from: 1996, to: 2002, on: fixed(7, 20) },
  { name: '海の日', from: 2003, on: movedIn(OLYMPIC_MARINE_DAY, nthMonday(7, 3)) },
  // 山の日: 8月11日 from 2016 (平成26年法律第43号); moved in 2020 and 2021.
  { name: '山の日', from: 2016, on: movedIn(OLYMPIC_MOUNTAIN_DAY, fixed(8, 11)) },
  // 敬老の日: 9月15日 from 1966 (昭和41年法律第86号); the third Monday of September from 2003.
  { name: '敬老の日', from: 1966, to: 2002, on: fixed(9, 15) },
  { name: '敬老の日', from: 2003, on: nthMonday(9, 3) },
  { name: '秋分の日', from: LAW_YEAR, on: (year) => [9, autumnalEquinoxDay(year)] },
  // 体育の日: 10月10日 from 1966; the second Monday of October from 2000; renamed
  // スポーツの日 from 2020 (平成30年法律第57号) and moved in 2020 and 2021. The Cabinet
  // Office lists 2019-10-14 as 「体育の日（スポーツの日）」.
  { name: '体育の日', from: 1966, to: 1999, on: fixed(10, 10) },
  {
    name: (year) => (year === 2019 ? '体育の日（スポーツの日）' : '体育の日'),
    from: 2000,
    to: 2019,
    on: nthMonday(10, 2),
  },
  { name: 'スポーツの日', from: 2020, on: movedIn(OLYMPIC_SPORTS_DAY, nthMonday(10, 2)) },
  { name: '文化の日', from: LAW_YEAR, on: fixed(11, 3) },
  { name: '勤労感謝の日', from: LAW_YEAR, on: fixed(11, 23) },
  { name: '天皇誕生日', from: 1989, to: 2018, on: fixed(12, 23) },
];

interface SpecialDay {
  readonly date: string;
  readonly name: string;
  /**
   * True when the special law deems the day a 「国民の祝日」 for 第3条3項, so the
   * days between it and another 祝日 become 国民の休日 (2019-04-30, 2019-05-02).
   */
  readonly deemedHoliday: boolean;
}

/** Days off by special laws (each 「…の行われる日を休日とする法律」). */
const SPECIAL_DAYS: readonly SpecialDay[] = [
  // 皇太子明仁親王の結婚の儀の行われる日を休日とする法律 (昭和34年法律第16号)
  // Stryker disable next-line BooleanLiteral: no 祝日 lies two days before or after it, so it can bound no 国民の休日
  { date: '1959-04-10', name: '結婚の儀', deemedHoliday: false },
  // 昭和天皇の大喪の礼の行われる日を休日とする法律 (平成元年法律第4号)
  // Stryker disable next-line BooleanLiteral: no 祝日 lies two days before or after it, so it can bound no 国民の休日
  { date: '1989-02-24', name: '大喪の礼', deemedHoliday: false },
  // 即位礼正殿の儀の行われる日を休日とする法律 (平成2年法律第24号)
  // Stryker disable next-line BooleanLiteral: no 祝日 lies two days before or after it, so it can bound no 国民の休日
  { date: '1990-11-12', name: '即位礼正殿の儀', deemedHoliday: false },
  // 皇太子徳仁親王の結婚の儀の行われる日を休日とする法律 (平成5年法律第32号)
  // Stryker disable next-line BooleanLiteral: no 祝日 lies two days before or after it, so it can bound no 国民の休日
  { date: '1993-06-09', name: '結婚の儀', deemedHoliday: false },
  // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (平成30年法律第99号):
  // 「国民の祝日に関する法律第三条第三項の規定の適用については、…国民の祝日とみなす」.
  { date: '2019-05-01', name: '休日（祝日扱い）', deemedHoliday: true },
  // Stryker disable next-line BooleanLiteral: no 祝日 lies two days before or after it, so it can bound no 国民の休日
  { date: '2019-10-22', name: '休日（祝日扱い）', deemedHoliday: true },
];

/** 振替休日 from 1973-04-12 (昭和48年法律第10号). */
const SUBSTITUTE_FROM = CalendarDate.parse('1973-04-12').epochDay;
/**
 * 平成17年法律第43号 (from 2007-01-01): a substitute goes to the next day that is
 * not a 祝日, and a 国民の休日 may be any day that is not a 祝日 (Sundays included).
 */
const AMENDED_2007 = 2007;
/** 国民の休日 from 1985-12-27 (昭和60年法律第103号). */
const CITIZENS_FROM = CalendarDate.parse('1985-12-27').epochDay;
/** The Cabinet Office's name for 振替休日 and 国民の休日. */
const HOLIDAY_NAME = '休日';

interface Day {
  readonly name: string;
  readonly kind: HolidayKind;
  /** A 「国民の祝日」 for 第3条3項: statutory, or deemed so by a special law. */
  readonly boundsCitizensHoliday: boolean;
}

/**
 * The national holidays and days off of `year` (1955–2099, not checked here),
 * sorted by date. Trusted: callers check the year.
 *
 * @example
 * ```ts
 * import { nationalHolidays } from 'cloud-ops-terms';
 * // computeNationalHolidays(2019) behind the public function:
 * nationalHolidays({ year: 2019 }).holidays.filter((h) => h.date.startsWith('2019-05-0'));
 * //=> [
 * //   { date: '2019-05-01', name: '休日（祝日扱い）', kind: 'special' },
 * //   { date: '2019-05-02', name: '休日', kind: 'citizens' },
 * //   { date: '2019-05-03', name: '憲法記念日', kind: 'statutory' },
 * //   { date: '2019-05-04', name: 'みどりの日', kind: 'statutory' },
 * //   { date: '2019-05-05', name: 'こどもの日', kind: 'statutory' },
 * //   { date: '2019-05-06', name: '休日', kind: 'substitute' },
 * // ]
 * ```
 */
export function computeNationalHolidays(year: number): NationalHoliday[] {
  const start = CalendarDate.of(year, 1, 1);
  // Stryker disable next-line ArithmeticOperator: no holiday can fall on 30 or 31 December, the days a shorter table would drop
  const length = CalendarDate.of(year, 12, 31).epochDay - start.epochDay + 1;
  // Index = day of the year − 1.
  // Stryker disable next-line ArrayDeclaration: an array grows as days are set; its initial length changes nothing
  const days: (Day | undefined)[] = new Array<Day | undefined>(length);
  const indexOf = (month: number, day: number) => CalendarDate.of(year, month, day).epochDay - start.epochDay;

  // 第2条: the 国民の祝日.
  for (const rule of STATUTORY) {
    if (year < rule.from || (rule.to !== undefined && year > rule.to)) continue;
    const on = rule.on(year);
    if (on === undefined) continue;
    const name = typeof rule.name === 'function' ? rule.name(year) : rule.name;
    days[indexOf(on[0], on[1])] = { name, kind: 'statutory', boundsCitizensHoliday: true };
  }
  // Special laws.
  for (const special of SPECIAL_DAYS) {
    const date = CalendarDate.parse(special.date);
    if (date.year !== year) continue;
    days[date.epochDay - start.epochDay] = {
      name: special.name,
      kind: 'special',
      boundsCitizensHoliday: special.deemedHoliday,
    };
  }
  // 第3条2項 speaks of 「国民の祝日」 only: a special day is never one for it.
  const isShukujitsu = (i: number) => days[i]?.kind === 'statutory';
  const sunday = (i: number) => start.addDays(i).dayOfWeek() === 0;

  // 第3条2項: 振替休日.
  //   1973: 「「国民の祝日」が日曜日にあたるときは、その翌日を休日とする。」
  //   2007: 「「国民の祝日」が日曜日に当たるときは、その日後においてその日に最も近い
  //          「国民の祝日」でない日を休日とする。」
  for (let i = 0; i < length; i++) {
    if (!isShukujitsu(i) || !sunday(i) || start.epochDay + i < SUBSTITUTE_FROM) continue;
    let j = i + 1;
    if (year >= AMENDED_2007) {
      while (isShukujitsu(j)) j++;
    }
    // Before 2007 the next day, when itself a 祝日, stays that 祝日 (it never happened).
    if (j < length && days[j] === undefined) {
      days[j] = { name: HOLIDAY_NAME, kind: 'substitute', boundsCitizensHoliday: false };
    }
  }

  // 第3条3項: 国民の休日.
  //   1985: 「その前日及び翌日が「国民の祝日」である日（日曜日にあたる日及び前項に規定する
  //          休日にあたる日を除く。）は、休日とする。」
  //   2007: 「その前日及び翌日が「国民の祝日」である日（「国民の祝日」でない日に限る。）は、
  //          休日とする。」
  // A day already off (a substitute) keeps its kind; before 2007 a Sunday is excluded.
  for (let i = 1; i < length - 1; i++) {
    if (days[i] !== undefined || start.epochDay + i < CITIZENS_FROM) continue;
    if (year < AMENDED_2007 && sunday(i)) continue;
    if (days[i - 1]?.boundsCitizensHoliday === true && days[i + 1]?.boundsCitizensHoliday === true) {
      days[i] = { name: HOLIDAY_NAME, kind: 'citizens', boundsCitizensHoliday: false };
    }
  }

  const out: NationalHoliday[] = [];
  days.forEach((d, i) => {
    if (d !== undefined) out.push(Object.freeze({ date: start.addDays(i).toString(), name: d.name, kind: d.kind }));
  });
  return out;
}
