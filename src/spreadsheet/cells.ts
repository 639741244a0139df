/**
 * From cells to library input: the coercion layer of the Sheets wrapper.
 *
 * A spreadsheet hands a custom function what its cells hold: a date cell as a
 * JS `Date` (an instant: midnight of that day in the sheet's time zone, which
 * the manifest sets to Asia/Tokyo), a number as a float, text as text, an
 * empty cell as `''` or `null`. Each `read…` function here turns one cell into
 * the value the library takes — a `CalendarDate`, a `YearMonth`, an `Instant`,
 * whole yen, a number — or into a {@link CellProblem} that says, in Japanese,
 * what the cell should hold. The library then validates as it always does; no
 * rule of the terms lives here.
 *
 * Normalisation belongs to this edge, not to the library core: text is read
 * after Unicode NFKC (so full-width digits, `／` and `－` become ASCII) and with
 * spaces trimmed; dates may be written `2027-04-01`, `2027/4/1`, `2027.4.1` or
 * `2027年4月1日`; a number in a date field is a spreadsheet serial date (days
 * since 1899-12-30, as Sheets, Excel and HyperFormula count). See
 * docs/spreadsheet.md.
 *
 * @module
 */
import {
  CalendarDate,
  Instant,
  MAX_EPOCH_DAY,
  MAX_YEAR,
  MIN_EPOCH_DAY,
  MIN_YEAR,
  YearMonth,
  tryParseYen,
} from '../index.js';

/** Why a cell could not be read: the end of a Japanese sentence about the field (`'が日付ではありません'`). */
export class CellProblem {
  constructor(readonly predicate: string) {}
}

/** One cell's value as a spreadsheet passes it. */
export type Cell = unknown;

const MS_PER_DAY = 86_400_000;
/** Day number (days since 1970-01-01) of 1899-12-30, day 0 of spreadsheet serial dates. */
const SERIAL_EPOCH_DAY = -25_569;

const NOT_A_DATE = new CellProblem('が日付ではありません');
const DATE_OUT_OF_RANGE = new CellProblem(`が範囲外です（${MIN_YEAR}年〜${MAX_YEAR}年の日付にしてください）`);
const NOT_A_MONTH = new CellProblem('が年月ではありません');
const NOT_AN_INSTANT = new CellProblem('が日時ではありません');
const NOT_YEN = new CellProblem('が金額（0以上の整数の円）ではありません');
const NOT_A_NUMBER = new CellProblem('が数値ではありません');

/** True for a cell a person sees as empty: `undefined`, `null`, `''` or only spaces. */
export function isEmptyCell(cell: Cell): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && normalise(cell) === '');
}

/**
 * True for a JS `Date`, also one made in another realm (a `node:vm` context, an
 * iframe), where `instanceof Date` is false.
 */
export function isDateObject(cell: Cell): cell is Date {
  return Object.prototype.toString.call(cell) === '[object Date]';
}

/** Text as the layer reads it: NFKC (full-width → ASCII), spaces trimmed. */
export function normalise(text: string): string {
  return text.normalize('NFKC').trim();
}

// A date, optionally followed by a time of day and an offset:
// 2027-04-01, 2027/4/1, 2027.4.1, 2027年4月1日, 2027-04-01 10:00, 2027-04-01T10:00:00+09:00.
const DATE_TEXT =
  /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_TEXT = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月)$/;

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A date from its parts, or the problem (not a day of the calendar, or outside 1900–2199). */
function dateOf(year: number, month: string | undefined, day: string | undefined): CalendarDate | CellProblem {
  if (year < MIN_YEAR || year > MAX_YEAR) return DATE_OUT_OF_RANGE;
  const d = CalendarDate.tryParse(`${pad(year, 4)}-${pad(month ?? '')}-${pad(day ?? '')}`);
  return typeof d === 'string' ? NOT_A_DATE : d;
}

/** The instant of a JS `Date` (any realm), or the problem. */
function instantOfDate(cell: Date): Instant | CellProblem {
  const ms = cell.getTime();
  if (Number.isNaN(ms)) return NOT_AN_INSTANT;
  const epochDay = Math.floor((ms + 9 * 3_600_000) / MS_PER_DAY);
  if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) return DATE_OUT_OF_RANGE;
  const instant = Instant.tryParse(new Date(ms));
  return typeof instant === 'string' ? NOT_AN_INSTANT : instant;
}

/**
 * A spreadsheet serial date-time as an instant in JST: the whole part counts
 * days from 1899-12-30, the fraction is the time of day (the sheet's wall
 * clock, JST).
 */
function instantOfSerial(serial: number): Instant | CellProblem {
  if (!Number.isFinite(serial)) return NOT_A_DATE;
  const whole = Math.floor(serial);
  const epochDay = SERIAL_EPOCH_DAY + whole;
  if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) return DATE_OUT_OF_RANGE;
  const ms = Math.min(Math.round((serial - whole) * MS_PER_DAY), MS_PER_DAY - 1);
  const seconds = Math.floor(ms / 1000);
  return Instant.fromJst(
    CalendarDate.fromEpochDay(epochDay),
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
    ms % 1000,
  );
}

/** Text holding a date, or a date and a time, as a date and (when there is a time) an instant. */
function readDateText(cell: string): { date: CalendarDate; instant?: Instant } | CellProblem {
  const m = DATE_TEXT.exec(normalise(cell));
  if (!m) return NOT_A_DATE;
  const [, y, mo1, d1, mo2, d2, h, mi, s, frac, offset] = m;
  const date = dateOf(Number(y), mo1 ?? mo2, d1 ?? d2);
  if (date instanceof CellProblem || h === undefined) return date instanceof CellProblem ? date : { date };
  // A time without an offset is the sheet's wall clock: JST (the manifest's time zone).
  const zone =
    offset === undefined ? '+09:00' : offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/(\d{2})(\d{2})$/, '$1:$2');
  const iso = `${date.toString()}T${pad(h)}:${mi}:${s ?? '00'}${frac === undefined ? '' : `.${frac}`}${zone}`;
  const instant = Instant.tryParse(iso);
  if (typeof instant === 'string') return NOT_AN_INSTANT;
  return { date: instant.jstDate(), instant };
}

/**
 * A calendar date: a `Date` cell (its JST calendar date), a serial number, or
 * text (`2027-04-01`, `2027/4/1`, `２０２７年４月１日`, or a date and time, whose
 * JST date is taken).
 *
 * @example
 * ```ts
 * import { readDate } from '../../src/spreadsheet/cells.js';
 * String(readDate('２０２７／４／１'));
 * //=> '2027-04-01'
 * String(readDate(46478)); // the serial number of 2027-04-01
 * //=> '2027-04-01'
 * String(readDate(new Date('2027-03-31T15:00:00Z'))); // midnight in Tokyo
 * //=> '2027-04-01'
 * readDate('2027-02-30').predicate;
 * //=> 'が日付ではありません'
 * ```
 */
export function readDate(cell: Cell): CalendarDate | CellProblem {
  let r: CalendarDate | Instant | CellProblem = NOT_A_DATE;
  if (typeof cell === 'string') {
    const text = readDateText(cell);
    r = text instanceof CellProblem ? text : text.date;
  } else if (isDateObject(cell)) r = instantOfDate(cell);
  else if (typeof cell === 'number') r = instantOfSerial(cell);
  if (r instanceof Instant) return r.jstDate();
  return r === NOT_AN_INSTANT ? NOT_A_DATE : r;
}

/**
 * A month: text `2027-05`, `2027/5`, `2027年5月`, or anything {@link readDate}
 * reads (its month).
 *
 * @example
 * ```ts
 * import { readMonth } from '../../src/spreadsheet/cells.js';
 * String(readMonth('2027年5月'));
 * //=> '2027-05'
 * String(readMonth('2027-05-20'));
 * //=> '2027-05'
 * ```
 */
export function readMonth(cell: Cell): YearMonth | CellProblem {
  if (typeof cell === 'string') {
    const m = MONTH_TEXT.exec(normalise(cell));
    if (m) {
      const year = Number(m[1]);
      if (year < MIN_YEAR || year > MAX_YEAR) return DATE_OUT_OF_RANGE;
      const month = YearMonth.tryParse(`${m[1]}-${pad(m[2] ?? m[3] ?? '')}`);
      return typeof month === 'string' ? NOT_A_MONTH : month;
    }
  }
  const date = readDate(cell);
  if (date instanceof CellProblem) return date === NOT_A_DATE ? NOT_A_MONTH : date;
  return YearMonth.of(date);
}

/**
 * An instant: a `Date` cell, a serial date-time (JST), or text with a time —
 * `2027-04-05 10:30` (JST, the sheet's zone) or ISO 8601 with an offset. Text
 * with a date and no time is refused: it does not say when.
 *
 * @example
 * ```ts
 * import { readInstant } from '../../src/spreadsheet/cells.js';
 * String(readInstant('2027-04-05 10:30'));
 * //=> '2027-04-05T10:30:00+09:00'
 * String(readInstant(46482.4375)); // 2027-04-05 10:30
 * //=> '2027-04-05T10:30:00+09:00'
 * readInstant('2027-04-05').predicate;
 * //=> 'が日時ではありません'
 * ```
 */
export function readInstant(cell: Cell): Instant | CellProblem {
  if (typeof cell === 'string') {
    const r = readDateText(cell);
    if (r instanceof CellProblem) return r === NOT_A_DATE ? NOT_AN_INSTANT : r;
    return r.instant ?? NOT_AN_INSTANT;
  }
  if (isDateObject(cell)) return instantOfDate(cell);
  return typeof cell === 'number' ? instantOfSerial(cell) : NOT_AN_INSTANT;
}

/**
 * Whole yen: a number cell that is a whole number of 0 or more (`1.5` is
 * refused), or text of digits, with or without `,` separators, `¥` and `円`.
 *
 * @example
 * ```ts
 * import { readYen } from '../../src/spreadsheet/cells.js';
 * readYen('￥１００，０００');
 * //=> 100000
 * readYen(1.5).predicate;
 * //=> 'が金額（0以上の整数の円）ではありません'
 * ```
 */
export function readYen(cell: Cell): number | CellProblem {
  let value: unknown = cell;
  if (typeof cell === 'number' && Object.is(cell, -0)) value = 0;
  if (typeof cell === 'string') {
    const text = normalise(cell)
      .replace(/^¥\s*/, '')
      .replace(/\s*円$/, '');
    value = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text;
  }
  const yen = tryParseYen(value);
  return typeof yen === 'string' ? NOT_YEN : yen;
}

/**
 * A number as the person wrote it (whole or not — the library decides what it
 * allows, e.g. 第13条5項's whole months): a number cell, or text of a decimal
 * number.
 *
 * @example
 * ```ts
 * import { readNumber } from '../../src/spreadsheet/cells.js';
 * readNumber('１２');
 * //=> 12
 * readNumber('twelve').predicate;
 * //=> 'が数値ではありません'
 * ```
 */
export function readNumber(cell: Cell): number | CellProblem {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NOT_A_NUMBER;
  if (typeof cell === 'string') {
    const text = normalise(cell);
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  }
  return NOT_A_NUMBER;
}

/**
 * A choice from a list: the library's value, or one of its Japanese aliases,
 * compared after NFKC and ignoring case (`'FLOOR'`, `'切捨て'` → `'floor'`).
 *
 * @example
 * ```ts
 * import { readChoice } from '../../src/spreadsheet/cells.js';
 * const rounding = { floor: ['切捨て', '切り捨て'], 'half-up': ['四捨五入'], ceil: ['切上げ', '切り上げ'] };
 * readChoice('四捨五入', rounding);
 * //=> 'half-up'
 * readChoice('Ceil', rounding);
 * //=> 'ceil'
 * ```
 */
export function readChoice<T extends string>(
  cell: Cell,
  choices: Readonly<Record<T, readonly string[]>>,
): T | CellProblem {
  if (typeof cell === 'string') {
    const text = normalise(cell).toLowerCase();
    for (const [value, aliases] of Object.entries<readonly string[]>(choices)) {
      if (text === value || aliases.includes(text)) return value as T;
    }
  }
  const listed = Object.entries<readonly string[]>(choices).map(([v, a]) =>
    a.length > 0 ? `${v}（${a.join('・')}）` : v,
  );
  return new CellProblem(`は ${listed.join('、')} のいずれかにしてください`);
}

/**
 * A list of dates from a range (any shape; empty cells skipped) or one cell,
 * for options such as 当社休業日: the dates, or the first problem with the
 * position of its cell (1-based, reading the range row by row).
 *
 * @example
 * ```ts
 * import { readDateList } from '../../src/spreadsheet/cells.js';
 * readDateList([['2027-12-29'], [''], ['2027/12/30']]);
 * //=> ['2027-12-29', '2027-12-30']
 * readDateList([['2027-12-29'], ['x']]).predicate;
 * //=> 'の2番目のセルが日付ではありません'
 * ```
 */
export function readDateList(cell: Cell): string[] | CellProblem {
  const cells: unknown[] = Array.isArray(cell) ? cell.flat() : [cell];
  const dates: string[] = [];
  for (const [i, c] of cells.entries()) {
    if (isEmptyCell(c)) continue;
    const date = readDate(c);
    if (date instanceof CellProblem) return new CellProblem(`の${i + 1}番目のセル${date.predicate}`);
    dates.push(date.toString());
  }
  return dates;
}

/**
 * The `Date` a sheet shows as a calendar date: midnight JST of that date (the
 * sheet's time zone is Asia/Tokyo).
 *
 * @example
 * ```ts
 * import { dateCell } from '../../src/spreadsheet/cells.js';
 * dateCell('2027-04-01').toISOString();
 * //=> '2027-03-31T15:00:00.000Z'
 * ```
 */
export function dateCell(date: string): Date {
  return Instant.fromJst(CalendarDate.parse(date)).toDate();
}
