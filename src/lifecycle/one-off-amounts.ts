/**
 * The amounts a contract owes once, beside its monthly fees (billing.ts): the initial fee
 * (25.1.1) with 第12条's minimum term and notice deadline, 第12条2項's fee for the rest of a
 * minimum term, 第13条5項's extension, and 第15条2項's refund. Each amount is its article's
 * answer; this module places it on the timeline.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import { YearMonth } from '../core/year-month.js';
import { earlyTerminationFeeDueOf, earlyTerminationFeeOf, minimumTermEndOf } from '../articles/article-12.js';
import { discontinuationRefundForMonthOf } from '../articles/article-15.js';
import { type Due, type Timeline, cite } from './assembly.js';
import { type Stream, extensionInForce } from './billing.js';
import type { FeeOfMonth } from './changes.js';
import type { TrustedContract } from './record.js';
import { NOTES, dayText, monthText } from './rendering.js';
import type { Schedule } from './schedule.js';
import type { TimelineOptions } from './timeline.js';

/** 第12条: the minimum term's end, the customer's notice deadline, and the initial fee (25.1.1). */
export function minimumTermAndInitialFee(t: Timeline, k: TrustedContract, s: Schedule, o: TimelineOptions): void {
  const months = k.minimumTermMonths;
  const minimumEnd = months > 0 ? minimumTermEndOf(k.formationDate, months) : undefined;
  if (minimumEnd !== undefined)
    t.add(minimumEnd, 'minimum-term-end', cite('12.1'), undefined, t.notes && NOTES.minimumTermEnd(months));
  const ct = k.customerTermination;
  if (!t.wants('termination-notice-deadline')) {
    // The bill keeps no deadlines: only the initial fee below.
  } else if (ct !== undefined) {
    const r = earlyTerminationFeeOf(k.formationDate, months, ct.terminationDate, k.monthlyFee, o.rounding);
    t.add(
      r.noticeDeadline,
      'termination-notice-deadline',
      r.insideMinimumTerm ? cite('12.2') : cite('13.1'),
      undefined,
      t.notes && NOTES.customerNoticeDeadline(ct.terminationDate, ct.notice.on),
    );
  } else if (minimumEnd !== undefined) {
    const firstFree = minimumEnd.endOfMonth();
    const terminationDate = s.ending?.date;
    if (terminationDate === undefined || !terminationDate.isBefore(firstFree)) {
      const r = earlyTerminationFeeOf(k.formationDate, months, firstFree, k.monthlyFee, o.rounding);
      t.add(
        r.noticeDeadline,
        'termination-notice-deadline',
        cite('13.1', '12.1'),
        undefined,
        t.notes && NOTES.firstFreeNoticeDeadline(firstFree),
      );
    }
  }
  if (k.initialFee !== undefined) {
    const { dueDate, amount } = k.initialFee;
    const event = {
      date: dayText(dueDate),
      kind: 'initial-fee-due',
      basis: cite('25.1.1', '25.2'),
      amount,
    } as const;
    t.due(dueDate, event, -1, 'initial', t.notes && NOTES.initialFee);
  }
}

/** 第12条2項's fee when the customer ends the contract inside the minimum term. */
export function earlyTerminationFee(
  t: Timeline,
  k: TrustedContract,
  s: Schedule,
  o: TimelineOptions,
  fees?: FeeOfMonth,
): void {
  const ending = s.ending;
  if (ending === undefined) return;
  // With changes of contract, each remaining month at the fee in force for it (I-19).
  const r = earlyTerminationFeeDueOf(k.formationDate, k.minimumTermMonths, ending, k.monthlyFee, o.rounding, fees);
  if (r === undefined) return;
  const event = {
    date: dayText(r.dueDate),
    kind: 'early-termination-fee-due',
    basis: cite('12.1', '12.2'),
    amount: r.remainingFee,
  } as const;
  t.due(
    r.dueDate,
    event,
    -1,
    'early-termination',
    t.notes && NOTES.earlyTerminationFee(r.remaining.months, r.remaining.days, r.minimumTermEndDate),
  );
}

/** 第13条5項's extension event, when the contract runs into it (its fee at the fee in force). */
export function extensionEvent(t: Timeline, s: Schedule, fees?: FeeOfMonth, o?: TimelineOptions): void {
  const x = extensionInForce(s, fees, o);
  if (x === undefined || s.ending?.date.isAfter(x.original) !== true) return;
  t.add(
    x.original,
    'extension',
    x.refs,
    { through: x.to.toString() },
    t.notes && NOTES.extension(x.months, x.to, x.extensionFee),
  );
}

/**
 * 第15条2項: the refund of each stream for the month of a discontinuation that ends the
 * contract, and of an option's stream for the month the company discontinued it alone.
 */
export function refunds(
  t: Timeline,
  k: TrustedContract,
  s: Schedule,
  streams: readonly Stream[],
  dues: readonly Due[],
  principalPaid: (k: number) => Yen,
  o: TimelineOptions,
): void {
  const date = k.discontinuation?.date;
  const whole = date !== undefined && s.ending !== undefined && s.ending.date.equals(date);
  streams.forEach((stream, index) => {
    const own = stream.ownEnd?.discontinuation?.date;
    if (own !== undefined) streamRefund(t, stream, index, own, dues, principalPaid, o);
    else if (whole) streamRefund(t, stream, index, date, dues, principalPaid, o);
  });
}

/** 第15条2項 for one stream: what was paid towards the month of `date` for the days after it (I-08). */
function streamRefund(
  t: Timeline,
  stream: Stream,
  index: number,
  date: CalendarDate,
  dues: readonly Due[],
  principalPaid: (k: number) => Yen,
  o: TimelineOptions,
): void {
  if (stream.start.isAfter(date) || stream.end?.isBefore(date)) return;
  const month = monthText(YearMonth.of(date));
  let paid = 0;
  dues.forEach((due, i) => {
    if (due.stream === index && due.serviceMonth === month) paid += principalPaid(i);
  });
  const fee = stream.fees === undefined ? stream.terms.monthlyFee : stream.fees(date.year * 12 + date.month - 1);
  const r = discontinuationRefundForMonthOf(date, fee, paid, o.rounding);
  if (r.days === 0) return;
  t.add(
    date,
    'refund',
    cite('15.2'),
    {
      amount: r.refund,
      ...(stream.option === undefined ? {} : { option: stream.option }),
      serviceMonth: month,
      days: r.days,
    },
    t.notes && NOTES.refund(r.days, r.capped),
  );
}
