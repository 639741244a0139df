/**
 * The ledger: the amounts a contract owes, the payments made, and which payment paid
 * what (I-15). The terms contain no agreement on how a payment is applied, so the Civil
 * Code decides:
 *
 * - between amounts due (民法488条): a payment the payer designated goes there first
 *   (488条1項); otherwise the oldest due date first — amounts already due before those not
 *   yet due (4項1号), every fee bearing the same 14.6 % (2号), the earlier due date first
 *   (3号) — and amounts due the same day share it in proportion to what each owes (4号);
 * - within an amount (民法489条1項, 第26条's article module): the late interest accrued to
 *   the payment's day first, then the principal (`paymentApplication: 'civil-code'`), or
 *   the principal first (`'principal-first'`).
 *
 * What a payment brings beyond all that is owed is kept as unapplied, never an error.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError } from '../core/errors.js';
import type { Yen } from '../core/money.js';
import {
  accrueOf,
  applyPaymentOf,
  isOpenAccount,
  overdueAccountOf,
  pendingInterestOf,
  TERMS_RATES,
  interestRatesOf,
  type InterestTerms,
  type OverdueAccount,
} from '../articles/article-26.js';
import type { DayCount, PaymentApplication, Rounding } from '../core/options.js';
import type { TermsNumbers } from '../core/terms-numbers.js';
import { type Due, type Fields, type Timeline, cite } from './assembly.js';
import { groupTake, shareOf } from './ledger-shares.js';
import { objectList } from './line-reader.js';
import type { TrustedPayment } from './record.js';
import { NOTES, dayText } from './rendering.js';

/** The interest terms of resolved options and the terms' own rates (or a table's). */
export function interestTermsOf(
  o: { readonly dayCount: DayCount; readonly rounding: Rounding; readonly paymentApplication: PaymentApplication },
  table?: TermsNumbers,
): InterestTerms {
  return {
    dayCount: o.dayCount,
    rounding: o.rounding,
    application: o.paymentApplication,
    rates: table === undefined ? TERMS_RATES : interestRatesOf(table),
  };
}

/** An amount due, as the ledger takes it. */
export interface LedgerDue {
  readonly dueDate: CalendarDate;
  readonly amount: Yen;
  /** What a payment names to designate it: see {@link designationKey}. */
  readonly designation: string;
}

/** A payment, as the ledger takes it. */
export interface LedgerPayment {
  readonly date: CalendarDate;
  readonly amount: Yen;
  /** The {@link designationKey} of the amounts it designates, if any. */
  readonly designation?: string | undefined;
}

/** The ledger after the payments: one account per amount due (in the dues' order) and the rest. */
export interface Ledger {
  readonly accounts: readonly OverdueAccount[];
  /** Paid beyond every amount due (an overpayment or a prepayment), whole yen. */
  readonly unapplied: Yen;
}

/**
 * The key by which a payment designates amounts due: the fees of a service month
 * (`'|2027-05'`, an option's `'backup|2027-05'`), `'initial'`, `'early-termination'` or
 * another charge by its index in the record (`'charge|0'`).
 */
export function designationKey(d: {
  readonly serviceMonth?: string | undefined;
  readonly option?: string | undefined;
  readonly fee?: string | undefined;
  readonly charge?: number | undefined;
}): string {
  if (d.charge !== undefined) return `charge|${d.charge}`;
  return d.fee ?? `${d.option ?? ''}|${d.serviceMonth ?? ''}`;
}

/**
 * Applies the payments to the amounts due (I-15). Trusted input: `dues` in order of due
 * date (ties in the order their events are listed), `payments` in date order.
 */
export function ledgerOf(dues: readonly LedgerDue[], payments: readonly LedgerPayment[], terms: InterestTerms): Ledger {
  const ledger = new RunningLedger(dues, terms);
  for (const p of payments) ledger.apply(p);
  return { accounts: ledger.accounts, unapplied: ledger.unapplied };
}

/**
 * {@link ledgerOf} fed one payment at a time, in date order, so that a caller can read the
 * accounts between payments — the bill reads them on the month's eve and at its end in one
 * pass. Reading an account (`owedOn`) accrues its interest to that day; the interest is kept
 * exact until a payment or the reading rounds it, and days add up, so an account read between
 * payments ends as one never read.
 */
export class RunningLedger {
  readonly accounts: OverdueAccount[];
  /** Paid beyond every amount due so far, whole yen. */
  unapplied = 0;
  #firstOpen = 0;

  constructor(
    private readonly dues: readonly LedgerDue[],
    private readonly terms: InterestTerms,
  ) {
    // One kind of list for every ledger, pushed into an objectList even for no dues. With lists
    // made by `map` (and an objectList when there were none), V8 met two kinds of list: the
    // ledger's readers, compiled for the first, were thrown back to the interpreter ("wrong
    // map") on meeting the other — 11 deopts and recompiles during each thread's warm-up, which
    // `--jobs 2` pays twice on cores already busy (docs/performance.md, "Round 9").
    const accounts = objectList<OverdueAccount>();
    for (const due of dues) accounts.push(overdueAccountOf(due.dueDate, due.amount));
    this.accounts = accounts;
  }

  /** Applies the next payment (I-15): to what it designates, then the oldest due date first. */
  apply(p: LedgerPayment): void {
    const { accounts, dues, terms } = this;
    let left = p.amount;
    const designation = p.designation;
    if (designation !== undefined) {
      // A plain loop, no closure: a closure over `p` would cost a context on every payment.
      const named: number[] = [];
      for (let i = 0; i < dues.length; i++)
        if ((dues[i] as LedgerDue).designation === designation && isOpenAccount(accounts[i] as OverdueAccount))
          named.push(i);
      if (named.length > 0) left -= shareOf(accounts, named, p.date, left, terms);
    }
    let firstOpen = this.#firstOpen;
    while (firstOpen < accounts.length && !isOpenAccount(accounts[firstOpen] as OverdueAccount)) firstOpen++;
    this.#firstOpen = firstOpen;
    for (let g = firstOpen; left > 0 && g < accounts.length; ) {
      const day = (dues[g] as LedgerDue).dueDate.epochDay;
      let end = g + 1;
      while (end < accounts.length && (dues[end] as LedgerDue).dueDate.epochDay === day) end++;
      if (end === g + 1) {
        // One amount due that day (the usual case): no group to share among.
        const account = accounts[g] as OverdueAccount;
        if (isOpenAccount(account)) left -= applyPaymentOf(account, p.date, left, terms);
      } else left -= groupTake(accounts, g, end, p.date, left, terms);
      g = end;
    }
    this.unapplied += left;
  }
}

/** What an account owes on `asOf` (interest accrued to it): principal and interest apart. */
export function owedOn(
  account: OverdueAccount,
  asOf: CalendarDate,
  terms: InterestTerms,
): { principal: Yen; interest: Yen } {
  accrueOf(account, asOf, terms);
  return { principal: account.principal, interest: interestOwedOf(account, terms) };
}

/** The interest an account owes as it stands (accrued to its last reading): rounded and not yet paid, and pending. */
export function interestOwedOf(account: OverdueAccount, terms: InterestTerms): Yen {
  return account.interestOwed + pendingInterestOf(account, terms);
}

// ---------------------------------------------------------------------------------------
// The timeline's ledger: the payments as events, and 第26条's interest on each late amount

/** What the payments left: owed on `asOf` (principal and interest apart), and paid beyond it all. */
export interface Settled {
  readonly principal: Yen;
  readonly interest: Yen;
  readonly unapplied: Yen;
  /** The principal paid towards the due at position `k`. */
  readonly principalPaid: (k: number) => Yen;
}

/**
 * The payments (in date order, as events) applied to the dues (I-15), and a `late-interest`
 * event for each amount paid late or still owed on `asOf`. Without a payments list, every
 * amount is taken as paid in full on its due date: nothing is late, nothing outstanding.
 */
export function settle(
  t: Timeline,
  dues: readonly Due[],
  payments: readonly TrustedPayment[] | undefined,
  asOf: CalendarDate,
  terms: InterestTerms,
): Settled {
  if (payments === undefined) {
    return { principal: 0, interest: 0, unapplied: 0, principalPaid: (k) => (dues[k] as Due).amount };
  }
  for (const p of payments)
    t.push(p.date, { date: dayText(p.date), kind: 'payment', basis: cite('25'), amount: p.amount });
  const { accounts, unapplied } = ledgerOf(dues, payments, terms);
  let principal = 0;
  let interest = 0;
  const last = asOf.epochDay;
  for (let k = 0; k < dues.length; k++) {
    const due = dues[k] as Due;
    if (due.dueDate.epochDay > last) continue;
    const account = accounts[k] as OverdueAccount;
    if (account.days === 0 && !isOpenAccount(account)) continue; // paid on time: owes nothing, no interest
    const owed = owedOn(account, asOf, terms);
    principal += owed.principal;
    interest += owed.interest;
    if (account.days > 0) lateInterestEvent(t, due, account, owed, asOf);
  }
  if (!Number.isSafeInteger(principal + interest) || !Number.isSafeInteger(unapplied)) {
    throw new TermsError('AMOUNT_OUT_OF_RANGE', [
      {
        path: 'payments',
        message: `the sums of amounts are not whole numbers of yen up to ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
  }
  return { principal, interest, unapplied, principalPaid: (k) => (accounts[k] as OverdueAccount).principalPaid };
}

/** The `late-interest` event of one amount due (第26条): dated when it was settled, or `asOf` while owed. */
function lateInterestEvent(
  t: Timeline,
  due: Due,
  account: OverdueAccount,
  owed: { principal: Yen; interest: Yen },
  asOf: CalendarDate,
): void {
  const open = owed.principal > 0 || owed.interest > 0;
  const event: Fields = {
    amount: account.interestTotal - account.interestOwed + owed.interest,
    dueDate: dayText(due.dueDate),
    principal: due.amount,
    days: account.days,
  };
  if (due.option !== undefined) event.option = due.option;
  if (due.serviceMonth !== undefined) event.serviceMonth = due.serviceMonth;
  if (open) {
    event.outstanding = owed.principal;
    event.interestOutstanding = owed.interest;
    if (t.notes)
      event.note = NOTES.lateInterestOpen(due.amount, due.dueDate, account.days, owed.principal, owed.interest);
  } else if (t.notes) event.note = NOTES.lateInterestPaid(due.amount, due.dueDate, account.days);
  t.add(open ? asOf : (account.lastPaid as CalendarDate), 'late-interest', cite('26'), event);
}
