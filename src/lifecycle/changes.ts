/**
 * Changes of contract (利用変更契約, 第9条3項, I-19): the fee in force for each month of the
 * contract's own stream, a `contract-change` event on the day each change applies from, and
 * the difference a rise from mid-month bills for the rest of its month — due on 第25条3項's
 * next date, an amount of the ledger like any fee (I-15). The rule is 第9条's
 * `feeChangeOf`; this module asks it for each change, in the order they apply.
 *
 * @module
 */
import { CalendarDate } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import { YearMonth } from '../core/year-month.js';
import { feeChangeOf } from '../articles/article-09.js';
import { monthlyFeeDueDateOf } from '../articles/article-25.js';
import { type Timeline, cite } from './assembly.js';
import { designationKey } from './ledger.js';
import { objectList } from './line-reader.js';
import type { TrustedContract } from './record.js';
import { NOTES, dayText, monthText } from './rendering.js';
import type { Schedule } from './schedule.js';
import type { TimelineOptions } from './timeline.js';

/** The contract's monthly fee for a month given as `year × 12 + month − 1`. */
export type FeeOfMonth = (monthIndex: number) => Yen;

const monthOfIndex = (index: number): YearMonth =>
  YearMonth.of(CalendarDate.of(Math.floor(index / 12), (index % 12) + 1, 1));

/** A new fee from a day: a change of contract (第9条3項), or a renewed term's fee (第11条2項, `renewal`). */
interface FeeFrom {
  readonly effectiveDate: CalendarDate;
  readonly monthlyFee: Yen;
  readonly renewal: boolean;
}

/** The changes of contract and the renewed terms' fees, in the order they apply (a renewal first on a tie). */
function feesFromOf(k: TrustedContract, s: Schedule): FeeFrom[] | undefined {
  const changes = k.changes;
  const renewals = s.renewalFees;
  if (changes === undefined && renewals.length === 0) return undefined;
  // One kind of list whether empty or not (objectList): `map` of an empty list makes another.
  const out = objectList<FeeFrom>();
  for (const r of renewals) out.push({ effectiveDate: r.from, monthlyFee: r.monthlyFee, renewal: true });
  if (changes === undefined) return out;
  // Both lists are in date order: merge them.
  let i = 0;
  const merged = objectList<FeeFrom>();
  for (const ch of changes) {
    if (ch.monthlyFee === undefined) continue; // options only: their own streams (billing.ts)
    while (i < out.length && !(out[i] as FeeFrom).effectiveDate.isAfter(ch.effectiveDate))
      merged.push(out[i++] as FeeFrom);
    merged.push({ effectiveDate: ch.effectiveDate, monthlyFee: ch.monthlyFee, renewal: false });
  }
  while (i < out.length) merged.push(out[i++] as FeeFrom);
  return merged.length === 0 ? undefined : merged;
}

/**
 * The changes of contract as the timeline shows them, and the fee in force for each month:
 * `undefined` when the record has none (the fee is then `monthlyFee` throughout). A change
 * that applies after the contract's last day bills nothing, but its fee still counts in
 * 第12条2項's 「残余期間の利用料」; one that applies on or before the billing start sets the
 * fee from the first month billed. A renewed term's fee (第11条2項, I-20) bills the same way
 * from the term's first day; its event is the schedule's `terms-change`.
 */
export function feeChangesOf(t: Timeline, k: TrustedContract, s: Schedule, o: TimelineOptions): FeeOfMonth | undefined {
  const changes = feesFromOf(k, s);
  if (changes === undefined) return undefined;
  const from: number[] = [];
  const fees: Yen[] = [];
  let fee = k.monthlyFee;
  const startIndex = s.billingStart.year * 12 + s.billingStart.month - 1;
  for (const ch of changes) {
    const r = ch.effectiveDate.isAfter(s.billingStart)
      ? feeChangeOf(ch.effectiveDate, fee, ch.monthlyFee, o.midMonthChange, o.rounding)
      : { firstMonthIndex: startIndex, difference: undefined };
    from.push(r.firstMonthIndex);
    fees.push(ch.monthlyFee);
    fee = ch.monthlyFee;
    // After the contract's last day a change bills nothing; its fee still counts for 第12条2項.
    if (s.ending !== undefined && ch.effectiveDate.isAfter(s.ending.date)) continue;
    if (!ch.renewal) {
      const serviceMonth = monthText(monthOfIndex(r.firstMonthIndex));
      t.add(
        ch.effectiveDate,
        'contract-change',
        cite('9.3'),
        { monthlyFee: ch.monthlyFee, serviceMonth },
        t.notes && NOTES.contractChange(ch.monthlyFee, serviceMonth),
      );
    }
    const d = r.difference;
    if (d !== undefined && d.amount > 0) {
      // 25.3's next date: the due date of the month after the change's month.
      const month = YearMonth.of(ch.effectiveDate);
      const { dueDate } = monthlyFeeDueDateOf(month.addMonths(1), o.bankHolidayShift, k.formationDate);
      if (!dueDate.isAfter(s.billUntil)) {
        const differenceMonth = monthText(month);
        const event = {
          date: dayText(dueDate),
          kind: 'fee-difference-due',
          basis: ch.renewal ? cite('11.2', '25.3') : cite('9.3', '25.3'),
          amount: d.amount,
          serviceMonth: differenceMonth,
          days: d.days,
        } as const;
        t.due(
          dueDate,
          event,
          -1,
          designationKey({ serviceMonth: differenceMonth }),
          t.notes && NOTES.feeDifference(differenceMonth, d.days),
        );
      }
    }
  }
  const base = k.monthlyFee;
  return (monthIndex) => {
    let inForce = base;
    for (let i = 0; i < from.length && (from[i] as number) <= monthIndex; i++) inForce = fees[i] as Yen;
    return inForce;
  };
}
