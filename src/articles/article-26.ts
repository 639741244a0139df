/**
 * 第26条（遅延損害金） — late-payment interest.
 *
 * > 契約者が、料金等の支払を遅延した場合は、遅延期間につき年14.6%の割合による遅延損害金を
 * > 当社の指定する方法により支払うものとし、支払いに必要な振込手数料その他の費用は契約者の
 * > 負担とします。
 *
 * Interest runs for each day from the day after the due date through the day of payment
 * at 14.6 % a year (I-10): by default on a 365-day year even in leap years
 * (`act/365-fixed`); with `dayCount: 'act/act'` a day in a leap year is 1/366 of a year.
 * Amounts are exact and rounded once, at the end (I-06).
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { CalendarDate, isLeapYear } from '../core/calendar-date.js';
import { invalidInput } from '../core/errors.js';
import { Dec, roundYen, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type DayCount, type OptionsFor, type Rounding } from '../core/options.js';
import { articleInfo } from '../core/provisions.js';
import { dateField, parseInput, yenField, type DateInput, type YenInput } from '../core/schema.js';

/** 第26条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_26 = articleInfo(26);

/**
 * 「年14.6%の割合」 — the yearly rate of late-payment interest, as an exact decimal
 * string (never a float).
 */
export const LATE_INTEREST_RATE = '0.146';

// 14.6 % = 146 / 1000. Every day is weighed over a common denominator so that a whole
// computation divides once: a day in a 365-day year weighs 366, a day in a leap year
// under act/act weighs 365, over 365 × 366. Interest = Σ balance × 146 × weight
// / (1000 × 365 × 366).
const RATE_PER_MILLE = 146;
const COMMON_DAY_WEIGHT = 366;
const LEAP_DAY_WEIGHT = 365;
const DENOMINATOR = 1000 * 365 * 366;

/**
 * The weighted day count of the days `first … last` (both counted): `days × 366` under
 * `act/365-fixed`; under `act/act` the period is split at each 1 January, a day of a
 * leap year weighing 365 and any other day 366 (both over 365 × 366).
 */
function weightedDays(first: CalendarDate, last: CalendarDate, dayCount: DayCount): number {
  const days = last.epochDay - first.epochDay + 1;
  if (dayCount === 'act/365-fixed') return days * COMMON_DAY_WEIGHT;
  let weight = 0;
  let from = first.epochDay;
  for (let year = first.year; year <= last.year; year++) {
    const yearEnd = year === last.year ? last.epochDay : CalendarDate.of(year, 12, 31).epochDay;
    weight += (yearEnd - from + 1) * (isLeapYear(year) ? LEAP_DAY_WEIGHT : COMMON_DAY_WEIGHT);
    from = yearEnd + 1;
  }
  return weight;
}

/** `balance × 146 × weighted days`: the numerator of the interest over {@link DENOMINATOR}. */
function interestNumerator(balance: Yen, first: CalendarDate, last: CalendarDate, dayCount: DayCount): Dec {
  return new Dec(balance).times(RATE_PER_MILLE).times(weightedDays(first, last, dayCount));
}

/** What {@link lateInterestOf} computes. */
export interface LateInterestAmount {
  /** 遅延損害金 in whole yen, rounded once. */
  readonly interest: Yen;
  /** 遅延期間: days from the day after the due date through the day of payment (0 when paid in time). */
  readonly days: number;
}

/**
 * The trusted core of {@link lateInterest}: no validation, value objects in. Exported
 * from this module for benchmarks and tests, not from the package root.
 *
 * `amount × 0.146 × days / 365` (act/365-fixed), or the same with each day of a leap
 * year over 366 (act/act), exact, then rounded once by `rounding`.
 */
export function lateInterestOf(
  amount: Yen,
  dueDate: CalendarDate,
  paidOn: CalendarDate,
  dayCount: DayCount,
  rounding: Rounding,
): LateInterestAmount {
  const days = paidOn.epochDay - dueDate.epochDay;
  if (days <= 0 || amount === 0) return { interest: 0, days: Math.max(days, 0) };
  // amount × 146 × weighted days / (1000 × 365 × 366), exact, rounded once; under
  // act/365-fixed every day weighs the same, so the days need no dates.
  const weighted =
    dayCount === 'act/365-fixed' ? days * COMMON_DAY_WEIGHT : weightedDays(dueDate.addDays(1), paidOn, dayCount);
  const weight = RATE_PER_MILLE * weighted;
  return { interest: mulDivYen(amount, weight, DENOMINATOR, rounding, 'interest'), days };
}

export interface LateInterestInput {
  /** The overdue amount (料金等), whole yen. */
  readonly amount: YenInput;
  /** The due date (支払期日) the payment missed. */
  readonly dueDate: DateInput;
  /** The day the amount was paid (or the day to compute up to). */
  readonly paidOn: DateInput;
}

export interface LateInterestResult extends LateInterestAmount, WithBasis {}

const LateInterestInput = z.object({ amount: yenField, dueDate: dateField, paidOn: dateField });

/**
 * 遅延損害金 (第26条): 14.6 % a year on the overdue amount, for each day from the day
 * after `dueDate` through `paidOn` (I-10). A payment on or before the due date owes
 * nothing (`interest: 0, days: 0`) — an early `paidOn` is not an error.
 *
 * Options: `dayCount` (I-10) — `'act/365-fixed'` (default: `× days / 365` even in leap
 * years) or `'act/act'` (a day in a leap year is 1/366 of a year; a period across
 * 1 January is split there); `rounding` (I-06, default `'floor'`), applied once.
 *
 * @example
 * ```ts
 * import { lateInterest } from 'cloud-ops-terms';
 * // 100,000 × 0.146 × 30 / 365 = 1,200.
 * lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-05-30' });
 * //=> { interest: 1200, days: 30, basis: ['26'] }
 * // Paid on the due date: nothing is late.
 * lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-04-30' });
 * //=> { interest: 0, days: 0, basis: ['26'] }
 * // 2028 is a leap year: under act/act 100,000 × 0.146 × 30 / 366 = 1,196.72… → 1,196.
 * lateInterest({ amount: 100_000, dueDate: '2028-04-30', paidOn: '2028-05-30' }, { dayCount: 'act/act' }).interest;
 * //=> 1196
 * ```
 */
export function lateInterest(input: LateInterestInput, options?: OptionsFor<'lateInterest'>): LateInterestResult {
  const { amount, dueDate, paidOn } = parseInput(LateInterestInput, input);
  const { dayCount, rounding } = optionsFor('lateInterest', options);
  // Fields named one by one: V8 spreads an object into a literal with more fields about
  // fifty times as slowly (docs/performance.md).
  const r = lateInterestOf(amount, dueDate, paidOn, dayCount, rounding);
  return { interest: r.interest, days: r.days, basis: basis('26') };
}

/** One payment towards an overdue amount. */
export interface LatePayment {
  /** The day the payment was made. */
  readonly date: DateInput;
  /** How much was paid, whole yen. */
  readonly amount: YenInput;
}

export interface LateInterestWithPaymentsInput {
  /** The overdue amount, whole yen. */
  readonly amount: YenInput;
  /** The due date the amount missed. */
  readonly dueDate: DateInput;
  /** Payments towards the amount, in any order; they are applied in date order. */
  readonly payments: readonly LatePayment[];
  /**
   * The day to compute up to when a balance is still unpaid after the last payment
   * ("today" as a parameter). Without it, interest stops at the last payment and the
   * unpaid rest is reported as `outstanding`. Must not be before any payment.
   */
  readonly asOf?: DateInput;
}

/** A stretch of days on which one balance was overdue. */
export interface LateInterestSegment {
  /** First day counted, `'YYYY-MM-DD'`. */
  readonly from: string;
  /** Last day counted (a payment date, or `asOf`), `'YYYY-MM-DD'`. */
  readonly through: string;
  readonly days: number;
  /** The overdue balance on those days, whole yen. */
  readonly balance: Yen;
}

export interface LateInterestWithPaymentsResult extends LateInterestAmount, WithBasis {
  /** The balance still unpaid after the payments (0 when paid in full). */
  readonly outstanding: Yen;
  /** The stretches that bore interest, in date order. */
  readonly segments: LateInterestSegment[];
}

const LateInterestWithPaymentsInput = z.object({
  amount: yenField,
  dueDate: dateField,
  payments: z.array(z.object({ date: dateField, amount: yenField })),
  asOf: z.optional(dateField),
});

/**
 * 遅延損害金 (第26条) on an amount paid off in parts: the payments are applied to the
 * overdue amount in date order, and each balance bears 14.6 % a year for its own days
 * (I-10). A payment's day still counts for the balance before it (「遅延期間」 runs
 * through the day of payment); the reduced balance bears interest from the next day.
 * Payments on or before the due date reduce the amount before any interest runs. The
 * exact interest of all the segments is summed and rounded once (I-06).
 *
 * A payment larger than the balance left at its date is refused (`INVALID_INPUT` naming
 * `payments.<i>.amount`): an overpayment is a mistake in the data, not something the
 * terms say how to apply. Payments are applied to the amount itself (as the issue asks),
 * not first to the interest already accrued as 民法489条 would by default.
 *
 * Options `dayCount` (I-10) and `rounding` (I-06), as for {@link lateInterest}.
 *
 * @example
 * ```ts
 * import { lateInterestWithPayments } from 'cloud-ops-terms';
 * // 100,000 due 04-30; 50,000 paid 05-10, 50,000 paid 05-30.
 * // 100,000 × 0.146 × 10 / 365 = 400 and 50,000 × 0.146 × 20 / 365 = 400 → 800.
 * lateInterestWithPayments({
 *   amount: 100_000,
 *   dueDate: '2027-04-30',
 *   payments: [{ date: '2027-05-10', amount: 50_000 }, { date: '2027-05-30', amount: 50_000 }],
 * }).interest;
 * //=> 800
 * ```
 */
export function lateInterestWithPayments(
  input: LateInterestWithPaymentsInput,
  options?: OptionsFor<'lateInterestWithPayments'>,
): LateInterestWithPaymentsResult {
  const parsed = parseInput(LateInterestWithPaymentsInput, input);
  const { dayCount, rounding } = optionsFor('lateInterestWithPayments', options);
  const payments = parsed.payments
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => CalendarDate.compare(a.date, b.date) || a.index - b.index);
  const last = payments.at(-1);
  if (parsed.asOf !== undefined && last !== undefined && parsed.asOf.isBefore(last.date)) {
    throw invalidInput(
      'asOf',
      `expected a date on or after the last payment (${last.date.toString()}), got '${parsed.asOf.toString()}'`,
    );
  }
  let balance = parsed.amount;
  for (const payment of payments) {
    if (payment.amount > balance) {
      throw invalidInput(
        `payments.${payment.index}.amount`,
        `expected at most the balance of ${balance} yen still overdue on ${payment.date.toString()}, got ${payment.amount}`,
      );
    }
    balance -= payment.amount;
  }
  return {
    ...lateInterestWithPaymentsOf(parsed.amount, parsed.dueDate, payments, parsed.asOf, dayCount, rounding),
    basis: basis('26'),
  };
}

/** A payment as the trusted functions take it. */
export interface PaymentOf {
  readonly date: CalendarDate;
  readonly amount: Yen;
}

/** What {@link lateInterestWithPaymentsOf} computes. */
export interface LateInterestWithPaymentsAmount extends LateInterestAmount {
  readonly outstanding: Yen;
  readonly segments: LateInterestSegment[];
}

/**
 * The trusted core of {@link lateInterestWithPayments}: `payments` in date order, none
 * larger than the balance left at its date, `asOf` (if given) not before the last one.
 * Exported from this module for the lifecycle layer and tests, not from the package root.
 */
export function lateInterestWithPaymentsOf(
  amount: Yen,
  dueDate: CalendarDate,
  payments: readonly PaymentOf[],
  asOf: CalendarDate | undefined,
  dayCount: DayCount,
  rounding: Rounding,
): LateInterestWithPaymentsAmount {
  const segments: LateInterestSegment[] = [];
  let numerator = new Dec(0);
  let balance = amount;
  // The first day not yet counted, as a day number: the day after 2199-12-31 has one too,
  // though it is no CalendarDate (a due date or a payment on the last supported day).
  let start = dueDate.epochDay + 1;
  const accrueThrough = (through: CalendarDate) => {
    if (balance === 0 || through.epochDay < start) return;
    const from = CalendarDate.fromEpochDay(start);
    numerator = numerator.plus(interestNumerator(balance, from, through, dayCount));
    segments.push({ from: from.toString(), through: through.toString(), days: through.epochDay - start + 1, balance });
    start = through.epochDay + 1;
  };
  for (const payment of payments) {
    accrueThrough(payment.date);
    balance -= payment.amount;
  }
  if (asOf !== undefined) accrueThrough(asOf);
  return {
    interest: roundYen(numerator.dividedBy(DENOMINATOR), rounding, 'interest'),
    days: segments.reduce((sum, s) => sum + s.days, 0),
    outstanding: balance,
    segments,
  };
}

/** An amount that falls due, as {@link allocatePaymentsOf} takes it. */
export interface AmountDueOf {
  readonly dueDate: CalendarDate;
  readonly amount: Yen;
}

/** The payments applied to one amount due, and what is left of it. */
export interface AllocationOf {
  readonly payments: PaymentOf[];
  readonly outstanding: Yen;
}

/**
 * Which payment paid which amount, so that {@link lateInterestWithPaymentsOf} can tell
 * how late each amount was. The terms do not say how a payment is applied among several
 * fees; the payer names none in our data, so the Civil Code's default applies (民法488条4項):
 * amounts already due before those not yet due, and — every fee bearing the same 14.6 % —
 * the earliest due date first. So each payment, in date order, goes to the oldest amount
 * still open, then the next; what is left after the last amount is `unapplied` (a
 * prepayment or an overpayment). As in {@link lateInterestWithPayments}, payments reduce
 * the amounts themselves, not the interest already accrued (民法489条 is not applied).
 *
 * Trusted input: `dues` in order of due date (ties in the caller's order), `payments` in
 * date order. Exported for the lifecycle layer and tests, not from the package root.
 */
export function allocatePaymentsOf(
  dues: readonly AmountDueOf[],
  payments: readonly PaymentOf[],
): { allocations: AllocationOf[]; unapplied: Yen } {
  const allocations = dues.map((d) => ({ payments: [] as PaymentOf[], outstanding: d.amount }));
  let i = 0;
  let unapplied = 0;
  for (const payment of payments) {
    let left = payment.amount;
    while (left > 0 && i < allocations.length) {
      const open = allocations[i] as { payments: PaymentOf[]; outstanding: Yen };
      const take = Math.min(left, open.outstanding);
      if (take > 0) open.payments.push({ date: payment.date, amount: take });
      open.outstanding -= take;
      left -= take;
      if (open.outstanding === 0) i += 1;
    }
    unapplied += left;
  }
  return { allocations, unapplied };
}
