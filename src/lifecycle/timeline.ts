/**
 * A contract's timeline: every date and amount the terms attach to one contract record,
 * in order, each with the provisions behind it.
 *
 * The timeline adds no rule of its own. Each event is an article's answer — 第9条 for the
 * billing start, 第11条 for the terms, renewals and their deadlines, 第12条 for the minimum
 * term, 第13条–第15条 for the ways a contract ends, 第16条 and 第27条 for what follows, 第25条
 * for the fees and their due dates, 第26条 for late interest, 第3条 for when a notice given
 * as an instant counts and 第1条 for a contract's own settings. This module only decides
 * which questions to ask, in which order, and up to which day.
 *
 * @module
 */
import { basis as basisOf } from '../core/basis.js';
import { CalendarDate, MAX_EPOCH_DAY, MAX_YEAR } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput, isTermsError, type TermsIssue } from '../core/errors.js';
import type { Yen } from '../core/money.js';
import {
  optionsFor,
  type DeadlineCounting,
  type OptionsFor,
  type OptionsReadBy,
  type ResolvedOptions,
} from '../core/options.js';

/** The options a timeline reads: every rule's but the company holidays (`OPTIONS_READ.contractTimeline`). */
export type TimelineOptions = Pick<ResolvedOptions, OptionsReadBy<'contractTimeline'>>;
import { PROVISIONS, type ProvisionRef } from '../core/provisions.js';
import { dateField, parseInput, type DateInput } from '../core/schema.js';
import { YearMonth } from '../core/year-month.js';
import * as z from 'zod/mini';
import { applyPrecedence } from '../articles/article-01.js';
import { noticeEffective, type NoticeSender } from '../articles/article-03.js';
import { billingStartDateOf } from '../articles/article-09.js';
import {
  TERMS_RENEWAL,
  renewalScheduleOf,
  renewsAfterOf,
  termEndOf,
  type RenewalDates,
  type RenewalTerms,
} from '../articles/article-11.js';
import { earlyTerminationFeeOf, minimumTermEndOf } from '../articles/article-12.js';
import { customerTermination, terminationExtension } from '../articles/article-13.js';
import { companyTermination } from '../articles/article-14.js';
import { discontinuationNoticeDeadlineOf, discontinuationRefundOf } from '../articles/article-15.js';
import { dataDeletableFromOf } from '../articles/article-16.js';
import { invoiceLinesOf, type InvoiceLine, type InvoiceTerms } from '../articles/article-25.js';
import { allocatePaymentsOf, lateInterestWithPaymentsOf, type PaymentOf } from '../articles/article-26.js';
import { confidentialityEnd } from '../articles/article-27.js';
import { parseContractRecord, type ContractRecord, type ParsedContract, type ParsedTiming } from './contract.js';
import {
  KIND_ORDER,
  type ContractStatus,
  type ContractTimelineResult,
  type TerminationCause,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineTerm,
} from './events.js';

/** The window of a timeline: "today", and the last day to show. */
export interface TimelineWindow {
  /** The day the timeline is computed for ("today", JST). Notices and payments must not be later. */
  readonly asOf: DateInput;
  /**
   * The last day to show. Default: the end of the contract — the last day 第27条3項 still
   * binds, or `asOf` if that is later — or, for a contract that keeps renewing, 3 years
   * after `asOf`.
   */
  readonly until?: DateInput | undefined;
}

/** How far ahead a contract that keeps renewing is shown by default, in years after `asOf`. */
export const DEFAULT_HORIZON_YEARS = 3;

/** The settings 第1条2項 lets an individual contract change, with the terms' values (第11条1項). */
const TERMS_SETTINGS: {
  readonly autoRenewal: boolean;
  readonly renewalMonths: number;
  readonly nonRenewalNoticeMonths: number;
} = Object.freeze({
  autoRenewal: true,
  renewalMonths: TERMS_RENEWAL.renewalMonths,
  nonRenewalNoticeMonths: TERMS_RENEWAL.nonRenewalNoticeMonths,
});

/** More terms than a contract can have between 1900 and 2199 (a term is a month or more). */
const MAX_TERMS = (MAX_YEAR - 1900 + 1) * 12;

const WindowSchema = z.strictObject({ asOf: dateField, until: z.optional(dateField) });

const LAST_DAY = CalendarDate.fromEpochDay(MAX_EPOCH_DAY);
const PROVISION_INDEX: ReadonlyMap<string, number> = new Map(PROVISIONS.map((r, i) => [r, i]));
/** Where 9.6 (the billing start every result reports) stands in PROVISIONS. */
const BILLING_START_PROVISION = PROVISIONS.indexOf('9.6');

// Text of the days and months a batch meets again and again (month ends above all):
// memoised, and bounded, so the cache is never observable and never grows without limit.
const DAY_TEXT = new Map<number, string>();
const MONTH_TEXT = new Map<number, string>();
const TEXT_LIMIT = 40_000;

function dayText(date: CalendarDate): string {
  let text = DAY_TEXT.get(date.epochDay);
  if (text === undefined) {
    text = date.toString();
    if (DAY_TEXT.size < TEXT_LIMIT) DAY_TEXT.set(date.epochDay, text);
  }
  return text;
}

function monthText(month: YearMonth): string {
  const key = month.year * 12 + month.month;
  let text = MONTH_TEXT.get(key);
  if (text === undefined) {
    text = month.toString();
    if (MONTH_TEXT.size < TEXT_LIMIT) MONTH_TEXT.set(key, text);
  }
  return text;
}

// Months and renewal schedules a batch meets again and again, made once. Value objects
// are immutable and the schedules are frozen, so sharing them is safe; both tables are
// bounded (by the months of 1900–2199, and by a limit on renewal schedules).
const MONTHS = new Map<number, YearMonth>();
const SCHEDULES = new Map<number, RenewalDates>();

function monthAt(index: number): YearMonth {
  let month = MONTHS.get(index);
  if (month === undefined) {
    month = YearMonth.of(CalendarDate.of(Math.floor(index / 12), (index % 12) + 1, 1));
    MONTHS.set(index, month);
  }
  return month;
}

function renewalSchedule(termEnd: CalendarDate, counting: DeadlineCounting, terms: RenewalTerms): RenewalDates {
  // One number: the day (±2^17), the counting (2), the renewal months (≤ 1200), the notice months (≤ 24).
  const key =
    ((termEnd.epochDay * 2 + (counting === 'naive' ? 1 : 0)) * 1_201 + terms.renewalMonths) * 25 +
    terms.nonRenewalNoticeMonths;
  let schedule = SCHEDULES.get(key);
  if (schedule === undefined) {
    schedule = Object.freeze(renewalScheduleOf(termEnd, counting, terms));
    if (SCHEDULES.size < TEXT_LIMIT) SCHEDULES.set(key, schedule);
  }
  return schedule;
}

/** A fresh list of distinct provisions (no dedupe needed: the caller lists each once). */
const cite = (...list: ProvisionRef[]): ProvisionRef[] => list;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `years` after `date`, or the last supported day when that is later. */
function yearsAfter(date: CalendarDate, years: number): CalendarDate {
  return date.year + years > MAX_YEAR ? LAST_DAY : date.addYears(years);
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a.epochDay >= b.epochDay ? a : b;
}

/** Runs an article's public function, moving the paths of its errors under the record's field names. */
function asked<T>(paths: Readonly<Record<string, string>>, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!isTermsError(e)) throw e;
    throw new TermsError(
      e.code,
      e.issues.map((i) => ({ ...i, path: paths[i.path] ?? i.path })),
    );
  }
}

// ---------------------------------------------------------------------------------------
// Events under construction

/** An amount the customer owes, with the event that shows it. */
interface Due {
  readonly dueDate: CalendarDate;
  readonly amount: Yen;
  /** `day × 32 + the kind's order`, as for events. */
  readonly key: number;
  readonly stream: number;
  readonly serviceMonth?: string | undefined;
}

type Fields = { -readonly [K in keyof TimelineEvent]?: TimelineEvent[K] };

/**
 * Positions `0 … keys.length − 1` in the order of their keys, ties in position order —
 * only those whose key is below `below`. A key and its position pack into one float (keys
 * are within ±2^32, a timeline has fewer than 2^20 items), so a typed-array sort — numeric,
 * no comparator — does the work: this runs for every contract of a batch.
 */
function order(keys: readonly number[], below = Number.POSITIVE_INFINITY): Float64Array {
  let n = 0;
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key < below) packed[n++] = key * 1_048_576 + i;
  }
  const sorted = packed.subarray(0, n).sort();
  for (let i = 0; i < n; i++) {
    const value = sorted[i] as number;
    sorted[i] = value - Math.floor(value / 1_048_576) * 1_048_576;
  }
  return sorted;
}

/** `items` at the positions of `at`, in that order. */
function pick<T>(items: readonly T[], at: Float64Array): T[] {
  const out = new Array<T>(at.length);
  for (let i = 0; i < at.length; i++) out[i] = items[at[i] as number] as T;
  return out;
}

/**
 * The events under construction: the event objects and, beside them, their sort keys
 * (`day × 32 + the kind's order`; there are fewer than 32 kinds), and the amounts due.
 */
class Timeline {
  readonly keys: number[] = [];
  readonly events: TimelineEvent[] = [];
  readonly dues: Due[] = [];

  /** Adds an event built by the caller. */
  push(date: CalendarDate, event: TimelineEvent): void {
    this.keys.push(date.epochDay * 32 + KIND_ORDER[event.kind]);
    this.events.push(event);
  }

  add(date: CalendarDate, kind: TimelineEventKind, basis: ProvisionRef[], fields?: Fields): void {
    const event: Fields = { date: dayText(date), kind, basis };
    if (fields !== undefined) Object.assign(event, fields);
    this.push(date, event as TimelineEvent);
  }

  /** An amount the customer owes on `date`: an event, and a due for 第26条. */
  due(date: CalendarDate, event: TimelineEvent & { readonly amount: Yen }, stream: number): void {
    this.push(date, event);
    this.dues.push({
      dueDate: date,
      amount: event.amount,
      key: date.epochDay * 32 + KIND_ORDER[event.kind],
      stream,
      serviceMonth: event.serviceMonth,
    });
  }

  /** The dues in order of due date, ties as their events (often already so: then no sort). */
  sortedDues(): Due[] {
    const dues = this.dues;
    let sorted = true;
    for (let i = 1; i < dues.length && sorted; i++) sorted = (dues[i - 1] as Due).key <= (dues[i] as Due).key;
    return sorted ? dues : pick(dues, order(dues.map((d) => d.key)));
  }

  /** The events up to `until`, in order. */
  sortedEvents(until: CalendarDate): TimelineEvent[] {
    return pick(this.events, order(this.keys, (until.epochDay + 1) * 32));
  }
}

// ---------------------------------------------------------------------------------------
// Notices

interface Notice {
  readonly on: CalendarDate;
  /** 第3条's provisions when the day came from instants. */
  readonly refs: ProvisionRef[];
}

/** The day a notice took effect: given as `on`, or from its instants by 第3条 (I-03). */
function noticeDay(
  timing: ParsedTiming,
  sender: NoticeSender,
  path: string,
  c: ParsedContract,
  asOf: CalendarDate,
): Notice {
  const { on, sentAt, arrivedAt, method } = timing;
  let notice: Notice;
  let field = `${path}.on`;
  if (on !== undefined) {
    if (sentAt !== undefined || arrivedAt !== undefined) {
      throw invalidInput(
        field,
        'expected either the day the notice took effect (on) or when it was sent or arrived (sentAt / arrivedAt), not both',
      );
    }
    notice = { on, refs: [] };
  } else if (sentAt !== undefined || arrivedAt !== undefined) {
    const r = asked(
      { sentAt: `${path}.sentAt`, arrivedAt: `${path}.arrivedAt`, method: `${path}.method`, input: path },
      () =>
        noticeEffective(
          sender === 'customer'
            ? { sender, method: method === 'website' ? (method as never) : (method ?? 'letter'), sentAt, arrivedAt }
            : { sender, method: method ?? 'email', sentAt, arrivedAt },
        ),
    );
    field = r.rule === 'on-arrival' ? `${path}.arrivedAt` : `${path}.sentAt`;
    notice = { on: CalendarDate.parse(r.effectiveOn), refs: r.basis };
  } else {
    throw invalidInput(
      field,
      'expected the day the notice took effect (on), or when it was sent or arrived (sentAt / arrivedAt)',
    );
  }
  if (notice.on.isBefore(c.formationDate)) {
    throw invalidInput(
      field,
      `expected a notice on or after the contract was formed (formationDate ${c.formationDate.toString()}), got ${notice.on.toString()}`,
      'not-before',
      { other: 'formationDate', date: c.formationDate.toString(), received: notice.on.toString() },
    );
  }
  if (notice.on.isAfter(asOf)) {
    throw invalidInput(
      field,
      `expected a notice given on or before asOf (${asOf.toString()}): the record holds the notices given so far, got ${notice.on.toString()}`,
      'not-after',
      { other: 'asOf', date: asOf.toString(), received: notice.on.toString() },
    );
  }
  return notice;
}

/**
 * The customer's notice of termination (第13条, for an option 13.4): the day it counts
 * (第3条) and 第13条's answer, with errors named under `path`.
 */
function customerNotice(
  timing: ParsedTiming & { readonly requestedDate?: CalendarDate | undefined },
  path: string,
  scope: 'contract' | 'option',
  c: ParsedContract,
  asOf: CalendarDate,
): { on: CalendarDate; terminationDate: CalendarDate; deemed: boolean; refs: ProvisionRef[] } {
  const notice = noticeDay(timing, 'customer', path, c, asOf);
  const r = asked({ noticeReceivedOn: `${path}.on`, requestedDate: `${path}.requestedDate` }, () =>
    customerTermination({ noticeReceivedOn: notice.on, requestedDate: timing.requestedDate, scope }),
  );
  return {
    on: notice.on,
    terminationDate: CalendarDate.parse(r.terminationDate),
    deemed: r.deemed,
    refs: [...notice.refs, ...r.basis],
  };
}

// ---------------------------------------------------------------------------------------
// The timeline

interface Ending {
  readonly date: CalendarDate;
  readonly cause: TerminationCause;
  readonly refs: ProvisionRef[];
  readonly note: string;
  readonly deemed?: boolean | undefined;
}

/** A stream of monthly fees: the contract's own, or an option's. */
interface Stream {
  readonly option?: string | undefined;
  readonly start: CalendarDate;
  readonly startRefs: ProvisionRef[];
  readonly delayedFrom?: CalendarDate | undefined;
  readonly terms: InvoiceTerms;
  /** The last day it is billed for (its own termination or the contract's), if known. */
  readonly end?: CalendarDate | undefined;
  readonly ownEnd?: Ending | undefined;
}

/** Whole yen with thousands separators (`toLocaleString` is slow on a hot path). */
function fmtYen(n: Yen): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * The trusted core of {@link contractTimeline}: a parsed record, checked dates and
 * resolved options. Exported from this module for the batch path, benchmarks and tests,
 * not from the package root.
 */
export function contractTimelineOf(
  c: ParsedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
): ContractTimelineResult {
  try {
    return build(c, asOf, untilIn, o);
  } catch (e) {
    if (isTermsError(e) && e.code === 'DATE_OUT_OF_RANGE') {
      throw new TermsError('DATE_OUT_OF_RANGE', [
        {
          path: 'until',
          message: "the contract's timeline reaches beyond 2199-12-31, the last day supported: give an earlier until",
        },
      ]);
    }
    if (isTermsError(e) && e.code === 'HOLIDAY_YEAR_OUT_OF_RANGE') {
      throw new TermsError('HOLIDAY_YEAR_OUT_OF_RANGE', [
        {
          path: 'options.bankHolidayShift',
          message: `bank holidays are known for 1955–2099 only: ${e.issues[0]?.message ?? ''}`,
        },
      ]);
    }
    throw e;
  }
}

function build(
  c: ParsedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
): ContractTimelineResult {
  const t = new Timeline();
  const issues: TermsIssue[] = [];

  // --- the record's own consistency
  if (c.scheduledStartDate.isBefore(c.formationDate)) {
    issues.push({
      path: 'scheduledStartDate',
      message: `expected a start on or after formationDate (${c.formationDate.toString()}), got ${c.scheduledStartDate.toString()}`,
      kind: 'not-before',
      params: { other: 'formationDate', date: c.formationDate.toString(), received: c.scheduledStartDate.toString() },
    });
  }
  if (c.termEndDate !== undefined && c.termMonths !== undefined) {
    issues.push({ path: 'termMonths', message: 'expected the term as termEndDate or as termMonths, not both' });
  } else if (c.termEndDate === undefined && c.termMonths === undefined) {
    issues.push({
      path: 'termEndDate',
      message:
        "expected the term's last day (termEndDate) or its length (termMonths): 第11条1項 「利用期間は、利用契約に定める」",
    });
  }
  (c.payments ?? []).forEach((p, i) => {
    if (p.date.isAfter(asOf)) {
      issues.push({
        path: `payments.${i}.date`,
        message: `expected a payment received on or before asOf (${asOf.toString()}), got ${p.date.toString()}`,
        kind: 'not-after',
        params: { other: 'asOf', date: asOf.toString(), received: p.date.toString() },
      });
    }
  });
  (c.options ?? []).forEach((opt, i) => {
    const formed = opt.formationDate ?? c.formationDate;
    if (formed.isBefore(c.formationDate)) {
      issues.push({
        path: `options.${i}.formationDate`,
        message: `expected a day on or after the contract's formationDate (${c.formationDate.toString()}), got ${formed.toString()}`,
        kind: 'not-before',
        params: { other: 'formationDate', date: c.formationDate.toString(), received: formed.toString() },
      });
    }
    if (opt.scheduledStartDate.isBefore(formed)) {
      issues.push({
        path: `options.${i}.scheduledStartDate`,
        message: `expected a start on or after the option was added (${formed.toString()}), got ${opt.scheduledStartDate.toString()}`,
        kind: 'not-before',
        params: {
          other: opt.formationDate === undefined ? 'formationDate' : `options.${i}.formationDate`,
          date: formed.toString(),
          received: opt.scheduledStartDate.toString(),
        },
      });
    }
  });
  if (issues.length > 0) throw new TermsError('INVALID_INPUT', issues);

  // --- 第1条2項: the contract's own settings prevail over the terms'
  const { settings, overridden } = applyPrecedence(TERMS_SETTINGS, c.overrides ?? {});
  const own = (key: keyof typeof TERMS_SETTINGS): ProvisionRef[] => (overridden.includes(key) ? ['1.2'] : []);
  const renewalTerms = {
    renewalMonths: settings.renewalMonths,
    nonRenewalNoticeMonths: settings.nonRenewalNoticeMonths,
  };

  // --- 第9条: formation and the billing start
  t.add(c.formationDate, 'formation', cite('9.2'), { note: 'contract formed: the 利用承諾書 reached the customer' });
  const start = billingStartDateOf(c.scheduledStartDate, c.readyDate ?? c.scheduledStartDate);
  const billingStart = start.billingStartDate;

  // --- 第11条: the term the contract sets
  const firstTermEnd = c.termEndDate ?? termEndOf(billingStart, c.termMonths as number);
  if (firstTermEnd.isBefore(billingStart)) {
    throw invalidInput(
      'termEndDate',
      `expected a term ending on or after the billing start date (${billingStart.toString()}), got ${firstTermEnd.toString()}`,
    );
  }

  // --- the notices given so far, and the endings they bring
  const notices = c.notices ?? {};
  const endings: Ending[] = [];
  let extension:
    | {
        original: CalendarDate;
        months: number;
        to: CalendarDate;
        extensionFee: Yen;
        regularFee: Yen;
        refs: ProvisionRef[];
      }
    | undefined;
  let noticeOfCustomer: { on: CalendarDate; original: CalendarDate } | undefined;

  const ct = notices.customerTermination;
  if (ct !== undefined) {
    const path = 'notices.customerTermination';
    const r = customerNotice(ct, path, 'contract', c, asOf);
    const original = r.terminationDate;
    noticeOfCustomer = { on: r.on, original };
    let date = original;
    const refs = r.refs;
    if (ct.extensionMonths !== undefined) {
      const x = asked(
        { months: `${path}.extensionMonths`, terminationDate: `${path}.requestedDate`, monthlyFee: 'monthlyFee' },
        () =>
          terminationExtension(
            { terminationDate: original, months: ct.extensionMonths as number, monthlyFee: c.monthlyFee },
            { extensionFee: o.extensionFee, rounding: o.rounding },
          ),
      );
      date = CalendarDate.parse(x.terminationDate);
      extension = {
        original,
        months: x.months,
        to: date,
        extensionFee: x.extensionFee,
        regularFee: x.regularFee,
        refs: x.basis,
      };
      refs.push('13.5');
    }
    endings.push({
      date,
      cause: 'customer',
      refs: basisOf(...refs),
      deemed: r.deemed,
      note: r.deemed
        ? "the contract's last day: the end of the month after the customer's notice arrived (第13条2項)"
        : "the contract's last day: the end of the month the customer's notice asked for",
    });
  }

  const co = notices.companyTermination;
  if (co !== undefined) {
    const path = 'notices.companyTermination';
    const notice = noticeDay(co, 'company', path, c, asOf);
    const r = asked({ noticeGivenOn: `${path}.on`, requestedDate: `${path}.requestedDate` }, () =>
      companyTermination({ noticeGivenOn: notice.on, requestedDate: co.requestedDate }),
    );
    endings.push({
      date: CalendarDate.parse(r.terminationDate),
      cause: 'company',
      refs: basisOf(...notice.refs, ...r.basis),
      note: "the contract's last day: the end of the month the company's notice named (第14条2項)",
    });
  }

  const dc = notices.discontinuation;
  let discontinuation: { date: CalendarDate; refs: ProvisionRef[] } | undefined;
  if (dc !== undefined) {
    const path = 'notices.discontinuation';
    if (dc.date.isBefore(c.formationDate)) {
      throw invalidInput(
        `${path}.date`,
        `expected a discontinuation on or after formationDate (${c.formationDate.toString()}), got ${dc.date.toString()}`,
        'not-before',
        { other: 'formationDate', date: c.formationDate.toString(), received: dc.date.toString() },
      );
    }
    const ground = dc.ground ?? 'notice';
    const groundRef: ProvisionRef = ground === 'notice' ? '15.1.1' : ground === 'cannot-provide' ? '15.1.2' : '15.1.3';
    const given =
      dc.on !== undefined || dc.sentAt !== undefined || dc.arrivedAt !== undefined
        ? noticeDay(dc, 'company', path, c, asOf)
        : undefined;
    if (ground === 'notice') {
      const deadline = discontinuationNoticeDeadlineOf(dc.date, o.deadlineCounting);
      const late = given?.on.isAfter(deadline);
      t.add(deadline, 'discontinuation-notice-deadline', cite('15.1.1'), {
        note:
          given === undefined
            ? 'last day for the company to notify the discontinuation, 30 days before it'
            : late
              ? `last day for the company to notify the discontinuation; the notice of ${given.on.toString()} came after it`
              : `last day for the company to notify the discontinuation; notified on ${given.on.toString()}`,
      });
    }
    discontinuation = { date: dc.date, refs: basisOf('15.1', groundRef, ...(given?.refs ?? [])) };
    t.add(dc.date, 'discontinuation', discontinuation.refs, {
      note: 'the service is discontinued; the contract ends on this day (第15条1項)',
    });
    endings.push({
      date: dc.date,
      cause: 'discontinuation',
      refs: cite('15.1'),
      note: "the contract's last day: the service is discontinued (第15条1項)",
    });
  }

  const nr = notices.nonRenewal;
  const nonRenewal =
    nr === undefined ? undefined : { ...noticeDay(nr, nr.by, 'notices.nonRenewal', c, asOf), by: nr.by };

  // --- 第11条: the terms, renewals and the deadlines before each expiry
  const byNotice = endings.reduce<Ending | undefined>(
    (a, e) => (a === undefined || e.date.isBefore(a.date) ? e : a),
    undefined,
  );
  let horizon = yearsAfter(asOf, DEFAULT_HORIZON_YEARS);
  if (untilIn !== undefined) horizon = later(horizon, untilIn);
  const terms: { number: number; start: CalendarDate; end: CalendarDate }[] = [];
  let termStart = billingStart;
  let termEnd = firstTermEnd;
  for (let number = 1; number <= MAX_TERMS; number++) {
    terms.push({ number, start: termStart, end: termEnd });
    if (byNotice?.date.isBefore(termEnd)) break;
    const schedule = renewalSchedule(termEnd, o.deadlineCounting, renewalTerms);
    t.add(schedule.termsChangeNoticeDeadline, 'terms-change-notice-deadline', cite('11.2'), {
      term: number,
      note: `last day for the company to notify changed terms for the renewal after term ${number}`,
    });
    t.add(
      schedule.nonRenewalNoticeDeadline,
      'non-renewal-notice-deadline',
      basisOf('11.1', ...own('nonRenewalNoticeMonths')),
      {
        term: number,
        note: `last day for either party to decline the renewal after term ${number}`,
      },
    );
    if (byNotice?.date.equals(termEnd)) break;
    if (!settings.autoRenewal) {
      endings.push({
        date: termEnd,
        cause: 'expiry',
        refs: cite('11.1', '1.2'),
        note: "the contract's last day: the term ends and the contract does not renew (第1条2項)",
      });
      break;
    }
    if (nonRenewal !== undefined && !renewsAfterOf(termEnd, nonRenewal.on, o.deadlineCounting, renewalTerms)) {
      endings.push({
        date: termEnd,
        cause: 'non-renewal',
        refs: basisOf(...nonRenewal.refs, '11.1', ...own('nonRenewalNoticeMonths')),
        note: `the contract's last day: the term ends, the ${nonRenewal.by} having declined the renewal (第11条1項)`,
      });
      break;
    }
    if (!termEnd.isBefore(horizon) || termEnd.epochDay >= MAX_EPOCH_DAY) break;
    t.add(schedule.renewedTermStart, 'renewal', basisOf('11.1', ...own('renewalMonths')), {
      term: number + 1,
      through: schedule.renewedTermEnd.toString(),
      note: `term ${number + 1} begins, through ${schedule.renewedTermEnd.toString()} (automatic renewal)`,
    });
    termStart = schedule.renewedTermStart;
    termEnd = schedule.renewedTermEnd;
  }

  // --- how and when the contract ends
  const order: TerminationCause[] = ['discontinuation', 'company', 'customer', 'non-renewal', 'expiry'];
  const ending = endings.reduce<Ending | undefined>(
    (a, e) =>
      a === undefined ||
      e.date.isBefore(a.date) ||
      (e.date.equals(a.date) && order.indexOf(e.cause) < order.indexOf(a.cause))
        ? e
        : a,
    undefined,
  );
  const terminationDate = ending?.date;
  const until =
    untilIn ??
    (terminationDate === undefined
      ? yearsAfter(asOf, DEFAULT_HORIZON_YEARS)
      : later(confidentialityEnd(terminationDate), asOf));
  const billUntil = later(until, asOf);

  // --- 第12条: the minimum term, and the customer's notice deadline
  const minimumMonths = c.minimumTermMonths ?? 0;
  const minimumEnd = minimumMonths > 0 ? minimumTermEndOf(c.formationDate, minimumMonths) : undefined;
  if (minimumEnd !== undefined) {
    t.add(minimumEnd, 'minimum-term-end', cite('12.1'), {
      note: `last day of the ${minimumMonths}-month minimum term`,
    });
  }
  if (noticeOfCustomer !== undefined) {
    const r = earlyTerminationFeeOf(
      c.formationDate,
      minimumMonths,
      noticeOfCustomer.original,
      c.monthlyFee,
      o.rounding,
    );
    t.add(r.noticeDeadline, 'termination-notice-deadline', r.insideMinimumTerm ? cite('12.2') : cite('13.1'), {
      note: `last day for the customer's notice to end the contract at the end of ${noticeOfCustomer.original.toString().slice(0, 7)}; it arrived on ${noticeOfCustomer.on.toString()}`,
    });
  } else if (minimumEnd !== undefined) {
    const firstFree = minimumEnd.endOfMonth();
    if (terminationDate === undefined || !terminationDate.isBefore(firstFree)) {
      const r = earlyTerminationFeeOf(c.formationDate, minimumMonths, firstFree, c.monthlyFee, o.rounding);
      t.add(r.noticeDeadline, 'termination-notice-deadline', cite('13.1', '12.1'), {
        note: `last day for a notice to end the contract at the end of ${firstFree.toString().slice(0, 7)}, the first month end after the minimum term`,
      });
    }
  }

  // --- 第25条: the initial fee
  if (c.initialFee !== undefined) {
    const { dueDate, amount } = c.initialFee;
    t.due(
      dueDate,
      {
        date: dueDate.toString(),
        kind: 'initial-fee-due',
        basis: cite('25.1.1', '25.2'),
        amount,
        note: 'initial fee (初期費用)',
      },
      -1,
    );
  }

  // --- the streams of monthly fees: the contract's, then each option's
  const continuesIntoExtension = extension && terminationDate?.isAfter(extension.original);
  const streams: Stream[] = [
    {
      start: billingStart,
      startRefs: start.delayed ? cite('9.5', '9.6') : cite('9.6'),
      delayedFrom: start.delayed ? c.scheduledStartDate : undefined,
      end: terminationDate,
      terms: {
        billingStartDate: billingStart,
        monthlyFee: c.monthlyFee,
        formationDate: c.formationDate,
        terminationDate: continuesIntoExtension ? extension?.original : terminationDate,
        extension:
          continuesIntoExtension && extension !== undefined
            ? {
                terminationDate: extension.to,
                months: extension.months,
                extensionFee: extension.extensionFee,
                regularFee: extension.regularFee,
              }
            : undefined,
      },
    },
  ];
  (c.options ?? []).forEach((opt, i) => {
    const path = `options.${i}.termination`;
    const s = billingStartDateOf(opt.scheduledStartDate, opt.readyDate ?? opt.scheduledStartDate);
    let ownEnd: Ending | undefined;
    if (opt.termination !== undefined) {
      const r = customerNotice(opt.termination, path, 'option', c, asOf);
      ownEnd = {
        date: r.terminationDate,
        cause: 'customer',
        refs: basisOf(...r.refs),
        deemed: r.deemed,
        note: `the option ${opt.name} ends on the customer's notice (第13条4項)`,
      };
    }
    const end =
      ownEnd !== undefined && (terminationDate === undefined || ownEnd.date.isBefore(terminationDate))
        ? ownEnd.date
        : terminationDate;
    streams.push({
      option: opt.name,
      start: s.billingStartDate,
      startRefs: s.delayed ? cite('9.5', '9.6', '9.7') : cite('9.6', '9.7'),
      delayedFrom: s.delayed ? opt.scheduledStartDate : undefined,
      end,
      ownEnd: ownEnd !== undefined && end !== undefined && ownEnd.date.equals(end) ? ownEnd : undefined,
      terms: {
        billingStartDate: s.billingStartDate,
        monthlyFee: opt.monthlyFee,
        formationDate: opt.formationDate ?? c.formationDate,
        terminationDate: end,
      },
    });
  });

  const discontinuationMonth = discontinuation === undefined ? undefined : YearMonth.of(discontinuation.date);
  streams.forEach((stream, index) => {
    billStream(t, stream, index, o, billUntil);
  });

  // --- 第13条5項: the extension
  if (extension !== undefined && continuesIntoExtension) {
    t.add(extension.original, 'extension', extension.refs, {
      through: extension.to.toString(),
      note: `termination extended by ${extension.months} month${extension.months === 1 ? '' : 's'} to ${extension.to.toString()} with the company's consent; extension fee ${fmtYen(extension.extensionFee)} yen, billed with each extension month`,
    });
  }

  // --- the end: 第12条2項's fee, the termination, 第16条, 第27条3項
  if (ending !== undefined) {
    if (
      minimumEnd !== undefined &&
      (ending.cause === 'customer' || (ending.cause === 'non-renewal' && nonRenewal?.by === 'customer'))
    ) {
      const r = earlyTerminationFeeOf(c.formationDate, minimumMonths, ending.date, c.monthlyFee, o.rounding);
      if (r.insideMinimumTerm) {
        t.due(
          r.dueDate,
          {
            date: r.dueDate.toString(),
            kind: 'early-termination-fee-due',
            basis: cite('12.1', '12.2'),
            amount: r.remainingFee,
            note: `the fee for the rest of the minimum term (${r.remaining.months} months and ${r.remaining.days} days, through ${r.minimumTermEndDate.toString()})`,
          },
          -1,
        );
      }
    }
    t.add(ending.date, 'termination', ending.refs, {
      cause: ending.cause,
      ...(ending.deemed === undefined ? {} : { deemed: ending.deemed }),
      note: ending.note,
    });
    t.add(dataDeletableFromOf(ending.date), 'data-deletion', cite('16'), {
      note: "the company may delete the customer's data and software, without notice",
    });
    t.add(confidentialityEnd(ending.date), 'confidentiality-end', cite('27.3'), {
      note: 'last day the duties of confidentiality (第27条) bind',
    });
  }

  // --- payments, and 第26条 on what was paid late
  const dues = t.sortedDues();
  const { outstanding, unapplied, paidTowards } = applyPayments(t, dues, c.payments, streams, asOf, o);
  const recorded = c.payments !== undefined;

  // --- 第15条2項: the refund on a discontinuation
  if (
    discontinuation !== undefined &&
    discontinuationMonth !== undefined &&
    terminationDate !== undefined &&
    discontinuation.date.equals(terminationDate)
  ) {
    streams.forEach((stream, index) => {
      if (stream.start.isAfter(discontinuation.date) || stream.end?.isBefore(discontinuation.date)) return;
      let paid = 0;
      const month = discontinuationMonth.toString();
      dues.forEach((due, k) => {
        if (due.stream === index && due.serviceMonth === month) paid += paidTowards(k);
      });
      const paidThrough = paid > 0 ? discontinuation.date.endOfMonth() : discontinuation.date;
      const r = discontinuationRefundOf(discontinuation.date, stream.terms.monthlyFee, paidThrough, paid, o.rounding);
      if (r.days === 0) return;
      t.add(discontinuation.date, 'refund', cite('15.2'), {
        amount: r.refund,
        ...(stream.option === undefined ? {} : { option: stream.option }),
        serviceMonth: discontinuationMonth.toString(),
        days: r.days,
        note: `refund of ${r.days} days paid for but not provided, at the daily rate (fee / 30)${r.capped ? ', capped at what was paid' : ''}`,
      });
    });
  }

  // --- in order, up to `until`
  const events = t.sortedEvents(until);
  // Every provision cited, in the order of the terms: marked by position, then read off.
  const cited = new Uint8Array(PROVISIONS.length);
  for (const e of events) for (const r of e.basis) cited[PROVISION_INDEX.get(r) ?? 0] = 1;
  // The result always reports billingStartDate (9.6), even for a window with no events in it.
  cited[BILLING_START_PROVISION] = 1;
  const basis: ProvisionRef[] = [];
  for (let i = 0; i < cited.length; i++) if (cited[i] === 1) basis.push(PROVISIONS[i] as ProvisionRef);
  if (!Number.isSafeInteger(outstanding) || !Number.isSafeInteger(unapplied)) {
    throw new TermsError('AMOUNT_OUT_OF_RANGE', [
      {
        path: 'payments',
        message: `the sums of amounts are not whole numbers of yen up to ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
  }

  const term = terms.find((x) => x.start.isOnOrBefore(asOf) && asOf.isOnOrBefore(x.end));
  const current: TimelineTerm | undefined =
    term === undefined ? undefined : { number: term.number, start: term.start.toString(), end: term.end.toString() };
  const status: ContractStatus =
    terminationDate !== undefined && asOf.isAfter(terminationDate)
      ? 'ended'
      : asOf.isBefore(billingStart)
        ? 'not-started'
        : terminationDate !== undefined
          ? 'ending'
          : 'running';
  // `id` first when there is one; the fields set one by one, not spread into a literal
  // with more fields, which V8 does many times more slowly (docs/performance.md).
  const result: { -readonly [K in keyof ContractTimelineResult]: ContractTimelineResult[K] } =
    c.id === undefined ? ({} as ContractTimelineResult) : ({ id: c.id } as ContractTimelineResult);
  result.asOf = asOf.toString();
  result.until = until.toString();
  result.status = status;
  result.billingStartDate = billingStart.toString();
  result.currentTerm = status === 'ended' || current === undefined ? null : current;
  result.terminationDate = terminationDate === undefined ? null : terminationDate.toString();
  result.terminationCause = ending === undefined ? null : ending.cause;
  result.paymentsRecorded = recorded;
  result.outstanding = outstanding;
  result.unappliedPayments = unapplied;
  result.events = events;
  result.basis = basis;
  return result;
}

/**
 * The payments (in date order, as events) applied to the dues, oldest first (第26条's
 * `allocatePaymentsOf`), and a `late-interest` event for each amount paid late or still
 * unpaid on `asOf`. Without a payments list, every amount is taken as paid in full on its
 * due date: nothing is late, nothing outstanding, and no payment needs applying.
 */
function applyPayments(
  t: Timeline,
  dues: readonly Due[],
  given: readonly PaymentOf[] | undefined,
  streams: readonly Stream[],
  asOf: CalendarDate,
  o: TimelineOptions,
): { outstanding: Yen; unapplied: Yen; paidTowards: (k: number) => Yen } {
  if (given === undefined) return { outstanding: 0, unapplied: 0, paidTowards: (k) => (dues[k] as Due).amount };
  let inOrder = true;
  for (let i = 1; i < given.length && inOrder; i++)
    inOrder = (given[i - 1] as PaymentOf).date.epochDay <= (given[i] as PaymentOf).date.epochDay;
  // In date order, ties as given (a record usually lists them so already).
  const payments: readonly PaymentOf[] = inOrder
    ? given
    : given
        .map((p, i) => ({ p, i }))
        .sort((a, b) => a.p.date.epochDay - b.p.date.epochDay || a.i - b.i)
        .map(({ p }) => p);
  for (const p of payments)
    t.push(p.date, { date: dayText(p.date), kind: 'payment', basis: cite('25'), amount: p.amount });
  const { allocations, unapplied } = allocatePaymentsOf(dues, payments);
  let outstanding = 0;
  dues.forEach((due, k) => {
    const allocation = allocations[k] as { payments: PaymentOf[]; outstanding: Yen };
    if (!due.dueDate.isAfter(asOf)) outstanding += allocation.outstanding;
    if (!due.dueDate.isBefore(asOf)) return;
    const lastPaid = allocation.payments.at(-1)?.date;
    const open = allocation.outstanding > 0;
    if (!open && (lastPaid === undefined || !lastPaid.isAfter(due.dueDate))) return;
    const r = lateInterestWithPaymentsOf(
      due.amount,
      due.dueDate,
      allocation.payments,
      open ? asOf : undefined,
      o.dayCount,
      o.rounding,
    );
    if (r.days === 0) return;
    const what = `${fmtYen(due.amount)} yen due ${due.dueDate.toString()}`;
    const stream = streams[due.stream];
    t.add(open ? asOf : (lastPaid as CalendarDate), 'late-interest', cite('26'), {
      amount: r.interest,
      ...(stream?.option === undefined ? {} : { option: stream.option }),
      ...(due.serviceMonth === undefined ? {} : { serviceMonth: due.serviceMonth }),
      dueDate: due.dueDate.toString(),
      principal: due.amount,
      days: r.days,
      ...(open ? { outstanding: r.outstanding } : {}),
      note: open
        ? `14.6% a year on ${what}: ${r.days} days so far, ${fmtYen(r.outstanding)} yen still unpaid`
        : `14.6% a year on ${what}, paid ${r.days} days late`,
    });
  });
  return {
    outstanding,
    unapplied,
    paidTowards: (k) => (allocations[k] as { payments: PaymentOf[] }).payments.reduce((sum, p) => sum + p.amount, 0),
  };
}

/** A stream's billing start, its months' invoice lines (第25条) up to `billUntil`, and its own ending. */
function billStream(t: Timeline, stream: Stream, index: number, o: TimelineOptions, billUntil: CalendarDate): void {
  if (stream.end?.isBefore(stream.start)) return; // ended before it began
  t.add(stream.start, 'billing-start', stream.startRefs, {
    ...(stream.option === undefined ? {} : { option: stream.option }),
    note:
      stream.delayedFrom === undefined
        ? 'the monthly fee accrues from this day (利用開始日)'
        : `the monthly fee accrues from this day: ready after the scheduled start ${stream.delayedFrom.toString()}`,
  });
  // Months as one number each (year × 12 + month − 1), from the billing start month on.
  const last = stream.end === undefined ? MAX_YEAR * 12 + 11 : stream.end.year * 12 + stream.end.month - 1;
  for (let index12 = stream.start.year * 12 + stream.start.month - 1; index12 <= last; index12++) {
    const month = monthAt(index12);
    const invoice = invoiceLinesOf(stream.terms, month, o);
    if (invoice.dueDate === undefined || invoice.dueDate.isAfter(billUntil)) break;
    const serviceMonth = monthText(month);
    const date = dayText(invoice.dueDate);
    for (const line of invoice.lines) addLine(t, line, invoice.dueDate, date, serviceMonth, index, stream.option);
  }
  const own = stream.ownEnd;
  if (own !== undefined) {
    t.add(own.date, 'termination', own.refs, {
      ...(stream.option === undefined ? {} : { option: stream.option }),
      cause: 'customer',
      deemed: own.deemed ?? false,
      note: own.note,
    });
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
  switch (line.kind) {
    case 'first-month-fee':
      event =
        line.prorated === true && line.days !== undefined
          ? {
              date,
              kind: 'first-month-fee',
              basis: cite('25.4', '25.3'),
              amount: line.amount,
              serviceMonth,
              days: line.days,
              note: `first month, ${line.days} days at the daily rate (fee / 30)`,
            }
          : {
              date,
              kind: 'first-month-fee',
              basis: cite('25.4', '25.3'),
              amount: line.amount,
              serviceMonth,
              note: 'first month, in full (billing starts on the 1st)',
            };
      break;
    case 'monthly-fee':
      event =
        line.basis.length === 1
          ? { date, kind: 'monthly-fee-due', basis: cite('25.3'), amount: line.amount, serviceMonth }
          : {
              date,
              kind: 'monthly-fee-due',
              basis: basisOf(...line.basis, '25.3'),
              amount: line.amount,
              serviceMonth,
              note: `fee for ${serviceMonth}, an extension month (I-05 in-addition)`,
            };
      break;
    default:
      event = {
        date,
        kind: 'extension-fee-due',
        basis: cite('13.5', '25.3'),
        amount: line.amount,
        serviceMonth,
        note: `extension fee for ${serviceMonth}: twice the monthly fee (第13条5項)`,
      };
  }
  if (option !== undefined) event.option = option;
  t.due(dueDate, event as TimelineEvent & { amount: Yen }, stream);
}

/**
 * Every date and amount the terms attach to one contract, in order, each with the
 * provisions behind it (`basis`) — the library's main job.
 *
 * `contract` is a {@link ContractRecord}; `asOf` is "today" (notices and payments must not
 * be later; late interest on what is still unpaid runs to it); `until` is the last day
 * shown — by default the end of the contract (the last day 第27条3項 binds, or `asOf` if
 * that is later) or, for a contract that keeps renewing, 3 years after `asOf`.
 *
 * The events (see {@link TIMELINE_EVENT_KINDS}) are sorted by date; events of one day
 * follow the order of that list, then the order they were made in. Each comes from an
 * article's own function: the timeline decides only which questions to ask. Readings of
 * this layer, all documented in docs/lifecycle.md: a payment goes to the oldest amount
 * still open (民法488条4項); a notice not to renew given too late counts for the next
 * expiry; of several endings the earliest wins.
 *
 * Errors: `TermsError` naming the record's field (`notices.customerTermination.requestedDate`,
 * `payments.2.date`), or `asOf` / `until`; an extension of 0 months keeps 第13条's
 * `EXTENSION_NOT_WHOLE_MONTHS`, a company notice for the same month 第14条's
 * `NOT_ALLOWED_BY_TERMS`.
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount` and `bankHolidayShift` — every rule's but the company holidays (I-12).
 *
 * @example
 * ```ts
 * import { contractTimeline } from 'cloud-ops-terms';
 * const r = contractTimeline(
 *   {
 *     formationDate: '2027-03-15',
 *     scheduledStartDate: '2027-04-01',
 *     termMonths: 12,
 *     monthlyFee: 90_000,
 *     notices: { nonRenewal: { by: 'customer', on: '2028-02-10' } },
 *   },
 *   { asOf: '2028-02-10', until: '2028-04-30' },
 * );
 * r.terminationDate;
 * //=> '2028-03-31'
 * r.events.filter((e) => e.date >= '2028-01-01').map((e) => `${e.date} ${e.kind}`);
 * //=> [
 * //   '2028-01-31 terms-change-notice-deadline',
 * //   '2028-01-31 monthly-fee-due',
 * //   '2028-02-29 non-renewal-notice-deadline',
 * //   '2028-02-29 monthly-fee-due',
 * //   '2028-03-31 termination',
 * //   '2028-04-01 data-deletion',
 * // ]
 * ```
 */
export function contractTimeline(
  contract: ContractRecord,
  window: TimelineWindow,
  options?: OptionsFor<'contractTimeline'>,
): ContractTimelineResult {
  if (!isRecord(contract))
    throw invalidInput(
      'contract',
      `expected a contract record (an object of named fields), got ${describeValue(contract)}`,
    );
  if (!isRecord(window)) throw invalidInput('window', `expected { asOf, until? }, got ${describeValue(window)}`);
  const { asOf, until } = parseInput(WindowSchema, window);
  const resolved = optionsFor('contractTimeline', options);
  return contractTimelineOf(parseContractRecord(contract), asOf, until, resolved);
}
