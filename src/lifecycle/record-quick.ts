/**
 * The contract record's schema check on its common path, written out by hand for the record's
 * known shape: record.ts tries it first, and falls back to the schema (record-schema.ts, its
 * direct path and then zod) whenever it says no.
 *
 * It can only say yes where the schema says yes, with the same values: each field is checked
 * as its schema checks it (the same `CalendarDate.tryParse`, `tryParseYen`, ranges and lengths),
 * and anything it does not know — an unknown or repeated-as-undefined field, an object that is
 * not a plain one, a bad value — is a no, for the schema to answer (and to word the error). The
 * rare parts of a record (options, notices, the history, overrides, a payment's designation)
 * go through the schema's own direct checks. The gain is in what most records are: a dozen
 * scalars and a list of payments, read by name instead of through a list of checks per object.
 * test/lifecycle/record-quick.test.ts holds it to the schema on random records.
 *
 * @module
 */
import { CalendarDate } from '../core/calendar-date.js';
import { tryParseYen, type Yen } from '../core/money.js';
import { DECLINED, quickCheckOf, type Direct } from '../core/schema.js';
import { MAX_MINIMUM_TERM_MONTHS } from '../articles/article-12.js';
import { ContractRecordSchema, DesignationSchema, MAX_TERM_MONTHS, type ParsedContract } from './record-schema.js';

type Raw = Record<string, unknown>;
type ParsedPayment = NonNullable<ParsedContract['payments']>[number];

const SHAPE = (ContractRecordSchema as unknown as { shape: Record<string, Parameters<typeof quickCheckOf>[0]> }).shape;
const check = (key: string): Direct | null => quickCheckOf(SHAPE[key] as Parameters<typeof quickCheckOf>[0]);

/** The schema's own direct checks of the rare parts (each takes `undefined` for an absent field). */
export const RARE = {
  options: check('options'),
  notices: check('notices'),
  changes: check('changes'),
  stops: check('stops'),
  charges: check('charges'),
  termsChanges: check('termsChanges'),
  overrides: check('overrides'),
  designation: quickCheckOf(DesignationSchema),
};
/** False when the schema grew a part its direct path does not know: then every record goes to the schema. */
export const RARE_USABLE = Object.values(RARE).every((d) => d !== null);

/** The most payments a record may list, as its schema says (`z.maxLength(10_000)`). */
export const MAX_PAYMENTS = 10_000;
/** `id`'s length bounds, as its schema says. */
const ID_MIN = 1;
export const ID_MAX = 200;

/**
 * A record checked here or by record-line.ts: the values the schema gives, every field a key
 * (`undefined` where absent), in the schema's order. A class of its own, so that `contractOf`
 * knows a record read from a line is already checked.
 */
export class CheckedRecord {
  constructor(
    readonly id: string | undefined,
    readonly formationDate: CalendarDate,
    readonly scheduledStartDate: CalendarDate,
    readonly readyDate: CalendarDate | undefined,
    readonly termEndDate: CalendarDate | undefined,
    readonly termMonths: number | undefined,
    readonly minimumTermMonths: number | undefined,
    readonly monthlyFee: Yen,
    readonly initialFee: { readonly amount: Yen; readonly dueDate: CalendarDate } | undefined,
    readonly options: unknown,
    readonly notices: unknown,
    readonly payments: readonly unknown[] | undefined,
    readonly changes: unknown,
    readonly stops: unknown,
    readonly charges: unknown,
    readonly termsChanges: unknown,
    readonly overrides: unknown,
  ) {}

  /** From the values in the schema's order of fields. */
  static of(v: readonly unknown[]): CheckedRecord {
    return new CheckedRecord(
      v[0] as string | undefined,
      v[1] as CalendarDate,
      v[2] as CalendarDate,
      v[3] as CalendarDate | undefined,
      v[4] as CalendarDate | undefined,
      v[5] as number | undefined,
      v[6] as number | undefined,
      v[7] as Yen,
      v[8] as CheckedRecord['initialFee'],
      v[9],
      v[10],
      v[11] as unknown[] | undefined,
      v[12],
      v[13],
      v[14],
      v[15],
      v[16],
    );
  }

  /** The record as the rest of the check reads it. */
  get parsed(): ParsedContract {
    return this as unknown as ParsedContract;
  }
}

/** `value` when it is an object JSON.parse could make (its prototype `Object.prototype`), else undefined. */
function plainObject(value: unknown): Raw | undefined {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
    ? (value as Raw)
    : undefined;
}

/** How many enumerable keys `o` has (as the schema's strict check walks them). */
function keyCount(o: Raw): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** A date as `dateField` reads it, or undefined. */
function dateOf(value: unknown): CalendarDate | undefined {
  const r = CalendarDate.tryParse(value);
  return typeof r === 'string' ? undefined : r;
}

/** Yen as `yenField` reads them, or −1. */
function yenOf(value: unknown): Yen {
  const r = tryParseYen(value);
  return typeof r === 'string' ? -1 : r;
}

/** A whole number in `[min, max]` as `intField` reads it (min ≥ 0), or −1. */
function wholeOf(value: unknown, min: number, max: number): number {
  return typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= min &&
    value <= max &&
    (value !== 0 || 1 / value > 0)
    ? value
    : -1;
}

/** `initialFee` ({ amount, dueDate }, strict), or undefined. */
function initialFeeOf(value: unknown): { amount: Yen; dueDate: CalendarDate } | undefined {
  const o = plainObject(value);
  if (o === undefined) return undefined;
  const amount = yenOf(o.amount);
  const dueDate = dateOf(o.dueDate);
  if (amount < 0 || dueDate === undefined || keyCount(o) !== 2) return undefined;
  return { amount, dueDate };
}

/** One payment ({ date, amount, designation? }, strict), or undefined. */
function paymentOf(value: unknown): ParsedPayment | undefined {
  const o = plainObject(value);
  if (o === undefined) return undefined;
  const date = dateOf(o.date);
  const amount = yenOf(o.amount);
  if (date === undefined || amount < 0) return undefined;
  const given = o.designation;
  if (given === undefined) return keyCount(o) === 2 ? { date, amount } : undefined;
  const designation = (RARE.designation as Direct)(given);
  if (designation === DECLINED || keyCount(o) !== 3) return undefined;
  return { date, amount, designation } as ParsedPayment;
}

/** The payments, each checked, or undefined. */
function paymentListOf(value: unknown): ParsedPayment[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_PAYMENTS) return undefined;
  const out = new Array<ParsedPayment>(value.length);
  for (let i = 0; i < value.length; i++) {
    const p = paymentOf(value[i]);
    if (p === undefined) return undefined;
    out[i] = p;
  }
  return out;
}

/** `value` through a rare part's direct check (`undefined` stays `undefined`), or {@link DECLINED}. */
const rare = (direct: Direct | null, value: unknown): unknown => (direct as Direct)(value);

/**
 * The checked record, as the schema would give it (with every field of the record as a key,
 * `undefined` where absent), or undefined when the schema must decide.
 */
export function quickRecordOf(input: unknown): ParsedContract | undefined {
  const r = RARE_USABLE ? plainObject(input) : undefined;
  if (r === undefined) return undefined;
  const { id, readyDate: ready, termEndDate: end, termMonths: months, minimumTermMonths: minimum } = r;
  if (id !== undefined && !(typeof id === 'string' && id.length >= ID_MIN && id.length <= ID_MAX)) return undefined;
  const formationDate = dateOf(r.formationDate);
  const scheduledStartDate = dateOf(r.scheduledStartDate);
  const monthlyFee = yenOf(r.monthlyFee);
  if (formationDate === undefined || scheduledStartDate === undefined || monthlyFee < 0) return undefined;
  const readyDate = ready === undefined ? undefined : dateOf(ready);
  const termEndDate = end === undefined ? undefined : dateOf(end);
  const termMonths = months === undefined ? undefined : wholeOf(months, 1, MAX_TERM_MONTHS);
  const minimumTermMonths = minimum === undefined ? undefined : wholeOf(minimum, 0, MAX_MINIMUM_TERM_MONTHS);
  if (
    (ready !== undefined && readyDate === undefined) ||
    (end !== undefined && termEndDate === undefined) ||
    termMonths === -1 ||
    minimumTermMonths === -1
  ) {
    return undefined;
  }
  const { initialFee: fee, payments: paid, options, notices, changes, stops, charges, termsChanges, overrides } = r;
  const initialFee = fee === undefined ? undefined : initialFeeOf(fee);
  const payments = paid === undefined ? undefined : paymentListOf(paid);
  if ((fee !== undefined && initialFee === undefined) || (paid !== undefined && payments === undefined)) {
    return undefined;
  }
  const parsed = new CheckedRecord(
    id as string | undefined,
    formationDate,
    scheduledStartDate,
    readyDate,
    termEndDate,
    termMonths,
    minimumTermMonths,
    monthlyFee,
    initialFee,
    rare(RARE.options, options),
    rare(RARE.notices, notices),
    payments,
    rare(RARE.changes, changes),
    rare(RARE.stops, stops),
    rare(RARE.charges, charges),
    rare(RARE.termsChanges, termsChanges),
    rare(RARE.overrides, overrides),
  );
  if (
    parsed.options === DECLINED ||
    parsed.notices === DECLINED ||
    parsed.changes === DECLINED ||
    parsed.stops === DECLINED ||
    parsed.charges === DECLINED ||
    parsed.termsChanges === DECLINED ||
    parsed.overrides === DECLINED
  ) {
    return undefined;
  }
  // Strict, as the schema: no field besides those read (each given one counted once).
  const read =
    (id !== undefined ? 3 : 2) + // formationDate, scheduledStartDate
    1 + // monthlyFee
    count(ready, end, months, minimum) +
    count(fee, paid, options, notices) +
    count(changes, stops, charges, termsChanges) +
    count(overrides);
  return keyCount(r) === read ? parsed.parsed : undefined;
}

/** How many of the values are given (not undefined). */
function count(a: unknown, b?: unknown, c?: unknown, d?: unknown): number {
  return (a !== undefined ? 1 : 0) + (b !== undefined ? 1 : 0) + (c !== undefined ? 1 : 0) + (d !== undefined ? 1 : 0);
}
