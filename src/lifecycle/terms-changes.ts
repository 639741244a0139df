/**
 * Changed terms at renewal (第11条2項, I-20): which renewal each of the company's notices
 * changes, the renewal length in force at each expiry (so the renewed terms' ends, and the
 * deadlines and renewals after them, follow a changed length), the `terms-change` events and
 * the fees the renewed terms bill from their first day. The rule is 第11条's
 * `termsChangeRenewalOf`; this module asks it for each notice at the expiry it meets first.
 *
 * @module
 */
import { basis as basisOf } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { LateTermsChange } from '../core/options.js';
import { termsChangeRenewalOf, type RenewalTerms } from '../articles/article-11.js';
import type { Timeline } from './assembly.js';
import type { TrustedContract, TrustedTermsChange } from './record.js';
import { NOTES } from './rendering.js';

/** A notice of changed terms as a renewal meets it: applied, applied one renewal late, or of no effect (I-20). */
export interface TermsChangeAt {
  readonly change: TrustedTermsChange;
  readonly late?: LateTermsChange | undefined;
}

/** What a renewal brings: the lengths in force for it (第11条1項 as changed by 11.2) and the notices it meets. */
export interface RenewalStep {
  readonly renewal: RenewalTerms;
  /** True when the renewal's length is one a notice under 11.2 set. */
  readonly changedLength: boolean;
  readonly changes: readonly TermsChangeAt[];
}

/** A renewed term's fee from its first day (第11条2項): one entry of the fee in force (changes.ts). */
export interface RenewalFee {
  readonly from: CalendarDate;
  readonly monthlyFee: Yen;
}

const NO_CHANGES: readonly TermsChangeAt[] = Object.freeze([]);

/**
 * The renewals of a contract, expiry by expiry: call the function with each term's last day in
 * order; it answers the lengths of the renewal after it and the notices of changed terms that
 * renewal meets. A notice counts at the first expiry on or after the day it took effect: timely
 * there, it changes the renewal after that expiry; late, the one after (`next-renewal`) or none
 * (`no-effect`, still shown). Of several notices for one renewal the later prevails.
 */
export function renewalSteps(
  k: TrustedContract,
  lateTermsChange: LateTermsChange,
): (expiry: CalendarDate) => RenewalStep {
  const nonRenewalNoticeMonths = k.settings.nonRenewalNoticeMonths;
  const pending = k.termsChanges;
  if (pending === undefined) {
    // No notice under 11.2: the same lengths at every expiry (one object, as on the hot path).
    const same: RenewalStep = {
      renewal: { renewalMonths: k.settings.renewalMonths, nonRenewalNoticeMonths },
      changedLength: false,
      changes: NO_CHANGES,
    };
    return () => same;
  }
  let next = 0; // the first notice not yet met by an expiry
  let deferred: TrustedTermsChange[] = [];
  let renewalMonths = k.settings.renewalMonths;
  let changedLength = false;
  return (expiry) => {
    const changes: TermsChangeAt[] = deferred.map((change) => ({ change, late: 'next-renewal' as const }));
    deferred = [];
    while (next < pending.length && !(pending[next] as TrustedTermsChange).notice.on.isAfter(expiry)) {
      const change = pending[next++] as TrustedTermsChange;
      const which = termsChangeRenewalOf(expiry, change.notice.on, lateTermsChange);
      if (which === 0) changes.push({ change });
      else if (which === 1) deferred.push(change);
      else changes.push({ change, late: 'no-effect' });
    }
    for (const c of changes) {
      if (c.late !== 'no-effect' && c.change.renewalMonths !== undefined) {
        renewalMonths = c.change.renewalMonths;
        changedLength = true;
      }
    }
    return { renewal: { renewalMonths, nonRenewalNoticeMonths }, changedLength, changes };
  };
}

/**
 * The `terms-change` events of a renewal that took place, on the renewed term's first day, and
 * the fee it bills from then (the last notice that sets one prevails).
 */
export function termsChangeEvents(
  t: Timeline,
  changes: readonly TermsChangeAt[],
  start: CalendarDate,
  term: number,
  fees: RenewalFee[],
): void {
  let fee: Yen | undefined;
  for (const { change, late } of changes) {
    const { monthlyFee, renewalMonths } = change;
    t.add(
      start,
      'terms-change',
      basisOf(...change.notice.refs, '11.2'),
      {
        term,
        ...(monthlyFee === undefined ? {} : { monthlyFee }),
        ...(renewalMonths === undefined ? {} : { renewalMonths }),
        ...(late === undefined ? {} : { late }),
      },
      t.notes && NOTES.termsChange(term, monthlyFee, renewalMonths, late),
    );
    if (late !== 'no-effect' && monthlyFee !== undefined) fee = monthlyFee;
  }
  if (fee !== undefined) fees.push({ from: start, monthlyFee: fee });
}
