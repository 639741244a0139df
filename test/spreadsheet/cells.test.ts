/**
 * The coercion layer: cells as a spreadsheet passes them — Date objects (of any
 * realm), serial numbers, text as people type it (slashes, 年月日, full-width
 * digits), empty cells — read into the library's values, or refused with a
 * Japanese sentence.
 */
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  CellProblem,
  dateCell,
  errorCell,
  isEmptyCell,
  readChoice,
  readDate,
  readDateList,
  readInstant,
  readMonth,
  readNumber,
  readYen,
} from '../../src/spreadsheet/cells.js';
import { isoDate } from '../support/arbitraries.js';
import { fullWidth } from './cases.js';
import { jstMidnight, serialOf } from './sandbox.js';

/** What a date cell that is no date says: what was expected, with examples, and what it holds. */
const notADate = (shown: string) =>
  `は日付にしてください（例: 2027/4/1、令和9年4月1日。${shown}は日付として読めません）`;
const OUT_OF_RANGE = 'が範囲外です（1900年〜2199年の日付にしてください）';

/** The value read, as text (a CalendarDate, YearMonth or Instant prints as the library writes it), or the problem's sentence. */
function read(fn: (cell: unknown) => unknown, cell: unknown): string {
  const r = fn(cell);
  return r instanceof CellProblem ? r.predicate : String(r);
}

describe('a date cell', () => {
  it('is the JST calendar date of the instant a date cell holds', () => {
    // A sheet in Tokyo passes 2027-04-01 as midnight JST, 2027-03-31T15:00:00Z.
    expect(read(readDate, new Date('2027-03-31T15:00:00Z'))).toBe('2027-04-01');
    expect(read(readDate, new Date('2027-04-01T14:59:59.999Z'))).toBe('2027-04-01');
    expect(read(readDate, new Date('2027-04-01T15:00:00Z'))).toBe('2027-04-02');
  });

  it('is read from a Date made in another realm (Apps Script, a vm context)', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2027, 2, 31, 15))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(read(readDate, foreign)).toBe('2027-04-01');
  });

  it('is a spreadsheet serial number of days since 1899-12-30, the time of day ignored', () => {
    // 2025-01-01 is 45,658; + 365 + 365 → 2027-01-01 is 46,388; + 31 + 28 + 31 → 2027-04-01 is 46,478.
    expect(read(readDate, 46_478)).toBe('2027-04-01');
    expect(read(readDate, 46_478.99)).toBe('2027-04-01');
    expect(read(readDate, 2)).toBe('1900-01-01');
    expect(read(readDate, 1)).toBe(OUT_OF_RANGE);
  });

  it.each([
    ['2027-04-01'],
    ['2027/4/1'],
    ['2027.04.01'],
    ['2027年4月1日'],
    ['２０２７／０４／０１'],
    ['２０２７年４月１日'],
    ['  2027-04-01　'],
    ['2027-04-01 10:30'],
    ['2027-03-31T16:30:00Z'],
    ['2027-04-01T00:30+0900'],
  ])('is read from text %j', (text) => {
    expect(read(readDate, text)).toBe('2027-04-01');
  });

  it.each([['2027-4'], ['27-04-01'], ['2027/04/01/'], ['April 1, 2027'], ['2027-04-01 25:00'], ['あいう']])(
    'is refused as text %j, saying what was expected and what it holds',
    (text) => {
      expect(read(readDate, text)).toBe(notADate(`「${text}」`));
    },
  );

  it('is refused when it names a day the calendar does not have', () => {
    // 2027 is no leap year: February has 28 days.
    expect(read(readDate, '2027-02-30')).toBe('は実在する日付にしてください（2027年2月30日はありません）');
    expect(read(readDate, '2027/13/1')).toBe('は実在する日付にしてください（2027年13月1日はありません）');
    expect(read(readDate, '2028-02-29')).toBe('2028-02-29');
  });

  it('cuts long text in the message', () => {
    expect(read(readDate, 'abcdefghijklmnopqrstuvwxyz')).toBe(notADate('「abcdefghijklmnopqrst…」'));
  });

  it('outside 1900–2199 says so', () => {
    expect(read(readDate, '1899-12-31')).toBe(OUT_OF_RANGE);
    expect(read(readDate, '2200/1/1')).toBe(OUT_OF_RANGE);
    expect(read(readDate, new Date('1899-12-30T15:00:00Z'))).toBe(OUT_OF_RANGE);
  });

  it('is refused when it is no date at all', () => {
    expect(read(readDate, true)).toBe(notADate('TRUE'));
    expect(read(readDate, Number.NaN)).toBe(notADate('NaN'));
    expect(read(readDate, Infinity)).toBe(notADate('Infinity'));
    for (const cell of [{}, [], new Date(Number.NaN)]) expect(read(readDate, cell)).toMatch(/^は日付にしてください（/);
  });

  it('round-trips: a date written as a Date cell, a serial or full-width text reads back as itself', () => {
    fc.assert(
      fc.property(isoDate(1900, 2199), (date) => {
        expect(read(readDate, dateCell(date))).toBe(date);
        expect(read(readDate, serialOf(date))).toBe(date);
        expect(read(readDate, fullWidth(date.replace(/-/g, '/')))).toBe(date);
      }),
      { numRuns: 200 },
    );
  });

  it('is written back as midnight JST of the date', () => {
    expect(dateCell('2027-04-01').toISOString()).toBe('2027-03-31T15:00:00.000Z');
    expect(dateCell('2027-04-01').getTime()).toBe(jstMidnight('2027-04-01'));
  });
});

describe('a month cell', () => {
  it.each([['2027-05'], ['2027/5'], ['2027年5月'], ['２０２７年５月'], ['2027-05-31'], ['2027/5/1']])(
    'is read from %j',
    (text) => {
      expect(read(readMonth, text)).toBe('2027-05');
    },
  );

  it('is the month of a date cell or a serial', () => {
    expect(read(readMonth, new Date('2027-04-30T15:00:00Z'))).toBe('2027-05');
    expect(read(readMonth, 46_508)).toBe('2027-05'); // 46,478 + 30 → 2027-05-01
  });

  it('is refused when it is no month, or outside 1900–2199', () => {
    expect(read(readMonth, '2027-13')).toBe('は実在する日付にしてください（2027年13月はありません）');
    expect(read(readMonth, 'May')).toBe(
      'は年月にしてください（例: 2027/5、令和9年5月。「May」は年月として読めません）',
    );
    expect(read(readMonth, '1899-12')).toBe(OUT_OF_RANGE);
  });
});

describe('a date-and-time cell', () => {
  it('is the instant of a Date cell', () => {
    expect(read(readInstant, new Date('2027-04-05T01:30:00Z'))).toBe('2027-04-05T10:30:00+09:00');
  });

  it('is a serial date-time read on the sheet’s clock (JST)', () => {
    // 46,478 + 4 = 2027-04-05; 0.4375 of a day = 10.5 hours.
    expect(read(readInstant, 46_482.4375)).toBe('2027-04-05T10:30:00+09:00');
    // A fraction that rounds up to the next midnight stays on its own day.
    expect(read(readInstant, 46_482.999_999_999_9)).toBe('2027-04-05T23:59:59.999+09:00');
  });

  it('is text with a time: JST when it has no offset, as written when it has one', () => {
    expect(read(readInstant, '2027-04-05 10:30')).toBe('2027-04-05T10:30:00+09:00');
    expect(read(readInstant, '２０２７／４／５　１０：３０')).toBe('2027-04-05T10:30:00+09:00');
    expect(read(readInstant, '2027-04-05T01:30:00Z')).toBe('2027-04-05T10:30:00+09:00');
    expect(read(readInstant, '2027-04-05T10:30:15.5+09:00')).toBe('2027-04-05T10:30:15.500+09:00');
  });

  it('is refused as text without a time (it does not say when) or garbage', () => {
    expect(read(readInstant, '2027-04-05')).toBe('は時刻を含む日時にしてください（例: 2027-04-05 10:30）');
    expect(read(readInstant, '令和9年4月5日')).toBe('は時刻を含む日時にしてください（例: 2027-04-05 10:30）');
    expect(read(readInstant, 'noon')).toBe(
      'は日時にしてください（例: 2027-04-05 10:30。「noon」は日時として読めません）',
    );
    for (const cell of [true, new Date(Number.NaN)]) expect(read(readInstant, cell)).toMatch(/^は日時にしてください（/);
    expect(read(readInstant, '2200-01-01 10:00')).toBe(OUT_OF_RANGE);
  });
});

describe('a money cell', () => {
  it.each([
    [100_000, 100_000],
    [0, 0],
    [-0, 0],
    ['100000', 100_000],
    ['100,000', 100_000],
    ['１００，０００', 100_000],
    ['¥90,000', 90_000],
    ['￥９００００円', 90_000],
    ['90000 円', 90_000],
  ])('reads %j as %d yen', (cell, yen) => {
    expect(readYen(cell)).toBe(yen);
  });

  it.each([
    [-1, '-1'],
    [2 ** 53, '9007199254740992'],
    ['1.5', '「1.5」'],
    ['1,00', '「1,00」'],
    ['0100', '「0100」'],
    ['-100', '「-100」'],
    [Number.NaN, 'NaN'],
    [true, 'TRUE'],
    ['十万', '「十万」'],
  ])('refuses %j, saying what it holds', (cell, shown) => {
    expect(read(readYen, cell)).toBe(`は0以上の整数の円にしてください（${shown}は金額として読めません）`);
  });

  it('refuses a fraction, saying to round a computed fee with ROUND', () => {
    // =90000*1.1 in a sheet: 1.1 is not exact in binary, and the product is 99000.00000000001.
    expect(90_000 * 1.1).toBe(99_000.000_000_000_01);
    expect(read(readYen, 90_000 * 1.1)).toBe(
      'は整数の円にしてください（99000.00000000001。式の金額は =ROUND(…) で丸めます）',
    );
    expect(read(readYen, 1.5)).toBe('は整数の円にしてください（1.5。式の金額は =ROUND(…) で丸めます）');
    expect(readYen(Math.round(90_000 * 1.1))).toBe(99_000);
  });
});

describe('a number cell', () => {
  it('reads numbers and numeric text, whole or not (the library decides what it allows)', () => {
    expect(readNumber(12)).toBe(12);
    expect(readNumber('１２')).toBe(12);
    expect(readNumber('1.5')).toBe(1.5);
    expect(readNumber('-2')).toBe(-2);
  });

  it('refuses what is not a number', () => {
    expect(read(readNumber, 'twelve')).toBe('は数値にしてください（「twelve」は数値として読めません）');
    expect(read(readNumber, '1e3')).toBe('は数値にしてください（「1e3」は数値として読めません）');
    expect(read(readNumber, true)).toBe('は数値にしてください（TRUEは数値として読めません）');
    for (const cell of [Number.NaN, Infinity]) expect(read(readNumber, cell)).toMatch(/^は数値にしてください/);
  });
});

describe('a choice cell', () => {
  const rounding = { floor: ['切捨て', '切り捨て'], 'half-up': ['四捨五入'], ceil: ['切上げ', '切り上げ'] };

  it('reads the library’s word in any case or width, or a Japanese alias', () => {
    expect(readChoice('floor', rounding)).toBe('floor');
    expect(readChoice('FLOOR', rounding)).toBe('floor');
    expect(readChoice('ＨＡＬＦ－ＵＰ', rounding)).toBe('half-up');
    expect(readChoice('切り上げ', rounding)).toBe('ceil');
  });

  it('refuses anything else, listing what it takes', () => {
    expect(read((c) => readChoice(c, rounding), 'round')).toBe(
      'は floor（切捨て・切り捨て）、half-up（四捨五入）、ceil（切上げ・切り上げ） のいずれかにしてください',
    );
    expect(read((c) => readChoice(c, { 'as-written': [] }), 1)).toBe('は as-written のいずれかにしてください');
  });
});

describe('a list of dates (当社休業日)', () => {
  it('reads a range of any shape, skipping empty cells, or a single cell', () => {
    expect(
      readDateList([
        ['2027-12-29', ''],
        [null, new Date('2027-12-29T15:00:00Z')],
      ]),
    ).toEqual(['2027-12-29', '2027-12-30']);
    expect(readDateList('2027/12/29')).toEqual(['2027-12-29']);
    expect(readDateList([['']])).toEqual([]);
  });

  it('names the position of a bad cell, counting row by row', () => {
    expect(read(readDateList, [['2027-12-29'], [''], ['x']])).toBe(`の3番目のセル${notADate('「x」')}`);
    expect(readDateList([['2027-12-29'], ['#N/A']])).toEqual(new CellProblem('の2番目のセルが #N/A です', '#N/A'));
  });
});

describe('an empty cell', () => {
  it('is undefined, null, empty text or only spaces (also full-width)', () => {
    for (const cell of [undefined, null, '', '   ', '　']) expect(isEmptyCell(cell)).toBe(true);
    for (const cell of [0, '0', false, []]) expect(isEmptyCell(cell)).toBe(false);
  });
});

describe('a date in the Japanese era', () => {
  // 令和 began on 2019-05-01 (令和元年5月1日), so 令和N年 is 2018 + N: 令和9年 is 2027.
  // 平成 ran from 1989-01-08 to 2019-04-30 (平成N年 = 1988 + N; 平成31年 = 2019).
  // 昭和 ran from 1926-12-25 to 1989-01-07 (昭和N年 = 1925 + N; 昭和64年 = 1989).
  it.each([
    ['令和9年4月1日', '2027-04-01'],
    ['令和９年４月１日', '2027-04-01'],
    ['令和 9年 4月 1日', '2027-04-01'],
    ['㋿9年4月1日', '2027-04-01'],
    ['R9/4/1', '2027-04-01'],
    ['r9.4.1', '2027-04-01'],
    ['R09-04-01', '2027-04-01'],
    ['Ｒ９／４／１', '2027-04-01'],
    ['R9年4月1日', '2027-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['H31/4/30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['㍻元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['S64/1/7', '1989-01-07'],
    ['昭和元年12月25日', '1926-12-25'],
    ['昭和40年1月1日', '1965-01-01'],
  ])('reads %j as %s', (text, date) => {
    expect(read(readDate, text)).toBe(date);
  });

  it.each([
    ['令和元年4月30日', '令和は2019年5月1日から'],
    ['平成31年5月1日', '平成は1989年1月8日〜2019年4月30日'],
    ['H31/5/1', '平成は1989年1月8日〜2019年4月30日'],
    ['平成元年1月7日', '平成は1989年1月8日〜2019年4月30日'],
    ['昭和64年1月8日', '昭和は1926年12月25日〜1989年1月7日'],
    ['昭和元年12月24日', '昭和は1926年12月25日〜1989年1月7日'],
  ])('refuses %j, a day outside its era, saying when the era was', (text, era) => {
    expect(read(readDate, text)).toBe(`は実在する日付にしてください（${era}です）`);
  });

  it('refuses a day the calendar does not have, and an era year 0', () => {
    // 令和9年 is 2027, no leap year.
    expect(read(readDate, 'R9/2/29')).toBe('は実在する日付にしてください（2027年2月29日はありません）');
    // 令和0年 would be 2018, before 令和 began.
    expect(read(readDate, '令和0年5月1日')).toBe('は実在する日付にしてください（令和は2019年5月1日からです）');
    expect(read(readMonth, '令和9年5月1日')).toBe('2027-05');
    expect(read(readDate, '大正15年1月1日')).toBe(notADate('「大正15年1月1日」'));
  });

  it('reads a month in the era, within the era', () => {
    expect(read(readMonth, '令和9年5月')).toBe('2027-05');
    expect(read(readMonth, 'R9/5')).toBe('2027-05');
    expect(read(readMonth, '令和元年5月')).toBe('2019-05');
    // 平成31年4月 and 令和元年5月 are the months either side of the change.
    expect(read(readMonth, '平成31年4月')).toBe('2019-04');
    expect(read(readMonth, '平成31年5月')).toBe(
      'は実在する日付にしてください（平成は1989年1月8日〜2019年4月30日です）',
    );
    expect(read(readMonth, '令和元年4月')).toBe('は実在する日付にしてください（令和は2019年5月1日からです）');
    // 昭和64年1月 (1-7) and 平成元年1月 (8-31) share January 1989.
    expect(read(readMonth, '昭和64年1月')).toBe('1989-01');
    expect(read(readMonth, '平成元年1月')).toBe('1989-01');
  });

  it('round-trips: every day from 1926-12-25 written in its era reads back as itself', () => {
    const ERAS = [
      ['昭和', 1925, '1926-12-25', '1989-01-07'],
      ['平成', 1988, '1989-01-08', '2019-04-30'],
      ['令和', 2018, '2019-05-01', '2199-12-31'],
    ] as const;
    fc.assert(
      fc.property(isoDate(1927, 2199), (date) => {
        const [name, before] = ERAS.find(([, , first, last]) => date >= first && date <= last) ?? ERAS[0];
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const year = y - before === 1 ? '元' : String(y - before);
        expect(read(readDate, `${name}${year}年${m}月${d}日`)).toBe(date);
        expect(read(readDate, `${name === '昭和' ? 'S' : name === '平成' ? 'H' : 'R'}${y - before}/${m}/${d}`)).toBe(
          date,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('a cell that holds a spreadsheet error', () => {
  it.each([['#N/A'], ['#REF!'], ['#VALUE!'], ['#DIV/0!'], ['#NUM!'], ['#NAME?'], ['#NULL!'], ['#ERROR!']])(
    'is %s',
    (text) => {
      expect(errorCell(text)).toBe(text);
    },
  );

  it('is no other text', () => {
    for (const cell of ['#', '#入力エラー: 日付は日付にしてください', 'N/A', '#n/a', 2027, null])
      expect(errorCell(cell)).toBeUndefined();
  });
});
