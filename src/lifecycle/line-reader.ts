/**
 * The reading of one NDJSON line by hand (record-line.ts): a position in the line and the
 * reads of a JSON string without escapes, a `'YYYY-MM-DD'` date, a whole number, and any value
 * cut out for `JSON.parse` — each a no (undefined, −1 or {@link DECLINED}) where the line is not
 * in the compact form the reads know, for the caller to leave the line to `JSON.parse`.
 *
 * @module
 */
import { CalendarDate, dateOfParts } from '../core/calendar-date.js';
import { ymdAt } from '../core/date-text.js';
import { DECLINED, type Direct } from '../core/schema.js';

/** The characters of JSON the reads look for, by code. */
export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
export const LEFT_BRACKET = 91;
export const BACKSLASH = 92;
export const RIGHT_BRACKET = 93;
export const LEFT_BRACE = 123;
export const RIGHT_BRACE = 125;
export const ZERO = 48;
export const NINE = 57;

/**
 * The date of `YYYY-MM-DD` at `at` of `text` when it names a real day of 1900–2199, read in
 * place; undefined for anything else (for the date's own parse to judge, as it always did).
 */
export function dayAt(text: string, at: number): CalendarDate | undefined {
  const ymd = ymdAt(text, at);
  if (ymd < 0) return undefined;
  // Whole numbers: the day found (or made) without `of`'s checks of them. The parts cut with
  // integer division (`| 0` on a positive int32): no floating-point remainder.
  const year = (ymd / 10_000) | 0;
  const monthDay = ymd - year * 10_000;
  const month = (monthDay / 100) | 0;
  return dateOfParts(year, month, monthDay - month * 100);
}

/**
 * An empty array that V8 keeps as one of objects, as a non-empty one of objects is: `[]` alone
 * starts as one of small integers, and a function compiled for the arrays it met is thrown back
 * to the interpreter ("wrong map") on meeting an empty one of the other kind — the bill's warm-up
 * paid for it in the ledger's readers (docs/performance.md, round 6).
 */
export function objectList<T extends object>(): T[] {
  const list: (T | null)[] = [null];
  list.pop();
  return list as T[];
}

/**
 * A copy of `list` in an array of {@link objectList}'s kind: the lists of a trusted contract
 * (its options, changes, payments) are then all of one kind, whoever made them — `map` makes a
 * holey one, a spread or `slice` a packed one — and the bill's loops over them are not thrown
 * back to the interpreter ("wrong map") when a record brings the other kind.
 */
export function packedOf<T extends object>(list: readonly T[]): T[] {
  const out = objectList<T>();
  for (let i = 0; i < list.length; i++) out.push(list[i] as T);
  return out;
}

/**
 * Whether `text` holds `word` at `at` — `text.startsWith(word, at)`, written as a cut and a
 * comparison: for the short keys of a line this is the quicker of the two in V8 (a call of
 * `startsWith` with a position is not inlined; measured in docs/performance.md, round 5).
 */
export function isAt(text: string, at: number, word: string): boolean {
  return text.slice(at, at + word.length) === word;
}

/** A position in the line, moved on as values are read; each read gives undefined (or −1) for a no. */
export class LineReader {
  at = 0;
  constructor(readonly text: string) {}

  /** A string without escapes or control characters. */
  string(): string | undefined {
    const { text } = this;
    if (text.charCodeAt(this.at) !== QUOTE) return undefined;
    const start = this.at + 1;
    const end = text.indexOf('"', start);
    if (end < 0) return undefined;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 32 || c === BACKSLASH) return undefined;
    }
    this.at = end + 1;
    return text.slice(start, end);
  }

  /** `"YYYY-MM-DD"`, a day of 1900–2199, as `dateField` reads it. */
  date(): CalendarDate | undefined {
    const { text, at } = this;
    if (text.charCodeAt(at) !== QUOTE || text.charCodeAt(at + 11) !== QUOTE) return undefined;
    // A real day read in place: no ten-character string cut out per date (most dates of a line).
    const known = dayAt(text, at + 1);
    if (known !== undefined) {
      this.at = at + 12;
      return known;
    }
    // Ten characters checked by the date's own parse (digits and dashes only: no escape can pass).
    const r = CalendarDate.tryParse(text.slice(at + 1, at + 11));
    if (typeof r === 'string') return undefined;
    this.at = at + 12;
    return r;
  }

  /** A whole number in `[min, max]` written in plain digits (at most 15: exact), or −1. */
  whole(min: number, max: number): number {
    const { text } = this;
    let i = this.at;
    let n = 0;
    for (; i < text.length && i - this.at < 16; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      n = n * 10 + (c - ZERO);
    }
    const digits = i - this.at;
    // No digits, more than 15, or a leading zero (JSON refuses 012): a no.
    if (digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(this.at) === ZERO)) return -1;
    if (n < min || n > max) return -1;
    this.at = i;
    return n;
  }

  /** A value of any kind cut out of the line, parsed by `JSON.parse` and checked by `check`, or {@link DECLINED}. */
  checked(check: Direct): unknown {
    const end = valueEnd(this.text, this.at);
    if (end < 0) return DECLINED;
    let value: unknown;
    try {
      value = JSON.parse(this.text.slice(this.at, end));
    } catch {
      return DECLINED;
    }
    this.at = end;
    return check(value);
  }

  /** The character at the position, moving past it. */
  next(): number {
    return this.text.charCodeAt(this.at++);
  }
}

/**
 * Where the JSON value starting at `at` ends (for an object or a list, after its closing
 * bracket, strings skipped with their escapes), or −1 when the line ends first. Only the
 * extent: `JSON.parse` checks the value itself.
 */
function valueEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
      if (i >= text.length) return -1;
      if (depth === 0) return i + 1;
    } else if (c === LEFT_BRACE || c === LEFT_BRACKET) depth++;
    else if (c === RIGHT_BRACE || c === RIGHT_BRACKET) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (c === COMMA && depth === 0) return i;
  }
  return depth === 0 ? text.length : -1;
}
