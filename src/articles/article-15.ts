/**
 * 第15条（本サービスの廃止） — discontinuation of the service.
 *
 * > 1 当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部を廃止するものと
 * > し、廃止日をもって利用契約の全部又は一部を解約することができるものとします。
 * > (1) 廃止日の 30 日前までに契約者に通知した場合
 * > (2) 法令等の改変その他相当な理由により本サービスの全部又は一部を提供することが
 * > できない場合
 * > (3) 天災地変等不可抗力により本サービスを提供できない又は提供することが困難な場合
 * >
 * > 2 前項に基づき本サービスの全部又は一部を廃止する場合、当社は、既に支払われている
 * > 利用料金等のうち、廃止する本サービスについて提供しない日数に対応する額を日割料金
 * > （月額料金の 30 分の 1 を 1 日分の料金として計算。）にて契約者に返還いたします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { dailyProrated, roundYen, type Yen } from '../core/money.js';
import { optionsFor, type DeadlineCounting, type OptionsFor, type Rounding } from '../core/options.js';
import { deadlineBefore } from '../core/period.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { atField, dateField, parseInput, yenField, type DateInput, type YenInput } from '../core/schema.js';
import { groundFactsShape, groundTable, matchGrounds, type Ground, type GroundFacts } from './shared.js';
import { latestTermsNumber } from '../core/terms-numbers.js';

/** 第15条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_15 = articleInfo(15);

/** 「廃止日の 30 日前までに」 — the notice before a discontinuation, in days (15.1.1). */
export const DISCONTINUATION_NOTICE_DAYS: number = latestTermsNumber('discontinuationNoticeDays');

// ---------------------------------------------------------------------------
// 15.1: the grounds

/** The three grounds of 第15条1項 on which the company may discontinue the service. */
export const DISCONTINUATION_GROUNDS = groundTable([
  {
    id: 'noticeThirtyDaysBefore',
    ref: '15.1.1',
    ja: '廃止日の 30 日前までに契約者に通知した場合',
    en: 'the company notified the customer at least 30 days before the discontinuation date',
  },
  {
    id: 'cannotProvideLegalOrOtherReason',
    ref: '15.1.2',
    ja: '法令等の改変その他相当な理由により本サービスの全部又は一部を提供することができない場合',
    en: 'all or part of the service cannot be provided because of a change in laws and regulations or another good reason',
  },
  {
    id: 'forceMajeure',
    ref: '15.1.3',
    ja: '天災地変等不可抗力により本サービスを提供できない又は提供することが困難な場合',
    en: 'force majeure, such as a natural disaster, makes the service impossible or difficult to provide',
  },
] as const satisfies readonly Ground[]);

/**
 * The grounds of 第15条1項 by the short names a contract record gives them (its
 * `discontinuation.ground`), in the order of {@link DISCONTINUATION_GROUNDS}: the one
 * vocabulary the record and the timeline share.
 */
export const DISCONTINUATION_GROUND_NAMES = ['notice', 'cannot-provide', 'force-majeure'] as const;
/** A ground of 第15条1項 by its short name. */
export type DiscontinuationGroundName = (typeof DISCONTINUATION_GROUND_NAMES)[number];

/**
 * A ground by its short name: its provision, and whether it needs the company's notice 30 days
 * before (item 1, 15.1.1). Trusted; exported for the lifecycle layer.
 */
export function discontinuationGroundOf(name: DiscontinuationGroundName): {
  readonly ref: ProvisionRef;
  readonly needsNotice: boolean;
} {
  const ground = DISCONTINUATION_GROUNDS[DISCONTINUATION_GROUND_NAMES.indexOf(name)] ?? DISCONTINUATION_GROUNDS[0];
  return { ref: ground.ref, needsNotice: ground.ref === '15.1.1' };
}

/** The id of a ground of 第15条1項. */
export type DiscontinuationGroundId = (typeof DISCONTINUATION_GROUNDS)[number]['id'];

export type DiscontinuationGroundsInput = GroundFacts<DiscontinuationGroundId>;

export interface DiscontinuationGroundsResult extends WithBasis {
  /** True when at least one ground applies: the company may discontinue and terminate on the discontinuation date. */
  readonly mayDiscontinue: boolean;
  /** The ids of the grounds that apply, in the terms' order. */
  readonly grounds: DiscontinuationGroundId[];
}

const DiscontinuationGroundsInput = z.strictObject(groundFactsShape(DISCONTINUATION_GROUNDS));

/**
 * Whether the company may discontinue all or part of the service, ending the
 * contract (or that part) on the discontinuation date (第15条1項), and on which
 * grounds. For item 1, compare the notice's date with
 * {@link discontinuationNoticeDeadline}.
 *
 * @example
 * ```ts
 * import { discontinuationGrounds } from 'cloud-ops-terms';
 * discontinuationGrounds({ forceMajeure: true });
 * //=> { mayDiscontinue: true, grounds: ['forceMajeure'], basis: ['15.1', '15.1.3'] }
 * ```
 */
export function discontinuationGrounds(
  input: DiscontinuationGroundsInput,
  options?: OptionsFor<'discontinuationGrounds'>,
): DiscontinuationGroundsResult {
  const facts = parseInput(DiscontinuationGroundsInput, input);
  optionsFor('discontinuationGrounds', options);
  const matched = matchGrounds(DISCONTINUATION_GROUNDS, facts);
  return { mayDiscontinue: matched.any, grounds: matched.ids, basis: basis('15.1', ...matched.refs) };
}

// ---------------------------------------------------------------------------
// 15.1.1: the notice deadline

export interface DiscontinuationNoticeDeadlineInput {
  /** 廃止日: the discontinuation date, the last day the service is provided (I-08). */
  readonly discontinuationDate: DateInput;
}

export interface DiscontinuationNoticeDeadlineResult extends WithBasis {
  /** The last day the company may send its notice, `'YYYY-MM-DD'` (I-03: effective when sent). */
  readonly deadline: string;
}

const DiscontinuationNoticeDeadlineInput = z.object({ discontinuationDate: dateField });

/**
 * The trusted core of {@link discontinuationNoticeDeadline} (15.1.1, I-02). Exported from
 * this module for the lifecycle layer and tests, not from the package root.
 */
export function discontinuationNoticeDeadlineOf(
  discontinuationDate: CalendarDate,
  deadlineCounting: DeadlineCounting,
): CalendarDate {
  return deadlineBefore(discontinuationDate, { days: DISCONTINUATION_NOTICE_DAYS }, 'event', deadlineCounting);
}

/**
 * The last day the company may notify a discontinuation under 第15条1項1号:
 * 「廃止日の 30 日前までに」. By default thirty clear days lie between the
 * notice and the discontinuation date (I-02 `civil-code`); with
 * `deadlineCounting: 'naive'` it is the discontinuation date minus 30 days.
 *
 * @example
 * ```ts
 * import { discontinuationNoticeDeadline } from 'cloud-ops-terms';
 * discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' });
 * //=> { deadline: '2027-04-19', basis: ['15.1.1'] }
 * discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' }, { deadlineCounting: 'naive' }).deadline;
 * //=> '2027-04-20'
 * ```
 */
export function discontinuationNoticeDeadline(
  input: DiscontinuationNoticeDeadlineInput,
  options?: OptionsFor<'discontinuationNoticeDeadline'>,
): DiscontinuationNoticeDeadlineResult {
  const { discontinuationDate } = parseInput(DiscontinuationNoticeDeadlineInput, input);
  const { deadlineCounting } = optionsFor('discontinuationNoticeDeadline', options);
  try {
    const deadline = discontinuationNoticeDeadlineOf(discontinuationDate, deadlineCounting);
    return { deadline: deadline.toString(), basis: basis('15.1.1') };
  } catch (e) {
    throw atField(e, 'discontinuationDate');
  }
}

// ---------------------------------------------------------------------------
// 15.2: the refund

export interface DiscontinuationRefundInput {
  /** 廃止日: the last day the service is provided (I-08). */
  readonly discontinuationDate: DateInput;
  /** The monthly fee of the discontinued service, in yen. */
  readonly monthlyFee: YenInput;
  /** The last day of the period the customer has already paid for. */
  readonly paidThrough: DateInput;
  /** What the customer actually paid for that period, in yen: the refund never exceeds it. */
  readonly amountPaid: YenInput;
}

export interface DiscontinuationRefundResult extends WithBasis {
  /** The amount the company pays back, in yen. */
  readonly refund: Yen;
  /** Days paid for but not provided: from the day after the discontinuation date through `paidThrough`. */
  readonly days: number;
  /** True when the daily-rate amount exceeded `amountPaid` and the refund was cut to it. */
  readonly capped: boolean;
}

/**
 * The trusted core of {@link discontinuationRefund}, over checked values.
 * Exported from this module for tests and benchmarks, not from the package root.
 */
export function discontinuationRefundOf(
  discontinuationDate: CalendarDate,
  monthlyFee: Yen,
  paidThrough: CalendarDate,
  amountPaid: Yen,
  rounding: Rounding,
): { refund: Yen; days: number; capped: boolean } {
  // I-08: the discontinuation date is the last day of service, so the days not provided start the next day.
  const days = Math.max(0, discontinuationDate.daysUntil(paidThrough));
  // 「日割料金（月額料金の 30 分の 1 を 1 日分の料金として計算。）」, rounded once (I-06).
  const byDays = roundYen(dailyProrated(monthlyFee, days), rounding, 'refund');
  // 「既に支払われている利用料金等のうち」: never more than was paid.
  const capped = byDays > amountPaid;
  return { refund: capped ? amountPaid : byDays, days, capped };
}

/**
 * 第15条2項's refund for the month of a discontinuation, from what was paid towards that
 * month's fee: a payment towards the month paid for it through its end (「既に支払われている
 * 利用料金等」 — the fee of a month pays for the whole month), nothing paid leaves nothing to
 * refund. Trusted input; exported for the lifecycle layer, not from the package root.
 */
export function discontinuationRefundForMonthOf(
  discontinuationDate: CalendarDate,
  monthlyFee: Yen,
  paidTowardsMonth: Yen,
  rounding: Rounding,
): { refund: Yen; days: number; capped: boolean } {
  const paidThrough = paidTowardsMonth > 0 ? discontinuationDate.endOfMonth() : discontinuationDate;
  return discontinuationRefundOf(discontinuationDate, monthlyFee, paidThrough, paidTowardsMonth, rounding);
}

const DiscontinuationRefundInput = z.object({
  discontinuationDate: dateField,
  monthlyFee: yenField,
  paidThrough: dateField,
  amountPaid: yenField,
});

/**
 * What the company pays back when it discontinues the service (第15条2項, I-08).
 *
 * The days paid for but not provided — from the day after the discontinuation
 * date (the last day of service) through the end of the paid period — are
 * refunded at the daily rate, monthly fee / 30 whatever the month's length
 * (I-06), rounded once by the `rounding` option. The refund never exceeds
 * what was actually paid (a 31-day month at fee / 30 would otherwise return
 * more than the month's fee). No days remain when `paidThrough` is on or
 * before the discontinuation date.
 *
 * 15.2 is the specific rule for a discontinuation; it prevails over the
 * general no-refund rule of 第25条6項 for this case.
 *
 * @example
 * ```ts
 * import { discontinuationRefund } from 'cloud-ops-terms';
 * // Discontinued 2027-06-20, paid through 06-30: 10 days × 90,000 / 30 = 30,000 yen.
 * discontinuationRefund({ discontinuationDate: '2027-06-20', monthlyFee: 90_000, paidThrough: '2027-06-30', amountPaid: 90_000 });
 * //=> { refund: 30000, days: 10, capped: false, basis: ['15.2'] }
 * // All of July (31 days) unprovided: 93,000 by the daily rate, but only 90,000 was paid.
 * discontinuationRefund({ discontinuationDate: '2027-06-30', monthlyFee: 90_000, paidThrough: '2027-07-31', amountPaid: 90_000 });
 * //=> { refund: 90000, days: 31, capped: true, basis: ['15.2'] }
 * ```
 */
export function discontinuationRefund(
  input: DiscontinuationRefundInput,
  options?: OptionsFor<'discontinuationRefund'>,
): DiscontinuationRefundResult {
  const { discontinuationDate, monthlyFee, paidThrough, amountPaid } = parseInput(DiscontinuationRefundInput, input);
  const { rounding } = optionsFor('discontinuationRefund', options);
  const r = discontinuationRefundOf(discontinuationDate, monthlyFee, paidThrough, amountPaid, rounding);
  return { refund: r.refund, days: r.days, capped: r.capped, basis: basis('15.2') };
}
