/**
 * 第11条（利用期間） — the term, its automatic renewal and the notices before it.
 *
 * > 1 本サービスの利用期間は、利用契約に定めるものとしします。ただし、期間満了1か月前
 * > までに契約者又は当社から当社所定の方法による別段の意思表示がないときは、利用契約は
 * > 期間満了の翌日からさらに1年間自動的に更新されるものとし、以後も同様としします。
 * >
 * > 2 当社は、本サービスの利用期間満了の前々月末日までに、契約者に利用契約の変更内容を
 * > 通知することにより、更新後における本サービスの種類、内容及び利用料金その他利用契約
 * > 内容を変更することができるものとしします。
 *
 * (「しします」 is the terms' own slip for 「します」.)
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { invalidInput } from '../core/errors.js';
import {
  optionsFor,
  type DeadlineCounting,
  type LateCompanyNotice,
  type LateTermsChange,
  type OptionsFor,
} from '../core/options.js';
import { deadlineBefore, monthsEndOf } from '../core/period.js';
import { articleInfo } from '../core/provisions.js';
import { atField, dateField, parseInput, type DateInput } from '../core/schema.js';
import type { ProvisionRef } from '../core/provisions.js';
import { customerTerminationOf } from './article-13.js';
import { companyNoticeEndingOf } from './article-14.js';
import { monthEndAfter } from './shared.js';
import { latestTermsNumber } from '../core/terms-numbers.js';

/** 第11条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_11 = articleInfo(11);

/** 「期間満了1か月前までに」 — the non-renewal notice, in months before expiry (11.1). */
export const NON_RENEWAL_NOTICE_MONTHS: number = latestTermsNumber('nonRenewalNoticeMonths');

/** 「利用期間満了の前々月末日までに」 — the terms-change notice, in months before the month of expiry (11.2). */
const TERMS_CHANGE_NOTICE_MONTHS: number = latestTermsNumber('termsChangeNoticeMonths');

/** 「さらに1年間自動的に更新」 — each renewal, in years (11.1). */
export const RENEWAL_TERM_YEARS: number = latestTermsNumber('renewalMonths') / 12;

/**
 * The lengths 第11条1項 sets: each renewal (「さらに1年間」) and the notice not to renew
 * (「期間満了1か月前までに」), in months. An individual contract may set others; it then
 * prevails (第1条2項) and the lifecycle layer passes its own values.
 */
export interface RenewalTerms {
  /** The length of each renewed term, in months (the terms: 12). */
  readonly renewalMonths: number;
  /** How long before expiry a notice not to renew must be given, in months (the terms: 1). */
  readonly nonRenewalNoticeMonths: number;
}

/** {@link RenewalTerms} as the terms write them: renewals of one year, notice one month before expiry. */
export const TERMS_RENEWAL: RenewalTerms = Object.freeze({
  renewalMonths: RENEWAL_TERM_YEARS * 12,
  nonRenewalNoticeMonths: NON_RENEWAL_NOTICE_MONTHS,
});

export interface RenewalScheduleInput {
  /** The last day of the current term (期間満了日). */
  readonly termEndDate: DateInput;
}

export interface RenewalScheduleResult extends WithBasis {
  /** The last day either party may say it does not want the renewal (期間満了1か月前まで; I-02). */
  readonly nonRenewalNoticeDeadline: string;
  /** The last day the company may notify changed terms for the renewed term (前々月末日, 11.2). */
  readonly termsChangeNoticeDeadline: string;
  /** The first day of the renewed term: the day after expiry (期間満了の翌日). */
  readonly renewedTermStart: string;
  /** The last day of the renewed term: one year from its first day (I-01). */
  readonly renewedTermEnd: string;
}

/** The dates of {@link renewalSchedule} as value objects. */
export interface RenewalDates {
  readonly nonRenewalNoticeDeadline: CalendarDate;
  readonly termsChangeNoticeDeadline: CalendarDate;
  readonly renewedTermStart: CalendarDate;
  readonly renewedTermEnd: CalendarDate;
}

/** 「期間満了1か月前までに」, measured against the expiry day itself (I-02). */
function nonRenewalDeadline(
  termEndDate: CalendarDate,
  deadlineCounting: DeadlineCounting,
  months: number = NON_RENEWAL_NOTICE_MONTHS,
): CalendarDate {
  return deadlineBefore(termEndDate, { months }, 'expiry', deadlineCounting);
}

/**
 * The last day the company may notify changed renewal terms: 「利用期間満了の
 * 前々月末日」, the last day of the month two months before the month of expiry.
 */
function termsChangeDeadline(termEndDate: CalendarDate): CalendarDate {
  return monthEndAfter(termEndDate, -TERMS_CHANGE_NOTICE_MONTHS);
}

/** The renewed term that follows a term ending on `termEndDate` (11.1, I-01). */
function renewedTerm(
  termEndDate: CalendarDate,
  months: number = RENEWAL_TERM_YEARS * 12,
): { start: CalendarDate; end: CalendarDate } {
  // 「期間満了の翌日から」: the renewed term begins at 0:00 of that day, so it counts (I-01).
  const start = termEndDate.addDays(1);
  return { start, end: monthsEndOf(start, months) };
}

/**
 * The trusted core of {@link renewalSchedule}, over a checked date. Exported
 * from this module for tests and the lifecycle layer, not from the package root.
 * `terms` (default {@link TERMS_RENEWAL}) carries an individual contract's own
 * renewal and notice lengths (第1条2項).
 */
export function renewalScheduleOf(
  termEndDate: CalendarDate,
  deadlineCounting: DeadlineCounting,
  terms: RenewalTerms = TERMS_RENEWAL,
): RenewalDates {
  const renewed = renewedTerm(termEndDate, terms.renewalMonths);
  return {
    nonRenewalNoticeDeadline: nonRenewalDeadline(termEndDate, deadlineCounting, terms.nonRenewalNoticeMonths),
    termsChangeNoticeDeadline: termsChangeDeadline(termEndDate),
    renewedTermStart: renewed.start,
    renewedTermEnd: renewed.end,
  };
}

/**
 * The renewed term alone — {@link renewalScheduleOf}'s without its deadlines — for the month's
 * bill, which keeps no deadlines. Trusted input; exported for the lifecycle layer, not from
 * the package root.
 */
export function renewedTermOf(
  termEndDate: CalendarDate,
  terms: RenewalTerms = TERMS_RENEWAL,
): { start: CalendarDate; end: CalendarDate } {
  return renewedTerm(termEndDate, terms.renewalMonths);
}

/**
 * The last day of the term the contract sets when it gives the term as a length
 * (「利用期間は、利用契約に定める」, 11.1): `months` counted from 0:00 of
 * `termStartDate`, which is the first day of the term (I-01, 民法143条). Trusted
 * input (`months` ≥ 1); exported for the lifecycle layer, not from the package root.
 * A term of 12 months from 2027-04-01 ends on 2028-03-31; from 2027-04-15, on 2028-04-14.
 */
export function termEndOf(termStartDate: CalendarDate, months: number): CalendarDate {
  return monthsEndOf(termStartDate, months);
}

/**
 * Whether the term ending on `termEndDate` renews (11.1): it does 「期間満了1か月前までに
 * …別段の意思表示がないとき」, so a notice not to renew given (I-03) on or before the
 * deadline ends the contract at expiry, and no notice — or one given after the deadline —
 * lets it renew. A late notice is not lost: 「以後も同様」 applies the same test at the next
 * expiry, where it is then in time (our reading; the lifecycle layer asks again for each
 * term). Trusted input; exported for the lifecycle layer, not from the package root.
 */
export function renewsAfterOf(
  termEndDate: CalendarDate,
  nonRenewalNoticeOn: CalendarDate | undefined,
  deadlineCounting: DeadlineCounting,
  terms: RenewalTerms = TERMS_RENEWAL,
): boolean {
  if (nonRenewalNoticeOn === undefined) return true;
  return nonRenewalNoticeOn.isAfter(nonRenewalDeadline(termEndDate, deadlineCounting, terms.nonRenewalNoticeMonths));
}

const RenewalScheduleInput = z.object({ termEndDate: dateField });

/**
 * The renewal dates of a term ending on `termEndDate` (第11条).
 *
 * - `nonRenewalNoticeDeadline` — 「期間満了1か月前までに」 (11.1): the last day a
 *   notice not to renew may be given, measured against the expiry day (I-02;
 *   option `deadlineCounting`).
 * - `termsChangeNoticeDeadline` — 「期間満了の前々月末日までに」 (11.2): the last
 *   day of the month two months before the expiry month; the company must
 *   notify changed terms for the renewed term by then. A fixed calendar day, so
 *   `deadlineCounting` does not touch it.
 * - `renewedTermStart`, `renewedTermEnd` — without such a notice the contract
 *   renews 「期間満了の翌日からさらに1年間」: from the day after expiry, for one
 *   year counted from that day (I-01).
 *
 * @example
 * ```ts
 * import { renewalSchedule } from 'cloud-ops-terms';
 * renewalSchedule({ termEndDate: '2028-03-31' });
 * //=> {
 * //   nonRenewalNoticeDeadline: '2028-02-29',
 * //   termsChangeNoticeDeadline: '2028-01-31',
 * //   renewedTermStart: '2028-04-01',
 * //   renewedTermEnd: '2029-03-31',
 * //   basis: ['11.1', '11.2'],
 * // }
 * renewalSchedule({ termEndDate: '2028-04-30' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline;
 * //=> '2028-03-30'
 * ```
 */
export function renewalSchedule(
  input: RenewalScheduleInput,
  options?: OptionsFor<'renewalSchedule'>,
): RenewalScheduleResult {
  const { termEndDate } = parseInput(RenewalScheduleInput, input);
  const { deadlineCounting } = optionsFor('renewalSchedule', options);
  let r: ReturnType<typeof renewalScheduleOf>;
  try {
    r = renewalScheduleOf(termEndDate, deadlineCounting);
  } catch (e) {
    throw atField(e, 'termEndDate');
  }
  return {
    nonRenewalNoticeDeadline: r.nonRenewalNoticeDeadline.toString(),
    termsChangeNoticeDeadline: r.termsChangeNoticeDeadline.toString(),
    renewedTermStart: r.renewedTermStart.toString(),
    renewedTermEnd: r.renewedTermEnd.toString(),
    basis: basis('11.1', '11.2'),
  };
}

export interface SuccessiveTermsInput {
  /** The first day of the term the contract sets (利用契約に定める利用期間). */
  readonly termStartDate: DateInput;
  /** The last day of that term; not before `termStartDate`. */
  readonly termEndDate: DateInput;
  /** List the terms that have begun by this day (inclusive). */
  readonly through: DateInput;
}

/** One term of a contract, with the deadlines before its end. */
export interface ContractTerm {
  /** 1 for the term the contract sets, 2 for the first renewal, … */
  readonly number: number;
  readonly start: string;
  readonly end: string;
  /** The last day a notice not to renew after this term may be given (11.1, I-02). */
  readonly nonRenewalNoticeDeadline: string;
  /** The last day the company may notify changed terms for the next term (11.2). */
  readonly termsChangeNoticeDeadline: string;
}

export interface SuccessiveTermsResult extends WithBasis {
  /** The terms that have begun on or before `through`, in order; empty when `through` is before the contract's start. */
  readonly terms: ContractTerm[];
}

const SuccessiveTermsInput = z.object({ termStartDate: dateField, termEndDate: dateField, through: dateField });

/**
 * The successive terms of a contract that renews automatically every year
 * (第11条1項 「以後も同様」), up to `through`: the term the contract sets and each
 * one-year renewal that has begun by then, assuming nobody gave notice not to
 * renew. Each term comes with its own notice deadlines (see
 * {@link renewalSchedule}).
 *
 * The list is bounded: a term lasts a year or more, so at most
 * `through.year − termStartDate.year + 2` terms are computed. A renewal that
 * would end after 2199-12-31 is `DATE_OUT_OF_RANGE`.
 *
 * Option `deadlineCounting` (I-02) counts each term's notice deadlines.
 *
 * @example
 * ```ts
 * import { successiveTerms } from 'cloud-ops-terms';
 * successiveTerms({ termStartDate: '2027-04-01', termEndDate: '2028-03-31', through: '2029-04-01' })
 *   .terms.map((t) => `${t.number}: ${t.start} … ${t.end}`);
 * //=> ['1: 2027-04-01 … 2028-03-31', '2: 2028-04-01 … 2029-03-31', '3: 2029-04-01 … 2030-03-31']
 * ```
 */
export function successiveTerms(
  input: SuccessiveTermsInput,
  options?: OptionsFor<'successiveTerms'>,
): SuccessiveTermsResult {
  const { termStartDate, termEndDate, through } = parseInput(SuccessiveTermsInput, input);
  const { deadlineCounting } = optionsFor('successiveTerms', options);
  if (termEndDate.isBefore(termStartDate)) {
    throw invalidInput(
      'termEndDate',
      `expected a term end on or after termStartDate (${termStartDate.toString()}), got '${termEndDate.toString()}'`,
      'not-before',
      { other: 'termStartDate', date: termStartDate.toString(), received: `'${termEndDate.toString()}'` },
    );
  }
  const terms: ContractTerm[] = [];
  const limit = through.year - termStartDate.year + 2;
  let start = termStartDate;
  let end = termEndDate;
  for (let number = 1; number <= limit && start.isOnOrBefore(through); number++) {
    try {
      terms.push({
        number,
        start: start.toString(),
        end: end.toString(),
        nonRenewalNoticeDeadline: nonRenewalDeadline(end, deadlineCounting).toString(),
        termsChangeNoticeDeadline: termsChangeDeadline(end).toString(),
      });
    } catch (e) {
      // Only the first term's deadlines can fall before 1900.
      throw atField(e, 'termEndDate');
    }
    if (!end.isBefore(through)) break;
    try {
      ({ start, end } = renewedTerm(end));
    } catch (e) {
      // A term that would run past 2199 is asked for by a `through` that late.
      throw atField(e, 'through');
    }
  }
  return { terms, basis: basis('11.1', '11.2') };
}

/**
 * A notice not to renew that reached the other party less than the notice period before the
 * expiry it meets first (「期間満了1か月前までに」), read for what its sender wanted — the end
 * of the contract (I-17, `lateNonRenewal: 'convert'`): a customer's as a termination notice
 * under 第13条 asking for the expiry (13.2 gives the date: less than a month, so the end of the
 * month after it arrived); a company's as a notice under 第14条2項 asking for the expiry (I-16
 * when that month is too late). `problem` when the company's is refused
 * (`lateCompanyNotice: 'refuse'`). Trusted; exported for the lifecycle layer and tests.
 */
export function lateNonRenewalEndingOf(
  by: 'customer' | 'company',
  noticeOn: CalendarDate,
  expiry: CalendarDate,
  lateCompanyNotice: LateCompanyNotice,
):
  | { terminationDate: CalendarDate; deemed: boolean; refs: ProvisionRef[] }
  | { problem: { code: 'INVALID_INPUT' | 'NOT_ALLOWED_BY_TERMS'; message: string } } {
  if (by === 'customer') {
    const r = customerTerminationOf(noticeOn, expiry);
    return { terminationDate: r.terminationDate, deemed: r.deemed, refs: r.deemed ? ['13.1', '13.2'] : ['13.1'] };
  }
  const r = companyNoticeEndingOf(noticeOn, expiry, lateCompanyNotice);
  return 'problem' in r ? r : { terminationDate: r.terminationDate, deemed: r.deemed, refs: ['14.2'] };
}

/**
 * Which renewal a notice of changed terms (第11条2項 「更新後における…利用料金その他利用契約内容を
 * 変更」) changes, counted from the expiry it meets first (the first term end on or after the
 * day it took effect, I-03): `0` — the renewal that follows that expiry, when the notice came
 * 「利用期間満了の前々月末日までに」 (on or before the `terms-change-notice-deadline`); a late
 * notice cannot change that renewal (I-20): `1` — the renewal after (`lateTermsChange:
 * 'next-renewal'`, the default) — or `undefined`, no effect (`'no-effect'`). Trusted input;
 * exported for the lifecycle layer and tests, not from the package root.
 */
export function termsChangeRenewalOf(
  expiry: CalendarDate,
  noticeOn: CalendarDate,
  lateTermsChange: LateTermsChange,
): 0 | 1 | undefined {
  if (!noticeOn.isAfter(termsChangeDeadline(expiry))) return 0;
  return lateTermsChange === 'next-renewal' ? 1 : undefined;
}
