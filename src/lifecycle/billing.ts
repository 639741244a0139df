/**
 * Billing: the streams of monthly fees a contract owes and when (the contract's own and each
 * option's, 第25条 through the invoice of each month). Each amount is its article's answer;
 * this module asks for each month up to the last day billed. The amounts that come once —
 * the initial fee, 第12条2項's fee, 第13条5項's extension, 第15条2項's refund — are in
 * one-off-amounts.ts.
 *
 * @module
 */
import { basis as basisOf } from '../core/basis.js';
import { CalendarDate, MAX_YEAR } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { TimelineOptions } from './timeline.js';
import type { ProvisionRef } from '../core/provisions.js';
import { YearMonth } from '../core/year-month.js';
import { billingStartDateOf } from '../articles/article-09.js';
import { terminationExtensionOf } from '../articles/article-13.js';
import { monthlyFeeDueDayAt } from '../articles/article-25.js';
import { type Fields, type Timeline, cite } from './assembly.js';
import type { TimelineEvent } from './events.js';
import { invoiceLinesOf, type InvoiceLine, type InvoiceTerms } from './invoice.js';
import type { FeeOfMonth } from './changes.js';
import type { TrustedContract, TrustedOption } from './record.js';
import { NOTES, dayText, monthText, monthTextAt } from './rendering.js';
import { type Extension, type Schedule, discontinuationEvents } from './schedule.js';

/** A stream of monthly fees: the contract's own, or an option's. */
export interface Stream {
  readonly option?: string | undefined;
  readonly start: CalendarDate;
  readonly startRefs: ProvisionRef[];
  readonly delayedFrom?: CalendarDate | undefined;
  readonly terms: InvoiceTerms;
  /** The last day it is billed for (its own termination or the contract's), if known. */
  readonly end?: CalendarDate | undefined;
  /** The contract's fee in force for each month, when changes of contract set it (第9条3項, I-19). */
  readonly fees?: FeeOfMonth | undefined;
  /**
   * An option's own ending, when it ends before the contract: the customer's notice (第13条4項),
   * or the company's discontinuation of the option alone (第15条1項, `discontinuation`).
   */
  readonly ownEnd?:
    | {
        readonly date: CalendarDate;
        readonly refs: ProvisionRef[];
        readonly deemed: boolean;
        readonly discontinuation?: NonNullable<TrustedOption['discontinuation']> | undefined;
        /** Dropped by a change of contract (第9条3項). */
        readonly dropped?: boolean | undefined;
      }
    | undefined;
}

/**
 * An option's own ending (第13条4項, 第15条1項, or dropped by a change of contract, 第9条3項), if it
 * ends the option before `terminationDate`: the earliest; on one day the discontinuation (as for
 * the whole contract), then the change.
 */
function optionEndOf(opt: TrustedOption, terminationDate: CalendarDate | undefined): Stream['ownEnd'] {
  const own = opt.termination;
  const dc = opt.discontinuation;
  const dropLast = opt.droppedFrom?.addDays(-1);
  let date = own?.terminationDate;
  if (dropLast !== undefined && (date === undefined || !date.isBefore(dropLast))) date = dropLast;
  if (dc !== undefined && (date === undefined || !date.isBefore(dc.date))) date = dc.date;
  if (date === undefined || (terminationDate !== undefined && !date.isBefore(terminationDate))) return undefined;
  if (dc?.date.equals(date)) return { date, refs: cite('15.1'), deemed: false, discontinuation: dc };
  if (dropLast?.equals(date)) return { date, refs: cite('9.3'), deemed: false, dropped: true };
  const n = own as NonNullable<TrustedOption['termination']>;
  return {
    date,
    refs: basisOf(...n.notice.refs, '13.1', ...(n.deemed ? (['13.2'] as const) : []), '13.4'),
    deemed: n.deemed,
  };
}

/**
 * 第13条5項's extension at the fee in force (「通常料金の2倍」): the fee of the month of the
 * termination date first notified, when changes of contract (第9条3項) or a renewed term's
 * terms (第11条2項) set it; the schedule's (at the record's `monthlyFee`) otherwise.
 */
export function extensionInForce(
  s: Schedule,
  fees: FeeOfMonth | undefined,
  o: Pick<TimelineOptions, 'extensionFee' | 'rounding'> | undefined,
): Extension | undefined {
  const x = s.extension;
  if (x === undefined || fees === undefined || o === undefined) return x;
  const fee = fees(x.original.year * 12 + x.original.month - 1);
  const r = terminationExtensionOf(x.original, x.months, fee, o.extensionFee, o.rounding);
  return { ...x, extensionFee: r.extensionFee, regularFee: r.regularFee };
}

/**
 * An option's billing start's provisions (each once, in this order): 第9条3項 for an option added
 * by a change of contract, then 9.5 when delayed, 9.6 and 9.7 — one list made, no copy through a set.
 */
function optionStartRefs(opt: TrustedOption, delayed: boolean): ProvisionRef[] {
  const added = opt.addedByChange === true;
  if (delayed) return added ? cite('9.3', '9.5', '9.6', '9.7') : cite('9.5', '9.6', '9.7');
  return added ? cite('9.3', '9.6', '9.7') : cite('9.6', '9.7');
}

/** The streams of monthly fees: the contract's, then each option's in the record's order. */
export function streamsOf(
  k: TrustedContract,
  s: Schedule,
  fees?: FeeOfMonth,
  o?: Pick<TimelineOptions, 'extensionFee' | 'rounding'>,
): Stream[] {
  const terminationDate = s.ending?.date;
  const x = extensionInForce(s, fees, o);
  const intoExtension = x !== undefined && terminationDate?.isAfter(x.original) === true;
  const streams: Stream[] = [
    {
      start: s.billingStart,
      startRefs: s.delayed ? cite('9.5', '9.6') : cite('9.6'),
      delayedFrom: s.delayed ? k.scheduledStartDate : undefined,
      end: terminationDate,
      fees,
      terms: {
        billingStartDate: s.billingStart,
        monthlyFee: k.monthlyFee,
        formationDate: k.formationDate,
        terminationDate: intoExtension ? x.original : terminationDate,
        extension: intoExtension
          ? { terminationDate: x.to, months: x.months, extensionFee: x.extensionFee, regularFee: x.regularFee }
          : undefined,
      },
    },
  ];
  for (const opt of k.options) {
    const start = billingStartDateOf(opt.scheduledStartDate, opt.readyDate);
    const ownEnd = optionEndOf(opt, terminationDate);
    const end = ownEnd?.date ?? terminationDate;
    streams.push({
      option: opt.name,
      start: start.billingStartDate,
      startRefs: optionStartRefs(opt, start.delayed),
      delayedFrom: start.delayed ? opt.scheduledStartDate : undefined,
      end,
      ownEnd,
      terms: {
        billingStartDate: start.billingStartDate,
        monthlyFee: opt.monthlyFee,
        formationDate: opt.formationDate,
        terminationDate: end,
      },
    });
  }
  return streams;
}

/** A stream's billing start, its months' invoice lines (第25条) up to `billUntil`, and its own ending. */
export function billStream(
  t: Timeline,
  stream: Stream,
  index: number,
  o: TimelineOptions,
  billUntil: CalendarDate,
): void {
  if (stream.end?.isBefore(stream.start)) return; // ended before it began
  t.add(
    stream.start,
    'billing-start',
    stream.startRefs,
    stream.option === undefined ? undefined : { option: stream.option },
    t.notes && NOTES.billingStart(stream.delayedFrom),
  );
  // Months as one number each (year × 12 + month − 1), from the billing start month on.
  const last = stream.end === undefined ? MAX_YEAR * 12 + 11 : stream.end.year * 12 + stream.end.month - 1;
  billMonths(t, stream, index, o, billUntil, stream.start.year * 12 + stream.start.month - 1, last);
  const own = stream.ownEnd;
  if (own !== undefined) {
    const option = stream.option ?? '';
    if (own.discontinuation !== undefined) {
      discontinuationEvents(t, own.discontinuation, o, option);
      t.add(
        own.date,
        'termination',
        own.refs,
        { option, cause: 'discontinuation' },
        t.notes && NOTES.optionDiscontinuation(option),
      );
      return;
    }
    t.add(
      own.date,
      'termination',
      own.refs,
      { option, cause: 'customer', deemed: own.deemed },
      t.notes && (own.dropped === true ? NOTES.optionDropped(option) : NOTES.optionEnd(option)),
    );
  }
}

/**
 * A stream's months `first` … `last` (each year × 12 + month − 1): their invoice lines (第25条),
 * up to the last due by `billUntil`. The plain months — after the first, up to the termination
 * month (as first notified) — owe one 'monthly-fee' line each at the fee in force, due on 25.3's
 * date: what invoiceLinesOf gives them, stamped here without asking it month by month. The first
 * month and an extension's months ask it.
 */
/**
 * The month's bill without payments wants nothing due before `dueFrom` (bill.ts): the plain
 * months below the index returned are skipped without working out their due dates. A month's
 * fee is due by the end of the month before (25.3), so for the months before `dueFrom`'s that is
 * the end of the month two before it or earlier — unless the contract was formed later (its
 * fees are then due by the end of the month of formation: skip none). Only with the dates as
 * written: a bank-holiday shift is left to work out every date, as before.
 */
function plainSkipBelow(dueFrom: number, formationDate: CalendarDate | undefined, o: TimelineOptions): number {
  if (!Number.isFinite(dueFrom) || o.bankHolidayShift !== 'as-written') return Number.NEGATIVE_INFINITY;
  const from = CalendarDate.fromEpochDay(dueFrom);
  const month = from.year * 12 + from.month - 1;
  const formed = formationDate === undefined ? month - 2 : formationDate.year * 12 + formationDate.month - 1;
  return formed <= month - 2 ? month : Number.NEGATIVE_INFINITY;
}

function billMonths(
  t: Timeline,
  stream: Stream,
  index: number,
  o: TimelineOptions,
  billUntil: CalendarDate,
  first: number,
  last: number,
): void {
  const { terms, fees, option } = stream;
  const ends = terms.terminationDate;
  const plainLast = ends === undefined ? last : Math.min(last, ends.year * 12 + ends.month - 1);
  const until = billUntil.epochDay;
  const bill = t.bill;
  const skipBelow = bill === undefined ? first : plainSkipBelow(bill.dueFrom, terms.formationDate, o);
  for (let m = first; m <= last; m++) {
    if (m > first && m <= plainLast) {
      if (m < skipBelow) continue;
      const dueDate = monthlyFeeDueDayAt(m, o.bankHolidayShift, terms.formationDate);
      if (dueDate.epochDay > until) return;
      // The month's bill: nothing due before `dueFrom`.
      if (bill !== undefined && dueDate.epochDay < bill.dueFrom) continue;
      // One object a month (assembly.ts's PlainFee): the due, and the timeline's entry for its event.
      t.plainDue(dueDate, fees === undefined ? terms.monthlyFee : fees(m), index, option, monthTextAt(m));
      continue;
    }
    const month = YearMonth.of(stream.start).addMonths(m - first);
    const invoice = invoiceLinesOf(fees === undefined ? terms : { ...terms, monthlyFee: fees(m) }, month, o);
    if (invoice.dueDate === undefined || invoice.dueDate.epochDay > until) return;
    const serviceMonth = monthText(month);
    const date = dayText(invoice.dueDate);
    for (const line of invoice.lines) addLine(t, line, invoice.dueDate, date, serviceMonth, index, option);
  }
}

/** One invoice line (第25条) as an event: due on the month's 25.3 date. */
function addLine(
  t: Timeline,
  line: InvoiceLine,
  dueDate: CalendarDate,
  date: string,
  serviceMonth: string,
  stream: number,
  option: string | undefined,
): void {
  let event: Fields;
  if (line.kind === 'first-month-fee') {
    const prorated = line.prorated === true && line.days !== undefined;
    event = { date, kind: 'first-month-fee', basis: cite('25.4', '25.3'), amount: line.amount, serviceMonth };
    if (prorated) event.days = line.days;
    if (t.notes) event.note = prorated ? NOTES.firstMonthProrated(line.days as number) : NOTES.firstMonthFull;
  } else if (line.kind === 'monthly-fee') {
    event =
      line.basis.length === 1
        ? { date, kind: 'monthly-fee-due', basis: cite('25.3'), amount: line.amount, serviceMonth }
        : {
            date,
            kind: 'monthly-fee-due',
            basis: basisOf(...line.basis, '25.3'),
            amount: line.amount,
            serviceMonth,
          };
    if (line.basis.length !== 1 && t.notes) event.note = NOTES.extensionMonthFee(serviceMonth);
  } else {
    event = { date, kind: 'extension-fee-due', basis: cite('13.5', '25.3'), amount: line.amount, serviceMonth };
    if (t.notes) event.note = NOTES.extensionFee(serviceMonth);
  }
  if (option !== undefined) event.option = option;
  // The designation (`designationKey({ option, serviceMonth })`) left to the due to make if read: few records designate.
  t.due(dueDate, event as TimelineEvent & { amount: Yen }, stream, undefined);
}
