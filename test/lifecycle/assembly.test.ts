/**
 * Assembly (src/lifecycle/assembly.ts): order, window, basis, status.
 *
 * 第9条6項 — the billing start date every result reports (so 9.6 is always in `basis`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/index.js';
import { Timeline, basisOfEvents, isPlainFee, statusOf } from '../../src/lifecycle/assembly.js';
import type { MonthFeeEvent, TimelineEvent } from '../../src/lifecycle/events.js';
import type { ProvisionRef } from '../../src/core/provisions.js';

const d = (s: string) => CalendarDate.parse(s);

describe('the events in order', () => {
  it('by date, then by kind in TIMELINE_EVENT_KINDS order, then as made; cut after until', () => {
    const t = new Timeline();
    t.add(d('2027-04-30'), 'termination', ['13.1'], { cause: 'customer' });
    t.add(d('2027-04-30'), 'monthly-fee-due', ['25.3'], { amount: 1, serviceMonth: '2027-05' });
    t.add(d('2027-04-01'), 'billing-start', ['9.6']);
    t.add(d('2027-04-30'), 'monthly-fee-due', ['25.3'], { amount: 2, serviceMonth: '2027-05', option: 'x' });
    t.add(d('2027-05-01'), 'data-deletion', ['16']);
    expect(t.sortedEvents(d('2027-04-30')).map((e) => `${e.date} ${e.kind} ${e.amount ?? ''}`)).toEqual([
      '2027-04-01 billing-start ',
      '2027-04-30 monthly-fee-due 1',
      '2027-04-30 monthly-fee-due 2',
      '2027-04-30 termination ',
    ]);
  });

  it('the dues in order of due date, ties as made', () => {
    const t = new Timeline();
    const fee = (date: string, amount: number): MonthFeeEvent => ({
      date,
      kind: 'monthly-fee-due',
      basis: ['25.3'],
      amount,
      serviceMonth: '2027-05',
    });
    t.due(d('2027-05-31'), fee('2027-05-31', 2), 0, 'a');
    t.due(d('2027-04-30'), fee('2027-04-30', 1), 0, 'b');
    t.due(d('2027-05-31'), fee('2027-05-31', 3), 1, 'c');
    expect(t.sortedDues().map((x) => x.amount)).toEqual([1, 2, 3]);
  });

  it('property: a stable sort by day, then kind, of those up to until — however the runs come', () => {
    const kinds = ['billing-start', 'monthly-fee-due', 'payment', 'termination'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.nat(3)), { maxLength: 60 }),
        fc.integer({ min: 0, max: 45 }),
        (made, cut) => {
          const t = new Timeline();
          const first = d('2027-04-01');
          made.forEach(([day, kind], i) => {
            t.add(first.addDays(day), kinds[kind] ?? 'payment', ['25'], { amount: i });
          });
          const until = first.addDays(cut);
          // The expected order by hand: (day, kind's place in kinds — TIMELINE_EVENT_KINDS' order), then as made.
          const expected = made
            .map(([day, kind], i) => ({ day, kind, i }))
            .filter((x) => x.day <= cut)
            .sort((a, b) => a.day - b.day || a.kind - b.kind || a.i - b.i)
            .map((x) => x.i);
          expect(t.sortedEvents(until).map((e) => e.amount)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a plain month’s fee (25.3): one entry, the due and its event', () => {
  // 第25条3項 「翌月利用分を当月末までに」: May's fee of 90,000 is due by 2027-04-30, the
  // option "backup"'s 5,000 for May too; a payment of 2027-04-10 comes before both.
  const timeline = () => {
    const t = new Timeline(false);
    t.plainDue(d('2027-04-30'), 90_000, 0, undefined, '2027-05');
    t.add(d('2027-04-10'), 'payment', ['25'], { amount: 95_000 });
    t.plainDue(d('2027-04-30'), 5_000, 1, 'backup', '2027-05');
    return t;
  };

  it('is written as the event it stands for: date, kind, basis, amount, serviceMonth, then option', () => {
    const events = timeline().sortedEvents(d('2027-12-31'));
    expect(events.map((e) => JSON.stringify(e))).toEqual([
      '{"date":"2027-04-10","kind":"payment","basis":["25"],"amount":95000}',
      '{"date":"2027-04-30","kind":"monthly-fee-due","basis":["25.3"],"amount":90000,"serviceMonth":"2027-05"}',
      '{"date":"2027-04-30","kind":"monthly-fee-due","basis":["25.3"],"amount":5000,"serviceMonth":"2027-05","option":"backup"}',
    ]);
    // Each event its own basis list: a result never shares a mutable array.
    expect(events[1]?.basis).not.toBe(events[2]?.basis);
  });

  it('stays one entry in the lean order, in the same place; cut after until as any event', () => {
    const t = timeline();
    const entries = t.sortedEntries(d('2027-12-31'));
    expect(entries.map((e) => (isPlainFee(e) ? `fee ${e.amount}` : e.kind))).toEqual([
      'payment',
      'fee 90000',
      'fee 5000',
    ]);
    expect(t.sortedEntries(d('2027-04-29')).length).toBe(1);
    // The dues are the same objects, in order of due date, with the stream and the month.
    expect(t.sortedDues().map((x) => [x.amount, x.stream, x.serviceMonth, x.option])).toEqual([
      [90_000, 0, '2027-05', undefined],
      [5_000, 1, '2027-05', 'backup'],
    ]);
  });

  it('is designated as ledger.ts’s key names its month: "|2027-05", "backup|2027-05"', () => {
    expect(timeline().dues.map((x) => x.designation)).toEqual(['|2027-05', 'backup|2027-05']);
  });

  it('cites 25.3 in the result’s basis, written or lean', () => {
    const t = timeline();
    // 25 (the payment), 25.3 (the fees) and 9.6, always.
    expect(basisOfEvents(t.sortedEntries(d('2027-12-31')))).toEqual(['9.6', '25', '25.3']);
    expect(basisOfEvents(t.sortedEvents(d('2027-12-31')))).toEqual(['9.6', '25', '25.3']);
  });
});

describe('basis and status', () => {
  it('every provision cited, in the order of the terms, and 9.6 always', () => {
    expect(
      basisOfEvents([
        {
          date: '2027-04-30',
          kind: 'late-interest',
          basis: ['26'],
          amount: 1,
          dueDate: '2027-04-30',
          principal: 1,
          days: 1,
        },
        { date: '2027-03-15', kind: 'formation', basis: ['9.2'] },
        { date: '2027-04-30', kind: 'payment', basis: ['25'], amount: 1 },
      ]),
    ).toEqual(['9.2', '9.6', '25', '26']);
  });

  it('each provision once, however often and in whatever order the events cite it', () => {
    const fee = (date: string, basis: ProvisionRef[]): TimelineEvent => ({
      date,
      kind: 'monthly-fee-due',
      basis,
      amount: 1,
      serviceMonth: date.slice(0, 7),
    });
    const paid = (date: string): TimelineEvent => ({ date, kind: 'payment', basis: ['25'], amount: 1 });
    // Cited: 25.3, 25, 26, 13.5, 9.6, 11.1, 1.2 — in the terms' order 1.2, 9.6, 11.1, 13.5, 25, 25.3, 26.
    expect(
      basisOfEvents([
        fee('2027-04-30', ['25.3']),
        paid('2027-04-30'),
        fee('2027-05-31', ['25.3']),
        paid('2027-05-31'),
        { date: '2027-06-01', kind: 'renewal', basis: ['11.1', '1.2'], term: 2, through: '2028-05-31' },
        fee('2027-06-30', ['13.5', '25.3']),
        { date: '2027-07-01', kind: 'billing-start', basis: ['9.6'] },
        paid('2027-07-31'),
        { date: '2027-08-31', kind: 'payment', basis: ['26'], amount: 1 },
        fee('2027-09-30', ['25.3']),
      ]),
    ).toEqual(['1.2', '9.6', '11.1', '13.5', '25', '25.3', '26']);
  });

  it('not-started before the billing start, running, ending once a termination is known, ended after it', () => {
    expect(statusOf(d('2027-03-31'), d('2027-04-01'), undefined)).toBe('not-started');
    expect(statusOf(d('2027-04-01'), d('2027-04-01'), undefined)).toBe('running');
    expect(statusOf(d('2027-06-30'), d('2027-04-01'), d('2027-06-30'))).toBe('ending');
    expect(statusOf(d('2027-07-01'), d('2027-04-01'), d('2027-06-30'))).toBe('ended');
  });
});
