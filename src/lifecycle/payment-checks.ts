/**
 * The record's payments checked (record.ts calls this): each received by `asOf`, and what it
 * designates (民法488条1項, I-15) — a service month's fees (an option's by its name, the
 * record's or one a change adds), a fee, or another charge by its index — one the record holds.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { ParsedContract } from './contract.js';
import { designationKey } from './ledger.js';
import type { Problems } from './problems.js';
import type { TrustedPayment } from './record.js';
import { packedOf } from './line-reader.js';

/** The names of the record's options and of those its changes add. */
function optionNames(c: ParsedContract): Set<string> {
  const names = new Set((c.options ?? []).map((o) => o.name));
  for (const ch of c.changes ?? []) for (const opt of ch.addOptions ?? []) names.add(opt.name);
  return names;
}

type Designation = NonNullable<NonNullable<ParsedContract['payments']>[number]['designation']>;

/** What a payment designates, checked against the record, as its ledger key. */
function designationOf(
  c: ParsedContract,
  d: Designation,
  i: number,
  problems: Problems,
  chargesKnown: boolean,
): string {
  const given = [d.serviceMonth, d.fee, d.charge].filter((x) => x !== undefined).length;
  if (given !== 1) {
    problems.add(
      `payments.${i}.designation`,
      'expected what the payment pays as serviceMonth (with option, for an option), as fee or as charge, one of them',
    );
  } else if (chargesKnown && d.charge !== undefined && d.charge >= (c.charges?.length ?? 0)) {
    problems.add(
      `payments.${i}.designation.charge`,
      `expected the index of one of the record's charges (0 to ${(c.charges?.length ?? 0) - 1}), got ${d.charge}`,
    );
  } else if (d.option !== undefined && d.charge !== undefined) {
    problems.add(`payments.${i}.designation.option`, 'expected option only with serviceMonth');
  } else if (d.option !== undefined && d.fee !== undefined) {
    problems.add(`payments.${i}.designation.option`, 'expected option only with serviceMonth');
  } else if (d.option !== undefined && !optionNames(c).has(d.option)) {
    problems.add(
      `payments.${i}.designation.option`,
      `expected the name of one of the record's options, got '${d.option}'`,
    );
  }
  return designationKey({
    option: d.option,
    fee: d.fee,
    charge: d.charge,
    serviceMonth: d.serviceMonth?.toString(),
  });
}

/** The payments, each received by `asOf` and designating what the record holds, in date order. */
export function paymentsOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
  chargesKnown = true,
): TrustedPayment[] | undefined {
  const given = c.payments;
  if (given === undefined) return undefined;
  // The checked list itself when no payment designates (most records): the record's check made
  // it and its payments, and no one else holds them. A copy once a designation is met.
  let out = given as readonly TrustedPayment[] as TrustedPayment[];
  let copied = false;
  let inOrder = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < given.length; i++) {
    const p = given[i] as (typeof given)[number];
    if (p.date.isAfter(asOf)) {
      problems.order(
        'not-after',
        `payments.${i}.date`,
        `expected a payment received on or before asOf (${asOf.toString()}), got ${p.date.toString()}`,
        'asOf',
        asOf,
        p.date,
      );
    }
    const day = p.date.epochDay;
    if (day < previous) inOrder = false;
    previous = day;
    // Without a designation the checked payment is already the trusted one ({ date, amount }).
    const d = p.designation;
    if (d === undefined) continue;
    if (!copied) {
      out = out.slice();
      copied = true;
    }
    out[i] = { date: p.date, amount: p.amount, designation: designationOf(c, d, i, problems, chargesKnown) };
  }
  if (inOrder) return out;
  // In date order, ties as given, in a list of the record's kind (packedOf).
  return byDate(packedOf(out));
}

/** The longest list {@link byDate} sorts by insertion (its moves grow with the square of the length). */
const INSERTION_MAX = 64;

/**
 * `list` sorted by date in place, ties as given. Up to INSERTION_MAX payments by insertion, as
 * `sort` with a comparator orders them (both stable), without its work lists and comparator: a
 * record's payments come nearly in order (a late one listed after a later one), so few moves.
 */
function byDate(list: TrustedPayment[]): TrustedPayment[] {
  if (list.length > INSERTION_MAX) return list.sort((a, b) => a.date.epochDay - b.date.epochDay);
  for (let i = 1; i < list.length; i++) {
    const p = list[i] as TrustedPayment;
    const day = p.date.epochDay;
    let j = i - 1;
    for (; j >= 0 && (list[j] as TrustedPayment).date.epochDay > day; j--) list[j + 1] = list[j] as TrustedPayment;
    list[j + 1] = p;
  }
  return list;
}
