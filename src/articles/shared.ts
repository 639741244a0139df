/**
 * Helpers shared by the article modules of chapter 2 (第9条–第16条). Internal:
 * not exported from the package root.
 *
 * - Lists of grounds (第9条4項, 第14条1項, 第15条1項): a typed table of items with
 *   the terms' Japanese text and an English gloss, the facts schema built from
 *   it, and the items a set of facts matches.
 * - `scope`: whether a rule is applied to the contract itself or to an option
 *   service (オプションサービス; 第9条7項 and 第13条4項 apply the articles to them).
 * - Month ends counted in whole calendar months (第13条1項, 第14条2項), and the month end
 *   before a month by its number (第25条3項).
 * - JSON values: what a document or a contract's settings may hold (第1条, 第9条2項).
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis } from '../core/basis.js';
import { CalendarDate, MAX_YEAR, MIN_YEAR, daysInMonth } from '../core/calendar-date.js';
import { TermsError, describeValue, type TermsIssue } from '../core/errors.js';
import type { ProvisionRef } from '../core/provisions.js';
import { booleanField, enumField } from '../core/schema.js';

/** One item of a list of grounds (…各号): its id, its provision, its text. */
export interface Ground<Id extends string = string> {
  /** A stable, English id for the item (used in facts and results). */
  readonly id: Id;
  /** The item it is, e.g. `'9.4.3'` (第9条4項3号). */
  readonly ref: ProvisionRef;
  /** The item's text as the terms write it, without its number. */
  readonly ja: string;
  /** An English gloss of the item. */
  readonly en: string;
}

/** The facts about a list of grounds: `true` where an item applies; absent means it does not. */
export type GroundFacts<Id extends string> = { readonly [K in Id]?: boolean | undefined };

/** Freezes a table of grounds (and each row) so results can share it safely. */
export function groundTable<const G extends readonly Ground[]>(grounds: G): G {
  for (const g of grounds) Object.freeze(g);
  return Object.freeze(grounds);
}

/**
 * The facts schema of a list: one optional boolean per item id; any other key
 * is refused (a misspelt fact must not pass silently as "does not apply").
 */
export function groundFactsShape<Id extends string>(grounds: readonly Ground<Id>[]) {
  return Object.fromEntries(grounds.map((g) => [g.id, z.optional(booleanField)])) as {
    [K in Id]: z.ZodMiniOptional<typeof booleanField>;
  };
}

/** The items of `grounds` that `facts` says apply, in the terms' order: whether any does, their ids and refs. */
export function matchGrounds<G extends Ground>(
  grounds: readonly G[],
  facts: GroundFacts<G['id']>,
): { any: boolean; ids: G['id'][]; refs: ProvisionRef[] } {
  const matched = grounds.filter((g) => (facts as Record<string, boolean | undefined>)[g.id] === true);
  return { any: matched.length > 0, ids: matched.map((g) => g.id), refs: matched.map((g) => g.ref) };
}

/** What a rule is applied to: the contract, or an option service (第9条7項, 第13条4項). */
export type Scope = 'contract' | 'option';

/** The optional `scope` field; absent means the contract. */
export const scopeField = z.optional(enumField(['contract', 'option'] as const));

/**
 * A basis of `refs`, plus `optionRef` — the paragraph that applies the article
 * to option services (9.7, 13.4) — when the scope is an option.
 */
export function scopedBasis(
  scope: Scope | undefined,
  optionRef: ProvisionRef,
  ...refs: ProvisionRef[]
): ProvisionRef[] {
  return scope === 'option' ? basis(...refs, optionRef) : basis(...refs);
}

// The last day of the month before each month, made once, in slots by month number (year × 12
// + month − 1): value objects are immutable, so sharing them is safe, and the table is bounded
// by the years supported.
const FIRST_INDEX = MIN_YEAR * 12;
const MONTH_ENDS: (CalendarDate | undefined)[] = Array.from(
  { length: (MAX_YEAR - MIN_YEAR + 1) * 12 },
  () => undefined,
);

/** The last day of the month before the month numbered `index` (year × 12 + month − 1): 25.3's date as written. */
export function monthEndBeforeAt(index: number): CalendarDate {
  const before = index - 1;
  // Before 1900 this throws DATE_OUT_OF_RANGE, as YearMonth arithmetic does.
  if (!(before >= FIRST_INDEX && before < FIRST_INDEX + MONTH_ENDS.length)) {
    throw new TermsError('DATE_OUT_OF_RANGE', [
      { path: 'month', message: `the computed month is outside the supported years ${MIN_YEAR}–${MAX_YEAR}` },
    ]);
  }
  let end = MONTH_ENDS[before - FIRST_INDEX];
  if (end === undefined) {
    const year = Math.floor(before / 12);
    const month = before - year * 12 + 1;
    end = CalendarDate.of(year, month, daysInMonth(year, month));
    MONTH_ENDS[before - FIRST_INDEX] = end;
  }
  return end;
}

/** The last day of the month `months` after `date`'s month (0: its own month end). */
export function monthEndAfter(date: CalendarDate, months: number): CalendarDate {
  return date.startOfMonth().addMonths(months).endOfMonth();
}

/** The number of whole calendar months from `a`'s month to `b`'s month (`b − a`). */
export function monthsBetween(a: CalendarDate, b: CalendarDate): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

const MAX_DEPTH = 32;

/**
 * Why `value` is not a JSON value (path and message), or undefined when it is
 * one: strings, finite numbers, booleans, null, lists and plain records, at
 * most 32 levels deep (so a cyclic value is refused too).
 */
export function jsonProblem(value: unknown, path: string, depth = 0): TermsIssue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? undefined
      : { path, message: `expected a finite number, got ${describeValue(value)}` };
  }
  if (typeof value !== 'object') {
    return {
      path,
      message: `expected a JSON value (string, number, boolean, null, list or record), got ${describeValue(value)}`,
    };
  }
  if (depth >= MAX_DEPTH) return { path, message: `expected at most ${MAX_DEPTH} levels of nesting` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = jsonProblem(value[i], `${path}.${i}`, depth + 1);
      if (p) return p;
    }
    return undefined;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    return { path, message: `expected a plain record of fields, got ${describeValue(value)}` };
  }
  for (const [k, v] of Object.entries(value)) {
    const p = jsonProblem(v, `${path}.${k}`, depth + 1);
    if (p) return p;
  }
  return undefined;
}

/**
 * How a contract ends, in the order that wins when two endings fall on the same day: the
 * discontinuation (第15条1項, 「廃止日をもって」), the company's notice (第14条), the customer's
 * (第13条), a declined renewal (第11条1項) and the end of a term that does not renew (第1条2項).
 */
export const ENDING_PRECEDENCE = ['discontinuation', 'company', 'customer', 'non-renewal', 'expiry'] as const;

/**
 * The ending that ends the contract: a contract ends once, so the earliest wins; on the same
 * day, the first in {@link ENDING_PRECEDENCE}. Trusted; for the lifecycle layer.
 */
export function firstEndingOf<
  E extends { readonly date: CalendarDate; readonly cause: (typeof ENDING_PRECEDENCE)[number] },
>(endings: readonly E[]): E | undefined {
  let first: E | undefined;
  for (const e of endings) {
    if (
      first === undefined ||
      e.date.isBefore(first.date) ||
      (e.date.equals(first.date) && ENDING_PRECEDENCE.indexOf(e.cause) < ENDING_PRECEDENCE.indexOf(first.cause))
    )
      first = e;
  }
  return first;
}
