/**
 * Dates typed in the Japanese era (和暦) — `令和9年4月1日`, `令和元年5月1日`, `R9/4/1`,
 * `H31.4.30`, `S64-1-7`, or a month, `令和9年5月`, `R9/5` — read into Gregorian parts,
 * each era only within its own days. Text reaches here after NFKC (cells.ts), so
 * full-width digits and the one-character era signs (`㋿` → `令和`) are already plain.
 *
 * @module
 */

// An era name or its Latin initial, a year (元 is 1), then a month and maybe a day.
const ERA_TEXT =
  /^(昭和|平成|令和|[SHR])\s*(元|\d{1,3})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)$/i;

/**
 * The eras from 昭和 on: name, Latin initial, the Gregorian year before its first, and
 * its first and last days as YYYYMMDD. 大正 became 昭和 during 1926-12-25 (昭和元年12月25日);
 * 昭和 became 平成 and 平成 令和 at midnight: 昭和64年1月7日 is 1989-01-07, 平成元年1月8日
 * 1989-01-08, 平成31年4月30日 2019-04-30, 令和元年5月1日 2019-05-01. Earlier eras are not
 * read (the terms date from 2017).
 */
const ERAS = [
  ['昭和', 'S', 1925, 19261225, 19890107],
  ['平成', 'H', 1988, 19890108, 20190430],
  ['令和', 'R', 2018, 20190501, 99991231],
] as const;

/** `20190501` → `2019年5月1日`. */
const ymd = (n: number) => `${Math.floor(n / 10000)}年${Math.floor(n / 100) % 100}月${n % 100}日`;

/** The Gregorian parts of an era date (`day` absent for a month), not yet checked against the calendar. */
export interface EraParts {
  readonly year: number;
  readonly month: string;
  readonly day: string | undefined;
}

/**
 * Text in the Japanese era as Gregorian parts; or, for a day (or a month) outside its
 * era — `平成31年5月1日`, `令和0年` — the sentence that says when the era was; or
 * `undefined` when the text is not in the era at all. A month or day number out of
 * range (13月) is left for the calendar to refuse.
 *
 * @example
 * ```ts
 * import { readEra } from '../../src/spreadsheet/era.js';
 * readEra('令和9年4月1日');
 * //=> { year: 2027, month: '4', day: '1' }
 * readEra('H31/5/1');
 * //=> { outside: '平成は1989年1月8日〜2019年4月30日' }
 * readEra('2027-04-01');
 * //=> undefined
 * ```
 */
export function readEra(text: string): EraParts | { readonly outside: string } | undefined {
  const m = ERA_TEXT.exec(text);
  if (!m) return undefined;
  const [, era = '', y = '', mo1, d1, mo2, d2] = m;
  const [name, , before, first, last] = ERAS.find((e) => e[0] === era || e[1] === era.toUpperCase()) ?? ERAS[2];
  const year = before + (y === '元' ? 1 : Number(y));
  const month = mo1 ?? mo2 ?? '';
  const day = d1 ?? d2;
  if (Number(month) < 1 || Number(month) > 12) return { year, month, day };
  // A month is the era's when any of its days is.
  const at = (year * 100 + Number(month)) * 100;
  const [from, to] = day === undefined ? [at + 31, at + 1] : [at + Number(day), at + Number(day)];
  if (from >= first && to <= last) return { year, month, day };
  return { outside: `${name}は${ymd(first)}${last > 99990000 ? 'から' : `〜${ymd(last)}`}` };
}
