/**
 * The record, checked once: the contract record parsed (contract.ts's schema) and its
 * cross-field rules checked, giving one trusted value — {@link TrustedContract} — that the
 * rest of the lifecycle layer works with and never checks again.
 *
 * Every problem of a record is reported in one round, each under the record's own field:
 * the fields the schema refuses, and the cross-field rules that can still run on the fields
 * that did parse (a missing term beside a misspelt date, a start before formation, a notice
 * after `asOf`, a company notice for its own month, a term that would run past 2199).
 *
 * @module
 */
import * as z from 'zod/mini';
import { type CalendarDate, MAX_YEAR } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { ProvisionRef } from '../core/provisions.js';
import { safeParseQuick } from '../core/schema.js';
import { applyPrecedence } from '../articles/article-01.js';
import type { NoticeSender } from '../articles/article-03.js';
import { billingStartDateOf } from '../articles/article-09.js';
import { TERMS_RENEWAL, termEndOf } from '../articles/article-11.js';
import { minimumTermEndOf } from '../articles/article-12.js';
import type { DiscontinuationGroundName } from '../articles/article-15.js';
import { noticesOf, customerNoticeOf, discontinuationRecordOf } from './notices.js';
import { Problems } from './problems.js';
import { ContractRecordSchema, contractRecordIssues, type ParsedContract } from './contract.js';
import { paymentsOf } from './payment-checks.js';
import { CheckedRecord, quickRecordOf } from './record-quick.js';
import { objectList } from './line-reader.js';
import {
  changesOf,
  chargesOf,
  optionsWithChangesOf,
  stopsOf,
  termsChangesOf,
  trustedOption,
} from './history-checks.js';
import type { SuspensionGround } from '../articles/article-25.js';

/** A notice as it counts: its JST day (第3条, I-03) and 第3条's provisions when it came from instants. */
export interface TrustedNotice {
  readonly on: CalendarDate;
  readonly refs: readonly ProvisionRef[];
}

/** The customer's notice of termination, with 第13条's answer (and an option's, 13.4). */
export interface TrustedCustomerNotice {
  readonly notice: TrustedNotice;
  readonly terminationDate: CalendarDate;
  readonly deemed: boolean;
  /** 13.5: whole months agreed, at least 1. */
  readonly extensionMonths?: number | undefined;
}

/** An option service, its formation defaulted. */
export interface TrustedOption {
  readonly name: string;
  readonly monthlyFee: Yen;
  readonly scheduledStartDate: CalendarDate;
  readonly readyDate: CalendarDate;
  readonly formationDate: CalendarDate;
  readonly termination?: TrustedCustomerNotice | undefined;
  /** 第15条1項: the company discontinued this option alone. */
  readonly discontinuation?: TrustedContract['discontinuation'];
  /** Added by a change of contract (第9条3項). */
  readonly addedByChange?: boolean | undefined;
  /** Dropped by a change of contract: the day it applies from (the option's last day is the day before). */
  readonly droppedFrom?: CalendarDate | undefined;
}

/** A payment, in date order, with the key of what it designates (ledger.ts). */
export interface TrustedPayment {
  readonly date: CalendarDate;
  readonly amount: Yen;
  readonly designation?: string | undefined;
}

/** Another charge (第25条1項3号, 第22条4項), checked. */
export interface TrustedCharge {
  readonly kind: 'agreed' | 'cost';
  readonly description: string;
  readonly amount: Yen;
  readonly dueDate: CalendarDate;
}

/** A stop or interruption of the service (第23条, 第24条), checked. */
export interface TrustedStop {
  readonly provision: SuspensionGround;
  readonly from: CalendarDate;
  readonly to?: CalendarDate | undefined;
}

/** A change of contract (第9条3項, I-19), checked. */
export interface TrustedChange {
  readonly acceptanceSentOn: CalendarDate;
  readonly effectiveDate: CalendarDate;
  readonly monthlyFee?: Yen | undefined;
  /** The options it adds (their `formationDate` the acceptance, `addedBy`) and drops, by name. */
  readonly addOptions?: readonly TrustedOption[] | undefined;
  readonly dropOptions?: readonly string[] | undefined;
}

/** A notice of changed terms at renewal (第11条2項, I-20), checked: when it took effect and what it changes. */
export interface TrustedTermsChange {
  readonly notice: TrustedNotice;
  readonly monthlyFee?: Yen | undefined;
  readonly renewalMonths?: number | undefined;
}

/** The settings 第1条2項 lets a contract change, with the terms' values where it does not. */
export interface ContractSettings {
  readonly autoRenewal: boolean;
  readonly renewalMonths: number;
  readonly nonRenewalNoticeMonths: number;
}

/** One contract, checked: every value trusted by the rest of the layer. */
export interface TrustedContract {
  readonly id?: string | undefined;
  readonly formationDate: CalendarDate;
  readonly scheduledStartDate: CalendarDate;
  readonly readyDate: CalendarDate;
  /** The term the contract sets: its last day given, or its length from the billing start. */
  readonly term: { readonly endDate: CalendarDate } | { readonly months: number };
  readonly minimumTermMonths: number;
  readonly monthlyFee: Yen;
  readonly initialFee?: { readonly amount: Yen; readonly dueDate: CalendarDate } | undefined;
  readonly options: readonly TrustedOption[];
  readonly customerTermination?: TrustedCustomerNotice | undefined;
  readonly companyTermination?:
    | {
        readonly notice: TrustedNotice;
        readonly terminationDate: CalendarDate;
        readonly refs: ProvisionRef[];
        /** Too late for the month it named: the next permissible end (I-16); `refusal` for `'refuse'`. */
        readonly deemed?: boolean | undefined;
        readonly refusal?: string | undefined;
      }
    | undefined;
  readonly discontinuation?:
    | { readonly date: CalendarDate; readonly ground: DiscontinuationGroundName; readonly notice?: TrustedNotice }
    | undefined;
  readonly nonRenewal?: { readonly notice: TrustedNotice; readonly by: NoticeSender } | undefined;
  /** 第14条1項: the day the company declared the termination, and the item it relied on. */
  readonly companyImmediateTermination?: { readonly notice: TrustedNotice; readonly ref: ProvisionRef } | undefined;
  /** In date order (ties as listed); `undefined` when the record lists none. */
  readonly payments?: readonly TrustedPayment[] | undefined;
  /** Other charges, as listed; absent when none. */
  readonly charges?: readonly TrustedCharge[] | undefined;
  /** Stops and interruptions, as listed; absent when none. */
  readonly stops?: readonly TrustedStop[] | undefined;
  /** Changes of contract in order of the day each applies from (ties as listed); absent when none. */
  readonly changes?: readonly TrustedChange[] | undefined;
  /** Notices of changed terms at renewal (第11条2項), in the order they took effect; absent when none. */
  readonly termsChanges?: readonly TrustedTermsChange[] | undefined;
  readonly settings: ContractSettings;
  /** The settings the contract changed (第1条2項). */
  readonly overridden: readonly (keyof ContractSettings)[];
}

/** The settings of the terms (第11条1項), read from the dated table through 第11条. */
const TERMS_SETTINGS: ContractSettings = Object.freeze({
  autoRenewal: true,
  renewalMonths: TERMS_RENEWAL.renewalMonths,
  nonRenewalNoticeMonths: TERMS_RENEWAL.nonRenewalNoticeMonths,
});

/** A fresh copy of {@link TERMS_SETTINGS}, written out (no generic copy of the frozen object per record). */
const termsSettings = (): ContractSettings => ({
  autoRenewal: TERMS_SETTINGS.autoRenewal,
  renewalMonths: TERMS_SETTINGS.renewalMonths,
  nonRenewalNoticeMonths: TERMS_SETTINGS.nonRenewalNoticeMonths,
});

/**
 * Parses and checks a contract record for a timeline as of `asOf`: one {@link TrustedContract},
 * or a `TermsError` with every problem found, each under the record's field.
 */
export function contractOf(input: unknown, asOf: CalendarDate): TrustedContract {
  // A record read from an NDJSON line by record-line.ts is checked already.
  if (input instanceof CheckedRecord) return trustedOf(input.parsed, asOf);
  // Most records: the record's common shape checked by hand (record-quick.ts); else the schema.
  const common = quickRecordOf(input);
  if (common !== undefined) return trustedOf(common, asOf);
  const quick = safeParseQuick(ContractRecordSchema, input);
  if (quick.success) return trustedOf(quick.data, asOf);
  const problems = new Problems();
  problems.issues.push(...contractRecordIssues(input));
  crossFieldsOfPart(input, asOf, problems);
  return problems.throwIfAny() as never;
}

const SHAPE = (ContractRecordSchema as unknown as { shape: Record<string, z.ZodMiniType> }).shape;

/**
 * The cross-field rules that can still run when some field failed the schema: each field is
 * parsed alone, and each rule runs when the fields it reads are there and parsed (absent
 * optional fields count as parsed).
 */
function crossFieldsOfPart(input: unknown, asOf: CalendarDate, problems: Problems): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  const raw = input as Record<string, unknown>;
  termGivenOnce(raw.termEndDate !== undefined, raw.termMonths !== undefined, problems);
  const part: Record<string, unknown> = {};
  const parsed = new Set<string>();
  for (const [key, schema] of Object.entries(SHAPE)) {
    if (raw[key] === undefined) {
      parsed.add(key);
      continue;
    }
    const r = z.safeParse(schema, raw[key]);
    if (r.success) {
      part[key] = r.data;
      parsed.add(key);
    }
  }
  const c = part as unknown as ParsedContract;
  const all = (...keys: string[]) => keys.every((k) => parsed.has(k));
  if (c.formationDate === undefined) return;
  if (c.scheduledStartDate !== undefined) {
    startAfterFormation(c, problems);
    if (all('readyDate', 'termMonths', 'termEndDate', 'minimumTermMonths')) {
      checkTermRange(c, c.readyDate ?? c.scheduledStartDate, problems);
    }
  }
  if (all('notices')) noticesOf(c, asOf, problems);
  if (all('options')) {
    optionsOf(c, asOf, problems);
    if (all('payments')) paymentsOf(c, asOf, problems, all('charges'));
  }
  if (all('changes')) changesOf(c, asOf, problems);
  if (all('stops')) stopsOf(c, asOf, problems);
  if (all('charges')) chargesOf(c, problems);
  if (all('termsChanges')) termsChangesOf(c, asOf, problems);
}

function startAfterFormation(c: ParsedContract, problems: Problems): void {
  if (c.scheduledStartDate.isBefore(c.formationDate)) {
    problems.order(
      'not-before',
      'scheduledStartDate',
      `expected a start on or after formationDate (${c.formationDate.toString()}), got ${c.scheduledStartDate.toString()}`,
      'formationDate',
      c.formationDate,
      c.scheduledStartDate,
    );
  }
}

function termGivenOnce(endDate: boolean, months: boolean, problems: Problems): void {
  if (endDate && months) problems.add('termMonths', 'expected the term as termEndDate or as termMonths, not both');
  else if (!endDate && !months) {
    problems.add(
      'termEndDate',
      "expected the term's last day (termEndDate) or its length (termMonths): 第11条1項 「利用期間は、利用契約に定める」",
    );
  }
}

/** The trusted value of a parsed record, after its cross-field rules. */
function trustedOf(c: ParsedContract, asOf: CalendarDate): TrustedContract {
  const problems = new Problems();
  termGivenOnce(c.termEndDate !== undefined, c.termMonths !== undefined, problems);
  startAfterFormation(c, problems);
  const readyDate = c.readyDate ?? c.scheduledStartDate;
  checkTermRange(c, readyDate, problems);
  const notices = noticesOf(c, asOf, problems);
  const options = optionsOf(c, asOf, problems);
  const payments = paymentsOf(c, asOf, problems);
  const changes = changesOf(c, asOf, problems);
  const stops = stopsOf(c, asOf, problems);
  const charges = chargesOf(c, problems);
  const termsChanges = termsChangesOf(c, asOf, problems);
  problems.throwIfAny();
  // No overrides (most records): the terms' settings as applyPrecedence would copy them, without its walk.
  const { settings, overridden } =
    c.overrides === undefined
      ? { settings: termsSettings(), overridden: [] }
      : applyPrecedence(TERMS_SETTINGS, c.overrides);
  const k: { -readonly [K in keyof TrustedContract]: TrustedContract[K] } = {
    id: c.id,
    formationDate: c.formationDate,
    scheduledStartDate: c.scheduledStartDate,
    readyDate,
    term: c.termEndDate !== undefined ? { endDate: c.termEndDate } : { months: c.termMonths as number },
    minimumTermMonths: c.minimumTermMonths ?? 0,
    monthlyFee: c.monthlyFee,
    initialFee: c.initialFee,
    options: optionsWithChangesOf(options, changes),
    payments,
    settings,
    overridden: overridden as (keyof ContractSettings)[],
  };
  // Added after, not spread into the literal: V8 builds such a literal many times more slowly.
  // One by one, in noticesOf's order (undefined ones too, as Object.assign copied them): no generic copy.
  k.customerTermination = notices.customerTermination;
  k.companyTermination = notices.companyTermination;
  k.companyImmediateTermination = notices.companyImmediateTermination;
  k.discontinuation = notices.discontinuation;
  k.nonRenewal = notices.nonRenewal;
  // Always set, undefined when absent: every trusted contract has one shape (one hidden class), so
  // the bill's readers of it stay monomorphic and are not compiled again when a rarer record comes.
  k.changes = changes;
  k.stops = stops;
  k.charges = charges;
  k.termsChanges = termsChanges;
  return k;
}

/** The term and the minimum term within the supported days: a fault of termMonths / minimumTermMonths, not of the window. */
function checkTermRange(c: ParsedContract, readyDate: CalendarDate, problems: Problems): void {
  const start = billingStartDateOf(c.scheduledStartDate, readyDate).billingStartDate;
  if (c.termMonths !== undefined) {
    if (!surelyInRange(start, c.termMonths)) endInRange('termMonths', start, c.termMonths, problems);
  } else if (c.termEndDate?.isBefore(start)) {
    problems.add(
      'termEndDate',
      `expected a term ending on or after the billing start date (${start.toString()}), got ${c.termEndDate.toString()}`,
    );
  }
  const minimum = c.minimumTermMonths ?? 0;
  if (minimum > 0 && !surelyInRange(c.formationDate, minimum))
    endInRange('minimumTermMonths', c.formationDate, minimum, problems);
}

/**
 * Whether `months` from `from` surely end by 2199-12-31, the last day supported. Most records: no
 * range check then, and none of its closures (checkTermRange makes none: they are endInRange's).
 */
function surelyInRange(from: CalendarDate, months: number): boolean {
  return from.year + Math.ceil(months / 12) + 1 < MAX_YEAR;
}

/** The range check of a term (`termMonths`) or minimum term ending `months` from `from`. */
function endInRange(
  path: 'termMonths' | 'minimumTermMonths',
  from: CalendarDate,
  months: number,
  problems: Problems,
): void {
  const term = path === 'termMonths';
  problems.inRange(
    path,
    () => `a ${term ? '' : 'minimum '}term of ${months} months from ${from.toString()}`,
    () => (term ? termEndOf(from, months) : minimumTermEndOf(from, months)),
  );
}

/** The option services, each checked against the contract. */
function optionsOf(c: ParsedContract, asOf: CalendarDate, problems: Problems): TrustedOption[] {
  // A loop into one kind of list (objectList), not `map`: an empty record's `map` makes another kind.
  const out = objectList<TrustedOption>();
  const given = c.options;
  if (given !== undefined) for (let i = 0; i < given.length; i++) out.push(optionOf(c, given, i, asOf, problems));
  return out;
}

/** One option service, checked against the contract. */
function optionOf(
  c: ParsedContract,
  given: NonNullable<ParsedContract['options']>,
  i: number,
  asOf: CalendarDate,
  problems: Problems,
): TrustedOption {
  const opt = given[i] as NonNullable<ParsedContract['options']>[number];
  const formed = opt.formationDate ?? c.formationDate;
  if (formed.isBefore(c.formationDate)) {
    problems.order(
      'not-before',
      `options.${i}.formationDate`,
      `expected a day on or after the contract's formationDate (${c.formationDate.toString()}), got ${formed.toString()}`,
      'formationDate',
      c.formationDate,
      formed,
    );
  }
  if (opt.scheduledStartDate.isBefore(formed)) {
    problems.order(
      'not-before',
      `options.${i}.scheduledStartDate`,
      `expected a start on or after the option was added (${formed.toString()}), got ${opt.scheduledStartDate.toString()}`,
      opt.formationDate === undefined ? 'formationDate' : `options.${i}.formationDate`,
      formed,
      opt.scheduledStartDate,
    );
  }
  const t = opt.termination;
  const dc = opt.discontinuation;
  const discontinuation =
    dc === undefined ? undefined : discontinuationRecordOf(dc, `options.${i}.discontinuation`, c, asOf, problems);
  const termination =
    t === undefined ? undefined : customerNoticeOf(t, `options.${i}.termination`, c.formationDate, asOf, problems);
  return trustedOption(
    opt.name,
    opt.monthlyFee,
    opt.scheduledStartDate,
    opt.readyDate ?? opt.scheduledStartDate,
    formed,
    termination,
    discontinuation,
    undefined,
    undefined,
  );
}
