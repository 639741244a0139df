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
 * spaces trimmed; dates may be written `2027-04-01`, `2027/4/1`, `2027.4.1`,
 * `2027年4月1日`, or in the Japanese era from 昭和 on (`令和9年4月1日`, `R9/4/1`,
 * `平成31年4月30日`, each era only within its own days); a number in a date field is a spreadsheet
 * serial date (days since 1899-12-30, as Sheets, Excel and HyperFormula count).
 * A cell that holds a spreadsheet error (`#N/A`) is reported as that error. See
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
import { readEra } from './era.js';

/**
 * Why a cell could not be read: the end of a Japanese sentence about the field that
 * says what was expected (`'は日付にしてください（…）'`), and, when the cell holds a
 * spreadsheet error, that error (`'#N/A'`), which the message then starts with.
 */
export class CellProblem {
  constructor(
    readonly predicate: string,
    readonly error?: string,
  ) {}
}

/** One cell's value as a spreadsheet passes it. */
export type Cell = unknown;

const MS_PER_DAY = 86_400_000;
/** Day number (days since 1970-01-01) of 1899-12-30, day 0 of spreadsheet serial dates. */
const SERIAL_EPOCH_DAY = -25_569;

/** What a person typed, for a message: text in 「」 (cut at 20 characters), TRUE/FALSE, a number. */
function shown(cell: Cell): string {
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell !== 'string') return String(cell);
  const text = normalise(cell);
  return `「${text.length > 20 ? `${text.slice(0, 20)}…` : text}」`;
}

const DATE_EXAMPLES = '2027/4/1、令和9年4月1日';
const notA = (kind: string, examples: string, cell: Cell) =>
  new CellProblem(`は${kind}にしてください（例: ${examples}。${shown(cell)}は${kind}として読めません）`);
const notADate = (cell: Cell) => notA('日付', DATE_EXAMPLES, cell);
const noSuchDay = (y: number | string, m?: string, d?: string) =>
  new CellProblem(
    `は実在する日付にしてください（${y}年${Number(m)}月${d === undefined ? '' : `${Number(d)}日`}はありません）`,
  );
const DATE_OUT_OF_RANGE = new CellProblem(`が範囲外です（${MIN_YEAR}年〜${MAX_YEAR}年の日付にしてください）`);
const notAMonth = (cell: Cell) => notA('年月', '2027/5、令和9年5月', cell);
const notAnInstant = (cell: Cell) => notA('日時', '2027-04-05 10:30', cell);
const NO_TIME = new CellProblem('は時刻を含む日時にしてください（例: 2027-04-05 10:30）');

/**
 * The spreadsheet error a cell holds (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`, `#NAME?` …),
 * which Sheets passes to a custom function as its text; `undefined` for any other cell.
 *
 * @example
 * ```ts
 * import { errorCell } from '../../src/spreadsheet/cells.js';
 * errorCell('#N/A');
 * //=> '#N/A'
 * errorCell('2027-04-01');
 * //=> undefined
 * ```
 */
export function errorCell(cell: Cell): string | undefined {
  return typeof cell === 'string' && /^#(N\/A|[A-Z][A-Z/0]*[!?])$/.test(cell.trim()) ? cell.trim() : undefined;
}

/** The problem of a cell that holds a spreadsheet error: reported as that error. */
export function errorCellProblem(error: string, where = 'のセル'): CellProblem {
  return new CellProblem(`${where}が ${error} です`, error);
}

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
  return typeof d === 'string' ? noSuchDay(year, month, day) : d;
}

/** Internal: the cell is not of the kind asked for; each reader says so with the cell. */
const UNREADABLE = new CellProblem('');

/** The instant of a JS `Date` (any realm), or the problem. */
function instantOfDate(cell: Date): Instant | CellProblem {
  const ms = cell.getTime();
  if (Number.isNaN(ms)) return UNREADABLE;
  const epochDay = Math.floor((ms + 9 * 3_600_000) / MS_PER_DAY);
  if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) return DATE_OUT_OF_RANGE;
  const instant = Instant.tryParse(new Date(ms));
  return typeof instant === 'string' ? UNREADABLE : instant;
}

/**
 * A spreadsheet serial date-time as an instant in JST: the whole part counts
 * days from 1899-12-30, the fraction is the time of day (the sheet's wall
 * clock, JST).
 */
function instantOfSerial(serial: number): Instant | CellProblem {
  if (!Number.isFinite(serial)) return UNREADABLE;
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

/** A day outside its era: say when the era was. */
const outsideEra = (era: { readonly outside: string }) =>
  new CellProblem(`は実在する日付にしてください（${era.outside}です）`);

/** Text holding a date in the Japanese era (no time of day), or `undefined` when it is not one. */
function readEraText(text: string): CalendarDate | CellProblem | undefined {
  const era = readEra(text);
  if (era === undefined) return undefined;
  if ('outside' in era) return outsideEra(era);
  return era.day === undefined ? undefined : dateOf(era.year, era.month, era.day);
}

/** Text holding a date, or a date and a time, as a date and (when there is a time) an instant. */
function readDateText(cell: string): { date: CalendarDate; instant?: Instant } | CellProblem {
  const text = normalise(cell);
  const era = readEraText(text);
  if (era !== undefined) return era instanceof CellProblem ? era : { date: era };
  const m = DATE_TEXT.exec(text);
  if (!m) return UNREADABLE;
  const [, y, mo1, d1, mo2, d2, h, mi, s, frac, offset] = m;
  const date = dateOf(Number(y), mo1 ?? mo2, d1 ?? d2);
  if (date instanceof CellProblem || h === undefined) return date instanceof CellProblem ? date : { date };
  // A time without an offset is the sheet's wall clock: JST (the manifest's time zone).
  const zone =
    offset === undefined ? '+09:00' : offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/(\d{2})(\d{2})$/, '$1:$2');
  const iso = `${date.toString()}T${pad(h)}:${mi}:${s ?? '00'}${frac === undefined ? '' : `.${frac}`}${zone}`;
  const instant = Instant.tryParse(iso);
  if (typeof instant === 'string') return UNREADABLE;
  return { date: instant.jstDate(), instant };
}

/**
 * A calendar date: a `Date` cell (its JST calendar date), a serial number, or
 * text (`2027-04-01`, `2027/4/1`, `２０２７年４月１日`, `令和9年4月1日`, `R9/4/1`, or a
 * date and time, whose JST date is taken).
 *
 * @example
 * ```ts
 * import { readDate } from '../../src/spreadsheet/cells.js';
 * String(readDate('２０２７／４／１'));
 * //=> '2027-04-01'
 * String(readDate('令和9年4月1日'));
 * //=> '2027-04-01'
 * String(readDate(46478)); // the serial number of 2027-04-01
 * //=> '2027-04-01'
 * String(readDate(new Date('2027-03-31T15:00:00Z'))); // midnight in Tokyo
 * //=> '2027-04-01'
 * readDate('2027-02-30').predicate;
 * //=> 'は実在する日付にしてください（2027年2月30日はありません）'
 * readDate('平成31年5月1日').predicate;
 * //=> 'は実在する日付にしてください（平成は1989年1月8日〜2019年4月30日です）'
 * ```
 */
export function readDate(cell: Cell): CalendarDate | CellProblem {
  let r: CalendarDate | Instant | CellProblem = UNREADABLE;
  if (typeof cell === 'string') {
    const text = readDateText(cell);
    r = text instanceof CellProblem ? text : text.date;
  } else if (isDateObject(cell)) r = instantOfDate(cell);
  else if (typeof cell === 'number') r = instantOfSerial(cell);
  if (r instanceof Instant) return r.jstDate();
  return r === UNREADABLE ? notADate(cell) : r;
}

/**
 * A month: text `2027-05`, `2027/5`, `2027年5月`, `令和9年5月`, `R9/5`, or anything
 * {@link readDate} reads (its month).
 *
 * @example
 * ```ts
 * import { readMonth } from '../../src/spreadsheet/cells.js';
 * String(readMonth('2027年5月'));
 * //=> '2027-05'
 * String(readMonth('令和元年5月'));
 * //=> '2019-05'
 * String(readMonth('2027-05-20'));
 * //=> '2027-05'
 * ```
 */
export function readMonth(cell: Cell): YearMonth | CellProblem {
  if (typeof cell === 'string') {
    const text = normalise(cell);
    const era = readEra(text);
    if (era !== undefined && 'outside' in era) return outsideEra(era);
    const m = MONTH_TEXT.exec(text);
    const parts =
      era !== undefined && era.day === undefined
        ? era
        : m
          ? { year: Number(m[1]), month: m[2] ?? m[3] ?? '' }
          : undefined;
    if (parts !== undefined) {
      if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) return DATE_OUT_OF_RANGE;
      const month = YearMonth.tryParse(`${pad(parts.year, 4)}-${pad(parts.month)}`);
      return typeof month === 'string' ? noSuchDay(parts.year, parts.month) : month;
    }
  }
  const date = readDate(cell);
  if (date instanceof CellProblem) return date.predicate === notADate(cell).predicate ? notAMonth(cell) : date;
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
 * //=> 'は時刻を含む日時にしてください（例: 2027-04-05 10:30）'
 * ```
 */
export function readInstant(cell: Cell): Instant | CellProblem {
  let r: Instant | CellProblem = UNREADABLE;
  if (typeof cell === 'string') {
    const text = readDateText(cell);
    r = text instanceof CellProblem ? text : (text.instant ?? NO_TIME);
  } else if (isDateObject(cell)) r = instantOfDate(cell);
  else if (typeof cell === 'number') r = instantOfSerial(cell);
  return r === UNREADABLE ? notAnInstant(cell) : r;
}

/**
 * Whole yen: a number cell that is a whole number of 0 or more (`1.5` is
 * refused), or text of digits, with or without `,` separators, `¥` and `円`. A
 * fee computed by a formula is refused unless it is rounded (`=ROUND(90000*1.1)`):
 * `=90000*1.1` is 99000.00000000001 in binary floating point, and the message
 * says to use ROUND.
 *
 * @example
 * ```ts
 * import { readYen } from '../../src/spreadsheet/cells.js';
 * readYen('￥１００，０００');
 * //=> 100000
 * readYen(90000 * 1.1).predicate;
 * //=> 'は整数の円にしてください（99000.00000000001。式の金額は =ROUND(…) で丸めます）'
 * readYen(-1).predicate;
 * //=> 'は0以上の整数の円にしてください（-1は金額として読めません）'
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
  if (typeof yen === 'number') return yen;
  // A fee computed by a formula (=90000*1.1 is 99000.00000000001) needs ROUND to be whole yen.
  if (typeof cell === 'number' && Number.isFinite(cell) && cell > 0 && !Number.isInteger(cell))
    return new CellProblem(`は整数の円にしてください（${cell}。式の金額は =ROUND(…) で丸めます）`);
  return new CellProblem(`は0以上の整数の円にしてください（${shown(cell)}は金額として読めません）`);
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
 * //=> 'は数値にしてください（「twelve」は数値として読めません）'
 * ```
 */
export function readNumber(cell: Cell): number | CellProblem {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (typeof cell === 'string') {
    const text = normalise(cell);
    if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  }
  return new CellProblem(`は数値にしてください（${shown(cell)}は数値として読めません）`);
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
 * readDateList([['2027-12-29'], ['2027-12-32']]).predicate;
 * //=> 'の2番目のセルは実在する日付にしてください（2027年12月32日はありません）'
 * ```
 */
export function readDateList(cell: Cell): string[] | CellProblem {
  const cells: unknown[] = Array.isArray(cell) ? cell.flat() : [cell];
  const dates: string[] = [];
  for (const [i, c] of cells.entries()) {
    if (isEmptyCell(c)) continue;
    const error = errorCell(c);
    if (error !== undefined) return errorCellProblem(error, `の${i + 1}番目のセル`);
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
