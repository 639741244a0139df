/**
 * An NDJSON line read straight into the checked record, in one pass, for the records most
 * lines hold: compact JSON (no whitespace between tokens), strings without escapes, whole
 * numbers, the record's own fields each once. The dates become `CalendarDate`s and the
 * numbers yen as they are read (line-reader.ts), with no object of strings in between; so are
 * the notices and options in their common forms. The other parts of a record (the history,
 * overrides, a payment's designation, notices and options in other forms) are cut out of the
 * line, given to `JSON.parse` and checked by the schema's own direct checks.
 *
 * Anything else — whitespace, an escape, a fraction or an exponent, a field given twice or
 * not the record's, a value the schema refuses — is a no: the reader then parses the line with
 * `JSON.parse` and the record goes through its schema as before, which gives the same answer
 * and words the error. So a line read here is one that `JSON.parse` reads, into a record the
 * schema takes with the same values (test/lifecycle/record-line.test.ts holds the two to it).
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import { DECLINED, type Direct } from '../core/schema.js';
import {
  COLON,
  COMMA,
  LEFT_BRACE,
  LEFT_BRACKET,
  LineReader,
  QUOTE,
  dayAt,
  isAt,
  objectList,
  RIGHT_BRACE,
  RIGHT_BRACKET,
} from './line-reader.js';
import { MAX_MINIMUM_TERM_MONTHS } from '../articles/article-12.js';
import { SERVICE_STOP_REFS } from '../articles/article-25.js';
import { CheckedRecord, RARE, RARE_USABLE, ID_MAX, MAX_PAYMENTS } from './record-quick.js';
import { DISCONTINUATION_GROUND_IDS, MAX_TERM_MONTHS } from './record-schema.js';

/** The record's fields, in its schema's order: a field's index is its bit in the set of fields read. */
const FIELDS = [
  'id',
  'formationDate',
  'scheduledStartDate',
  'readyDate',
  'termEndDate',
  'termMonths',
  'minimumTermMonths',
  'monthlyFee',
  'initialFee',
  'options',
  'notices',
  'payments',
  'changes',
  'stops',
  'charges',
  'termsChanges',
  'overrides',
] as const;
const [ID, FORMATION, START, READY, TERM_END, TERM_MONTHS, MINIMUM, FEE, INITIAL_FEE] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const [OPTIONS, NOTICES_FIELD, PAYMENTS, CHANGES, STOPS] = [9, 10, 11, 12, 13];
/** The rare parts' direct checks, by field index. */
const RARE_BY_FIELD: (Direct | null)[] = FIELDS.map((f) => (f in RARE ? RARE[f as keyof typeof RARE] : null));
/** The field indices by a key's length and first letter (`length × 128 + code`). */
const BY_SHAPE = new Map<number, number[]>();
FIELDS.forEach((f, i) => {
  const shape = f.length * 128 + f.charCodeAt(0);
  BY_SHAPE.set(shape, [...(BY_SHAPE.get(shape) ?? []), i]);
});

/** The index of the field named by `text` from `start` (`length` characters), or −1. */
function fieldAt(text: string, start: number, length: number): number {
  const candidates = BY_SHAPE.get(length * 128 + text.charCodeAt(start));
  if (candidates === undefined) return -1;
  for (const i of candidates) if (isAt(text, start, FIELDS[i] as string)) return i;
  return -1;
}

/** `"name":` at the position: the field's index (moving past the colon), or −1. */
function keyOf(r: LineReader): number {
  const { text } = r;
  if (text.charCodeAt(r.at) !== QUOTE) return -1;
  const start = r.at + 1;
  const end = text.indexOf('"', start);
  if (end < 0 || text.charCodeAt(end + 1) !== COLON) return -1;
  r.at = end + 2;
  return fieldAt(text, start, end - start);
}

/** `{"amount":…,"dueDate":…}` in either order, or undefined. */
function initialFeeOf(r: LineReader): { amount: number; dueDate: CalendarDate } | undefined {
  if (r.next() !== LEFT_BRACE) return undefined;
  let amount = -1;
  let dueDate: CalendarDate | undefined;
  for (let k = 0; k < 2; k++) {
    const { text, at } = r;
    if (amount < 0 && isAt(text, at, '"amount":')) {
      r.at = at + 9;
      amount = r.whole(0, Number.MAX_SAFE_INTEGER);
      if (amount < 0) return undefined;
    } else if (dueDate === undefined && isAt(text, at, '"dueDate":')) {
      r.at = at + 10;
      dueDate = r.date();
      if (dueDate === undefined) return undefined;
    } else return undefined;
    if (r.next() !== (k === 0 ? COMMA : RIGHT_BRACE)) return undefined;
  }
  return { amount, dueDate: dueDate as CalendarDate };
}

type Payment = { date: CalendarDate; amount: number; designation?: unknown };

/** How a payment of a line begins and its amount's key, in the form nearly every one takes. */
const PAYMENT_HEAD = '{"date":"';
const PAYMENT_AMOUNT = ',"amount":';

/**
 * `{"date":"YYYY-MM-DD","amount":N}` — the form nearly every payment of a line takes — read
 * at once: one look at each key, the date in place. Undefined (the position unmoved) for
 * anything else, for {@link paymentOf} to read key by key: the same payment when it is one.
 */
function plainPaymentOf(r: LineReader): Payment | undefined {
  const { text, at } = r;
  if (!isAt(text, at, PAYMENT_HEAD) || text.charCodeAt(at + 19) !== QUOTE) return undefined;
  const date = dayAt(text, at + 9);
  if (date === undefined || !isAt(text, at + 20, PAYMENT_AMOUNT)) return undefined;
  r.at = at + 30;
  const amount = r.whole(0, Number.MAX_SAFE_INTEGER);
  if (amount < 0 || text.charCodeAt(r.at) !== RIGHT_BRACE) {
    r.at = at;
    return undefined;
  }
  r.at++;
  return { date, amount, designation: undefined };
}

/** One payment `{"date":…,"amount":…}` (a designation too), keys in any order, or undefined. */
function paymentOf(r: LineReader): Payment | undefined {
  const plain = plainPaymentOf(r);
  if (plain !== undefined) return plain;
  if (r.next() !== LEFT_BRACE) return undefined;
  let date: CalendarDate | undefined;
  let amount = -1;
  let designation: unknown;
  for (;;) {
    const { text, at } = r;
    if (date === undefined && isAt(text, at, '"date":')) {
      r.at = at + 7;
      date = r.date();
      if (date === undefined) return undefined;
    } else if (amount < 0 && isAt(text, at, '"amount":')) {
      r.at = at + 9;
      amount = r.whole(0, Number.MAX_SAFE_INTEGER);
      if (amount < 0) return undefined;
    } else if (designation === undefined && isAt(text, at, '"designation":')) {
      r.at = at + 14;
      designation = r.checked(RARE.designation as Direct);
      if (designation === DECLINED || designation === undefined) return undefined;
    } else return undefined;
    const c = r.next();
    if (c === RIGHT_BRACE) break;
    if (c !== COMMA) return undefined;
  }
  if (date === undefined || amount < 0) return undefined;
  return { date, amount, designation: designation as Payment['designation'] };
}

/** `[…]` of payments, or undefined. */
function paymentsOf(r: LineReader): Payment[] | undefined {
  if (r.next() !== LEFT_BRACKET) return undefined;
  // An array of objects even when empty: the bill's readers of the payments see one kind.
  const out = objectList<Payment>();
  if (r.text.charCodeAt(r.at) === RIGHT_BRACKET) {
    r.at++;
    return out;
  }
  for (;;) {
    const p = paymentOf(r);
    if (p === undefined || out.length === MAX_PAYMENTS) return undefined;
    out.push(p);
    const c = r.next();
    if (c === RIGHT_BRACKET) return out;
    if (c !== COMMA) return undefined;
  }
}

/** A field of a small object read by hand: a date, a whole number, or one of a list of words. */
type Flat = readonly (readonly [key: string, kind: 'date' | 'whole' | 'text' | readonly string[]])[];

const OPTION: Flat = [
  ['name', 'text'], // its length checked by optionsOf
  ['monthlyFee', 'whole'],
  ['scheduledStartDate', 'date'],
];
/** The notices' common forms, each field in its schema's order (timing first). */
const NOTICES: readonly (readonly [key: string, fields: Flat])[] = [
  [
    'customerTermination',
    [
      ['on', 'date'],
      ['requestedDate', 'date'],
      ['extensionMonths', 'whole'],
    ],
  ],
  [
    'companyTermination',
    [
      ['on', 'date'],
      ['requestedDate', 'date'],
    ],
  ],
  [
    'nonRenewal',
    [
      ['on', 'date'],
      ['by', ['customer', 'company']],
    ],
  ],
  [
    'discontinuation',
    [
      ['on', 'date'],
      ['date', 'date'],
      ['ground', DISCONTINUATION_GROUND_IDS],
    ],
  ],
];
/** The notices' keys as a line writes them, `"name":`. */
const NOTICE_KEYS = NOTICES.map(([key]) => `"${key}":`);
/** An option's name, as its schema says (`z.minLength(1)`, `z.maxLength(100)`). */
const NAME_MAX = 100;
/** The most options a record may list, as its schema says. */
const MAX_OPTIONS = 100;

/**
 * `{…}` of the `fields` (each at most once, in any order), as the schema's direct check gives it —
 * the fields given, in the schema's order — or undefined. A field not listed is a no (for the schema).
 */
function flatOf(r: LineReader, fields: Flat): Record<string, unknown> | undefined {
  if (r.next() !== LEFT_BRACE) return undefined;
  const values: unknown[] = new Array(fields.length);
  for (;;) {
    const { text, at } = r;
    if (text.charCodeAt(at) !== QUOTE) return undefined;
    let f = 0;
    for (; f < fields.length; f++) {
      const key = (fields[f] as Flat[number])[0];
      if (text.charCodeAt(at + 1 + key.length) === QUOTE && isAt(text, at + 1, key)) break;
    }
    const field = fields[f];
    if (field === undefined || values[f] !== undefined || text.charCodeAt(at + 2 + field[0].length) !== COLON) {
      return undefined;
    }
    r.at = at + 3 + field[0].length;
    const kind = field[1];
    const v = kind === 'date' ? r.date() : kind === 'whole' ? r.whole(0, Number.MAX_SAFE_INTEGER) : r.string();
    if (v === undefined || v === -1) return undefined;
    if (typeof kind !== 'string' && !kind.includes(v as string)) return undefined;
    values[f] = v;
    const c = r.next();
    if (c === RIGHT_BRACE) break;
    if (c !== COMMA) return undefined;
  }
  const out: Record<string, unknown> = {};
  for (let f = 0; f < fields.length; f++) if (values[f] !== undefined) out[(fields[f] as Flat[number])[0]] = values[f];
  return out;
}

/** A change of contract in its common form (a new fee from a day), each field in its schema's order. */
const CHANGE: Flat = [
  ['acceptanceSentOn', 'date'],
  ['effectiveDate', 'date'],
  ['monthlyFee', 'whole'],
];
/** A stop or interruption of the service, each field in its schema's order. */
const STOP: Flat = [
  ['provision', SERVICE_STOP_REFS],
  ['from', 'date'],
  ['to', 'date'],
];
/** The most changes and stops a record may list, as its schema says. */
const MAX_CHANGES = 100;
const MAX_STOPS = 1000;

/**
 * `[…]` of small objects of `fields` — at most `max`, each with the `required` ones and
 * `accepted` — as the schema's direct check gives them, or undefined (for the schema: a field
 * not listed, a longer list, a value it may refuse).
 */
function flatListOf(
  r: LineReader,
  fields: Flat,
  required: readonly string[],
  max: number,
  accepted: (o: Record<string, unknown>) => boolean = () => true,
): Record<string, unknown>[] | undefined {
  if (r.next() !== LEFT_BRACKET) return undefined;
  const out: Record<string, unknown>[] = [];
  if (r.text.charCodeAt(r.at) === RIGHT_BRACKET) {
    r.at++;
    return out;
  }
  for (;;) {
    const o = flatOf(r, fields);
    if (o === undefined || out.length === max) return undefined;
    for (const key of required) if (o[key] === undefined) return undefined;
    if (!accepted(o)) return undefined;
    out.push(o);
    const c = r.next();
    if (c === RIGHT_BRACKET) return out;
    if (c !== COMMA) return undefined;
  }
}

/** An option's name as its schema takes it: text of 1 to {@link NAME_MAX} characters. */
const named = ({ name }: Record<string, unknown>) =>
  typeof name === 'string' && name.length >= 1 && name.length <= NAME_MAX;
/** `[…]` of options in their common form (name, monthlyFee, scheduledStartDate), or undefined. */
const optionsOf = (r: LineReader) => flatListOf(r, OPTION, ['monthlyFee', 'scheduledStartDate'], MAX_OPTIONS, named);
const changesOf = (r: LineReader) => flatListOf(r, CHANGE, ['acceptanceSentOn', 'effectiveDate'], MAX_CHANGES);
const stopsOf = (r: LineReader) => flatListOf(r, STOP, ['provision', 'from'], MAX_STOPS);

/** `{…}` of notices in their common forms, or undefined. */
function noticesOf(r: LineReader): Record<string, unknown> | undefined {
  if (r.next() !== LEFT_BRACE) return undefined;
  const given: (Record<string, unknown> | undefined)[] = new Array(NOTICES.length);
  if (r.text.charCodeAt(r.at) === RIGHT_BRACE) {
    r.at++;
    return {};
  }
  for (;;) {
    const { text, at } = r;
    const n = NOTICE_KEYS.findIndex((key) => isAt(text, at, key));
    const notice = NOTICES[n];
    if (notice === undefined || given[n] !== undefined) return undefined;
    r.at = at + notice[0].length + 3;
    const v = flatOf(r, notice[1]);
    // A discontinuation names its last day: without it, the schema's word.
    if (v === undefined || (notice[0] === 'discontinuation' && v.date === undefined)) return undefined;
    given[n] = v;
    const c = r.next();
    if (c === RIGHT_BRACE) break;
    if (c !== COMMA) return undefined;
  }
  // In the schema's order (companyImmediateTermination, not read here, between companyTermination and nonRenewal).
  const out: Record<string, unknown> = {};
  for (let n = 0; n < NOTICES.length; n++)
    if (given[n] !== undefined) out[(NOTICES[n] as (typeof NOTICES)[number])[0]] = given[n];
  return out;
}

/** A rare part read by `read` in its common form, else cut out for `JSON.parse` and the schema's check. */
function rareOf(r: LineReader, f: number, read: ((r: LineReader) => unknown) | undefined): unknown {
  if (read !== undefined) {
    const at = r.at;
    const v = read(r);
    if (v !== undefined) return v;
    r.at = at;
  }
  const v = r.checked(RARE_BY_FIELD[f] as Direct);
  // `undefined` (which JSON cannot give) would be a field the line does not have.
  return v === undefined ? DECLINED : v;
}

/** The value of field `f` read at the position, or {@link DECLINED}. */
function fieldValue(r: LineReader, f: number): unknown {
  switch (f) {
    case ID: {
      const id = r.string();
      return id !== undefined && id.length >= 1 && id.length <= ID_MAX ? id : DECLINED;
    }
    case FORMATION:
    case START:
    case READY:
    case TERM_END:
      return r.date() ?? DECLINED;
    case TERM_MONTHS:
      return orDeclined(r.whole(1, MAX_TERM_MONTHS));
    case MINIMUM:
      return orDeclined(r.whole(0, MAX_MINIMUM_TERM_MONTHS));
    case FEE:
      return orDeclined(r.whole(0, Number.MAX_SAFE_INTEGER));
    case INITIAL_FEE:
      return initialFeeOf(r) ?? DECLINED;
    case PAYMENTS:
      return paymentsOf(r) ?? DECLINED;
    case OPTIONS:
      return rareOf(r, f, optionsOf);
    case NOTICES_FIELD:
      return rareOf(r, f, noticesOf);
    case CHANGES:
      return rareOf(r, f, changesOf);
    case STOPS:
      return rareOf(r, f, stopsOf);
    default:
      return rareOf(r, f, undefined);
  }
}

const orDeclined = (n: number): unknown => (n < 0 ? DECLINED : n);

/**
 * The checked record an NDJSON line holds, or undefined when the line must go to `JSON.parse`
 * and the record's schema (anything but the common, compact form; any value the schema may refuse).
 */
export function recordOfLine(text: string): CheckedRecord | undefined {
  if (!RARE_USABLE || text.charCodeAt(0) !== LEFT_BRACE) return undefined;
  const r = new LineReader(text);
  r.at = 1;
  const values: unknown[] = new Array(FIELDS.length).fill(undefined);
  let read = 0;
  for (;;) {
    const f = keyOf(r);
    if (f < 0 || (read & (1 << f)) !== 0) return undefined;
    read |= 1 << f;
    const v = fieldValue(r, f);
    if (v === DECLINED) return undefined;
    values[f] = v;
    const c = r.next();
    if (c === RIGHT_BRACE && r.at === text.length) break;
    if (c !== COMMA) return undefined;
  }
  if (values[FORMATION] === undefined || values[START] === undefined || values[FEE] === undefined) return undefined;
  return CheckedRecord.of(values);
}
