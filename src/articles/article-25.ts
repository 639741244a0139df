/**
 * 第25条（料金の支払義務） — fees: their kinds, due dates, the first month, suspensions,
 * no refunds, and the cloud provider's charges.
 *
 * > 3 契約者は、利用契約の申込みを行い、当社からその承諾を受けたときは、月額料金の支払いに
 * > ついて当社との別途の合意がある場合はそれに従い、別途の合意がない場合は、翌月利用分を
 * > 当月末までに当社の指定する金融機関に振り込み支払うものとし、振込手数料は、契約者の負担
 * > とします。
 * >
 * > 4 利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日
 * > から起算して該当月の月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金と
 * > して計算。）とします。
 *
 * (The whole article is quoted in docs/articles/article-25.md.)
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { describeValue, invalidInput } from '../core/errors.js';
import { DAYS_PER_MONTH_FOR_DAILY_RATE, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import {
  optionsFor,
  type BankHolidayShift,
  type FirstMonthDays,
  type OptionsFor,
  type Rounding,
} from '../core/options.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import {
  dateField,
  enumField,
  monthField,
  parseInput,
  yenField,
  type DateInput,
  type MonthInput,
  type YenInput,
  withField,
} from '../core/schema.js';
import type { YearMonth } from '../core/year-month.js';
import { shiftDueDate } from '../calendar/bank.js';
import { monthEndBeforeAt } from './shared.js';

/** 第25条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_25 = articleInfo(25);

// ---------------------------------------------------------------------------------------
// 25.1, 25.2: the kinds of fee and when each is due

/** The kinds of fee of 25.1. */
export type FeeKindId = 'initial' | 'monthly' | 'other';

/** One kind of fee (25.1) with the rule that makes it due (25.2 or 25.3). */
export interface FeeKind {
  readonly id: FeeKindId;
  /** The item of 25.1: `'25.1.1'` … `'25.1.3'`. */
  readonly ref: ProvisionRef;
  /** The fee's name as the terms write it (初期費用, 月額料金, …). */
  readonly name: string;
  /** The item's whole text, verbatim. */
  readonly ja: string;
  /** An English gloss. */
  readonly en: string;
  /** The paragraph that sets its due date: 25.2 (a date the company sets) or 25.3 (the month before). */
  readonly dueRule: ProvisionRef;
  /** 「振込手数料は、契約者の負担とします」 (25.2, 25.3). */
  readonly transferFeeBorneBy: 'customer';
}

/**
 * 25.1: 初期費用, 月額料金 and その他、特に定められたもの. Initial and other fees are due
 * by a date the company sets (25.2: 「当社が別に定める期日までに」); the monthly fee by
 * the end of the month before the month of service (25.3, {@link monthlyFeeDueDate}).
 * The customer pays the bank transfer charges of each.
 */
export const FEE_KINDS: readonly FeeKind[] = Object.freeze([
  Object.freeze({
    id: 'initial',
    ref: '25.1.1',
    name: '初期費用',
    ja: '初期費用\n初期費用は、本サービスの利用を開始するにあたり支払う料金です。',
    en: 'Initial fee: paid to start using the service.',
    dueRule: '25.2',
    transferFeeBorneBy: 'customer',
  }),
  Object.freeze({
    id: 'monthly',
    ref: '25.1.2',
    name: '月額料金',
    ja: '月額料金\n月額料金は、契約者が1か月間本サービスの利用を行うための料金です。',
    en: "Monthly fee: the fee for one month's use of the service.",
    dueRule: '25.3',
    transferFeeBorneBy: 'customer',
  }),
  Object.freeze({
    id: 'other',
    ref: '25.1.3',
    name: 'その他、特に定められたもの',
    ja: 'その他、特に定められたもの\n必要に応じて当社より見積りを提示し、合意の上でお支払いいただきます。',
    en: 'Anything else specifically agreed: quoted by the company as needed and paid once agreed.',
    dueRule: '25.2',
    transferFeeBorneBy: 'customer',
  }),
] as const satisfies readonly FeeKind[]);

// ---------------------------------------------------------------------------------------
// 25.3: the monthly fee's due date

/** The due date of a service month's fee, as trusted value objects. */
export interface MonthlyFeeDueDateOf {
  /** The due date after the bank-holiday shift. */
  readonly dueDate: CalendarDate;
  /**
   * The due date as the terms write it: the last day of the month before the service month
   * (or, for a month that date precedes the contract's formation, the end of the formation month).
   */
  readonly writtenDueDate: CalendarDate;
}

/**
 * {@link monthlyFeeDueDateOf}'s `dueDate` for the service month numbered `index`
 * (year × 12 + month − 1), trusted: the same date, without a YearMonth or a result object
 * (the timeline stamps a stream's plain months with it, billing.ts).
 */
export function monthlyFeeDueDayAt(index: number, shift: BankHolidayShift, formationDate?: CalendarDate): CalendarDate {
  let written = monthEndBeforeAt(index);
  if (formationDate !== undefined && written.isBefore(formationDate)) written = formationDate.endOfMonth();
  return shift === 'as-written' ? written : shiftDueDate(written, shift);
}

/**
 * The trusted core of {@link monthlyFeeDueDate}. Exported from this module for the
 * invoice helper, the lifecycle layer and tests, not from the package root.
 */
export function monthlyFeeDueDateOf(
  serviceMonth: YearMonth,
  shift: BankHolidayShift,
  formationDate?: CalendarDate,
): MonthlyFeeDueDateOf {
  // 「翌月利用分を当月末までに」: the fee for month M is due by the end of month M − 1.
  let writtenDueDate = monthEndBeforeAt(serviceMonth.year * 12 + serviceMonth.month - 1);
  // 25.3 binds once the customer 「当社からその承諾を受けたとき」: nothing is due before the
  // contract is formed. A month whose written due date has already passed by then is due by
  // the end of the month of formation — 「当月末」 read from that month (our reading).
  if (formationDate !== undefined && writtenDueDate.isBefore(formationDate))
    writtenDueDate = formationDate.endOfMonth();
  return { dueDate: shiftDueDate(writtenDueDate, shift), writtenDueDate };
}

export interface MonthlyFeeDueDateInput {
  /** The month of service the fee pays for, `'YYYY-MM'`. */
  readonly serviceMonth: MonthInput;
  /**
   * 利用契約の成立日 (第9条2項), when known: a month whose due date as written falls before it
   * is due by the end of the month of formation instead.
   */
  readonly formationDate?: DateInput | undefined;
}

export interface MonthlyFeeDueDateResult extends WithBasis {
  /** The day the monthly fee for `serviceMonth` must be paid by, `'YYYY-MM-DD'`. */
  readonly dueDate: string;
  /** The date as the terms write it (the end of the month before, or of the month of formation), before any bank-holiday shift. */
  readonly writtenDueDate: string;
  /** True when `bankHolidayShift` moved the date off a bank holiday. */
  readonly shifted: boolean;
}

const MonthlyFeeDueDateInput = z.object({ serviceMonth: monthField, formationDate: z.optional(dateField) });

/**
 * When the monthly fee for a month of service is due (25.3): 「別途の合意がない場合は、
 * 翌月利用分を当月末までに」 — next month's use by the end of this month, so the fee for
 * `serviceMonth` is due on the last day of the month before it. A separate agreement on
 * payment overrides this; pass the agreed date yourself then.
 *
 * 25.3 binds from the company's acceptance (「当社からその承諾を受けたときは」), so nothing can
 * be due before the contract is formed. Given `formationDate`, a month whose written due
 * date falls before it — a service month that begins in the month of formation — is due by
 * the end of the month of formation instead (「当月末」 read from that month; our reading).
 *
 * Option `bankHolidayShift` (I-11): `'as-written'` (default) keeps the month end even when
 * the banks are closed; `'next-bank-day'` and `'previous-bank-day'` move a month end on
 * which banks are closed (a Saturday, a Sunday, a national holiday, 12-31 to 01-03) to
 * the nearest day after / before on which they are open. The shifted readings need the
 * holiday calendar, which covers 1955–2099 (`HOLIDAY_YEAR_OUT_OF_RANGE` naming
 * `serviceMonth` outside it).
 *
 * @example
 * ```ts
 * import { monthlyFeeDueDate } from 'cloud-ops-terms';
 * monthlyFeeDueDate({ serviceMonth: '2027-05' });
 * //=> { dueDate: '2027-04-30', writtenDueDate: '2027-04-30', shifted: false, basis: ['25.3'] }
 * // The fee for March 2028 is due on the last day of a leap February.
 * monthlyFeeDueDate({ serviceMonth: '2028-03' }).dueDate;
 * //=> '2028-02-29'
 * // The fee for November 2027 is due on Sunday 2027-10-31.
 * monthlyFeeDueDate({ serviceMonth: '2027-11' }, { bankHolidayShift: 'next-bank-day' });
 * //=> { dueDate: '2027-11-01', writtenDueDate: '2027-10-31', shifted: true, basis: ['25.3'] }
 * monthlyFeeDueDate({ serviceMonth: '2027-11' }, { bankHolidayShift: 'previous-bank-day' }).dueDate;
 * //=> '2027-10-29'
 * // Formed on 2027-04-10 to start on 04-15: April's fee cannot be due on 03-31, before formation.
 * monthlyFeeDueDate({ serviceMonth: '2027-04', formationDate: '2027-04-10' }).dueDate;
 * //=> '2027-04-30'
 * ```
 */
export function monthlyFeeDueDate(
  input: MonthlyFeeDueDateInput,
  options?: OptionsFor<'monthlyFeeDueDate'>,
): MonthlyFeeDueDateResult {
  const { serviceMonth, formationDate } = parseInput(MonthlyFeeDueDateInput, input);
  const { bankHolidayShift } = optionsFor('monthlyFeeDueDate', options);
  const { dueDate, writtenDueDate } = withField('serviceMonth', () =>
    monthlyFeeDueDateOf(serviceMonth, bankHolidayShift, formationDate),
  );
  return {
    dueDate: dueDate.toString(),
    writtenDueDate: writtenDueDate.toString(),
    shifted: !dueDate.equals(writtenDueDate),
    basis: basis('25.3'),
  };
}

// ---------------------------------------------------------------------------------------
// 25.4: the first month

/** The first month's fee, as computed by {@link firstMonthFeeOf}. */
export interface FirstMonthFeeAmount {
  /** The fee for the month billing starts in, whole yen. */
  readonly fee: Yen;
  /** The days billed: the month's length when billing starts on the 1st, otherwise the pro-rated days (I-07). */
  readonly days: number;
  /** False when billing starts on the 1st (the full monthly fee), true otherwise. */
  readonly prorated: boolean;
}

/**
 * The trusted core of {@link firstMonthFee}. Exported from this module for the invoice
 * helper and tests, not from the package root.
 */
export function firstMonthFeeOf(
  billingStartDate: CalendarDate,
  monthlyFee: Yen,
  firstMonthDays: FirstMonthDays,
  rounding: Rounding,
): FirstMonthFeeAmount {
  const length = billingStartDate.daysInMonth();
  // 「課金開始日が該当月の1日である場合を除き」: a start on the 1st bills the whole month.
  if (billingStartDate.day === 1) return { fee: monthlyFee, days: length, prorated: false };
  // 「課金開始日の翌日から起算して該当月の月末までの期間」 (literal), or from the start day itself (inclusive).
  const days = length - billingStartDate.day + (firstMonthDays === 'inclusive' ? 1 : 0);
  // 月額料金の30分の1を1日分: monthlyFee × days / 30, exact, rounded once (as roundYen(dailyProrated(…)) gives it).
  return { fee: mulDivYen(monthlyFee, days, DAYS_PER_MONTH_FOR_DAILY_RATE, rounding, 'fee'), days, prorated: true };
}

export interface FirstMonthFeeInput {
  /** 課金開始日 (第9条6項). */
  readonly billingStartDate: DateInput;
  /** 月額料金, whole yen. */
  readonly monthlyFee: YenInput;
}

export interface FirstMonthFeeResult extends FirstMonthFeeAmount, WithBasis {
  /** The month billing starts in (利用開始月), `'YYYY-MM'`. */
  readonly month: string;
}

const FirstMonthFeeInput = z.object({ billingStartDate: dateField, monthlyFee: yenField });

/**
 * 利用開始月の月額料金 (25.4): unless billing starts on the 1st (then the full monthly fee),
 * the daily rate (monthly fee / 30, I-06) for the days 「課金開始日の翌日から起算して該当月の
 * 月末までの期間」.
 *
 * Option `firstMonthDays` (I-07): `'literal'` (default) counts from the day after the
 * start — a start on 15 April bills 15 days, a start on a month's last day bills 0;
 * `'inclusive'` counts the start day too (16 days; the last day bills 1). Option
 * `rounding` (I-06, default `'floor'`), applied once.
 *
 * Under either reading the first month never costs more than the monthly fee: the most
 * days a start after the 1st can bill is 29 (literal, the 2nd of a 31-day month) or 30
 * (inclusive, the same start — exactly the full fee).
 *
 * @example
 * ```ts
 * import { firstMonthFee } from 'cloud-ops-terms';
 * // 16–30 April is 15 days: 90,000 × 15 / 30 = 45,000.
 * firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 });
 * //=> { fee: 45000, days: 15, prorated: true, month: '2027-04', basis: ['25.4'] }
 * firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' }).fee;
 * //=> 48000
 * firstMonthFee({ billingStartDate: '2027-04-01', monthlyFee: 90_000 });
 * //=> { fee: 90000, days: 30, prorated: false, month: '2027-04', basis: ['25.4'] }
 * ```
 */
export function firstMonthFee(input: FirstMonthFeeInput, options?: OptionsFor<'firstMonthFee'>): FirstMonthFeeResult {
  const { billingStartDate, monthlyFee } = parseInput(FirstMonthFeeInput, input);
  const { firstMonthDays, rounding } = optionsFor('firstMonthFee', options);
  // Fields named one by one: V8 spreads an object into a literal with more fields about
  // fifty times as slowly (docs/performance.md).
  const r = firstMonthFeeOf(billingStartDate, monthlyFee, firstMonthDays, rounding);
  return {
    fee: r.fee,
    days: r.days,
    prorated: r.prorated,
    month: billingStartDate.toString().slice(0, 7),
    basis: basis('25.4'),
  };
}

// ---------------------------------------------------------------------------------------
// 25.5: fees during a suspension

/**
 * The grounds on which the company may stop or interrupt the service: 第23条1項 (提供の
 * 停止, its items or the paragraph as a whole), 第24条1項 and 2項 (interruption for
 * failures and maintenance) and 第24条3項 (a temporary stop for the customer's breach).
 */
export const SERVICE_STOP_REFS = [
  '23.1',
  '23.1.1',
  '23.1.2',
  '23.1.3',
  '23.1.4',
  '24.1',
  '24.1.1',
  '24.1.2',
  '24.1.3',
  '24.1.4',
  '24.1.5',
  '24.1.6',
  '24.2',
  '24.3',
] as const satisfies readonly ProvisionRef[];
export type SuspensionGround = (typeof SERVICE_STOP_REFS)[number];

/** The grounds 25.5 names: 「第23条（提供の停止）又は第24条（一時的な中断及び提供停止）3項」. */
export type FeeBearingSuspensionGround = Extract<SuspensionGround, `23.${string}` | '24.3'>;

/** The provisions 25.5 names: a stop under 第23条 or 第24条3項. */
export const FEE_BEARING_SUSPENSIONS = ['23', '24.3'] as const satisfies readonly ProvisionRef[];

/**
 * True when 25.5 expressly keeps the fees due during a stop on this ground: any ground
 * of 第23条, and 第24条3項.
 *
 * @example
 * ```ts
 * import { isFeeBearingSuspension } from 'cloud-ops-terms';
 * isFeeBearingSuspension('23.1.3');
 * //=> true
 * isFeeBearingSuspension('24.2');
 * //=> false
 * ```
 */
export function isFeeBearingSuspension(ground: SuspensionGround): ground is FeeBearingSuspensionGround {
  if (!(SERVICE_STOP_REFS as readonly unknown[]).includes(ground)) {
    throw invalidInput(
      'ground',
      `expected one of ${SERVICE_STOP_REFS.map((r) => `'${r}'`).join(', ')}, got ${describeValue(ground)}`,
    );
  }
  return ground.startsWith('23.') || ground === '24.3';
}

export interface SuspensionFeesInput {
  /** The provision the company stopped or interrupted the service under (see {@link SERVICE_STOP_REFS}). */
  readonly ground: SuspensionGround;
}

export interface SuspensionFeesResult extends WithBasis {
  /** Always `true`: no provision reduces the fees for days without service. */
  readonly feesDue: true;
  /** True when 25.5 says so in words (第23条, 第24条3項); false for 第24条1項・2項, where the terms are silent. */
  readonly expresslyStated: boolean;
}

const SuspensionFeesInput = z.object({ ground: enumField(SERVICE_STOP_REFS) });

/**
 * Whether the fees stay due while the service is stopped (25.5): 「停止期間中における利用
 * 料金を支払わなければなりません」 for a stop under 第23条 or 第24条3項.
 *
 * For an interruption under 第24条1項 or 2項 (failures, maintenance) 25.5 says nothing;
 * the fees stay due there too because no provision reduces them (25.1(2), and 25.6 bars
 * refunds), and 24.4 only lets the company pass on what a cloud provider paid it. The
 * result then has `expresslyStated: false` and cites `'25.1.2'` instead of `'25.5'`.
 *
 * @example
 * ```ts
 * import { suspensionFees } from 'cloud-ops-terms';
 * suspensionFees({ ground: '24.3' });
 * //=> { feesDue: true, expresslyStated: true, basis: ['25.5', '24.3'] }
 * suspensionFees({ ground: '24.2' });
 * //=> { feesDue: true, expresslyStated: false, basis: ['25.1.2', '24.2'] }
 * ```
 */
export function suspensionFees(
  input: SuspensionFeesInput,
  options?: OptionsFor<'suspensionFees'>,
): SuspensionFeesResult {
  const { ground } = parseInput(SuspensionFeesInput, input);
  optionsFor('suspensionFees', options);
  const express = isFeeBearingSuspension(ground);
  return { feesDue: true, expresslyStated: express, basis: basis(express ? '25.5' : '25.1.2', ground) };
}

// ---------------------------------------------------------------------------------------
// 25.6: no refunds (and 第15条2項, 第24条4項)

/** Why a refund of fees already paid is asked for. */
export const REFUND_REASONS = ['discontinuation', 'provider-compensation', 'other'] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export interface PaidFeesRefundInput {
  /**
   * `'discontinuation'`: the company discontinued the service (第15条1項);
   * `'provider-compensation'`: the cloud provider refunded or compensated the company for
   * an outage (第24条4項 ただし書); `'other'`: anything else (termination, suspension, …).
   */
  readonly reason: RefundReason;
}

export interface PaidFeesRefundResult extends WithBasis {
  /** True when the company must refund part of the fees paid. */
  readonly refundOwed: boolean;
  /** True when the company may refund without being bound to. */
  readonly mayRefund: boolean;
}

const PaidFeesRefundInput = z.object({ reason: enumField(REFUND_REASONS) });

/**
 * Whether fees already paid come back (25.6): 「既に支払われた料金等を払い戻す義務を一切
 * 負わない」 — never, except where a more specific provision says so:
 *
 * - a discontinuation under 第15条1項: 15.2 is the specific exception — the days not
 *   provided are refunded at the daily rate (`discontinuationRefund`, I-08);
 * - an outage the cloud provider compensated the company for: the company *may* refund
 *   within what it received (24.4 ただし書, 「返金等をする場合があります」), but is not bound to.
 *
 * @example
 * ```ts
 * import { paidFeesRefund } from 'cloud-ops-terms';
 * paidFeesRefund({ reason: 'other' });
 * //=> { refundOwed: false, mayRefund: false, basis: ['25.6'] }
 * paidFeesRefund({ reason: 'discontinuation' });
 * //=> { refundOwed: true, mayRefund: true, basis: ['25.6', '15.2'] }
 * ```
 */
export function paidFeesRefund(
  input: PaidFeesRefundInput,
  options?: OptionsFor<'paidFeesRefund'>,
): PaidFeesRefundResult {
  const { reason } = parseInput(PaidFeesRefundInput, input);
  optionsFor('paidFeesRefund', options);
  switch (reason) {
    case 'discontinuation':
      return { refundOwed: true, mayRefund: true, basis: basis('25.6', '15.2') };
    case 'provider-compensation':
      return { refundOwed: false, mayRefund: true, basis: basis('25.6', '24.4') };
    default:
      return { refundOwed: false, mayRefund: false, basis: basis('25.6') };
  }
}

// ---------------------------------------------------------------------------------------
// 25.7: the cloud provider's charges

export interface CloudProviderChargesResult extends WithBasis {
  /** The parties of the contract the cloud provider's charges belong to. */
  readonly contractBetween: ['customer', 'cloud-provider'];
  /** Always `false`: 「当社は当該契約の当事者とはなりません」. */
  readonly companyIsParty: false;
}

/**
 * 25.7: when the company collects the cloud provider's charges together with its own fees
 * and passes them on, the contract for them is between the customer and the provider;
 * the company is not a party to it (so they are not fees of this contract).
 *
 * @example
 * ```ts
 * import { cloudProviderCharges } from 'cloud-ops-terms';
 * cloudProviderCharges();
 * //=> { contractBetween: ['customer', 'cloud-provider'], companyIsParty: false, basis: ['25.7'] }
 * ```
 */
export function cloudProviderCharges(): CloudProviderChargesResult {
  return { contractBetween: ['customer', 'cloud-provider'], companyIsParty: false, basis: basis('25.7') };
}
