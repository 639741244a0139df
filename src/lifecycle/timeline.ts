/**
 * A contract's timeline: every date and amount the terms attach to one contract record,
 * in order, each with the provisions behind it.
 *
 * The timeline adds no rule of its own: it orders the contributors. The record is checked
 * once (record.ts); the schedule (schedule.ts) asks 第9条 for the billing start, 第11条 for
 * the terms, renewals and their deadlines, 第13条–第15条 for the ways a contract ends; billing
 * (billing.ts) asks 第25条 for each month's fees, 第12条 for the minimum term's fee, 第15条2項
 * for the refund; the ledger (ledger.ts) applies the payments under the Civil Code (I-15) and
 * asks 第26条 for the interest; 第16条 and 第27条 say what follows the end. Assembly
 * (assembly.ts) merges the events, cuts them at `until` and writes the result.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput, isTermsError } from '../core/errors.js';
import { optionsFor, type OptionsFor, type OptionsReadBy, type ResolvedOptions } from '../core/options.js';
import { dateField, parseInput, type DateInput } from '../core/schema.js';
import type { TermsNumbers } from '../core/terms-numbers.js';
import * as z from 'zod/mini';
import { type LeanTimelineResult, Timeline, resultOf } from './assembly.js';
import { type Stream, billStream, streamsOf } from './billing.js';
import { earlyTerminationFee, extensionEvent, minimumTermAndInitialFee, refunds } from './one-off-amounts.js';
import { dueAtOnceEvents } from './at-once.js';
import { chargeDues } from './charges.js';
import { type FeeOfMonth, feeChangesOf } from './changes.js';
import { stopEvents } from './stops.js';
import type { ContractRecord } from './contract.js';
import type { ContractTimelineResult } from './events.js';
import { interestTermsOf, settle } from './ledger.js';
import { contractOf, type TrustedContract } from './record.js';
import { NOTES } from './rendering.js';
import { type Schedule, endingEvents, scheduleOf } from './schedule.js';

/** The options a timeline reads: every rule's but the company holidays (`OPTIONS_READ.contractTimeline`). */
export type TimelineOptions = Pick<ResolvedOptions, OptionsReadBy<'contractTimeline'>>;

export { DEFAULT_HORIZON_YEARS } from './schedule.js';

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

const WindowSchema = z.strictObject({ asOf: dateField, until: z.optional(dateField) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The trusted core of {@link contractTimeline}: a checked contract (record.ts's `contractOf`),
 * checked dates and resolved options; `table`, the terms' numbers (default: the terms' own;
 * tests pass a revised one); `notes`, whether the events carry their English `note` (default
 * true; the batch's `notes: false` leaves them out). Exported from this module for the batch
 * path, benchmarks and tests, not from the package root.
 */
export function contractTimelineOf(
  k: TrustedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
  table?: TermsNumbers,
  notes = true,
): ContractTimelineResult {
  // The events only (`lean` false): a public result.
  return guarded(k, asOf, untilIn, o, table, notes, false) as ContractTimelineResult;
}

/**
 * {@link contractTimelineOf} without notes whose plain months' fees stay {@link PlainFee}
 * entries (assembly.ts) — not made into events, their `basis` lists and texts: what the CLI's
 * compact rows read (src/cli/compact.ts). Every other field is the public result's.
 */
export function leanTimelineOf(
  k: TrustedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
): LeanTimelineResult {
  return guarded(k, asOf, untilIn, o, undefined, false, true);
}

/** `build`, its errors of range named by the window's field. */
function guarded(
  k: TrustedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
  table: TermsNumbers | undefined,
  notes: boolean,
  lean: boolean,
): LeanTimelineResult {
  try {
    return build(k, asOf, untilIn, o, table, notes, lean);
  } catch (e) {
    if (isTermsError(e) && e.code === 'DATE_OUT_OF_RANGE') {
      throw new TermsError('DATE_OUT_OF_RANGE', [
        {
          path: untilIn === undefined ? 'asOf' : 'until',
          message: "the contract's timeline reaches beyond 2199-12-31, the last day supported: give an earlier window",
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

/**
 * The contributors of the amounts due, in order — the initial fee and the minimum term, the
 * changes of contract, each stream's fees, the other charges, 第12条2項's fee — for the
 * timeline and the month's bill alike. Returns the fee in force by month and the streams.
 * `endsBy` (the month's bill): 第12条2項's fee only for an ending by that day (the fee is due
 * at the end of the ending's month, so one ending later falls due after it).
 */
export function amountsDue(
  t: Timeline,
  k: TrustedContract,
  s: Schedule,
  o: TimelineOptions,
  endsBy?: CalendarDate,
): { readonly fees: FeeOfMonth | undefined; readonly streams: Stream[] } {
  minimumTermAndInitialFee(t, k, s, o);
  const fees = feeChangesOf(t, k, s, o);
  const streams = streamsOf(k, s, fees, o);
  streams.forEach((stream, index) => {
    billStream(t, stream, index, o, s.billUntil);
  });
  chargeDues(t, k);
  if (s.ending !== undefined && (endsBy === undefined || !s.ending.date.isAfter(endsBy)))
    earlyTerminationFee(t, k, s, o, fees);
  return { fees, streams };
}

/**
 * The contributors, in order: formation, the schedule, the fees, the end, the ledger, the refund.
 * `lean`: the plain months' fees left as entries (`leanTimelineOf`).
 */
function build(
  k: TrustedContract,
  asOf: CalendarDate,
  untilIn: CalendarDate | undefined,
  o: TimelineOptions,
  table: TermsNumbers | undefined,
  notes: boolean,
  lean: boolean,
): LeanTimelineResult {
  const t = new Timeline(notes);
  t.add(k.formationDate, 'formation', ['9.2'], undefined, t.notes && NOTES.formation);
  const s = scheduleOf(t, k, asOf, untilIn, o);
  stopEvents(t, k);
  const { fees, streams } = amountsDue(t, k, s, o);
  extensionEvent(t, s, fees, o);
  if (s.ending !== undefined) endingEvents(t, s.ending);
  // Without payments the order of the dues changes nothing (no ledger to run; a refund sums what
  // each month was billed, dueAtOnceEvents needs payments): they are not sorted.
  const dues = k.payments === undefined ? t.dues : t.sortedDues();
  const terms = interestTermsOf(o, table);
  const settled = settle(t, dues, k.payments, asOf, terms);
  refunds(t, k, s, streams, dues, settled.principalPaid, o);
  dueAtOnceEvents(t, k, s, dues, asOf, terms);
  return resultOf({
    id: k.id,
    asOf,
    until: s.until,
    billingStart: s.billingStart,
    terms: s.terms,
    terminationDate: s.ending?.date,
    cause: s.ending?.cause,
    paymentsRecorded: k.payments !== undefined,
    principal: settled.principal,
    interest: settled.interest,
    unapplied: settled.unapplied,
    events: lean ? t.sortedEntries(s.until) : t.sortedEvents(s.until),
  });
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
 * this layer, all documented in docs/lifecycle.md: payments are applied under 民法488条–489条
 * (I-15: a designated amount first, else the oldest; interest before principal by default);
 * a notice not to renew given too late is read as the termination its sender wanted (I-17,
 * `lateNonRenewal`); a company notice too late for its month ends the contract at the next
 * permissible month end (I-16, `lateCompanyNotice`); a change of contract bills its new fee
 * under I-19 (`midMonthChange`); of several endings the
 * earliest wins.
 *
 * Errors: `TermsError` naming the record's field (`notices.customerTermination.requestedDate`,
 * `payments.2.date`), or `asOf` / `until`; an extension of 0 months keeps 第13条's
 * `EXTENSION_NOT_WHOLE_MONTHS`, a company notice for the same month under
 * `lateCompanyNotice: 'refuse'` 第14条's `NOT_ALLOWED_BY_TERMS`.
 *
 * Options (`OPTIONS_READ`): `deadlineCounting`, `rounding`, `extensionFee`, `firstMonthDays`, `dayCount`,
 * `bankHolidayShift`, `paymentApplication`, `midMonthChange`, `lateCompanyNotice`, `lateNonRenewal` and `lateTermsChange`
 * — every rule's but the company holidays (I-12).
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
  return contractTimelineOf(contractOf(contract, asOf), asOf, until, resolved);
}
