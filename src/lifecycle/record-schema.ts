/**
 * The contract record's schema (zod/mini): it validates a {@link ContractRecord} and turns
 * its strings into value objects. `docs/schemas/contract.json` is generated from it for
 * services not written in TypeScript. The record's types are in contract.ts.
 *
 * @module
 */
import * as z from 'zod/mini';
import { TermsError, type TermsIssue } from '../core/errors.js';
import type { CalendarDate } from '../core/calendar-date.js';
import type { Instant } from '../core/instant.js';
import {
  booleanField,
  dateField,
  enumField,
  instantField,
  fromZodError,
  intField,
  monthField,
  yenField,
} from '../core/schema.js';
import { COMPANY_NOTICE_METHODS } from '../articles/article-03.js';
import { MAX_MINIMUM_TERM_MONTHS } from '../articles/article-12.js';
import { IMMEDIATE_TERMINATION_GROUNDS, type ImmediateTerminationGroundId } from '../articles/article-14.js';
import { DISCONTINUATION_GROUND_NAMES } from '../articles/article-15.js';
import { DATE_JSON, INSTANT_JSON, YEN_JSON, enumJson, hinted, intJson } from './json-hints.js';
import { ChangeSchema, ChargeSchema, StopSchema } from './history-record.js';

/** The ids of 第14条1項's items, in the terms' order. */
export const IMMEDIATE_TERMINATION_GROUND_IDS = IMMEDIATE_TERMINATION_GROUNDS.map((g) => g.id) as [
  ImmediateTerminationGroundId,
  ...ImmediateTerminationGroundId[],
];
/** The grounds of 第15条1項: item 1 (notice 30 days before), item 2, item 3 — 第15条's own names. */
export const DISCONTINUATION_GROUND_IDS = DISCONTINUATION_GROUND_NAMES;

const date = (description: string) => hinted(dateField, DATE_JSON, description);
const instant = (description: string) => hinted(instantField, INSTANT_JSON, description);
const yen = (description: string) => hinted(yenField, YEN_JSON, description);
const int = (min: number, max: number, description: string) =>
  hinted(intField(min, max), intJson(min, max), description);

/** The most months a term or a renewal may run (100 years). */
export const MAX_TERM_MONTHS = 1200;

const METHODS = COMPANY_NOTICE_METHODS;

const timingShape = {
  on: z.optional(date('The JST day the notice took effect (I-03). Give this, or sentAt / arrivedAt.')),
  sentAt: z.optional(instant('When the notice was sent or posted, ISO 8601 with an offset.')),
  arrivedAt: z.optional(instant('When the notice arrived, ISO 8601 with an offset.')),
  method: z.optional(
    hinted(
      enumField(METHODS),
      enumJson(METHODS),
      "letter, email, fax or website; default: a customer's letter, the company's email.",
    ),
  ),
};

const CustomerTerminationSchema = z.strictObject({
  ...timingShape,
  requestedDate: z.optional(date('解約希望日 as written in the notice (第13条); absent when it names none.')),
  // Checked by 第13条's terminationExtension, so that 0 or 1.5 months get its own error code.
  extensionMonths: z.optional(
    hinted(
      z.number(),
      intJson(1, MAX_TERM_MONTHS),
      'Whole months the company agreed to extend the termination by (第13条5項).',
    ),
  ),
});

const CompanyTerminationSchema = z.strictObject({
  ...timingShape,
  requestedDate: z.optional(date('The day the company wants the contract to end (第14条2項).')),
});

const ImmediateTerminationSchema = z.strictObject({
  ...timingShape,
  ground: hinted(
    enumField(IMMEDIATE_TERMINATION_GROUND_IDS),
    enumJson(IMMEDIATE_TERMINATION_GROUND_IDS),
    'The item of 第14条1項 the company relied on (falseOrMissingEntries … performanceDifficult).',
  ),
});

const NonRenewalSchema = z.strictObject({
  ...timingShape,
  by: hinted(
    enumField(['customer', 'company'] as const),
    enumJson(['customer', 'company']),
    'Who gave the notice not to renew (第11条1項).',
  ),
});

const DiscontinuationSchema = z.strictObject({
  ...timingShape,
  date: date('廃止日: the last day of service; the contract ends on it (第15条1項, I-08).'),
  ground: z.optional(
    hinted(
      enumField(DISCONTINUATION_GROUND_IDS),
      enumJson(DISCONTINUATION_GROUND_IDS),
      'The ground of 第15条1項: notice (item 1, default), cannot-provide (item 2), force-majeure (item 3).',
    ),
  ),
});

const TermsChangeSchema = z.strictObject({
  ...timingShape,
  monthlyFee: z.optional(yen('The monthly fee of the renewed contract, whole yen (第11条2項, 第25条1項2号).')),
  renewalMonths: z.optional(
    int(1, MAX_TERM_MONTHS, 'The length of each renewal from the renewed term on, in months (第11条2項).'),
  ),
});

const OptionSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  monthlyFee: yen('The option’s monthly fee, whole yen.'),
  scheduledStartDate: date('利用開始予定日 of the option (第9条7項).'),
  readyDate: z.optional(date('The day the company was ready to provide the option; default scheduledStartDate.')),
  formationDate: z.optional(date("The day the option was added; default the contract's formationDate.")),
  termination: z.optional(
    z.strictObject({
      ...timingShape,
      requestedDate: z.optional(date('解約希望日 for the option (第13条4項).')),
    }),
  ),
  discontinuation: z.optional(DiscontinuationSchema),
});

/** The amounts a payment can designate besides a service month's fees. */
export const DESIGNATED_FEES = ['initial', 'early-termination'] as const;

/** What a payment designates (民法488条1項, I-15): record-quick.ts checks it by this schema's direct path. */
export const DesignationSchema = z.strictObject({
  serviceMonth: z.optional(
    hinted(
      monthField,
      { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
      'The service month whose fees the payment pays, YYYY-MM (民法488条1項, I-15).',
    ),
  ),
  option: z.optional(
    hinted(
      z.string().check(z.minLength(1), z.maxLength(100)),
      { type: 'string' },
      "With serviceMonth: the option's name.",
    ),
  ),
  fee: z.optional(
    hinted(
      enumField(DESIGNATED_FEES),
      enumJson(DESIGNATED_FEES),
      "initial: the initial fee; early-termination: 第12条2項's fee.",
    ),
  ),
  charge: z.optional(
    int(0, 999, "Another charge (第25条1項3号, 第22条4項) the payment pays: its index in the record's charges."),
  ),
});

const PaymentSchema = z.strictObject({
  date: date('The day the payment was received.'),
  amount: yen('The amount received, whole yen.'),
  designation: z.optional(DesignationSchema),
});

const OverridesSchema = z.strictObject({
  autoRenewal: z.optional(
    hinted(
      booleanField,
      { type: 'boolean' },
      'false when the contract does not renew automatically (第11条1項 overridden).',
    ),
  ),
  renewalMonths: z.optional(int(1, MAX_TERM_MONTHS, 'Months of each renewal (the terms: 12).')),
  nonRenewalNoticeMonths: z.optional(int(0, 24, 'Months before expiry a notice not to renew is due (the terms: 1).')),
});

/**
 * The contract record's schema (zod/mini). Parsing checks every field and turns dates,
 * instants and amounts into value objects; cross-field rules (a start before formation,
 * a notice after `asOf`, …) are checked by {@link contractTimeline}. Unknown fields are
 * refused, so a misspelt field cannot pass silently.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { ContractRecordSchema, SAMPLE_CONTRACT } from 'cloud-ops-terms';
 * z.safeParse(ContractRecordSchema, SAMPLE_CONTRACT).success;
 * //=> true
 * z.safeParse(ContractRecordSchema, { ...SAMPLE_CONTRACT, monthlyFe: 1 }).success;
 * //=> false
 * ```
 */
export const ContractRecordSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  formationDate: date('利用契約の成立日: the day the customer received the 利用承諾書 (第9条2項).'),
  scheduledStartDate: date('利用開始予定日 (第9条2項); not before formationDate.'),
  readyDate: z.optional(
    date('The day the company was ready to provide the service (第9条6項); default scheduledStartDate.'),
  ),
  termEndDate: z.optional(date('The last day of the term the contract sets (第11条1項). Give this or termMonths.')),
  termMonths: z.optional(
    int(1, MAX_TERM_MONTHS, 'The term in months from the billing start date (第11条1項). Give this or termEndDate.'),
  ),
  minimumTermMonths: z.optional(
    int(0, MAX_MINIMUM_TERM_MONTHS, '最低利用期間 in months, counted from formation (第12条); 0 for none.'),
  ),
  monthlyFee: yen('月額料金, whole yen (第25条1項2号).'),
  initialFee: z.optional(
    z.strictObject({
      amount: yen('初期費用, whole yen (第25条1項1号).'),
      dueDate: date('The due date the company set for it (第25条2項).'),
    }),
  ),
  options: z.optional(z.array(OptionSchema).check(z.maxLength(100))),
  notices: z.optional(
    z.strictObject({
      customerTermination: z.optional(CustomerTerminationSchema),
      companyTermination: z.optional(CompanyTerminationSchema),
      companyImmediateTermination: z.optional(ImmediateTerminationSchema),
      nonRenewal: z.optional(NonRenewalSchema),
      discontinuation: z.optional(DiscontinuationSchema),
    }),
  ),
  payments: z.optional(z.array(PaymentSchema).check(z.maxLength(10_000))),
  changes: z.optional(z.array(ChangeSchema).check(z.maxLength(100))),
  stops: z.optional(z.array(StopSchema).check(z.maxLength(1000))),
  charges: z.optional(z.array(ChargeSchema).check(z.maxLength(1000))),
  termsChanges: z.optional(z.array(TermsChangeSchema).check(z.maxLength(100))),
  overrides: z.optional(OverridesSchema),
});

/** A checked contract record: value objects in place of strings. */
export type ParsedContract = z.output<typeof ContractRecordSchema>;

/** A checked notice timing. */
export interface ParsedTiming {
  readonly on?: CalendarDate | undefined;
  readonly sentAt?: Instant | undefined;
  readonly arrivedAt?: Instant | undefined;
  readonly method?: (typeof METHODS)[number] | undefined;
}

/**
 * The fields of the record that hold whole numbers or booleans: a CSV cell (text) at one
 * of these paths is read as a number or a boolean (see `contractFromCsvRow`).
 */
export const NUMBER_FIELDS: ReadonlySet<string> = new Set([
  'termMonths',
  'minimumTermMonths',
  'extensionMonths',
  'renewalMonths',
  'nonRenewalNoticeMonths',
]);
/** The fields of the record that hold `true` / `false` (a CSV cell there is read as a boolean). */
export const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['autoRenewal']);

/**
 * Parses a contract record or throws `TermsError` (`INVALID_INPUT`) with one issue per
 * problem, each naming its field — an unknown field by its own path
 * (`notices.customerTermination.recievedOn`), so a misspelling is easy to find.
 */
export function parseContractRecord(input: unknown): ParsedContract {
  // zod keeps each issue's input (for the "got …" of our messages) only with reportInput,
  // which makes every parse slower: only a record that fails is parsed again with it.
  const quick = z.safeParse(ContractRecordSchema, input);
  if (quick.success) return quick.data;
  throw new TermsError('INVALID_INPUT', contractRecordIssues(input));
}

/** The schema's problems with a record that fails it, one issue each, under the record's fields. */
export function contractRecordIssues(input: unknown): TermsIssue[] {
  const r = z.safeParse(ContractRecordSchema, input, { reportInput: true });
  if (r.success) return [];
  const mapped = fromZodError(r.error).issues;
  return r.error.issues.flatMap((issue, i) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: [...issue.path.map(String), key].join('.'),
          message: 'unexpected field: not a field of the contract record (docs/schemas/contract.json lists them)',
          kind: 'unknown-field' as const,
        }))
      : [mapped[i] as TermsIssue],
  );
}
