/**
 * The schedule: the contract's terms and renewals (第11条), the endings its notices bring
 * (第13条–第15条, 第11条1項, 第1条2項) and the one that ends it, and the window shown.
 * Each rule is its article's trusted function; this module puts the answers in order.
 *
 * @module
 */
import { basis as basisOf } from '../core/basis.js';
import { CalendarDate, MAX_EPOCH_DAY, MAX_YEAR, MIN_YEAR } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { TimelineOptions } from './timeline.js';
import type { ProvisionRef } from '../core/provisions.js';
import { TermsError } from '../core/errors.js';
import { billingStartDateOf } from '../articles/article-09.js';
import {
  lateNonRenewalEndingOf,
  renewalScheduleOf,
  renewedTermOf,
  renewsAfterOf,
  termEndOf,
  type RenewalTerms,
} from '../articles/article-11.js';
import { terminationExtensionOf } from '../articles/article-13.js';
import { discontinuationGroundOf, discontinuationNoticeDeadlineOf } from '../articles/article-15.js';
import { dataDeletableFromOf } from '../articles/article-16.js';
import { confidentialityEnd } from '../articles/article-27.js';
import { firstEndingOf } from '../articles/shared.js';
import { type Timeline, cite } from './assembly.js';
import type { TerminationCause } from './events.js';
import type { TrustedContract, TrustedCustomerNotice } from './record.js';
import { NOTES, dayText, terminationNote } from './rendering.js';
import { type RenewalFee, renewalSteps, termsChangeEvents } from './terms-changes.js';

/** How far ahead a contract that keeps renewing is shown by default, in years after `asOf`. */
export const DEFAULT_HORIZON_YEARS = 3;

/** More terms than a contract can have between 1900 and 2199 (a term is a month or more). */
const MAX_TERMS = (MAX_YEAR - 1900 + 1) * 12;
const LAST_DAY = CalendarDate.fromEpochDay(MAX_EPOCH_DAY);

/** A way the contract may end. */
export interface Ending {
  readonly date: CalendarDate;
  readonly cause: TerminationCause;
  readonly refs: ProvisionRef[];
  readonly deemed?: boolean | undefined;
  /** Ended by the customer: its notice, or its notice not to renew (第12条2項's fee may apply). */
  readonly byCustomer: boolean;
  readonly by?: string | undefined;
  /** The company's termination without notice (第14条1項). */
  readonly withoutNotice?: boolean | undefined;
}

/** 第13条5項: the termination date moved by an agreed extension. */
export interface Extension {
  readonly original: CalendarDate;
  readonly months: number;
  readonly to: CalendarDate;
  readonly extensionFee: Yen;
  readonly regularFee: Yen;
  readonly refs: ProvisionRef[];
}

/** A term of the contract. */
export interface Term {
  readonly number: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** What the schedule decides. */
export interface Schedule {
  readonly billingStart: CalendarDate;
  readonly delayed: boolean;
  readonly terms: readonly Term[];
  readonly ending: Ending | undefined;
  readonly extension: Extension | undefined;
  /** The fees renewed terms bill from their first day (第11条2項, I-20), in date order. */
  readonly renewalFees: readonly RenewalFee[];
  /** The last day shown, and the last day billed (`until`, or `asOf` if later). */
  readonly until: CalendarDate;
  readonly billUntil: CalendarDate;
}

/** `years` after `date`, or the last supported day when that is later. */
function yearsAfter(date: CalendarDate, years: number): CalendarDate {
  return date.year + years > MAX_YEAR ? LAST_DAY : date.addYears(years);
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a.epochDay >= b.epochDay ? a : b;
}

/** The customer's ending (第13条), with an agreed extension (13.5). */
function customerEnding(n: TrustedCustomerNotice, k: TrustedContract, o: TimelineOptions) {
  const refs: ProvisionRef[] = [...n.notice.refs, '13.1'];
  if (n.deemed) refs.push('13.2');
  let extension: Extension | undefined;
  if (n.extensionMonths !== undefined) {
    const x = terminationExtensionOf(n.terminationDate, n.extensionMonths, k.monthlyFee, o.extensionFee, o.rounding);
    extension = {
      original: n.terminationDate,
      months: n.extensionMonths,
      to: x.terminationDate,
      extensionFee: x.extensionFee,
      regularFee: x.regularFee,
      refs: cite('13.5'),
    };
    refs.push('13.5');
  }
  const date = extension?.to ?? n.terminationDate;
  const ending: Ending = { date, cause: 'customer', refs: basisOf(...refs), deemed: n.deemed, byCustomer: true };
  return { ending, extension };
}

/**
 * A discontinuation's events (第15条1項): 30 days' notice for item 1 (I-02) and the 廃止日 — of
 * the service, or of one `option` alone (「一部を廃止」).
 */
export function discontinuationEvents(
  t: Timeline,
  dc: NonNullable<TrustedContract['discontinuation']>,
  o: TimelineOptions,
  option?: string,
): void {
  const ground = discontinuationGroundOf(dc.ground);
  const about = option === undefined ? {} : { option };
  if (ground.needsNotice) {
    const deadline = discontinuationNoticeDeadlineOf(dc.date, o.deadlineCounting);
    const given = dc.notice?.on;
    t.add(
      deadline,
      'discontinuation-notice-deadline',
      cite('15.1.1'),
      about,
      t.notes && NOTES.discontinuationDeadline(given, given?.isAfter(deadline) === true),
    );
  }
  t.add(
    dc.date,
    'discontinuation',
    basisOf('15.1', ground.ref, ...(dc.notice?.refs ?? [])),
    about,
    t.notes && (option === undefined ? NOTES.discontinuation : NOTES.optionDiscontinuation(option)),
  );
}

/** The discontinuation (第15条1項): its events, and the ending it brings. */
function discontinuationEnding(t: Timeline, k: TrustedContract, o: TimelineOptions): Ending | undefined {
  const dc = k.discontinuation;
  if (dc === undefined) return undefined;
  discontinuationEvents(t, dc, o);
  return { date: dc.date, cause: 'discontinuation', refs: cite('15.1'), byCustomer: false };
}

/** The endings the notices bring. */
function noticeEndings(t: Timeline, k: TrustedContract, o: TimelineOptions) {
  const endings: Ending[] = [];
  let extension: Extension | undefined;
  if (k.customerTermination !== undefined) {
    const c = customerEnding(k.customerTermination, k, o);
    endings.push(c.ending);
    extension = c.extension;
  }
  const co = k.companyTermination;
  if (co !== undefined) {
    if (co.deemed === true && o.lateCompanyNotice === 'refuse') {
      throw new TermsError('NOT_ALLOWED_BY_TERMS', [
        { path: 'notices.companyTermination.requestedDate', message: co.refusal ?? '' },
      ]);
    }
    endings.push({
      date: co.terminationDate,
      cause: 'company',
      refs: basisOf(...co.refs),
      byCustomer: false,
      ...(co.deemed === true ? { deemed: true } : {}),
    });
  }
  const im = k.companyImmediateTermination;
  if (im !== undefined) {
    // 14.1: effective the day it is declared (I-03); that month is billed in full, nothing after (I-18).
    endings.push({
      date: im.notice.on,
      cause: 'company',
      refs: basisOf(...im.notice.refs, '14.1', im.ref),
      byCustomer: false,
      withoutNotice: true,
    });
  }
  const dc = discontinuationEnding(t, k, o);
  if (dc !== undefined) endings.push(dc);
  return { endings, extension };
}

/** 第1条2項 when the record overrides `key` (a function, not a closure made for every contract). */
function own(k: TrustedContract, key: 'renewalMonths' | 'nonRenewalNoticeMonths'): ProvisionRef[] {
  return k.overridden.includes(key) ? ['1.2'] : [];
}

/**
 * 第11条: the terms, renewals and the deadlines before each expiry, up to the first ending by
 * notice or the horizon; an expiry without renewal (第1条2項) or a declined renewal (11.1) ends it.
 */
function termsOf(
  t: Timeline,
  k: TrustedContract,
  billingStart: CalendarDate,
  byNotice: Ending | undefined,
  horizon: CalendarDate,
  o: TimelineOptions,
  nr: TrustedContract['nonRenewal'],
): { terms: Term[]; ending: Ending | undefined; renewalFees: RenewalFee[] } {
  const step = renewalSteps(k, o.lateTermsChange);
  const renewalFees: RenewalFee[] = [];
  const terms: Term[] = [];
  let start = billingStart;
  let end = 'endDate' in k.term ? k.term.endDate : termEndOf(billingStart, k.term.months);
  // The deadlines before each expiry, unless none is kept (the month's bill) — and then still
  // worked out near the first years supported, where one could fall before them (an error).
  const deadlines =
    t.wants('terms-change-notice-deadline') || t.wants('non-renewal-notice-deadline') || end.year < MIN_YEAR + 3;
  for (let number = 1; number <= MAX_TERMS; number++) {
    terms.push({ number, start, end });
    if (byNotice?.date.isBefore(end) || end.epochDay >= MAX_EPOCH_DAY) break;
    // The lengths in force for this renewal: 第11条1項's, or as a notice under 11.2 changed them.
    const { renewal, changedLength, changes } = step(end);
    // The renewed term's first and last days: no object of them made beside the article's.
    let nextStart: CalendarDate;
    let nextEnd: CalendarDate;
    if (!deadlines) {
      const renewed = renewedTermOf(end, renewal);
      nextStart = renewed.start;
      nextEnd = renewed.end;
    } else {
      const dates = renewalScheduleOf(end, o.deadlineCounting, renewal);
      nextStart = dates.renewedTermStart;
      nextEnd = dates.renewedTermEnd;
      t.add(
        dates.termsChangeNoticeDeadline,
        'terms-change-notice-deadline',
        cite('11.2'),
        { term: number },
        t.notes && NOTES.termsChangeDeadline(number),
      );
      t.add(
        dates.nonRenewalNoticeDeadline,
        'non-renewal-notice-deadline',
        basisOf('11.1', ...own(k, 'nonRenewalNoticeMonths')),
        { term: number },
        t.notes && NOTES.nonRenewalDeadline(number),
      );
    }
    if (byNotice?.date.equals(end)) break;
    if (!k.settings.autoRenewal) {
      const ending: Ending = { date: end, cause: 'expiry', refs: cite('11.1', '1.2'), byCustomer: false };
      return { terms, ending, renewalFees };
    }
    if (nr !== undefined && !renewsAfterOf(end, nr.notice.on, o.deadlineCounting, renewal)) {
      const refs = basisOf(...nr.notice.refs, '11.1', ...own(k, 'nonRenewalNoticeMonths'));
      const ending: Ending = { date: end, cause: 'non-renewal', refs, byCustomer: nr.by === 'customer', by: nr.by };
      return { terms, ending, renewalFees };
    }
    if (!end.isBefore(horizon)) break;
    // The renewal's event, when kept (not by the month's bill: its basis and fields not made).
    if (t.wants('renewal')) {
      const length: ProvisionRef[] = changedLength ? ['11.2'] : own(k, 'renewalMonths');
      t.add(
        nextStart,
        'renewal',
        basisOf('11.1', ...length),
        { term: number + 1, through: dayText(nextEnd) },
        t.notes && NOTES.renewal(number + 1, nextEnd),
      );
    }
    termsChangeEvents(t, changes, nextStart, number + 1, renewalFees);
    start = nextStart;
    end = nextEnd;
  }
  return { terms, ending: undefined, renewalFees };
}

/**
 * The schedule of a contract: its billing start, terms, the ending that ends it and the window.
 * `reach` (the month's bill, bill.ts): the terms are worked out up to it — not 3 years past
 * `asOf` — when it comes earlier, and the fees billed up to `untilIn` only (not `asOf`).
 */
export function scheduleOf(
  t: Timeline,
  k: TrustedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
  reach?: CalendarDate,
): Schedule {
  const start = billingStartDateOf(k.scheduledStartDate, k.readyDate);
  const { endings, extension } = noticeEndings(t, k, o);
  const late = lateNonRenewal(k, start.billingStartDate, o);
  if (late.ending !== undefined) endings.push(late.ending);
  const byNotice = firstEndingOf(endings);
  const shown =
    untilIn === undefined
      ? yearsAfter(asOf, DEFAULT_HORIZON_YEARS)
      : later(yearsAfter(asOf, DEFAULT_HORIZON_YEARS), untilIn);
  const horizon = reach === undefined || reach.isAfter(shown) ? shown : reach;
  const nonRenewal = late.drop ? undefined : k.nonRenewal;
  const {
    terms,
    ending: byTerm,
    renewalFees,
  } = termsOf(t, k, start.billingStartDate, byNotice, horizon, o, nonRenewal);
  if (byTerm !== undefined) endings.push(byTerm);
  const ending = firstEndingOf(endings);
  const until =
    untilIn ??
    (ending === undefined ? yearsAfter(asOf, DEFAULT_HORIZON_YEARS) : later(lastBoundDay(ending.date), asOf));
  return {
    billingStart: start.billingStartDate,
    delayed: start.delayed,
    terms,
    ending,
    extension,
    renewalFees,
    until,
    billUntil: reach === undefined ? later(until, asOf) : until,
  };
}

/**
 * I-17: a notice not to renew too late for the expiry it meets first. `convert` (default):
 * the ending its sender wanted (第11条's `lateNonRenewalEndingOf`), the notice then no
 * longer a notice not to renew (`drop`); `next-expiry`: it counts for the following expiry,
 * as 「以後も同様」 reads; `no-effect`: dropped.
 */
function lateNonRenewal(
  k: TrustedContract,
  billingStart: CalendarDate,
  o: TimelineOptions,
): { ending?: Ending | undefined; drop: boolean } {
  const nr = k.nonRenewal;
  if (nr === undefined || !k.settings.autoRenewal || o.lateNonRenewal === 'next-expiry') return { drop: false };
  const step = renewalSteps(k, o.lateTermsChange);
  const on = nr.notice.on;
  // The expiry the notice meets first: the first term's end on or after it (each renewal's
  // length as 11.2's notices left it).
  let end = 'endDate' in k.term ? k.term.endDate : termEndOf(billingStart, k.term.months);
  let renewal: RenewalTerms = step(end).renewal;
  for (let n = 1; end.isBefore(on) && n < MAX_TERMS; n++) {
    end = renewalScheduleOf(end, o.deadlineCounting, renewal).renewedTermEnd;
    renewal = step(end).renewal;
  }
  if (!renewsAfterOf(end, on, o.deadlineCounting, renewal)) return { drop: false }; // in time
  if (o.lateNonRenewal === 'no-effect') return { drop: true };
  const r = lateNonRenewalEndingOf(nr.by, on, end, o.lateCompanyNotice);
  if ('problem' in r) {
    throw new TermsError(r.problem.code, [{ path: 'notices.nonRenewal.on', message: r.problem.message }]);
  }
  const byCustomer = nr.by === 'customer';
  return {
    drop: true,
    ending: {
      date: r.terminationDate,
      cause: byCustomer ? 'customer' : 'company',
      refs: basisOf(...nr.notice.refs, '11.1', ...r.refs),
      deemed: r.deemed,
      byCustomer,
      by: nr.by,
    },
  };
}

/** The last day 第27条3項 binds after an ending, or the last supported day. */
function lastBoundDay(terminationDate: CalendarDate): CalendarDate {
  return terminationDate.year + 1 > MAX_YEAR ? LAST_DAY : confidentialityEnd(terminationDate);
}

/** The events of the end: the termination, 第16条's deletion and 第27条3項's end of confidentiality. */
export function endingEvents(t: Timeline, ending: Ending): void {
  t.add(
    ending.date,
    'termination',
    ending.refs,
    ending.deemed === undefined ? { cause: ending.cause } : { cause: ending.cause, deemed: ending.deemed },
    t.notes &&
      terminationNote(ending.cause, { deemed: ending.deemed, by: ending.by, withoutNotice: ending.withoutNotice }),
  );
  if (ending.date.epochDay >= MAX_EPOCH_DAY) return;
  t.add(dataDeletableFromOf(ending.date), 'data-deletion', cite('16'), undefined, t.notes && NOTES.dataDeletion);
  if (ending.date.year + 1 <= MAX_YEAR) {
    t.add(
      confidentialityEnd(ending.date),
      'confidentiality-end',
      cite('27.3'),
      undefined,
      t.notes && NOTES.confidentialityEnd,
    );
  }
}
