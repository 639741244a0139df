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

const NOT_A_DATE = 'が日付ではありません';
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

  it.each([
    ['2027-02-30'],
    ['2027-4'],
    ['27-04-01'],
    ['2027/04/01/'],
    ['April 1, 2027'],
    ['2027-04-01 25:00'],
    ['あいう'],
  ])('is refused as text %j', (text) => {
    expect(read(readDate, text)).toBe(NOT_A_DATE);
  });

  it('outside 1900–2199 says so', () => {
    expect(read(readDate, '1899-12-31')).toBe(OUT_OF_RANGE);
    expect(read(readDate, '2200/1/1')).toBe(OUT_OF_RANGE);
    expect(read(readDate, new Date('1899-12-30T15:00:00Z'))).toBe(OUT_OF_RANGE);
  });

  it('is refused when it is no date at all', () => {
    for (const cell of [true, {}, [], Number.NaN, Infinity, new Date(Number.NaN)])
      expect(read(readDate, cell)).toBe(NOT_A_DATE);
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
    expect(read(readMonth, '2027-13')).toBe('が年月ではありません');
    expect(read(readMonth, 'May')).toBe('が年月ではありません');
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
    for (const cell of ['2027-04-05', 'noon', true, new Date(Number.NaN)])
      expect(read(readInstant, cell)).toBe('が日時ではありません');
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

  it.each([[1.5], [-1], [2 ** 53], ['1.5'], ['1,00'], ['0100'], ['-100'], [Number.NaN], [true], ['十万']])(
    'refuses %j',
    (cell) => {
      expect(read(readYen, cell)).toBe('が金額（0以上の整数の円）ではありません');
    },
  );
});

describe('a number cell', () => {
  it('reads numbers and numeric text, whole or not (the library decides what it allows)', () => {
    expect(readNumber(12)).toBe(12);
    expect(readNumber('１２')).toBe(12);
    expect(readNumber('1.5')).toBe(1.5);
    expect(readNumber('-2')).toBe(-2);
  });

  it('refuses what is not a number', () => {
    for (const cell of ['twelve', '1e3', Number.NaN, Infinity, true])
      expect(read(readNumber, cell)).toBe('が数値ではありません');
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
    expect(read(readDateList, [['2027-12-29'], [''], ['x']])).toBe('の3番目のセルが日付ではありません');
  });
});

describe('an empty cell', () => {
  it('is undefined, null, empty text or only spaces (also full-width)', () => {
    for (const cell of [undefined, null, '', '   ', '　']) expect(isEmptyCell(cell)).toBe(true);
    for (const cell of [0, '0', false, []]) expect(isEmptyCell(cell)).toBe(false);
  });
});
