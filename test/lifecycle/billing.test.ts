/**
 * Billing (src/lifecycle/billing.ts) and the articles' contributions it asks for.
 *
 * 第12条2項 「契約者は、最低利用期間内に利用契約を解除する場合は、…最低利用期間満了までの残余期間の利用料に
 * 相当する額を契約解除月の月末までに支払うものとしします。」
 * 第15条2項 「…既に支払われている利用料金等のうち、廃止する本サービスについて提供しない日数に対応する額を
 * 日割料金（月額料金の 30 分の 1 を 1 日分の料金として計算。）にて契約者に返還いたします。」
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, YearMonth } from '../../src/index.js';
import { terminationExtensionOf } from '../../src/articles/article-13.js';
import { invoiceLinesOf } from '../../src/lifecycle/invoice.js';
import { calendarDate } from '../support/arbitraries.js';
import { earlyTerminationFeeDueOf } from '../../src/articles/article-12.js';
import { discontinuationGroundOf, discontinuationRefundForMonthOf } from '../../src/articles/article-15.js';
import { type Stream, billStream, streamsOf } from '../../src/lifecycle/billing.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { scheduleOf } from '../../src/lifecycle/schedule.js';
import { Timeline } from '../../src/lifecycle/assembly.js';
import { DEFAULT_OPTIONS } from '../../src/index.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第12条2項: when the fee for the rest of the minimum term is due', () => {
  // Formed 2027-03-15 with a 12-month minimum term: it ends 2028-03-15 (I-01).
  const due = (date: string, byCustomer: boolean) =>
    earlyTerminationFeeDueOf(d('2027-03-15'), 12, { date: d(date), byCustomer }, 90_000, 'floor');

  it('the customer ends it inside the minimum term: due at the end of the termination month', () => {
    // Ends 2027-09-30: the rest is 2027-10-01 … 2028-03-15 = 5 months (Oct–Feb) and 15 days (Mar 1–15):
    // 5 × 90,000 + 15 × 90,000 / 30 = 450,000 + 45,000 = 495,000.
    const r = due('2027-09-30', true);
    expect(r?.remainingFee).toBe(495_000);
    expect(r?.dueDate.toString()).toBe('2027-09-30');
  });

  it('not when the company ends it or the service is discontinued', () => {
    expect(due('2027-09-30', false)).toBeUndefined();
  });

  it('not after the minimum term, and not without one', () => {
    expect(due('2028-03-31', true)).toBeUndefined();
    expect(
      earlyTerminationFeeDueOf(d('2027-03-15'), 0, { date: d('2027-09-30'), byCustomer: true }, 90_000, 'floor'),
    ).toBeUndefined();
  });
});

describe('第15条2項: the refund for the month of the discontinuation', () => {
  it('a month paid for: the days after the discontinuation at fee / 30 — 06-21 … 06-30, 10 × 3,000 = 30,000', () => {
    expect(discontinuationRefundForMonthOf(d('2027-06-20'), 90_000, 90_000, 'floor')).toEqual({
      refund: 30_000,
      days: 10,
      capped: false,
    });
  });

  it('a month not paid for: nothing to refund', () => {
    expect(discontinuationRefundForMonthOf(d('2027-06-20'), 90_000, 0, 'floor').refund).toBe(0);
  });

  it('the grounds by the record’s names, with their provisions; only item 1 needs the 30-day notice', () => {
    expect(discontinuationGroundOf('notice')).toEqual({ ref: '15.1.1', needsNotice: true });
    expect(discontinuationGroundOf('cannot-provide')).toEqual({ ref: '15.1.2', needsNotice: false });
    expect(discontinuationGroundOf('force-majeure')).toEqual({ ref: '15.1.3', needsNotice: false });
  });
});

describe('the streams of monthly fees', () => {
  it('the contract’s, then each option’s, an option ending alone on its own notice (第13条4項)', () => {
    const asOf = d('2027-06-01');
    const k = contractOf(
      {
        formationDate: '2027-03-15',
        scheduledStartDate: '2027-04-01',
        termMonths: 12,
        monthlyFee: 90_000,
        options: [
          { name: 'backup', monthlyFee: 8_000, scheduledStartDate: '2027-05-15', termination: { on: '2027-05-20' } },
        ],
      },
      asOf,
    );
    const streams = streamsOf(k, scheduleOf(new Timeline(), k, asOf, undefined, DEFAULT_OPTIONS));
    expect(streams.map((s) => [s.option ?? '-', s.start.toString(), s.end?.toString() ?? null])).toEqual([
      ['-', '2027-04-01', null],
      // Notice 05-20, no date: the end of June (13.2 applied through 13.4).
      ['backup', '2027-05-15', '2027-06-30'],
    ]);
    expect(streams[1]?.ownEnd?.refs).toEqual(['13.1', '13.2', '13.4']);
  });
});

describe('a stream’s months (第25条): the plain months stamped, the rest asked of invoiceLinesOf', () => {
  const fees = (stream: Stream, billUntil: string, o = DEFAULT_OPTIONS) => {
    const t = new Timeline(false);
    billStream(t, stream, 0, o, d(billUntil));
    return t.madeEvents().filter((e) => e.kind !== 'billing-start');
  };
  const plain = (start: string, fee: number): Stream => {
    const s = d(start);
    return { start: s, startRefs: ['9.6'], terms: { billingStartDate: s, monthlyFee: fee } };
  };

  it('from 2027-04-15 at 90,000, billed through 2027-07-31', () => {
    // 25.4: April pro-rated, 30 − 15 = 15 days (from the day after), 90,000 × 15 / 30 = 45,000, due
    // by the end of March (25.3); May, June, July and August in full, each due by the end of the
    // month before; September's fee is due 2027-08-31, after the last day billed.
    expect(
      fees(plain('2027-04-15', 90_000), '2027-07-31').map((e) => [e.date, e.kind, e.amount, e.serviceMonth]),
    ).toEqual([
      ['2027-03-31', 'first-month-fee', 45_000, '2027-04'],
      ['2027-04-30', 'monthly-fee-due', 90_000, '2027-05'],
      ['2027-05-31', 'monthly-fee-due', 90_000, '2027-06'],
      ['2027-06-30', 'monthly-fee-due', 90_000, '2027-07'],
      ['2027-07-31', 'monthly-fee-due', 90_000, '2027-08'],
    ]);
  });

  it('property: every month’s events are invoiceLinesOf’s lines for it, in order', () => {
    const shifts = ['as-written', 'next-bank-day', 'previous-bank-day'] as const;
    fc.assert(
      fc.property(
        calendarDate(2000, 2090),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 500 }),
        fc.option(fc.integer({ min: 0, max: 40 })),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(2),
        fc.integer({ min: 0, max: 80 }),
        (formed, delay, fee1000, runs, extension, s, until) => {
          const start = formed.addDays(delay);
          const fee = fee1000 * 1_000;
          const o = { ...DEFAULT_OPTIONS, bankHolidayShift: shifts[s] ?? 'as-written' };
          const ends = runs === null ? undefined : start.addMonths(runs).endOfMonth();
          const x =
            ends !== undefined && extension > 0
              ? terminationExtensionOf(ends, extension, fee, o.extensionFee, o.rounding)
              : undefined;
          const terms = {
            billingStartDate: start,
            monthlyFee: fee,
            formationDate: formed,
            terminationDate: ends,
            extension: x === undefined ? undefined : { ...x, months: extension },
          };
          const stream: Stream = { start, startRefs: ['9.6'], end: x?.terminationDate ?? ends, terms };
          const billUntil = start.addMonths(until);
          const expected: unknown[] = [];
          for (let month = YearMonth.of(start); ; month = month.addMonths(1)) {
            const r = invoiceLinesOf(terms, month, o);
            if (r.dueDate === undefined || r.dueDate.isAfter(billUntil)) break;
            for (const line of r.lines) {
              const kind = {
                'first-month-fee': 'first-month-fee',
                'monthly-fee': 'monthly-fee-due',
                'extension-fee': 'extension-fee-due',
              }[line.kind];
              expected.push([
                r.dueDate.toString(),
                kind,
                line.amount,
                month.toString(),
                [...new Set([...line.basis, '25.3'])],
              ]);
            }
          }
          const actual = fees(stream, billUntil.toString(), o).map((e) => [
            e.date,
            e.kind,
            e.amount,
            e.serviceMonth,
            e.basis,
          ]);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
