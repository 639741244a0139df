/**
 * Assembly: the events the contributors make, merged in order, cut at the window's last day,
 * with the provisions they cite (`basis`) and where the contract stands (`status`).
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import { PROVISIONS, type ProvisionRef } from '../core/provisions.js';
import {
  KIND_ORDER,
  type ContractStatus,
  type ContractTimelineResult,
  type TerminationCause,
  type TimelineEvent,
  type TimelineEventFields,
  type TimelineEventKind,
  type TimelineTerm,
} from './events.js';
import { dayText } from './rendering.js';

/** An event's fields while it is built. */
export type Fields = { -readonly [K in keyof TimelineEventFields]?: TimelineEventFields[K] };

/**
 * An amount the customer owes, with the event that shows it. One class for every amount due,
 * so the ledger's reads of the dues (ledger.ts, at-once.ts, one-off-amounts.ts) meet one shape.
 */
export class Due {
  /** What a payment names to designate it (ledger.ts): given, or made when first read. */
  #designation: string | undefined;

  constructor(
    readonly dueDate: CalendarDate,
    readonly amount: Yen,
    /** The stream of fees it belongs to (−1: the contract's one-off amounts). */
    readonly stream: number,
    readonly option: string | undefined,
    readonly serviceMonth: string | undefined,
    designation: string | undefined,
    /**
     * The event that shows it. Absent: a plain month's fee ({@link PlainFee}), a
     * `'monthly-fee-due'` citing 25.3, which is its own entry in the timeline's events.
     */
    readonly event: (TimelineEvent & { readonly amount: Yen }) | undefined,
  ) {
    this.#designation = designation;
  }

  /**
   * What a payment names to designate it (ledger.ts's `designationKey`); a plain month's fee's
   * (`'option|YYYY-MM'`) is made only if a payment designates something — few records do.
   */
  get designation(): string {
    let d = this.#designation;
    if (d === undefined) {
      d = `${this.option ?? ''}|${this.serviceMonth ?? ''}`;
      this.#designation = d;
    }
    return d;
  }
}

/**
 * A plain month's fee (第25条3項: `'monthly-fee-due'` citing 25.3 alone, `Timeline.plainDue`):
 * an amount due that is also its own entry in the timeline's events, so each month of a stream
 * makes one object, not an event, its `basis` list and a due. The timeline's result writes it
 * as the event it stands for ({@link eventOfEntry}); the CLI's compact rows read it as it is
 * (`leanTimelineOf`, src/cli/compact.ts). A {@link Due} without an event (no other kind of entry
 * is a Due): one class, no subclass to construct.
 */
export type PlainFee = Due & { readonly serviceMonth: string; readonly event: undefined };

/** Whether an entry of the events is a plain month's fee, not an event. */
export const isPlainFee = (e: Entry): e is PlainFee => e instanceof Due;

/** An entry of the timeline's events: an event, or a plain month's fee standing for one. */
export type Entry = TimelineEvent | PlainFee;

/**
 * The event an entry stands for: a plain month's fee as `{ date, kind, basis, amount,
 * serviceMonth, option? }` (the order of its keys in every result), any other event as it is.
 */
export function eventOfEntry(e: Entry): TimelineEvent {
  if (!isPlainFee(e)) return e;
  const event: Fields = {
    date: dayText(e.dueDate),
    kind: 'monthly-fee-due',
    basis: cite('25.3'),
    amount: e.amount,
    serviceMonth: e.serviceMonth,
  };
  if (e.option !== undefined) event.option = e.option;
  return event as TimelineEvent;
}

const PLAIN_FEE_ORDER = KIND_ORDER['monthly-fee-due'];

/** A fresh list of distinct provisions (no dedupe needed: the caller lists each once). */
export const cite = (...list: ProvisionRef[]): ProvisionRef[] => list;

/**
 * `items` in the order of their `keys`, ties in position order — only those whose key is below
 * `below`. A key and its position pack into one number (keys are within ±2^32, a timeline has
 * fewer than 2^20 items), all distinct. The contributors make their events in a few ascending
 * runs (the schedule, each stream of fees, the ledger), so a merge of those runs does the work —
 * no comparator, no typed array, and no merge at all when the items are already in order: this
 * runs for every contract of a batch. The runs are found as the keys are packed, and the items
 * picked as the packed numbers are read back: no list of positions in between.
 */
function inOrder<T>(items: readonly T[], keys: readonly number[], below = Number.POSITIVE_INFINITY): T[] {
  let from: number[] = [];
  // Where each ascending run begins, then n.
  const runs: number[] = [0];
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key >= below) continue;
    const value = key * 1_048_576 + i;
    if (value < previous) runs.push(from.length);
    from.push(value);
    previous = value;
  }
  const n = from.length;
  runs.push(n);
  if (runs.length > 2) {
    let to = from.slice();
    while (runs.length > 2) {
      // Pairs of runs merged; the bounds of the merged runs written over those read (never ahead of them).
      let w = 1;
      let r = 0;
      for (; r + 2 < runs.length; r += 2) {
        mergeRuns(from, to, runs[r] as number, runs[r + 1] as number, runs[r + 2] as number);
        runs[w++] = runs[r + 2] as number;
      }
      if (r + 1 < runs.length) {
        for (let i = runs[r] as number; i < n; i++) to[i] = from[i] as number;
        runs[w++] = n;
      }
      runs.length = w;
      const swap = from;
      from = to;
      to = swap;
    }
  }
  const out = new Array<T>(n);
  for (let m = 0; m < n; m++) {
    const value = from[m] as number;
    out[m] = items[value - Math.floor(value / 1_048_576) * 1_048_576] as T;
  }
  return out;
}

/** `from[lo, mid)` and `from[mid, hi)`, each ascending, merged into `to[lo, hi)`. */
function mergeRuns(from: readonly number[], to: number[], lo: number, mid: number, hi: number): void {
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    const x = from[i] as number;
    const y = from[j] as number;
    if (x < y) {
      to[k++] = x;
      i++;
    } else {
      to[k++] = y;
      j++;
    }
  }
  while (i < mid) to[k++] = from[i++] as number;
  while (j < hi) to[k++] = from[j++] as number;
}

/**
 * The events under construction: the event objects and, beside them, their sort keys
 * (`day × 32 + the kind's order`; there are fewer than 32 kinds), and the amounts due.
 */
export class Timeline {
  readonly keys: number[] = [];
  /** The events, and the plain months' fees standing for theirs (the month's bill's: none). */
  readonly events: Entry[] = [];
  readonly dues: Due[] = [];
  /** The dues' keys, beside them: sorted by without reading each due (`sortedDues`). */
  readonly #dueKeys: number[] = [];

  /**
   * Whether the events carry their English `note`. A contributor tests it before building
   * a note's text (`t.notes && NOTES.renewal(term, through)`), so a batch that leaves the
   * notes out (`notes: false`) and the bill path never build those strings.
   */
  constructor(
    readonly notes: boolean = true,
    /** The kinds of event kept by `add` (default: all). The bill keeps its refunds only: its amounts due come through `due`. */
    readonly kinds?: ReadonlySet<TimelineEventKind>,
    /**
     * The month's bill: its amounts due need no event (`plainDue`), and those due before this
     * day are not wanted at all (a bill without payments: nothing before its month counts).
     */
    readonly bill?: { readonly dueFrom: number },
  ) {}

  /** Whether `add` keeps events of `kind` (a contributor may skip working out one that is not kept). */
  wants(kind: TimelineEventKind): boolean {
    return this.kinds === undefined || this.kinds.has(kind);
  }

  /** Adds an event built by the caller. */
  push(date: CalendarDate, event: TimelineEvent): void {
    this.keys.push(date.epochDay * 32 + KIND_ORDER[event.kind]);
    this.events.push(event);
  }

  /**
   * Adds an event of `kind` on `date` with `basis`, the other `fields` and, last, its `note`
   * (`false` or absent: none — what `t.notes && …` gives when the notes are left out).
   */
  add(
    date: CalendarDate,
    kind: TimelineEventKind,
    basis: ProvisionRef[],
    fields?: Fields,
    note?: string | false,
  ): void {
    if (!this.wants(kind)) return;
    const event: Fields = { date: dayText(date), kind, basis };
    if (fields !== undefined) Object.assign(event, fields);
    if (typeof note === 'string') event.note = note;
    this.push(date, event as TimelineEvent);
  }

  /** An amount the customer owes on `date`: an event (its `note` last, if any), and a due for the ledger. */
  due(
    date: CalendarDate,
    event: TimelineEvent & { readonly amount: Yen },
    stream: number,
    /** Undefined: a month's fee's (`'option|YYYY-MM'`), made only if a payment designates something. */
    designation: string | undefined,
    note?: string | false,
  ): void {
    if (this.bill !== undefined && date.epochDay < this.bill.dueFrom) return;
    if (typeof note === 'string') (event as Fields).note = note;
    if (this.bill === undefined) this.push(date, event);
    const key = date.epochDay * 32 + KIND_ORDER[event.kind];
    this.#dueKeys.push(key);
    this.dues.push(new Due(date, event.amount, stream, event.option, event.serviceMonth, designation, event));
  }

  /**
   * A plain month's fee (`'monthly-fee-due'` citing 25.3 alone): one {@link PlainFee}, the due
   * and — the timeline's, not the month's bill's — its own entry in the events. The month's bill
   * makes its line only if it falls in the month (bill.ts).
   */
  plainDue(date: CalendarDate, amount: Yen, stream: number, option: string | undefined, serviceMonth: string): void {
    const key = date.epochDay * 32 + PLAIN_FEE_ORDER;
    const fee = new Due(date, amount, stream, option, serviceMonth, undefined, undefined) as PlainFee;
    this.#dueKeys.push(key);
    this.dues.push(fee);
    if (this.bill === undefined) {
      this.keys.push(key);
      this.events.push(fee);
    }
  }

  /** The dues in order of due date, ties as their events (often already so: then no sort). */
  sortedDues(): Due[] {
    const keys = this.#dueKeys;
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as number) <= (keys[i] as number);
    return sorted ? this.dues : inOrder(this.dues, keys);
  }

  /** The events up to `until`, in order: each plain month's fee as the event it stands for. */
  sortedEvents(until: CalendarDate): TimelineEvent[] {
    const out = inOrder(this.events, this.keys, (until.epochDay + 1) * 32);
    for (let i = 0; i < out.length; i++) {
      const e = out[i] as Entry;
      if (isPlainFee(e)) out[i] = eventOfEntry(e);
    }
    return out as TimelineEvent[];
  }

  /** The entries up to `until`, in order, the plain months' fees as they are (`leanTimelineOf`). */
  sortedEntries(until: CalendarDate): Entry[] {
    return inOrder(this.events, this.keys, (until.epochDay + 1) * 32);
  }

  /** The events as made (not sorted), each plain month's fee as its event: for tests. */
  madeEvents(): TimelineEvent[] {
    return this.events.map(eventOfEntry);
  }
}

const PROVISION_INDEX: ReadonlyMap<string, number> = new Map(PROVISIONS.map((r, i) => [r, i]));
/** Where 25.3 (the one provision a plain month's fee cites) stands in PROVISIONS. */
const PLAIN_FEE_PROVISION = PROVISIONS.indexOf('25.3');
/** Where 9.6 (the billing start every result reports) stands in PROVISIONS. */
const BILLING_START_PROVISION = PROVISIONS.indexOf('9.6');

/** Every provision the events cite, in the order of the terms, and 9.6 always (the billing start). */
export function basisOfEvents(events: readonly Entry[]): ProvisionRef[] {
  // The positions in PROVISIONS of the provisions cited, each once (a timeline cites a dozen or
  // so: a short list, no table of every provision to make and read off), then put in order.
  // The last two provisions met are skipped without a lookup: events come in runs citing the
  // same ones (a month's fee, its payment, its interest).
  const cited: number[] = [BILLING_START_PROVISION];
  let last: string | undefined;
  let before: string | undefined;
  // A plain month's fee cites 25.3 alone: noted once, not looked up fee by fee.
  let plainFees = false;
  for (let k = 0; k < events.length; k++) {
    const e = events[k] as Entry;
    if (isPlainFee(e)) {
      plainFees = true;
      continue;
    }
    const refs = e.basis;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i] as ProvisionRef;
      if (r === last || r === before) continue;
      const at = PROVISION_INDEX.get(r) ?? 0;
      if (!cited.includes(at)) cited.push(at);
      before = last;
      last = r;
    }
  }
  if (plainFees && !cited.includes(PLAIN_FEE_PROVISION)) cited.push(PLAIN_FEE_PROVISION);
  // In the order of the terms: an insertion sort, as the list is short.
  const basis: ProvisionRef[] = [];
  for (let i = 1; i < cited.length; i++) {
    const x = cited[i] as number;
    let k = i - 1;
    for (; k >= 0 && (cited[k] as number) > x; k--) cited[k + 1] = cited[k] as number;
    cited[k + 1] = x;
  }
  for (let i = 0; i < cited.length; i++) basis.push(PROVISIONS[cited[i] as number] as ProvisionRef);
  return basis;
}

/** Where the contract stands on `asOf`. */
export function statusOf(
  asOf: CalendarDate,
  billingStart: CalendarDate,
  terminationDate: CalendarDate | undefined,
): ContractStatus {
  if (terminationDate !== undefined && asOf.isAfter(terminationDate)) return 'ended';
  if (asOf.isBefore(billingStart)) return 'not-started';
  return terminationDate !== undefined ? 'ending' : 'running';
}

/** What the assembly needs to write a result. */
export interface Assembled {
  readonly id?: string | undefined;
  readonly asOf: CalendarDate;
  readonly until: CalendarDate;
  readonly billingStart: CalendarDate;
  readonly terms: readonly { number: number; start: CalendarDate; end: CalendarDate }[];
  readonly terminationDate: CalendarDate | undefined;
  readonly cause: TerminationCause | undefined;
  readonly paymentsRecorded: boolean;
  readonly principal: Yen;
  readonly interest: Yen;
  readonly unapplied: Yen;
  /** The events (`Timeline.sortedEvents`), or the entries (`Timeline.sortedEntries`: a lean result). */
  readonly events: readonly Entry[];
}

/**
 * A timeline's result whose plain months' fees may be {@link PlainFee} entries, not the events
 * they stand for: what the CLI's compact rows read (`leanTimelineOf`). Never a public result.
 */
export type LeanTimelineResult = Omit<ContractTimelineResult, 'events'> & { readonly events: readonly Entry[] };

/**
 * The result of a timeline: fields set one by one (V8 builds such objects fastest, docs/performance.md).
 * A public result when `a.events` holds events only (`Timeline.sortedEvents`).
 */
export function resultOf(a: Assembled): LeanTimelineResult {
  const status = statusOf(a.asOf, a.billingStart, a.terminationDate);
  const day = a.asOf.epochDay;
  let term: Assembled['terms'][number] | undefined;
  for (let i = 0; i < a.terms.length && term === undefined; i++) {
    const x = a.terms[i] as Assembled['terms'][number];
    if (x.start.epochDay <= day && day <= x.end.epochDay) term = x;
  }
  const current: TimelineTerm | undefined =
    term === undefined ? undefined : { number: term.number, start: dayText(term.start), end: dayText(term.end) };
  const terminationDate = a.terminationDate === undefined ? null : dayText(a.terminationDate);
  const currentTerm = status === 'ended' || current === undefined ? null : current;
  const basis = basisOfEvents(a.events);
  // `id` first when there is one: two whole literals (one shape each), not a spread of `{ id }`
  // into a larger one, which V8 does many times more slowly (docs/performance.md).
  return a.id === undefined
    ? {
        asOf: dayText(a.asOf),
        until: dayText(a.until),
        status,
        billingStartDate: dayText(a.billingStart),
        currentTerm,
        terminationDate,
        terminationCause: a.cause ?? null,
        paymentsRecorded: a.paymentsRecorded,
        outstanding: a.principal + a.interest,
        outstandingPrincipal: a.principal,
        outstandingInterest: a.interest,
        unappliedPayments: a.unapplied,
        events: a.events,
        basis,
      }
    : {
        id: a.id,
        asOf: dayText(a.asOf),
        until: dayText(a.until),
        status,
        billingStartDate: dayText(a.billingStart),
        currentTerm,
        terminationDate,
        terminationCause: a.cause ?? null,
        paymentsRecorded: a.paymentsRecorded,
        outstanding: a.principal + a.interest,
        outstandingPrincipal: a.principal,
        outstandingInterest: a.interest,
        unappliedPayments: a.unapplied,
        events: a.events,
        basis,
      };
}
