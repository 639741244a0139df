/**
 * 第12条（最低利用期間） — the minimum term and the fee for leaving inside it.
 *
 * > 1 利用申込書等又は利用承諾書において最低利用期間が設けられた場合、契約者は、
 * > 利用契約の成立から当該最低利用期間に定める期間が満了するまでは、次項による場合を
 * > 除き、利用契約を解除することはできません。
 * >
 * > 2 契約者は、最低利用期間内に利用契約を解除する場合は、契約解除月の前月末日までに、
 * > 当社に対しその旨を書面により通知し、最低利用期間満了までの残余期間の利用料に相当
 * > する額を契約解除月の月末までに支払うものとしします。
 *
 * (「しします」 is the terms' own slip for 「します」.)
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { invalidInput } from '../core/errors.js';
import { DAYS_PER_MONTH_FOR_DAILY_RATE, Dec, dailyProrated, roundYen, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type OptionsFor, type Rounding } from '../core/options.js';
import { monthsEndOf } from '../core/period.js';
import { articleInfo } from '../core/provisions.js';
import { atField, dateField, intField, parseInput, yenField, type DateInput, type YenInput } from '../core/schema.js';
import { monthEndAfter, monthsBetween } from './shared.js';

/** 第12条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_12 = articleInfo(12);

/** The longest minimum term accepted, in months (100 years). */
export const MAX_MINIMUM_TERM_MONTHS = 1200;

export interface EarlyTerminationFeeInput {
  /** 利用契約の成立日: the day the 利用承諾書 was received (第9条2項). */
  readonly formationDate: DateInput;
  /** 最低利用期間 in months (1–1200). */
  readonly minimumTermMonths: number;
  /** The termination date (解約日); not before the formation date. */
  readonly terminationDate: DateInput;
  /** The monthly fee, in yen. */
  readonly monthlyFee: YenInput;
}

export interface EarlyTerminationFeeResult extends WithBasis {
  /** The last day of the minimum term, counted from formation (I-01). */
  readonly minimumTermEndDate: string;
  /** True when the termination date is before the last day of the minimum term, so 12.2 applies. */
  readonly insideMinimumTerm: boolean;
  /** The fee for the rest of the minimum term (残余期間の利用料に相当する額, I-09); 0 outside it. */
  readonly remainingFee: Yen;
  /** Whole calendar months in the remaining period, each at the monthly fee. */
  readonly remainingMonths: number;
  /** The other days of the remaining period, each at the daily rate (fee / 30, I-06). */
  readonly remainingDays: number;
  /** 契約解除月の月末: the day the remaining fee is due. */
  readonly dueDate: string;
  /** 契約解除月の前月末日: the last day the written notice may reach the company. */
  readonly noticeDeadline: string;
}

/** The remaining period split into whole calendar months and the other days. */
export interface RemainingPeriod {
  readonly months: number;
  readonly days: number;
}

/**
 * Splits the days `from` … `to` (both counted) into the calendar months that
 * lie wholly inside and the days left over at either end (I-09). Empty when
 * `to` is before `from`.
 */
export function splitIntoCalendarMonths(from: CalendarDate, to: CalendarDate): RemainingPeriod {
  if (to.isBefore(from)) return { months: 0, days: 0 };
  // Month indices of the first and the last whole month (they may cross: no whole month).
  const first = from.day === 1 ? 0 : 1;
  const last = monthsBetween(from, to) - (to.isEndOfMonth() ? 0 : 1);
  if (first > last) return { months: 0, days: from.daysUntil(to) + 1 };
  const head = from.day === 1 ? 0 : from.daysInMonth() - from.day + 1;
  const tail = to.isEndOfMonth() ? 0 : to.day;
  return { months: last - first + 1, days: head + tail };
}

/**
 * The last day of the minimum term (最低利用期間の満了日, 12.1): 「利用契約の成立から」 —
 * formation happens during a day, so counting starts the next day (I-01). Formed on
 * 2027-03-15 with 12 months, the term's last day is 2028-03-15. Trusted input; exported
 * for the lifecycle layer and tests, not from the package root.
 */
export function minimumTermEndOf(formationDate: CalendarDate, minimumTermMonths: number): CalendarDate {
  return monthsEndOf(formationDate.addDays(1), minimumTermMonths);
}

/**
 * The trusted core of {@link earlyTerminationFee}, over checked values
 * (`terminationDate` not before `formationDate`). Exported from this module for
 * tests and benchmarks, not from the package root.
 */
export function earlyTerminationFeeOf(
  formationDate: CalendarDate,
  minimumTermMonths: number,
  terminationDate: CalendarDate,
  monthlyFee: Yen,
  rounding: Rounding,
): {
  minimumTermEndDate: CalendarDate;
  insideMinimumTerm: boolean;
  remainingFee: Yen;
  remaining: RemainingPeriod;
  dueDate: CalendarDate;
  noticeDeadline: CalendarDate;
} {
  // 「利用契約の成立から」: formation happens during a day, so counting starts the next day (I-01).
  let minimumTermEndDate: CalendarDate;
  try {
    minimumTermEndDate = minimumTermEndOf(formationDate, minimumTermMonths);
  } catch (e) {
    throw atField(e, 'minimumTermMonths');
  }
  const insideMinimumTerm = terminationDate.isBefore(minimumTermEndDate);
  // I-09: the remaining period runs from the day after the termination date to the term's last day.
  const remaining = insideMinimumTerm
    ? splitIntoCalendarMonths(terminationDate.addDays(1), minimumTermEndDate)
    : { months: 0, days: 0 };
  // fee × months + fee × days / 30 = fee × (30 × months + days) / 30: exact, rounded once
  // (as roundYen of the sum in decimal.js gives it).
  const remainingFee = mulDivYen(
    monthlyFee,
    remaining.months * DAYS_PER_MONTH_FOR_DAILY_RATE + remaining.days,
    DAYS_PER_MONTH_FOR_DAILY_RATE,
    rounding,
    'remainingFee',
  );
  return {
    minimumTermEndDate,
    insideMinimumTerm,
    remainingFee,
    remaining,
    // 「契約解除月の月末までに支払う」 and 「契約解除月の前月末日までに…通知」.
    dueDate: terminationDate.endOfMonth(),
    noticeDeadline: noticeDeadlineOf(terminationDate),
  };
}

/** 「契約解除月の前月末日までに」: the last day of the month before the termination month. */
function noticeDeadlineOf(terminationDate: CalendarDate): CalendarDate {
  try {
    return monthEndAfter(terminationDate, -1);
  } catch (e) {
    throw atField(e, 'terminationDate');
  }
}

/**
 * 第12条2項's fee as an ending brings it: due only when the customer ends the contract
 * inside the minimum term — by its notice of termination (extended or not) or by declining a
 * renewal (「契約者は、最低利用期間内に利用契約を解除する場合」) — not when the company
 * ends it or the service is discontinued. `undefined` when no fee is due. Trusted input;
 * exported for the lifecycle layer, not from the package root.
 */
export function earlyTerminationFeeDueOf(
  formationDate: CalendarDate,
  minimumTermMonths: number,
  ending: { readonly date: CalendarDate; readonly byCustomer: boolean },
  monthlyFee: Yen,
  rounding: Rounding,
  feeOfMonth?: (monthIndex: number) => Yen,
): ReturnType<typeof earlyTerminationFeeOf> | undefined {
  if (minimumTermMonths === 0 || !ending.byCustomer) return undefined;
  const r = earlyTerminationFeeOf(formationDate, minimumTermMonths, ending.date, monthlyFee, rounding);
  if (!r.insideMinimumTerm) return undefined;
  if (feeOfMonth === undefined) return r;
  const remainingFee = remainingFeeInForceOf(ending.date.addDays(1), r.minimumTermEndDate, feeOfMonth, rounding);
  return { ...r, remainingFee };
}

/**
 * 「残余期間の利用料に相当する額」 when the fee changed (第9条3項, I-19): each month of the
 * remaining period `from` … `to` at the fee in force for it — a whole calendar month at
 * that fee, the other days at its daily rate (fee × days / 30, I-06, I-09) — rounded once.
 * `feeOfMonth` takes a month as `year × 12 + month − 1`. Trusted input; exported for the
 * lifecycle layer and tests, not from the package root.
 */
export function remainingFeeInForceOf(
  from: CalendarDate,
  to: CalendarDate,
  feeOfMonth: (monthIndex: number) => Yen,
  rounding: Rounding,
): Yen {
  // The sum in thirtieths of a yen — fee × 30 a whole month, fee × days a part — a whole number,
  // divided and rounded once: exact with numbers while it stays a safe integer, with decimal.js
  // otherwise (the same yen either way).
  let thirtieths = 0;
  const last = to.year * 12 + to.month - 1;
  for (let m = from.year * 12 + from.month - 1; m <= last; m++) {
    const fee = feeOfMonth(m);
    const firstDay = m === from.year * 12 + from.month - 1 ? from.day : 1;
    if (firstDay === 1 && (m !== last || to.isEndOfMonth())) thirtieths += fee * DAYS_PER_MONTH_FOR_DAILY_RATE;
    else {
      // A part month: only the first (from its day) or the last (to its day) can be one.
      const lastDay = m === last ? to.day : from.daysInMonth();
      thirtieths += fee * (lastDay - firstDay + 1);
    }
  }
  if (Number.isSafeInteger(thirtieths))
    return mulDivYen(thirtieths, 1, DAYS_PER_MONTH_FOR_DAILY_RATE, rounding, 'remainingFee');
  return remainingFeeInDecimal(from, to, feeOfMonth, rounding);
}

/** {@link remainingFeeInForceOf} in decimal.js, for sums beyond the safe integers. */
function remainingFeeInDecimal(
  from: CalendarDate,
  to: CalendarDate,
  feeOfMonth: (monthIndex: number) => Yen,
  rounding: Rounding,
): Yen {
  let exact = new Dec(0);
  const last = to.year * 12 + to.month - 1;
  for (let m = from.year * 12 + from.month - 1; m <= last; m++) {
    const fee = feeOfMonth(m);
    const firstDay = m === from.year * 12 + from.month - 1 ? from.day : 1;
    if (firstDay === 1 && (m !== last || to.isEndOfMonth())) exact = exact.plus(fee);
    else {
      const lastDay = m === last ? to.day : from.daysInMonth();
      exact = exact.plus(dailyProrated(fee, lastDay - firstDay + 1));
    }
  }
  return roundYen(exact, rounding, 'remainingFee');
}

const EarlyTerminationFeeInput = z.object({
  formationDate: dateField,
  minimumTermMonths: intField(1, MAX_MINIMUM_TERM_MONTHS),
  terminationDate: dateField,
  monthlyFee: yenField,
});

/**
 * What a customer owes for terminating inside the minimum term (第12条, I-09).
 *
 * The minimum term runs from formation for `minimumTermMonths`, counted from
 * the day after formation (I-01): formed 2027-03-15 with 12 months → its last
 * day is 2028-03-15. A termination before that day is inside the minimum term
 * (`insideMinimumTerm`): the customer gives written notice by the end of the
 * month before the termination month (`noticeDeadline`) and pays, by the end of
 * the termination month (`dueDate`), the fee for the remaining period — from
 * the day after the termination date to the term's last day: each whole
 * calendar month at the monthly fee, the other days at the daily rate
 * (fee × days / 30, I-06), rounded once (option `rounding`).
 *
 * Outside the minimum term `remainingFee` is 0 and 12.2 does not apply; the
 * notice deadline is then 13.1's (the same day). A termination before
 * formation is bad input (`terminationDate`).
 *
 * @example
 * ```ts
 * import { earlyTerminationFee } from 'cloud-ops-terms';
 * // Remaining 2027-10-01 … 2028-03-15: October–February (5 months) + 15 days of March.
 * // 5 × 90,000 + 90,000 × 15 / 30 = 450,000 + 45,000.
 * earlyTerminationFee({
 *   formationDate: '2027-03-15',
 *   minimumTermMonths: 12,
 *   terminationDate: '2027-09-30',
 *   monthlyFee: 90_000,
 * });
 * //=> {
 * //   minimumTermEndDate: '2028-03-15',
 * //   insideMinimumTerm: true,
 * //   remainingFee: 495000,
 * //   remainingMonths: 5,
 * //   remainingDays: 15,
 * //   dueDate: '2027-09-30',
 * //   noticeDeadline: '2027-08-31',
 * //   basis: ['12.1', '12.2'],
 * // }
 * ```
 */
export function earlyTerminationFee(
  input: EarlyTerminationFeeInput,
  options?: OptionsFor<'earlyTerminationFee'>,
): EarlyTerminationFeeResult {
  const { formationDate, minimumTermMonths, terminationDate, monthlyFee } = parseInput(EarlyTerminationFeeInput, input);
  const { rounding } = optionsFor('earlyTerminationFee', options);
  if (terminationDate.isBefore(formationDate)) {
    throw invalidInput(
      'terminationDate',
      `expected a termination date on or after the formation date (formationDate ${formationDate.toString()}), got '${terminationDate.toString()}'`,
      'not-before',
      { other: 'formationDate', date: formationDate.toString(), received: `'${terminationDate.toString()}'` },
    );
  }
  const r = earlyTerminationFeeOf(formationDate, minimumTermMonths, terminationDate, monthlyFee, rounding);
  return {
    minimumTermEndDate: r.minimumTermEndDate.toString(),
    insideMinimumTerm: r.insideMinimumTerm,
    remainingFee: r.remainingFee,
    remainingMonths: r.remaining.months,
    remainingDays: r.remaining.days,
    dueDate: r.dueDate.toString(),
    noticeDeadline: r.noticeDeadline.toString(),
    basis: r.insideMinimumTerm ? basis('12.1', '12.2') : basis('12.1', '13.1'),
  };
}
