/**
 * How one contract's events differ between two readings (compare.ts): events pair up by what
 * they concern — kind, option, month of service, term — and a pair differs by its day, its
 * amount or both; an event under one reading only is added or removed.
 *
 * @module
 */
import type { Yen } from '../core/money.js';
import type { ProvisionRef } from '../core/provisions.js';
import { KIND_ORDER, type TimelineEvent } from './events.js';

/** How an event differs between the two readings. */
export const EVENT_CHANGES = ['added', 'removed', 'moved', 'amount', 'moved-and-amount'] as const;
/** `added`/`removed`: only under one reading; `moved`: another day; `amount`: another amount; `moved-and-amount`: both. */
export type EventChangeKind = (typeof EVENT_CHANGES)[number];

/** An event's day and amount under one reading. */
export interface EventSide {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Whole yen, when the event carries an amount. */
  readonly amount?: Yen;
}

/** One event that differs between the base and the alternative reading. */
export interface EventChange {
  readonly change: EventChangeKind;
  readonly kind: TimelineEvent['kind'];
  /** The option service the event concerns (absent: the contract itself). */
  readonly option?: string;
  /** Fee and interest events: the month of service. */
  readonly serviceMonth?: string;
  /** Renewals and deadlines: the number of the term. */
  readonly term?: number;
  /** The event under the base options; absent when `added`. */
  readonly before?: EventSide;
  /** The event under the alternative options; absent when `removed`. */
  readonly after?: EventSide;
  /** The event's provisions (under the alternative; under the base when removed). */
  readonly basis: ProvisionRef[];
}

/**
 * What makes an event the same event under both readings: its kind and what it concerns
 * (the option, the month of service, the term) — never its day or amount, which are what a
 * reading may change. Events with the same identity pair up in order.
 */
function identity(e: TimelineEvent): string {
  return `${e.kind}|${e.option ?? ''}|${e.serviceMonth ?? ''}|${e.term ?? ''}`;
}

function side(e: TimelineEvent): EventSide {
  return e.amount === undefined ? { date: e.date } : { date: e.date, amount: e.amount };
}

function changeOf(
  change: EventChangeKind,
  e: TimelineEvent,
  before?: TimelineEvent,
  after?: TimelineEvent,
): EventChange {
  const out: { -readonly [K in keyof EventChange]?: EventChange[K] } = { change, kind: e.kind };
  if (e.option !== undefined) out.option = e.option;
  if (e.serviceMonth !== undefined) out.serviceMonth = e.serviceMonth;
  if (e.term !== undefined) out.term = e.term;
  if (before !== undefined) out.before = side(before);
  if (after !== undefined) out.after = side(after);
  out.basis = [...e.basis];
  return out as EventChange;
}

/** The events that differ, in the order of their (earlier) day, ties by kind. */
export function eventChangesOf(base: readonly TimelineEvent[], alternative: readonly TimelineEvent[]): EventChange[] {
  const waiting = new Map<string, TimelineEvent[]>();
  for (const e of base) {
    const key = identity(e);
    const list = waiting.get(key);
    if (list === undefined) waiting.set(key, [e]);
    else list.push(e);
  }
  const changes: EventChange[] = [];
  for (const after of alternative) {
    const before = waiting.get(identity(after))?.shift();
    if (before === undefined) {
      changes.push(changeOf('added', after, undefined, after));
      continue;
    }
    const moved = before.date !== after.date;
    const amount = before.amount !== after.amount;
    if (moved || amount) {
      changes.push(changeOf(moved ? (amount ? 'moved-and-amount' : 'moved') : 'amount', after, before, after));
    }
  }
  for (const list of waiting.values()) for (const before of list) changes.push(changeOf('removed', before, before));
  const day = (c: EventChange) => {
    const dates = [c.before?.date, c.after?.date].filter((d) => d !== undefined);
    return dates.sort()[0] as string;
  };
  return changes
    .map((c, i) => ({ c, i, d: day(c) }))
    .sort((x, y) => (x.d < y.d ? -1 : x.d > y.d ? 1 : KIND_ORDER[x.c.kind] - KIND_ORDER[y.c.kind] || x.i - y.i))
    .map(({ c }) => c);
}
