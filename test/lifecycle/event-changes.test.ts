/**
 * How one contract's events differ between two readings (src/lifecycle/event-changes.ts).
 *
 * 第13条2項 「前項の書面に解約希望日の記載がない場合又は前項の書面が当社に到達した日から解約希望日までの期間が1か月
 * 未満の場合、当該書面が当社に到達した日の翌月末日を契約者の解約希望日とみなすものとします。」 —
 * a reading that moves the ending moves the termination and changes the fees around it.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/index.js';
import { eventChangesOf } from '../../src/lifecycle/event-changes.js';

const ev = (date: string, kind: string, more: Record<string, unknown> = {}) =>
  ({ date, kind, basis: ['13.1'], ...more }) as unknown as TimelineEvent;

describe('the events that differ between two readings', () => {
  it('an ending a month later: the termination moves, a month’s fee is added, the rest pair up unchanged', () => {
    const base = [
      ev('2027-04-30', 'monthly-fee-due', { amount: 90_000, serviceMonth: '2027-05' }),
      ev('2027-05-31', 'termination'),
    ];
    const alternative = [
      ev('2027-04-30', 'monthly-fee-due', { amount: 90_000, serviceMonth: '2027-05' }),
      ev('2027-05-31', 'monthly-fee-due', { amount: 90_000, serviceMonth: '2027-06' }),
      ev('2027-06-30', 'termination'),
    ];
    expect(eventChangesOf(base, alternative)).toEqual([
      {
        change: 'added',
        kind: 'monthly-fee-due',
        serviceMonth: '2027-06',
        after: { date: '2027-05-31', amount: 90_000 },
        basis: ['13.1'],
      },
      {
        change: 'moved',
        kind: 'termination',
        before: { date: '2027-05-31' },
        after: { date: '2027-06-30' },
        basis: ['13.1'],
      },
    ]);
  });

  it('the same month’s fee at another amount and day; an event under the base only is removed', () => {
    const base = [
      ev('2027-04-30', 'monthly-fee-due', { amount: 90_000, serviceMonth: '2027-05' }),
      ev('2027-05-31', 'data-deletion'),
    ];
    const alternative = [ev('2027-05-06', 'monthly-fee-due', { amount: 45_000, serviceMonth: '2027-05' })];
    expect(eventChangesOf(base, alternative).map((c) => [c.change, c.kind])).toEqual([
      ['moved-and-amount', 'monthly-fee-due'],
      ['removed', 'data-deletion'],
    ]);
  });
});
