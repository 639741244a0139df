/**
 * Amounts that fall due at once (I-18): when the customer's termination notice arrives
 * (第13条3項) and when the company's termination takes effect (第14条3項, after 14.1 or 14.2),
 * every amount then unpaid — fees already due and the late interest accrued on them — is
 * payable at once (直ちに). Amounts not yet due keep their due dates, and an amount made due at
 * once bears no interest for a day before its own due date, so the ledger's amounts and
 * interest are unchanged: this contributor shows, on that day, what was then unpaid.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { InterestTerms } from '../articles/article-26.js';
import { type Due, type Timeline, cite } from './assembly.js';
import { ledgerOf, owedOn } from './ledger.js';
import type { TrustedContract } from './record.js';
import { NOTES } from './rendering.js';
import type { Schedule } from './schedule.js';

/** The `due-at-once` events of 13.3 and 14.3, for days up to `asOf` when payments are recorded. */
export function dueAtOnceEvents(
  t: Timeline,
  k: TrustedContract,
  s: Schedule,
  dues: readonly Due[],
  asOf: CalendarDate,
  terms: InterestTerms,
): void {
  const payments = k.payments;
  if (payments === undefined) return;
  const ct = k.customerTermination;
  if (ct !== undefined) unpaidOn(t, ct.notice.on, '13.3', dues, payments, asOf, terms);
  if (s.ending?.cause === 'company') unpaidOn(t, s.ending.date, '14.3', dues, payments, asOf, terms);
}

function unpaidOn(
  t: Timeline,
  day: CalendarDate,
  ref: '13.3' | '14.3',
  dues: readonly Due[],
  payments: NonNullable<TrustedContract['payments']>,
  asOf: CalendarDate,
  terms: InterestTerms,
): void {
  if (day.isAfter(asOf)) return;
  // What was due by that day, and what was paid by it (I-15's order, as the ledger applies it).
  const due = dues.filter((d) => d.dueDate.isOnOrBefore(day));
  const paid = payments.filter((p) => p.date.isOnOrBefore(day));
  const { accounts } = ledgerOf(due, paid, terms);
  let principal = 0;
  let interest = 0;
  for (const account of accounts) {
    const owed = owedOn(account, day, terms);
    principal += owed.principal;
    interest += owed.interest;
  }
  if (principal + interest === 0) return;
  t.add(
    day,
    'due-at-once',
    cite(ref),
    { amount: principal + interest, outstanding: principal, interestOutstanding: interest },
    t.notes && NOTES.dueAtOnce(ref, principal, interest),
  );
}
