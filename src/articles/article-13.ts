/**
 * 第13条（契約者からの利用契約の解約） — termination by the customer.
 *
 * > 1 契約者は、前条の場合を除き、解約を希望する月の前月末日までに当社に書面をもって
 * > 通知をすることにより、本サービスを解約することができるものとします。ただし、
 * > 利用契約の解約日は、契約者が本サービスを解約しようとする月の月末とします。
 * >
 * > 2 前項の書面に解約希望日の記載がない場合又は前項の書面が当社に到達した日から
 * > 解約希望日までの期間が1か月未満の場合、当該書面が当社に到達した日の翌月末日を
 * > 契約者の解約希望日とみなすものとします。
 * >
 * > 3 契約者は、本条第1項に定める通知が当社に到達した時点において未払いの利用料金等が
 * > ある場合には、直ちにこれを支払うものとします。
 * >
 * > 4 オプションサービスの全部又は一部のみの解約についても、本条の規定が準用される
 * > ものとします。
 * >
 * > 5 契約者が、第1項に基づいて当初通知した解約日を変更（延長）することを希望する場合、
 * > 当社は、これが可能な場合に限り、承諾をいたします。ただし、延長期間は1か月単位とし、
 * > 延長期間に対し、通常料金の2倍の金員を延長手数料として支払うものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import type { WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput } from '../core/errors.js';
import { Dec, roundYen, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type ExtensionFee, type OptionsFor, type Rounding } from '../core/options.js';
import { monthsEndOf } from '../core/period.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { atField, dateField, parseInput, yenField, type DateInput, type YenInput } from '../core/schema.js';
import { monthEndAfter, monthsBetween, scopeField, scopedBasis, type Scope } from './shared.js';
import { latestTermsNumber } from '../core/terms-numbers.js';

/** 第13条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_13 = articleInfo(13);

/** 13.4 applies the article to option services: cite it when the scope is an option. */
function scoped(scope: Scope | undefined, ...refs: ProvisionRef[]): ProvisionRef[] {
  return scopedBasis(scope, '13.4', ...refs);
}

// ---------------------------------------------------------------------------
// 13.1–13.2: the termination date

export interface CustomerTerminationInput {
  /** The JST day the customer's written notice reached the company (I-03: effective on arrival). */
  readonly noticeReceivedOn: DateInput;
  /** 解約希望日 as written in the notice; absent (or `null`) when the notice names none. Not before the notice. */
  readonly requestedDate?: DateInput | null | undefined;
  /** `'option'` for the termination of an option service (13.4); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface CustomerTerminationResult extends WithBasis {
  /** 解約日: always the last day of a month, `'YYYY-MM-DD'`. */
  readonly terminationDate: string;
  /** True when 13.2's deemed date (みなす) applied: no requested date, or less than a month's notice. */
  readonly deemed: boolean;
}

const CustomerTerminationInput = z.object({
  noticeReceivedOn: dateField,
  requestedDate: z.nullish(dateField),
  scope: scopeField,
});

/**
 * The trusted core of {@link customerTermination} (I-04), over value objects
 * that the caller has already checked (`requestedDate`, when given, is not
 * before `noticeReceivedOn`). Exported from this module for tests and
 * benchmarks, not from the package root.
 */
export function customerTerminationOf(
  noticeReceivedOn: CalendarDate,
  requestedDate: CalendarDate | undefined,
): { terminationDate: CalendarDate; deemed: boolean } {
  if (
    requestedDate !== undefined &&
    // 13.1 「解約を希望する月の前月末日までに」: the notice arrived before the requested month …
    monthsBetween(noticeReceivedOn, requestedDate) >= 1 &&
    // … and 13.2 「到達した日から解約希望日までの期間が1か月未満」 does not hold: a month
    // counted from the day after arrival (I-01) ends on or before the requested date as
    // written (I-04). (This implies the first test; both are kept as the terms state them,
    // and the cheap one goes first.)
    monthsEndOf(noticeReceivedOn.addDays(1), 1).isOnOrBefore(requestedDate)
  ) {
    // 13.1 但書: 「解約日は、…解約しようとする月の月末」.
    return { terminationDate: requestedDate.endOfMonth(), deemed: false };
  }
  // 13.2: 「当該書面が当社に到達した日の翌月末日を…解約希望日とみなす」.
  return { terminationDate: monthEndAfter(noticeReceivedOn, 1), deemed: true };
}

/**
 * What is wrong with a requested termination date for a notice that arrived on
 * `noticeReceivedOn` (a date before the arrival), or `undefined`. Trusted; exported for the
 * lifecycle layer, not from the package root.
 */
export function requestedDateProblemOf(
  noticeReceivedOn: CalendarDate,
  requested: CalendarDate | undefined,
): string | undefined {
  return requested?.isBefore(noticeReceivedOn)
    ? `expected a requested termination date on or after the day the notice arrived (noticeReceivedOn ${noticeReceivedOn.toString()}), got '${requested.toString()}'`
    : undefined;
}

/**
 * The day a contract (or an option service, 13.4) ends on the customer's
 * written notice (第13条1項・2項, I-04).
 *
 * The termination date is always a month end. When the notice reached the
 * company by the end of the month before the requested month and at least one
 * month (I-01) lies between its arrival and the requested date as written, the
 * contract ends at the end of the requested month. Otherwise — no requested
 * date, or less than a month — 13.2 deems the requested date to be the end of
 * the month after the month of arrival (`deemed: true`).
 *
 * A requested date before the notice arrived is bad input (`requestedDate`).
 *
 * @example
 * ```ts
 * import { customerTermination } from 'cloud-ops-terms';
 * // Arrived 2027-04-15, asks for 2027-06-10: in time, so the end of June.
 * customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-06-10' });
 * //=> { terminationDate: '2027-06-30', deemed: false, basis: ['13.1'] }
 * // Arrived 2027-05-20 for 2027-06-10: less than a month (05-21 … 06-20), so 13.2.
 * customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-06-10' });
 * //=> { terminationDate: '2027-06-30', deemed: true, basis: ['13.1', '13.2'] }
 * // No requested date: the end of the month after arrival.
 * customerTermination({ noticeReceivedOn: '2027-12-31' });
 * //=> { terminationDate: '2028-01-31', deemed: true, basis: ['13.1', '13.2'] }
 * ```
 */
export function customerTermination(
  input: CustomerTerminationInput,
  options?: OptionsFor<'customerTermination'>,
): CustomerTerminationResult {
  const { noticeReceivedOn, requestedDate, scope } = parseInput(CustomerTerminationInput, input);
  optionsFor('customerTermination', options);
  const requested = requestedDate ?? undefined;
  const problem = requestedDateProblemOf(noticeReceivedOn, requested);
  if (problem !== undefined) {
    throw invalidInput('requestedDate', problem, 'not-before', {
      other: 'noticeReceivedOn',
      date: noticeReceivedOn.toString(),
      received: `'${requested?.toString()}'`,
    });
  }
  let r: ReturnType<typeof customerTerminationOf>;
  try {
    r = customerTerminationOf(noticeReceivedOn, requested);
  } catch (e) {
    // Only the deemed date, the end of the month after arrival, can pass 2199.
    throw atField(e, 'noticeReceivedOn');
  }
  const { terminationDate, deemed } = r;
  return {
    terminationDate: terminationDate.toString(),
    deemed,
    basis: deemed ? scoped(scope, '13.1', '13.2') : scoped(scope, '13.1'),
  };
}

// ---------------------------------------------------------------------------
// 13.3: unpaid fees fall due on arrival of the notice

export interface UnpaidFeesOnCustomerNoticeInput {
  /** The JST day the customer's termination notice reached the company (I-03). */
  readonly noticeReceivedOn: DateInput;
  /** `'option'` for the termination of an option service (13.4); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface UnpaidFeesOnCustomerNoticeResult extends WithBasis {
  /** The day every fee then unpaid falls due: the day the notice arrived (「直ちに」). */
  readonly dueOn: string;
  /** What falls due: the fees then unpaid (未払いの利用料金等). */
  readonly includes: readonly ['fees'];
}

const UnpaidFeesOnCustomerNoticeInput = z.object({ noticeReceivedOn: dateField, scope: scopeField });

/**
 * 13.3: fees still unpaid when the customer's termination notice reaches the
 * company fall due at once — 「通知が当社に到達した時点において未払いの利用料金等が
 * ある場合には、直ちにこれを支払う」 — not at their normal due dates.
 *
 * @example
 * ```ts
 * import { unpaidFeesOnCustomerNotice } from 'cloud-ops-terms';
 * unpaidFeesOnCustomerNotice({ noticeReceivedOn: '2027-05-31' });
 * //=> { dueOn: '2027-05-31', includes: ['fees'], basis: ['13.3'] }
 * ```
 */
export function unpaidFeesOnCustomerNotice(
  input: UnpaidFeesOnCustomerNoticeInput,
  options?: OptionsFor<'unpaidFeesOnCustomerNotice'>,
): UnpaidFeesOnCustomerNoticeResult {
  const { noticeReceivedOn, scope } = parseInput(UnpaidFeesOnCustomerNoticeInput, input);
  optionsFor('unpaidFeesOnCustomerNotice', options);
  return { dueOn: noticeReceivedOn.toString(), includes: ['fees'], basis: scoped(scope, '13.3') };
}

// ---------------------------------------------------------------------------
// 13.5: extending the termination date

export interface TerminationExtensionInput {
  /** The termination date first notified (当初通知した解約日): a month end (13.1). */
  readonly terminationDate: DateInput;
  /** The extension in months: a whole number of 1 or more (「1か月単位」). */
  readonly months: number;
  /** 通常料金: the normal monthly fee, in yen. */
  readonly monthlyFee: YenInput;
  /** `'option'` for an option service (13.4); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface TerminationExtensionResult extends WithBasis {
  /** The new termination date: the end of the month `months` after the first one. */
  readonly terminationDate: string;
  /** The termination date before the extension. */
  readonly previousTerminationDate: string;
  /** The extension in months. */
  readonly months: number;
  /** 延長手数料: twice the normal fee for each extension month (2 × monthlyFee × months). */
  readonly extensionFee: Yen;
  /** The normal fee also due for the extension months: 0 under `replaces`, monthlyFee × months under `in-addition` (I-05). */
  readonly regularFee: Yen;
  /** extensionFee + regularFee. */
  readonly totalDue: Yen;
  /** Always true: the company agrees only 「これが可能な場合に限り」. */
  readonly requiresConsent: true;
}

const monthsField = z.transform<unknown, number>((value, ctx) => {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  ctx.issues.push({
    code: 'custom',
    message: `expected a number of months (a whole number of 1 or more), got ${describeValue(value)}`,
    input: value,
  });
  return z.NEVER;
});

const TerminationExtensionInput = z.object({
  terminationDate: dateField,
  months: monthsField,
  monthlyFee: yenField,
  scope: scopeField,
});

/** 「通常料金の2倍の金員」 — the extension fee as a multiple of the monthly fee (13.5). */
const EXTENSION_FEE_MULTIPLE: number = latestTermsNumber('extensionFeeMultiple');

/**
 * The trusted core of {@link terminationExtension}: `terminationDate` is a
 * month end and `months` a whole number of 1 or more. Exported from this
 * module for tests and benchmarks, not from the package root.
 */
export function terminationExtensionOf(
  terminationDate: CalendarDate,
  months: number,
  monthlyFee: Yen,
  extensionFee: ExtensionFee,
  rounding: Rounding,
): { terminationDate: CalendarDate; extensionFee: Yen; regularFee: Yen; totalDue: Yen } {
  const extended = monthEndAfter(terminationDate, months);
  // 「延長期間に対し、通常料金の2倍の金員を延長手数料として支払う」: fee × 2 × months.
  // I-05: under 'replaces' the doubled fee is all that is paid for those months.
  const feeMonths = EXTENSION_FEE_MULTIPLE * months;
  const regularMonths = extensionFee === 'replaces' ? 0 : months;
  // Whole yen times whole numbers: exact in numbers (mulDivYen; decimal.js beyond the safe integers).
  if (Number.isSafeInteger(feeMonths + regularMonths) && feeMonths >= 0 && regularMonths >= 0) {
    return {
      terminationDate: extended,
      extensionFee: mulDivYen(monthlyFee, feeMonths, 1, rounding, 'extensionFee'),
      regularFee: mulDivYen(monthlyFee, regularMonths, 1, rounding, 'regularFee'),
      totalDue: mulDivYen(monthlyFee, feeMonths + regularMonths, 1, rounding, 'totalDue'),
    };
  }
  const fee = new Dec(monthlyFee).times(EXTENSION_FEE_MULTIPLE).times(months);
  // I-05: under 'replaces' the doubled fee is all that is paid for those months.
  const regular = extensionFee === 'replaces' ? new Dec(0) : new Dec(monthlyFee).times(months);
  return {
    terminationDate: extended,
    extensionFee: roundYen(fee, rounding, 'extensionFee'),
    regularFee: roundYen(regular, rounding, 'regularFee'),
    totalDue: roundYen(fee.plus(regular), rounding, 'totalDue'),
  };
}

/**
 * Why `months` (a number ≥ 0) is not an extension 第13条5項 allows — 0 or a part of a month,
 * `EXTENSION_NOT_WHOLE_MONTHS` — or `undefined`. Trusted; exported for the lifecycle layer.
 */
export function extensionMonthsProblemOf(months: number): string | undefined {
  return months === 0 || !Number.isInteger(months)
    ? `第13条5項 allows an extension in whole months only (1か月単位), at least 1 month; got ${describeValue(months)}`
    : undefined;
}

/**
 * Extends a notified termination date by whole months, with the company's
 * consent (第13条5項, I-05).
 *
 * The new termination date is the end of the month `months` later. The
 * customer pays 延長手数料 of twice the normal fee per extension month. By
 * default (`extensionFee: 'replaces'`) that is all it pays for those months;
 * with `'in-addition'` the normal fee is due as well (`regularFee`, and
 * `totalDue` is three times the fee per month).
 *
 * `terminationDate` must be a month end (13.1) — `INVALID_INPUT` otherwise.
 * `months` of 0 or a part of a month (1.5) is a request the terms do not allow:
 * `TermsError` code `EXTENSION_NOT_WHOLE_MONTHS`. A negative `months`, or one
 * that is not a number, is bad input (`INVALID_INPUT`).
 *
 * Options `extensionFee` (I-05) and `rounding` (I-06).
 *
 * @example
 * ```ts
 * import { terminationExtension } from 'cloud-ops-terms';
 * // Two months at 90,000 yen: 2 × 90,000 × 2 = 360,000 yen.
 * terminationExtension({ terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 });
 * //=> { terminationDate: '2027-08-31', previousTerminationDate: '2027-06-30', months: 2, extensionFee: 360000, regularFee: 0, totalDue: 360000, requiresConsent: true, basis: ['13.5'] }
 * terminationExtension(
 *   { terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 },
 *   { extensionFee: 'in-addition' },
 * ).totalDue;
 * //=> 540000
 * ```
 */
export function terminationExtension(
  input: TerminationExtensionInput,
  options?: OptionsFor<'terminationExtension'>,
): TerminationExtensionResult {
  const { terminationDate, months, monthlyFee, scope } = parseInput(TerminationExtensionInput, input);
  const { extensionFee, rounding } = optionsFor('terminationExtension', options);
  if (!terminationDate.isEndOfMonth()) {
    throw invalidInput(
      'terminationDate',
      `expected a termination date at a month end (第13条1項: 解約日は…月の月末), got '${terminationDate.toString()}'`,
      'month-end',
      { received: `'${terminationDate.toString()}'` },
    );
  }
  const problem = extensionMonthsProblemOf(months);
  if (problem !== undefined) throw new TermsError('EXTENSION_NOT_WHOLE_MONTHS', [{ path: 'months', message: problem }]);
  let r: ReturnType<typeof terminationExtensionOf>;
  try {
    r = terminationExtensionOf(terminationDate, months, monthlyFee, extensionFee, rounding);
  } catch (e) {
    // The extended termination date runs past 2199.
    throw atField(e, 'months');
  }
  return {
    terminationDate: r.terminationDate.toString(),
    previousTerminationDate: terminationDate.toString(),
    months,
    extensionFee: r.extensionFee,
    regularFee: r.regularFee,
    totalDue: r.totalDue,
    requiresConsent: true,
    basis: scoped(scope, '13.5'),
  };
}
