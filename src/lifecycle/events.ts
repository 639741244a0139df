/**
 * The events of a contract's timeline and the shape of the result.
 *
 * @module
 */
import type { WithBasis } from '../core/basis.js';
import type { Yen } from '../core/money.js';
import type { LateTermsChange } from '../core/options.js';
import type { ProvisionRef } from '../core/provisions.js';

/**
 * Every kind of event, in the order events of one day are listed (the tie order):
 * what begins at 0:00 (formation, billing start, a renewed term), then the deadlines,
 * then the amounts falling due, payments and interest, and last what takes effect at the
 * end of the day (an extension of the termination date, a discontinuation, the
 * termination itself, the refund) and what follows it (data deletion, the end of
 * confidentiality). Events of the same day and kind keep the order they were made in
 * (the contract before its options, options in the record's order).
 */
export const TIMELINE_EVENT_KINDS = [
  'formation',
  'billing-start',
  'renewal',
  'terms-change',
  'contract-change',
  'stop-start',
  'minimum-term-end',
  'terms-change-notice-deadline',
  'non-renewal-notice-deadline',
  'termination-notice-deadline',
  'discontinuation-notice-deadline',
  'initial-fee-due',
  'first-month-fee',
  'monthly-fee-due',
  'extension-fee-due',
  'fee-difference-due',
  'early-termination-fee-due',
  'charge-due',
  'payment',
  'late-interest',
  'due-at-once',
  'extension',
  'stop-end',
  'discontinuation',
  'termination',
  'refund',
  'data-deletion',
  'confidentiality-end',
] as const;

/** A kind of {@link TimelineEvent}. */
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** The kinds whose `amount` the customer owes on the event's date (they bear 第26条 interest when paid late). */
export const AMOUNT_DUE_KINDS = [
  'initial-fee-due',
  'first-month-fee',
  'monthly-fee-due',
  'extension-fee-due',
  'fee-difference-due',
  'early-termination-fee-due',
  'charge-due',
] as const satisfies readonly TimelineEventKind[];

/** How the contract ended (or will end). */
export const TERMINATION_CAUSES = ['customer', 'company', 'discontinuation', 'non-renewal', 'expiry'] as const;
/** How a contract ends: the customer's or the company's notice, a discontinuation, a declined renewal, or the end of a term that does not renew. */
export type TerminationCause = (typeof TERMINATION_CAUSES)[number];

/**
 * The fields every event may carry: each kind below says which it always has. Read a field
 * after narrowing on `kind` (`if (e.kind === 'payment') e.amount` is a `number`).
 *
 * `amount`, where present, is whole yen changing hands on that date: owed by the customer
 * (the `…-due` kinds, `first-month-fee`, `late-interest`), paid by it (`payment`), or paid
 * back by the company (`refund`). The other fields say what the event concerns.
 */
export interface TimelineEventFields extends WithBasis {
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  readonly kind: TimelineEventKind;
  /** Whole yen. */
  readonly amount?: Yen;
  /** A short English description. */
  readonly note?: string;
  /** The option service the event concerns (absent: the contract itself). */
  readonly option?: string;
  /** Fee events: the month of service the amount pays for, `'YYYY-MM'`. */
  readonly serviceMonth?: string;
  /** Renewals and the deadlines before an expiry: the number of the term (1 = the term the contract sets). */
  readonly term?: number;
  /** `renewal`: the last day of the new term; `extension`: the new termination date; `stop-start`: the stop's last day. */
  readonly through?: string;
  /** `late-interest`: the due date the amount missed. */
  readonly dueDate?: string;
  /** `late-interest`: the amount that was late. */
  readonly principal?: Yen;
  /** `first-month-fee`: days billed at the daily rate (absent when billed in full); `late-interest`: days late; `refund`: days paid for but not provided. */
  readonly days?: number;
  /** `late-interest` dated `asOf`: the principal still unpaid (interest keeps running). */
  readonly outstanding?: Yen;
  /** `late-interest` dated `asOf`: interest accrued and not paid — owed, bearing no interest (I-15). */
  readonly interestOutstanding?: Yen;
  /** `termination`: how the contract ends. */
  readonly cause?: TerminationCause;
  /** `termination` on the customer's notice: true when 第13条2項's deemed date applied. */
  readonly deemed?: boolean;
  /** `charge-due`: what the charge is for, as the record says. */
  readonly description?: string;
  /** `contract-change`, `terms-change`: the monthly fee from the change on, whole yen (第9条3項, 第11条2項). */
  readonly monthlyFee?: Yen;
  /** `terms-change`: the length of each renewal from this renewed term on, in months (第11条2項). */
  readonly renewalMonths?: number;
  /**
   * `terms-change` whose notice came after the `terms-change-notice-deadline` (I-20):
   * `next-renewal` — it applies from this renewal, one later than the notice was for;
   * `no-effect` — it changes nothing.
   */
  readonly late?: LateTermsChange;
}

/** An event that is a date and nothing more (besides its note and option). */
export interface DateEvent extends TimelineEventFields {
  readonly kind:
    | 'formation'
    | 'billing-start'
    | 'minimum-term-end'
    | 'termination-notice-deadline'
    | 'discontinuation-notice-deadline'
    | 'discontinuation'
    | 'data-deletion'
    | 'confidentiality-end';
}

/** A deadline before the expiry of a term (第11条). */
export interface TermDeadlineEvent extends TimelineEventFields {
  readonly kind: 'terms-change-notice-deadline' | 'non-renewal-notice-deadline';
  readonly term: number;
}

/** A renewed term begins (第11条1項). */
export interface RenewalEvent extends TimelineEventFields {
  readonly kind: 'renewal';
  readonly term: number;
  readonly through: string;
}

/**
 * An amount due that is not a month's fee: the initial fee, 第12条2項's fee, another charge
 * (`charge-due`, 第25条1項3号 or 第22条4項, with its `description`).
 */
export interface AmountDueEvent extends TimelineEventFields {
  readonly kind: 'initial-fee-due' | 'early-termination-fee-due' | 'charge-due';
  readonly amount: Yen;
}

/**
 * The company's notice of changed terms for the renewed contract (第11条2項, I-20): dated the
 * renewed term's first day (`term`), with what it changes — `monthlyFee`, `renewalMonths` —
 * and, for a late notice, `late`.
 */
export interface TermsChangeEvent extends TimelineEventFields {
  readonly kind: 'terms-change';
  readonly term: number;
}

/**
 * A change of contract applies (第9条3項, I-19): the new `monthlyFee`, and the first month
 * billed at it (`serviceMonth`).
 */
export interface ContractChangeEvent extends TimelineEventFields {
  readonly kind: 'contract-change';
  readonly monthlyFee: Yen;
  readonly serviceMonth: string;
}

/**
 * A fee of a service month (第25条): the first month, a monthly fee, an extension fee, or
 * the difference a rise from mid-month bills for the rest of its month (I-19, with `days`).
 */
export interface MonthFeeEvent extends TimelineEventFields {
  readonly kind: 'first-month-fee' | 'monthly-fee-due' | 'extension-fee-due' | 'fee-difference-due';
  readonly amount: Yen;
  readonly serviceMonth: string;
}

/** A payment received. */
export interface PaymentEvent extends TimelineEventFields {
  readonly kind: 'payment';
  readonly amount: Yen;
}

/** 第26条's interest on one amount paid late or still unpaid. */
export interface LateInterestEvent extends TimelineEventFields {
  readonly kind: 'late-interest';
  readonly amount: Yen;
  readonly dueDate: string;
  readonly principal: Yen;
  readonly days: number;
}

/**
 * What was unpaid when the customer's notice arrived (第13条3項) or the company's termination
 * took effect (第14条3項): payable at once (I-18). `amount` = `outstanding` (principal) +
 * `interestOutstanding` (late interest).
 */
export interface DueAtOnceEvent extends TimelineEventFields {
  readonly kind: 'due-at-once';
  readonly amount: Yen;
  readonly outstanding: Yen;
  readonly interestOutstanding: Yen;
}

/**
 * A stop or interruption of the service (第23条, 第24条) begins or ends; `basis` cites its
 * provision and the one that keeps the fees due (25.5, or 25.1.2 for 24.1 and 24.2);
 * `stop-start` has `through` (its last day) when known.
 */
export interface StopEvent extends TimelineEventFields {
  readonly kind: 'stop-start' | 'stop-end';
}

/** 第13条5項: the termination date moved by an agreed extension. */
export interface ExtensionEvent extends TimelineEventFields {
  readonly kind: 'extension';
  readonly through: string;
}

/** The contract (or an option) ends. */
export interface TerminationEvent extends TimelineEventFields {
  readonly kind: 'termination';
  readonly cause: TerminationCause;
}

/** 第15条2項's refund of days paid for but not provided. */
export interface RefundEvent extends TimelineEventFields {
  readonly kind: 'refund';
  readonly amount: Yen;
  readonly serviceMonth: string;
  readonly days: number;
}

/**
 * One date the terms attach to the contract, with the provisions behind it: a union on
 * `kind`, so that narrowing on it gives the fields that kind always has.
 */
export type TimelineEvent =
  | DateEvent
  | TermDeadlineEvent
  | RenewalEvent
  | TermsChangeEvent
  | ContractChangeEvent
  | AmountDueEvent
  | MonthFeeEvent
  | PaymentEvent
  | LateInterestEvent
  | DueAtOnceEvent
  | StopEvent
  | ExtensionEvent
  | TerminationEvent
  | RefundEvent;

/** Where the contract stands on `asOf`. */
export type ContractStatus = 'not-started' | 'running' | 'ending' | 'ended';

/** A term of the contract (第11条): the one it sets, then each renewal. */
export interface TimelineTerm {
  readonly number: number;
  readonly start: string;
  readonly end: string;
}

/** What {@link contractTimeline} returns. */
export interface ContractTimelineResult extends WithBasis {
  /** The record's `id`, when it has one. */
  readonly id?: string;
  /** The day the timeline was computed for ("today"). */
  readonly asOf: string;
  /** The last day the timeline covers: no event is later. */
  readonly until: string;
  /** `not-started` before billing starts, `running`, `ending` once a termination is known, `ended` after it. */
  readonly status: ContractStatus;
  /** 利用開始日 (第9条6項). */
  readonly billingStartDate: string;
  /** The term that contains `asOf`, or `null` before the start and after the end. */
  readonly currentTerm: TimelineTerm | null;
  /** The contract's last day, when known; `null` while it keeps renewing. */
  readonly terminationDate: string | null;
  readonly terminationCause: TerminationCause | null;
  /**
   * True when the record lists its payments. Without a list, every amount is taken as paid
   * in full on its due date: no late interest, nothing outstanding.
   */
  readonly paymentsRecorded: boolean;
  /**
   * What is owed on `asOf`, whole yen: amounts due on or before it and not paid, and the late
   * interest accrued on them and not paid (I-15) — `outstandingPrincipal + outstandingInterest`.
   */
  readonly outstanding: Yen;
  /** The amounts due on or before `asOf` still unpaid, whole yen (without interest). */
  readonly outstandingPrincipal: Yen;
  /** Late interest (第26条) accrued up to `asOf` and not paid, whole yen (I-15). */
  readonly outstandingInterest: Yen;
  /** Payments beyond every amount due up to `until` (or `asOf`, if later): a credit, whole yen. */
  readonly unappliedPayments: Yen;
  /** Every event up to `until`, sorted by date, ties in {@link TIMELINE_EVENT_KINDS} order. */
  readonly events: TimelineEvent[];
  /** Every provision the events cite, in the order of the terms. */
  readonly basis: ProvisionRef[];
}

/** The order of a kind within a day. */
export const KIND_ORDER: Readonly<Record<TimelineEventKind, number>> = Object.freeze(
  Object.fromEntries(TIMELINE_EVENT_KINDS.map((k, i) => [k, i])) as Record<TimelineEventKind, number>,
);
