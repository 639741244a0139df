/**
 * A contract's bill for one month: every amount that falls due in that month — the fees of
 * 第25条 (the first month, the monthly fees, 第13条5項's extension fees), the initial fee
 * (25.1.1), 第12条2項's fee for the rest of a minimum term — the late interest of 第26条
 * accrued in the month, 第15条2項's refunds dated in it, and what was owed when the month
 * began (carried in).
 *
 * Nothing here decides a rule: the amounts are the contributors' own (billing.ts asks the
 * articles), the payments are applied by the ledger (ledger.ts, I-15). The bill only asks
 * them up to the month's last day — not a timeline to its horizon — and keeps the lines
 * that fall in the month. No prose is built for the rows: notes are left to the timeline.
 *
 * @module
 */
import { CalendarDate } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { ProvisionRef } from '../core/provisions.js';
import type { TermsNumbers } from '../core/terms-numbers.js';
import type { YearMonth } from '../core/year-month.js';
import { type InterestTerms, type OverdueAccount, accrueOf, pendingInterestOf } from '../articles/article-26.js';
import { type Due, Timeline, cite } from './assembly.js';
import { refunds as refundEvents } from './one-off-amounts.js';
import { AMOUNT_DUE_KINDS, type TimelineEvent, type TimelineEventKind } from './events.js';
import { RunningLedger, interestOwedOf, interestTermsOf } from './ledger.js';
import type { TrustedContract, TrustedPayment } from './record.js';
import { DEFAULT_HORIZON_YEARS, scheduleOf } from './schedule.js';
import { dayText } from './rendering.js';
import { type TimelineOptions, amountsDue } from './timeline.js';

/** What a line of a month's bill is. */
export const BILL_LINE_KINDS = [...AMOUNT_DUE_KINDS, 'late-interest', 'refund'] as const;
/** A kind of {@link BillLine}: the timeline's amount-due kinds, `late-interest` and `refund`. */
export type BillLineKind = (typeof BILL_LINE_KINDS)[number];

/** One amount of a month's bill: no prose, only kinds, dates, amounts and provisions. */
export interface BillLine {
  readonly kind: BillLineKind;
  /**
   * The day it is due (the `…-due` kinds and `first-month-fee`), the day the late interest
   * stopped running in the month (its last payment, or the month's last day while unpaid),
   * or the day of the refund.
   */
  readonly date: string;
  /** Whole yen: owed by the customer, or paid back (`refund`). */
  readonly amount: Yen;
  /** The option service it concerns (absent: the contract itself). */
  readonly option?: string;
  /** Fees and refunds: the month of service it pays for, `'YYYY-MM'`. */
  readonly serviceMonth?: string;
  /** `late-interest`: the due date the amount missed. */
  readonly dueDate?: string;
  readonly basis: ProvisionRef[];
}

/** What was owed when the month began (on the last day of the month before). */
export interface CarriedIn {
  /** Amounts due before the month and not paid, whole yen. */
  readonly principal: Yen;
  /** Late interest accrued on them up to that day and not paid (第26条, I-15). */
  readonly interest: Yen;
  /** Paid before the month beyond everything due before it: a credit. */
  readonly credit: Yen;
}

/** A contract's bill for one month. */
export interface ContractBill {
  /** The month billed, `'YYYY-MM'`. */
  readonly month: string;
  readonly carriedIn: CarriedIn;
  /** The amounts of the month, by date (ties in the order of {@link BILL_LINE_KINDS}). */
  readonly lines: BillLine[];
  /** The lines the customer owes (all but refunds), whole yen. */
  readonly charges: Yen;
  /** The refunds, whole yen. */
  readonly refunds: Yen;
  /** `carriedIn.principal + carriedIn.interest − carriedIn.credit + charges − refunds`. */
  readonly total: Yen;
}

/** The events the bill keeps of those `Timeline.add` makes: its refunds. */
const REFUND_ONLY: ReadonlySet<TimelineEventKind> = new Set(['refund']);

const KIND_RANK: Readonly<Record<BillLineKind, number>> = Object.freeze(
  Object.fromEntries(BILL_LINE_KINDS.map((k, i) => [k, i])) as Record<BillLineKind, number>,
);

/** The interest an account has borne up to the day it was last accrued to, paid or not. */
function interestBorne(account: OverdueAccount, terms: ReturnType<typeof interestTermsOf>): Yen {
  return account.interestTotal + pendingInterestOf(account, terms);
}

/**
 * Paid in full and never late: it owes nothing and bears no interest, now or later (a closed
 * account is never opened again), so the bill need not read it.
 */
function paidOnTime(account: OverdueAccount): boolean {
  return account.days === 0 && account.principal === 0 && account.interestOwed === 0 && account.pending === undefined;
}

/** A fee event of the timeline as a bill line. */
function feeLine(e: TimelineEvent): BillLine {
  const line: { -readonly [K in keyof BillLine]: BillLine[K] } = {
    kind: e.kind as BillLineKind,
    date: e.date,
    amount: e.amount as Yen,
    basis: e.basis,
  };
  if (e.option !== undefined) line.option = e.option;
  if (e.serviceMonth !== undefined) line.serviceMonth = e.serviceMonth;
  return line;
}

/** The last year national holidays are known for (the bank-holiday shift, articles/holidays). */
const LAST_HOLIDAY_YEAR = 2099;

/** Whether 第15条2項's refund can fall in the month: the contract or an option discontinued in it. */
function refundIn(k: TrustedContract, first: CalendarDate, last: CalendarDate): boolean {
  if (within(k.discontinuation?.date, first, last)) return true;
  for (const opt of k.options) if (within(opt.discontinuation?.date, first, last)) return true;
  return false;
}

/** Whether `d` is given and falls within `first`…`last` (a function, not a closure made per contract). */
function within(d: CalendarDate | undefined, first: CalendarDate, last: CalendarDate): boolean {
  return d !== undefined && d.epochDay >= first.epochDay && d.epochDay <= last.epochDay;
}

/**
 * How far the month's bill needs the schedule: to the end of the month after it (a fee due by
 * the month's end pays for the next month, 25.3, and an ending in that month shapes its
 * invoice), the fees only up to the month's end. Every amount due by the month's end is then
 * the same as the whole schedule's; the ledger applies the payments oldest first (I-15), so
 * the amounts due later change nothing in the month — what a payment leaves beyond them is
 * the same credit. `undefined` (the whole schedule, as the timeline's) when that reading does
 * not hold: a payment designating an amount (it may name a later one), a refund in the month
 * (it counts every payment by `asOf`), or a schedule reaching the last years supported, where
 * the later dates could stop the whole one with an error.
 */
function reachOf(k: TrustedContract, month: YearMonth, asOf: CalendarDate): CalendarDate | undefined {
  const payments = k.payments;
  if (payments !== undefined) for (const p of payments) if (p.designation !== undefined) return undefined;
  let longest = k.settings.renewalMonths;
  for (const c of k.termsChanges ?? [])
    if (c.renewalMonths !== undefined && c.renewalMonths > longest) longest = c.renewalMonths;
  if (asOf.year + DEFAULT_HORIZON_YEARS + 2 * Math.ceil(longest / 12) + 1 >= LAST_HOLIDAY_YEAR) return undefined;
  return month.addMonths(1).lastDay();
}

/** A plain month's fee (`Timeline.plainDue`) as a bill line: as `feeLine` makes it of its event. */
function plainLine(due: Due): BillLine {
  const line: { -readonly [K in keyof BillLine]: BillLine[K] } = {
    kind: 'monthly-fee-due',
    date: dayText(due.dueDate),
    amount: due.amount,
    basis: cite('25.3'),
  };
  if (due.option !== undefined) line.option = due.option;
  line.serviceMonth = due.serviceMonth as string;
  return line;
}

/**
 * The trusted core of a month's bill: a checked contract, the month, "today" (`asOf`: the
 * payments are those received by it) and resolved options. The amounts are asked up to the
 * month's last day (or `asOf`, if later); late interest runs to the month's last day or
 * `asOf`, whichever is earlier. The schedule is worked out only as far as the month needs
 * (`reachOf`); `whole` (tests) works it out as the timeline does, for the same bill.
 */
export function contractBillOf(
  k: TrustedContract,
  month: YearMonth,
  asOf: CalendarDate,
  o: TimelineOptions,
  table?: TermsNumbers,
  whole = false,
): ContractBill {
  const first = month.firstDay();
  const last = month.lastDay();
  const before = first.addDays(-1);
  // The rows carry no prose: no note is built; of the events made by `add`, only the refunds are kept.
  const refund = refundIn(k, first, last);
  const reach = refund || whole ? undefined : reachOf(k, month, asOf);
  // Without payments nothing before the month counts (nothing carried in, no interest): its
  // amounts due are not made — unless a refund in the month counts what its month was billed.
  const t = new Timeline(false, REFUND_ONLY, {
    dueFrom: k.payments === undefined && reach !== undefined ? first.epochDay : Number.NEGATIVE_INFINITY,
  });
  const s = scheduleOf(t, k, asOf, last, o, reach);
  const { streams } = amountsDue(t, k, s, o, reach === undefined ? undefined : last);
  const dues = t.sortedDues();
  const lines: BillLine[] = [];
  // The amounts due in the month, in the order they were made (as their events).
  for (const due of t.dues) {
    const day = due.dueDate.epochDay;
    if (day >= first.epochDay && day <= last.epochDay)
      lines.push(due.event === undefined ? plainLine(due) : feeLine(due.event));
  }
  const terms = interestTermsOf(o, table);
  const payments = k.payments;
  let carriedIn: CarriedIn;
  let ledger: RunningLedger | undefined;
  if (payments === undefined) carriedIn = { principal: 0, interest: 0, credit: 0 };
  else {
    // One pass of the ledger (I-15, as the timeline applies it), read on the month's eve and at
    // its end: the payments in date order, up to each reading (RunningLedger). No closures here:
    // each would cost a context for every contract.
    ledger = new RunningLedger(dues, terms);
    // Carried in: the payments before the month applied to every due, and what the dues before
    // it still owed on its eve. What the payments put towards later dues, or left unapplied, is
    // a credit.
    let next = payUpTo(ledger, payments, 0, before);
    // At its length from the start (carriedInOf sets every entry): no list grown as it fills.
    const earlier = new Array<Yen>(dues.length);
    carriedIn = carriedInOf(ledger, dues, before, terms, earlier);
    // The interest of the month: borne by the month's end (or asOf) less borne by its eve.
    const through = CalendarDate.min(last, asOf);
    next = payUpTo(ledger, payments, next, through);
    interestLines(ledger.accounts, dues, earlier, first, through, terms, lines);
    if (!refund) return billOf(month, carriedIn, lines);
    // 第15条2項's refund counts every payment received by asOf.
    payUpTo(ledger, payments, next, asOf);
  }
  if (refund) refundLines(t, k, s, streams, dues, ledger, o, month, lines);
  return billOf(month, carriedIn, lines);
}

/**
 * 第15条2項's refunds dated in the month, as lines: out of `contractBillOf`, which most
 * contracts leave before this (no discontinuation in the month), so that its compiled code
 * stays small and is not thrown away when the first refund comes.
 */
function refundLines(
  t: Timeline,
  k: TrustedContract,
  s: ReturnType<typeof scheduleOf>,
  streams: ReturnType<typeof amountsDue>['streams'],
  dues: readonly Due[],
  paidBy: RunningLedger | undefined,
  o: TimelineOptions,
  month: YearMonth,
  lines: BillLine[],
): void {
  const principalPaid =
    paidBy === undefined
      ? (i: number) => (dues[i] as Due).amount
      : (i: number) => (paidBy.accounts[i] as OverdueAccount).principalPaid;
  const mark = t.events.length;
  const monthText = month.toString();
  refundEvents(t, k, s, streams, dues, principalPaid, o);
  for (let i = mark; i < t.events.length; i++) {
    const e = t.events[i] as TimelineEvent;
    if (e.kind === 'refund' && e.date.startsWith(monthText)) lines.push(feeLine(e));
  }
}

/** Applies the payments from `next` on received by `day` (in date order); returns the next one's index. */
function payUpTo(ledger: RunningLedger, payments: readonly TrustedPayment[], next: number, day: CalendarDate): number {
  let i = next;
  for (; i < payments.length && !(payments[i] as TrustedPayment).date.isAfter(day); i++)
    ledger.apply(payments[i] as TrustedPayment);
  return i;
}

/**
 * What was owed on the month's eve (the ledger read then): the dues before the month still
 * owed, their interest, and as a credit what the payments put towards later dues or left
 * unapplied. `earlier[i]` gets the interest account `i` has borne by then.
 */
function carriedInOf(
  ledger: RunningLedger,
  dues: readonly Due[],
  before: CalendarDate,
  terms: InterestTerms,
  earlier: Yen[],
): CarriedIn {
  let principal = 0;
  let interest = 0;
  let credit = ledger.unapplied;
  const accounts = ledger.accounts;
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i] as OverdueAccount;
    if ((dues[i] as Due).dueDate.isAfter(before)) credit += account.principalPaid;
    else if (!paidOnTime(account)) {
      // What owedOn gives, read off the account: no object made for each amount owed.
      accrueOf(account, before, terms);
      principal += account.principal;
      interest += interestOwedOf(account, terms);
    }
    earlier[i] = interestBorne(account, terms);
  }
  return { principal, interest, credit };
}

/**
 * The `late-interest` lines of the month (第26条): for each amount due before `through`, the
 * interest borne by then less that borne by the month's eve (`earlier`), dated its last
 * payment in the month when that settled it, else `through`.
 */
function interestLines(
  accounts: readonly OverdueAccount[],
  dues: readonly Due[],
  earlier: readonly Yen[],
  first: CalendarDate,
  through: CalendarDate,
  terms: InterestTerms,
  lines: BillLine[],
): void {
  for (let i = 0; i < accounts.length; i++) {
    const account = accounts[i] as OverdueAccount;
    const due = dues[i] as Due;
    if (!due.dueDate.isBefore(through)) break; // the dues are in date order
    if (paidOnTime(account)) continue;
    accrueOf(account, through, terms);
    const borne = interestBorne(account, terms);
    if (borne - (earlier[i] as Yen) <= 0) continue;
    const settled = account.principal === 0 && account.lastPaid !== undefined && !account.lastPaid.isBefore(first);
    const line: { -readonly [K in keyof BillLine]: BillLine[K] } = {
      kind: 'late-interest',
      date: dayText(settled ? (account.lastPaid as CalendarDate) : through),
      amount: borne - (earlier[i] as Yen),
      basis: cite('26'),
    };
    if (due.option !== undefined) line.option = due.option;
    if (due.serviceMonth !== undefined) line.serviceMonth = due.serviceMonth;
    line.dueDate = dayText(due.dueDate);
    lines.push(line);
  }
}

/** The order of a bill's lines: by date, then by kind (KIND_RANK). */
function lineOrder(a: BillLine, b: BillLine): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** The lines in order and the sums. */
function billOf(month: YearMonth, carriedIn: CarriedIn, lines: BillLine[]): ContractBill {
  // Often already in order (one line, or the month's fees then its interest): then no sort, whose
  // work list is garbage for every contract. The sort is stable, so the order is the same either way.
  let sorted = true;
  for (let i = 1; i < lines.length && sorted; i++)
    sorted = lineOrder(lines[i - 1] as BillLine, lines[i] as BillLine) <= 0;
  if (!sorted) lines.sort(lineOrder);
  let charges = 0;
  let refunds = 0;
  for (const l of lines) {
    if (l.kind === 'refund') refunds += l.amount;
    else charges += l.amount;
  }
  return {
    month: month.toString(),
    carriedIn,
    lines,
    charges,
    refunds,
    total: carriedIn.principal + carriedIn.interest - carriedIn.credit + charges - refunds,
  };
}
