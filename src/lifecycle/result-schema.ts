/**
 * Schemas of what the lifecycle layer returns: a contract's timeline and a batch row.
 * They describe results (nothing is parsed with them in the library) and are the source
 * of the JSON Schemas shipped as `docs/schemas/timeline.json` and `docs/schemas/batch-row.json`;
 * test/lifecycle/types.test-d.ts keeps them equal to the TypeScript types.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { TermsErrorCode } from '../core/errors.js';
import { ISSUE_KINDS } from '../core/issue-kinds.js';
import { PROVISIONS } from '../core/provisions.js';
import { TERMINATION_CAUSES, type TIMELINE_EVENT_KINDS } from './events.js';
import { DATE_JSON, hinted } from './json-hints.js';

/** Every {@link TermsErrorCode}, for the error rows of a batch. */
export const TERMS_ERROR_CODES = [
  'INVALID_INPUT',
  'DATE_OUT_OF_RANGE',
  'AMOUNT_OUT_OF_RANGE',
  'HOLIDAY_YEAR_OUT_OF_RANGE',
  'TERMS_NOT_IN_FORCE',
  'EXTENSION_NOT_WHOLE_MONTHS',
  'NOT_ALLOWED_BY_TERMS',
  'INVALID_OPERATION',
] as const satisfies readonly TermsErrorCode[];
// Fails to compile when TermsErrorCode gains a code this list lacks.
const _allCodes: Exclude<TermsErrorCode, (typeof TERMS_ERROR_CODES)[number]> extends never ? true : never = true;
void _allCodes;

const date = (description: string) =>
  hinted(z.string().check(z.regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/)), DATE_JSON, description);
const yen = (description: string) =>
  hinted(z.int().check(z.minimum(0)), { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }, description);
const count = (min: number, description: string) =>
  hinted(z.int().check(z.minimum(min)), { type: 'integer', minimum: min }, description);
const text = (description: string) => hinted(z.string(), { type: 'string' }, description);
const Basis = z.array(z.enum(PROVISIONS));

const MONTH = hinted(
  z.string().check(z.regex(/^[0-9]{4}-[0-9]{2}$/)),
  { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' },
  "Fee events: the month paid for, 'YYYY-MM'.",
);
const TERM = count(1, 'The number of the term (1 = the term the contract sets).');
const THROUGH = date('renewal: the last day of the new term; extension: the new termination date.');
const AMOUNT = yen('Whole yen changing hands on this date.');
const DAYS = count(0, 'Days billed, late or refunded.');

/** The fields every event may carry (see `TimelineEventFields`). */
const eventFields = {
  date: date("'YYYY-MM-DD'."),
  basis: z.array(z.enum(PROVISIONS)).check(z.minLength(1)),
  amount: z.optional(AMOUNT),
  note: z.optional(text('A short English description.')),
  option: z.optional(text('The option service the event concerns.')),
  serviceMonth: z.optional(MONTH),
  term: z.optional(TERM),
  through: z.optional(THROUGH),
  dueDate: z.optional(date('late-interest: the due date the amount missed.')),
  principal: z.optional(yen('late-interest: the amount that was late.')),
  days: z.optional(DAYS),
  outstanding: z.optional(yen('late-interest dated asOf: the principal still unpaid.')),
  interestOutstanding: z.optional(yen('late-interest dated asOf: interest accrued and not paid (I-15).')),
  cause: z.optional(z.enum(TERMINATION_CAUSES)),
  deemed: z.optional(z.boolean()),
  description: z.optional(text('charge-due: what the charge is for.')),
  monthlyFee: z.optional(
    yen('contract-change, terms-change: the monthly fee from the change on (第9条3項, 第11条2項).'),
  ),
  renewalMonths: z.optional(
    count(1, 'terms-change: the length of each renewal from this term on, months (第11条2項).'),
  ),
  late: z.optional(
    hinted(
      z.enum(['next-renewal', 'no-effect']),
      { type: 'string', enum: ['next-renewal', 'no-effect'] },
      'terms-change: its notice came after the deadline (I-20): applied one renewal later, or no effect.',
    ),
  ),
};

const kinds = <const K extends readonly (typeof TIMELINE_EVENT_KINDS)[number][]>(...k: K) => z.enum(k);

/** One event of a timeline (see `TimelineEvent`): a union on `kind`. */
export const TimelineEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...eventFields,
    kind: kinds(
      'formation',
      'billing-start',
      'minimum-term-end',
      'termination-notice-deadline',
      'discontinuation-notice-deadline',
      'discontinuation',
      'data-deletion',
      'confidentiality-end',
    ),
  }),
  z.strictObject({
    ...eventFields,
    kind: kinds('terms-change-notice-deadline', 'non-renewal-notice-deadline'),
    term: TERM,
  }),
  z.strictObject({ ...eventFields, kind: kinds('renewal'), term: TERM, through: THROUGH }),
  z.strictObject({ ...eventFields, kind: kinds('terms-change'), term: TERM }),
  z.strictObject({
    ...eventFields,
    kind: kinds('contract-change'),
    monthlyFee: yen('The monthly fee from the change on (第9条3項, I-19).'),
    serviceMonth: MONTH,
  }),
  z.strictObject({
    ...eventFields,
    kind: kinds('initial-fee-due', 'early-termination-fee-due', 'charge-due'),
    amount: AMOUNT,
  }),
  z.strictObject({
    ...eventFields,
    kind: kinds('first-month-fee', 'monthly-fee-due', 'extension-fee-due', 'fee-difference-due'),
    amount: AMOUNT,
    serviceMonth: MONTH,
  }),
  z.strictObject({ ...eventFields, kind: kinds('payment'), amount: AMOUNT }),
  z.strictObject({
    ...eventFields,
    kind: kinds('late-interest'),
    amount: AMOUNT,
    dueDate: date('late-interest: the due date the amount missed.'),
    principal: yen('late-interest: the amount that was late.'),
    days: DAYS,
  }),
  z.strictObject({
    ...eventFields,
    kind: kinds('due-at-once'),
    amount: AMOUNT,
    outstanding: yen('due-at-once: the principal then unpaid (第13条3項, 第14条3項, I-18).'),
    interestOutstanding: yen('due-at-once: the late interest then unpaid (I-18).'),
  }),
  z.strictObject({ ...eventFields, kind: kinds('extension'), through: THROUGH }),
  z.strictObject({ ...eventFields, kind: kinds('stop-start', 'stop-end') }),
  z.strictObject({ ...eventFields, kind: kinds('termination'), cause: z.enum(TERMINATION_CAUSES) }),
  z.strictObject({ ...eventFields, kind: kinds('refund'), amount: AMOUNT, serviceMonth: MONTH, days: DAYS }),
]);

/** What `contractTimeline` returns (see `ContractTimelineResult`). */
export const ContractTimelineResultSchema = z.strictObject({
  id: z.optional(z.string()),
  asOf: date('The day the timeline was computed for.'),
  until: date('The last day the timeline covers.'),
  status: z.enum(['not-started', 'running', 'ending', 'ended']),
  billingStartDate: date('利用開始日 (第9条6項).'),
  currentTerm: z.nullable(
    z.strictObject({ number: count(1, 'The term number.'), start: date('First day.'), end: date('Last day.') }),
  ),
  terminationDate: z.nullable(date("The contract's last day, when known.")),
  terminationCause: z.nullable(z.enum(TERMINATION_CAUSES)),
  paymentsRecorded: z.boolean(),
  outstanding: yen('Owed on asOf: unpaid amounts due and unpaid late interest, whole yen (I-15).'),
  outstandingPrincipal: yen('Amounts due on or before asOf and unpaid, whole yen.'),
  outstandingInterest: yen('Late interest accrued up to asOf and unpaid, whole yen (I-15).'),
  unappliedPayments: yen('Payments beyond every amount due, whole yen.'),
  events: z.array(TimelineEventSchema),
  basis: Basis,
});

const ErrorSchema = z.strictObject({
  code: z.enum(TERMS_ERROR_CODES),
  message: z.string(),
  issues: z.array(
    z.strictObject({
      path: z.string(),
      message: z.string(),
      kind: z.optional(z.enum(ISSUE_KINDS)),
      params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
    }),
  ),
});

/** One row of a batch (see `TimelineBatchRow`): a timeline, or the error that stopped it. */
export const TimelineBatchRowSchema = z.union([
  z.strictObject({
    line: count(1, 'The line (or position) of the record in the input.'),
    ok: z.literal(true),
    id: z.optional(z.string()),
    timeline: ContractTimelineResultSchema,
  }),
  z.strictObject({
    line: count(1, 'The line (or position) of the record in the input.'),
    ok: z.literal(false),
    id: z.optional(z.string()),
    error: ErrorSchema,
  }),
]);
