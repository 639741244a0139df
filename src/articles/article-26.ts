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
import { TermsError, invalidInput } from '../core/errors.js';
import { Dec, roundYen, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type DayCount, type OptionsFor, type PaymentApplication, type Rounding } from '../core/options.js';
import { articleInfo } from '../core/provisions.js';
import { TERMS_NUMBERS, latestTermsNumber, lateInterestRateText, type TermsNumbers } from '../core/terms-numbers.js';
import { dateField, parseInput, yenField, type DateInput, type YenInput } from '../core/schema.js';

/** 第26条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_26 = articleInfo(26);

/**
 * 「年14.6%の割合」 — the yearly rate of late-payment interest in the terms' latest version,
 * as an exact decimal string (never a float); read from the dated table (TERMS_NUMBERS).
 */
export const LATE_INTEREST_RATE: string = latestTermsNumber('lateInterestRate');

/** {@link LATE_INTEREST_RATE} as people read it (`'14.6%'`), for help texts and notes. */
export const LATE_INTEREST_RATE_TEXT: string = lateInterestRateText();

// Every day is weighed over a common denominator so that a whole computation divides
// once: a day in a 365-day year weighs 366, a day in a leap year under act/act weighs
// 365, over 365 × 366; and the rate in force on the day (第4条1項: a revision applies from
// its date) is a whole number over the table's `scale` (14.6 % = 146 / 1000). Interest =
// Σ balance × rate × weight / (scale × 365 × 366).
const COMMON_DAY_WEIGHT = 366;
const LEAP_DAY_WEIGHT = 365;

/** The rates of a table as whole numbers over one scale, with the first day of each. */
export interface InterestRates {
  readonly scale: number;
  readonly denominator: number;
  /** Epoch day each rate takes effect (the first: −∞). */
  readonly from: readonly number[];
  readonly perScale: readonly number[];
}

// One per table, and tables are frozen values: a WeakMap keeps it invisible and bounded
// by the tables alive (in practice one).
const RATES = new WeakMap<TermsNumbers, InterestRates>();

/** The late-interest rates of `table` (default: the terms' own), ready for {@link lateInterestOf}. */
export function interestRatesOf(table: TermsNumbers = TERMS_NUMBERS): InterestRates {
  let rates = RATES.get(table);
  if (rates === undefined) {
    const rows = table.lateInterestRate;
    const decimals = Math.max(...rows.map((r) => (r.value.split('.')[1] ?? '').length));
    const scale = 10 ** decimals;
    rates = Object.freeze({
      scale,
      denominator: scale * 365 * 366,
      from: rows.map((r, i) => (i === 0 ? Number.NEGATIVE_INFINITY : CalendarDate.parse(r.from).epochDay)),
      // '0.146' over 1000 is 146: the digits, the fraction padded to the table's decimals.
      perScale: rows.map((r) => {
        const [whole = '0', fraction = ''] = r.value.split('.');
        return Number(`${whole}${fraction.padEnd(decimals, '0')}`);
      }),
    });
    RATES.set(table, rates);
  }
  return rates;
}

/** The rates of the terms' own table. */
export const TERMS_RATES: InterestRates = interestRatesOf(TERMS_NUMBERS);

/**
 * The weighted day count of the days `first … last` (both counted, as epoch days): `days ×
 * 366` under `act/365-fixed`; under `act/act` the period is split at each 1 January, a day
 * of a leap year weighing 365 and any other day 366 (both over 365 × 366).
 */
function weightedDays(first: number, last: number, dayCount: DayCount): number {
  const days = last - first + 1;
  if (dayCount === 'act/365-fixed') return days * COMMON_DAY_WEIGHT;
  let weight = 0;
  let from = first;
  const lastYear = CalendarDate.fromEpochDay(last).year;
  for (let year = CalendarDate.fromEpochDay(first).year; year <= lastYear; year++) {
    const yearEnd = year === lastYear ? last : CalendarDate.of(year, 12, 31).epochDay;
    weight += (yearEnd - from + 1) * (isLeapYear(year) ? LEAP_DAY_WEIGHT : COMMON_DAY_WEIGHT);
    from = yearEnd + 1;
  }
  return weight;
}

/** Σ rate × day weight over the epoch days `first … last`, the rate split where a revision takes effect. */
export function rateWeightOf(first: number, last: number, dayCount: DayCount, rates: InterestRates): number {
  const { from, perScale } = rates;
  if (from.length === 1) return (perScale[0] as number) * weightedDays(first, last, dayCount);
  let weight = 0;
  for (let i = 0; i < from.length; i++) {
    const a = Math.max(first, from[i] as number);
    const b = Math.min(last, (from[i + 1] ?? Number.POSITIVE_INFINITY) - 1);
    if (a <= b) weight += (perScale[i] as number) * weightedDays(a, b, dayCount);
  }
  return weight;
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
  rates: InterestRates = TERMS_RATES,
): LateInterestAmount {
  const days = paidOn.epochDay - dueDate.epochDay;
  if (days <= 0 || amount === 0) return { interest: 0, days: Math.max(days, 0) };
  // amount × rate × weighted days / (scale × 365 × 366), exact, rounded once; one rate under
  // act/365-fixed (the terms' own table, the default) needs no dates.
  const weight =
    rates.from.length === 1 && dayCount === 'act/365-fixed'
      ? (rates.perScale[0] as number) * days * COMMON_DAY_WEIGHT
      : rateWeightOf(dueDate.epochDay + 1, paidOn.epochDay, dayCount, rates);
  return { interest: mulDivYen(amount, weight, rates.denominator, rounding, 'interest'), days };
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

export interface LateInterestWithPaymentsResult extends LateInterestWithPaymentsAmount, WithBasis {}

const LateInterestWithPaymentsInput = z.object({
  amount: yenField,
  dueDate: dateField,
  payments: z.array(z.object({ date: dateField, amount: yenField })),
  asOf: z.optional(dateField),
});

/**
 * 遅延損害金 (第26条) on an amount paid off in parts (I-15). The payments are applied in
 * date order; each balance of the principal bears 14.6 % a year for its own days (I-10) —
 * a payment's day still counts for the balance before it (「遅延期間」 runs through the
 * day of payment). Within the amount, a payment goes by default first to the interest
 * accrued up to its day, rounded then (I-06), and then to the principal (民法489条1項,
 * `paymentApplication: 'civil-code'`); with `'principal-first'` it goes to the principal
 * first, and the interest, summed exactly over its segments, is rounded once when a
 * payment reaches it or at the end. Unpaid interest is owed (`interestOutstanding`) and
 * bears no interest. A payment beyond all that is owed is kept as `unapplied` — never an
 * error. Payments on or before the due date reduce the amount before any interest runs.
 *
 * Options `dayCount` (I-10) and `rounding` (I-06), as for {@link lateInterest}.
 *
 * @example
 * ```ts
 * import { lateInterestWithPayments } from 'cloud-ops-terms';
 * // 100,000 due 04-30; 60,000 paid 05-30 and 41,200 paid 06-29 (I-15's worked case).
 * // 05-30: 100,000 × 0.146 × 30 / 365 = 1,200 interest first, 58,800 to the principal → 41,200.
 * // 06-29: 41,200 × 0.146 × 30 / 365 = 494.4 → 494 first, 40,706 to the principal → 494.
 * // 07-31: 494 × 0.146 × 32 / 365 = 6.32 → 6 more, unpaid.
 * const r = lateInterestWithPayments({
 *   amount: 100_000,
 *   dueDate: '2027-04-30',
 *   payments: [{ date: '2027-05-30', amount: 60_000 }, { date: '2027-06-29', amount: 41_200 }],
 *   asOf: '2027-07-31',
 * });
 * [r.interest, r.interestPaid, r.interestOutstanding, r.outstanding];
 * //=> [1700, 1694, 6, 494]
 * // The principal first instead: 800 of interest on the old example (400 + 400), owed after the principal.
 * lateInterestWithPayments(
 *   {
 *     amount: 100_000,
 *     dueDate: '2027-04-30',
 *     payments: [{ date: '2027-05-10', amount: 50_000 }, { date: '2027-05-30', amount: 50_000 }],
 *   },
 *   { paymentApplication: 'principal-first' },
 * ).interestOutstanding;
 * //=> 800
 * ```
 */
export function lateInterestWithPayments(
  input: LateInterestWithPaymentsInput,
  options?: OptionsFor<'lateInterestWithPayments'>,
): LateInterestWithPaymentsResult {
  const parsed = parseInput(LateInterestWithPaymentsInput, input);
  const { dayCount, rounding, paymentApplication } = optionsFor('lateInterestWithPayments', options);
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
  const terms: InterestTerms = { dayCount, rounding, application: paymentApplication, rates: TERMS_RATES };
  const r = lateInterestWithPaymentsOf(parsed.amount, parsed.dueDate, payments, parsed.asOf, terms);
  if (!Number.isSafeInteger(r.unapplied) || !Number.isSafeInteger(r.interestPaid)) {
    throw new TermsError('AMOUNT_OUT_OF_RANGE', [
      {
        path: 'payments',
        message: `the sums of amounts are not whole numbers of yen up to ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
  }
  return { ...r, basis: basis('26') };
}

/** A payment as the trusted functions take it. */
export interface PaymentOf {
  readonly date: CalendarDate;
  readonly amount: Yen;
}

/** What {@link lateInterestWithPaymentsOf} computes. */
export interface LateInterestWithPaymentsAmount extends LateInterestAmount {
  /** The principal still unpaid after the payments (0 when paid in full). */
  readonly outstanding: Yen;
  /** Interest paid by the payments (I-15). */
  readonly interestPaid: Yen;
  /** Interest accrued and not paid: owed, bearing no interest itself (I-15). */
  readonly interestOutstanding: Yen;
  /** What the payments brought beyond all that was owed: kept, never an error (I-15). */
  readonly unapplied: Yen;
  /** The stretches that bore interest, in date order. */
  readonly segments: LateInterestSegment[];
}

/**
 * The trusted core of {@link lateInterestWithPayments}: `payments` in date order, `asOf` (if
 * given) not before the last one. Exported from this module for tests, not from the package root.
 */
export function lateInterestWithPaymentsOf(
  amount: Yen,
  dueDate: CalendarDate,
  payments: readonly PaymentOf[],
  asOf: CalendarDate | undefined,
  terms: InterestTerms,
): LateInterestWithPaymentsAmount {
  const account = overdueAccountOf(dueDate, amount, true);
  let unapplied = 0;
  for (const p of payments) unapplied += p.amount - applyPaymentOf(account, p.date, p.amount, terms);
  if (asOf !== undefined) accrueOf(account, asOf, terms);
  const pending = pendingInterestOf(account, terms);
  return {
    interest: account.interestTotal + pending,
    days: account.days,
    outstanding: account.principal,
    interestPaid: account.interestTotal - account.interestOwed,
    interestOutstanding: account.interestOwed + pending,
    unapplied,
    segments: account.segments ?? [],
  };
}

// ---------------------------------------------------------------------------------------
// One amount due as an account (民法489条 within an amount, I-15)

/** How interest is computed and payments applied within an amount (I-06, I-10, I-15). */
export interface InterestTerms {
  readonly dayCount: DayCount;
  readonly rounding: Rounding;
  readonly application: PaymentApplication;
  readonly rates: InterestRates;
}

/**
 * One amount due and what has become of it: local to one computation, changed only by
 * {@link applyPaymentOf} and {@link accrueOf}.
 */
export interface OverdueAccount {
  /** The principal still unpaid (the amount, until a payment reaches it). */
  principal: Yen;
  /** Interest rounded (when a payment reached it) and not yet paid. */
  interestOwed: Yen;
  /** Interest rounded so far, paid or not. */
  interestTotal: Yen;
  /** Principal paid so far. */
  principalPaid: Yen;
  /** The last epoch day counted for interest. */
  counted: number;
  /** Days the principal was overdue. */
  days: number;
  /** Interest not yet rounded: pairs of balance and rate weight. */
  pending: number[] | undefined;
  /** The stretches, when asked for (absent otherwise: the ledger's accounts are one smaller shape). */
  segments?: LateInterestSegment[];
  /** The day of the last payment applied to it. */
  lastPaid: CalendarDate | undefined;
}

/** A fresh account for `amount` due on `dueDate`. */
export function overdueAccountOf(dueDate: CalendarDate, amount: Yen, withSegments = false): OverdueAccount {
  // Nothing the caller holds already (the due's date and amount): one of these per amount due.
  const account: OverdueAccount = {
    principal: amount,
    interestOwed: 0,
    interestTotal: 0,
    principalPaid: 0,
    counted: dueDate.epochDay,
    days: 0,
    pending: undefined,
    lastPaid: undefined,
  };
  if (withSegments) account.segments = [];
  return account;
}

/** Interest on the principal through `through` (第26条: from the day after the due date). */
export function accrueOf(account: OverdueAccount, through: CalendarDate, terms: InterestTerms): void {
  const first = account.counted + 1;
  const last = through.epochDay;
  if (last < first) return;
  account.counted = last;
  if (account.principal === 0) return;
  const weight = rateWeightOf(first, last, terms.dayCount, terms.rates);
  if (account.pending === undefined) account.pending = [account.principal, weight];
  else account.pending.push(account.principal, weight);
  account.days += last - first + 1;
  account.segments?.push({
    from: CalendarDate.fromEpochDay(first).toString(),
    through: through.toString(),
    days: last - first + 1,
    balance: account.principal,
  });
}

/** The interest not yet rounded, rounded (I-06) — without changing the account. */
export function pendingInterestOf(account: OverdueAccount, terms: InterestTerms): Yen {
  const pending = account.pending;
  if (pending === undefined) return 0;
  const den = terms.rates.denominator;
  if (pending.length === 2)
    return mulDivYen(pending[0] as number, pending[1] as number, den, terms.rounding, 'interest');
  // Σ balance × weight exact while every product and sum is a safe integer; divided once.
  let n = 0;
  for (let i = 0; i < pending.length && Number.isSafeInteger(n); i += 2) {
    const x = (pending[i] as number) * (pending[i + 1] as number);
    n = Number.isSafeInteger(x) ? n + x : Number.NaN;
  }
  if (Number.isSafeInteger(n)) return mulDivYen(n, 1, den, terms.rounding, 'interest');
  let sum = new Dec(0);
  for (let i = 0; i < pending.length; i += 2)
    sum = sum.plus(new Dec(pending[i] as number).times(pending[i + 1] as number));
  return roundYen(sum.dividedBy(den), terms.rounding, 'interest');
}

/** Rounds the pending interest into what is owed (when a payment reaches the interest). */
function roundInterest(account: OverdueAccount, terms: InterestTerms): void {
  const interest = pendingInterestOf(account, terms);
  account.pending = undefined;
  account.interestOwed += interest;
  account.interestTotal += interest;
}

/** What the account owes on the day it was last accrued to: principal, interest owed and pending. */
export function owedOf(account: OverdueAccount, terms: InterestTerms): Yen {
  return account.principal + account.interestOwed + pendingInterestOf(account, terms);
}

/** True while anything of the amount or its interest is owed. */
export function isOpenAccount(account: OverdueAccount): boolean {
  return account.principal > 0 || account.interestOwed > 0 || account.pending !== undefined;
}

/**
 * Applies `amount` paid on `on` to one amount due (I-15): interest accrued to that day
 * first, then the principal (`civil-code`, 民法489条1項), or the principal first
 * (`principal-first`). Returns what it took; the caller keeps the rest.
 */
export function applyPaymentOf(account: OverdueAccount, on: CalendarDate, amount: Yen, terms: InterestTerms): Yen {
  accrueOf(account, on, terms);
  let left = amount;
  if (terms.application === 'civil-code') {
    if (account.pending !== undefined) roundInterest(account, terms);
    left -= payInterest(account, left);
    left -= payPrincipal(account, left);
  } else {
    left -= payPrincipal(account, left);
    if (left > 0 && account.pending !== undefined) roundInterest(account, terms);
    left -= payInterest(account, left);
  }
  if (left < amount) account.lastPaid = on;
  return amount - left;
}

function payInterest(account: OverdueAccount, amount: Yen): Yen {
  const take = Math.min(amount, account.interestOwed);
  account.interestOwed -= take;
  return take;
}

function payPrincipal(account: OverdueAccount, amount: Yen): Yen {
  const take = Math.min(amount, account.principal);
  account.principal -= take;
  account.principalPaid += take;
  return take;
}
