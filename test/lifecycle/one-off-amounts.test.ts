/**
 * The amounts a contract owes once (src/lifecycle/one-off-amounts.ts), placed on the timeline.
 *
 * 第12条2項 「契約者は、最低利用期間内に利用契約を解除する場合は、…最低利用期間満了までの残余期間の利用料に
 * 相当する額を契約解除月の月末までに支払うものとしします。」
 * 第25条1項1号 「初期費用」: 「初期費用は、本サービスの利用を開始するにあたり支払う料金です。」 第25条2項: paid
 * 「当社が別に定める期日までに」 — the due date the record gives.
 */
import { describe, expect, it } from 'vitest';
import { CalendarDate, DEFAULT_OPTIONS } from '../../src/index.js';
import { Timeline } from '../../src/lifecycle/assembly.js';
import { earlyTerminationFee, minimumTermAndInitialFee } from '../../src/lifecycle/one-off-amounts.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { scheduleOf } from '../../src/lifecycle/schedule.js';

const d = (s: string) => CalendarDate.parse(s);

/** Formed 2027-03-15, 12-month minimum term (ends 2028-03-15, I-01), 90,000 a month, an initial fee of 50,000. */
function placed(notices?: Record<string, unknown>) {
  const asOf = d('2027-10-01');
  const k = contractOf(
    {
      formationDate: '2027-03-15',
      scheduledStartDate: '2027-04-01',
      termMonths: 12,
      minimumTermMonths: 12,
      monthlyFee: 90_000,
      initialFee: { dueDate: '2027-03-31', amount: 50_000 },
      ...(notices === undefined ? {} : { notices }),
    },
    asOf,
  );
  const t = new Timeline(false);
  const s = scheduleOf(t, k, asOf, undefined, DEFAULT_OPTIONS);
  const before = t.events.length;
  minimumTermAndInitialFee(t, k, s, DEFAULT_OPTIONS);
  earlyTerminationFee(t, k, s, DEFAULT_OPTIONS);
  return t
    .madeEvents()
    .slice(before)
    .map((e) => [e.date, e.kind, e.amount ?? null, e.basis.join(' ')]);
}

describe('the amounts owed once', () => {
  it('without a notice: the minimum term’s end, the first free ending’s notice deadline and the initial fee', () => {
    // 12.1: the minimum term ends 2028-03-15; the first ending outside it is the end of that month,
    // 2028-03-31, whose notice is due by the end of the month before (13.1): 2028-02-29 (a leap year).
    // 25.1.1 / 25.2: the initial fee, 50,000, due on the day the record gives.
    expect(placed()).toEqual([
      ['2028-03-15', 'minimum-term-end', null, '12.1'],
      ['2028-02-29', 'termination-notice-deadline', null, '13.1 12.1'],
      ['2027-03-31', 'initial-fee-due', 50_000, '25.1.1 25.2'],
    ]);
  });

  it('the customer’s notice of 2027-08-20 inside the minimum term: 12.2’s fee, due at the end of the termination month', () => {
    // No requested date: it ends at the end of the month after the notice, 2027-09-30 (第13条2項).
    // The rest of the minimum term, 2027-10-01 … 2028-03-15: 5 months (Oct–Feb) and 15 days:
    // 5 × 90,000 + 15 × 90,000 / 30 = 450,000 + 45,000 = 495,000, due 2027-09-30 (12.2);
    // the notice deadline for that ending is the end of the month before it, 2027-08-31.
    const rows = placed({ customerTermination: { on: '2027-08-20' } });
    expect(rows).toContainEqual(['2027-09-30', 'early-termination-fee-due', 495_000, '12.1 12.2']);
    expect(rows).toContainEqual(['2027-08-31', 'termination-notice-deadline', null, '12.2']);
  });
});
