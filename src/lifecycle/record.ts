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
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, isTermsError, type TermsErrorCode, type TermsIssue } from '../core/errors.js';
import type { Instant } from '../core/instant.js';
import type { Yen } from '../core/money.js';
import type { ProvisionRef } from '../core/provisions.js';
import { applyPrecedence } from '../articles/article-01.js';
import { noticeMomentOf, type NoticeSender } from '../articles/article-03.js';
import { billingStartDateOf } from '../articles/article-09.js';
import { TERMS_RENEWAL, termEndOf } from '../articles/article-11.js';
import { minimumTermEndOf } from '../articles/article-12.js';
import { customerTerminationOf, extensionMonthsProblemOf, requestedDateProblemOf } from '../articles/article-13.js';
import { companyNoticeProblemOf, companyTerminationOf } from '../articles/article-14.js';
import type { DiscontinuationGroundName } from '../articles/article-15.js';
import { monthEndAfter } from '../articles/shared.js';
import { ContractRecordSchema, contractRecordIssues, type ParsedContract, type ParsedTiming } from './contract.js';
import { designationKey } from './ledger.js';

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
}

/** A payment, in date order, with the key of what it designates (ledger.ts). */
export interface TrustedPayment {
  readonly date: CalendarDate;
  readonly amount: Yen;
  readonly designation?: string | undefined;
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
    | { readonly notice: TrustedNotice; readonly terminationDate: CalendarDate; readonly refs: ProvisionRef[] }
    | undefined;
  readonly discontinuation?:
    | { readonly date: CalendarDate; readonly ground: DiscontinuationGroundName; readonly notice?: TrustedNotice }
    | undefined;
  readonly nonRenewal?: { readonly notice: TrustedNotice; readonly by: NoticeSender } | undefined;
  /** In date order (ties as listed); `undefined` when the record lists none. */
  readonly payments?: readonly TrustedPayment[] | undefined;
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

/** The problems found so far, and the code they will be thrown with. */
class Problems {
  readonly issues: TermsIssue[] = [];
  private refusal: TermsErrorCode | undefined;

  add(path: string, message: string, code: TermsErrorCode = 'INVALID_INPUT'): void {
    this.issues.push({ path, message });
    if (code !== 'INVALID_INPUT') this.refusal ??= code;
  }

  /** A value computed by a trusted rule, or a problem at `path` when it runs past 2199-12-31. */
  inRange<T>(path: string, what: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (e) {
      if (!isTermsError(e) || e.code !== 'DATE_OUT_OF_RANGE') throw e;
      this.add(path, `${what} falls after 2199-12-31, the last day supported`, 'DATE_OUT_OF_RANGE');
      return undefined;
    }
  }

  /** Throws them: `INVALID_INPUT` when any field is wrong, else the terms' own refusal. */
  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const code = this.refusal !== undefined && this.issues.length === 1 ? this.refusal : 'INVALID_INPUT';
    throw new TermsError(code, this.issues);
  }
}

/**
 * Parses and checks a contract record for a timeline as of `asOf`: one {@link TrustedContract},
 * or a `TermsError` with every problem found, each under the record's field.
 */
export function contractOf(input: unknown, asOf: CalendarDate): TrustedContract {
  const quick = z.safeParse(ContractRecordSchema, input);
  if (quick.success) return trustedOf(quick.data, asOf);
  const problems = new Problems();
  problems.issues.push(...contractRecordIssues(input));
  crossFieldsOfRaw(input, problems);
  return problems.throwIfAny() as never;
}

/** The cross-field rules that can run when some field failed: the term, given once. */
function crossFieldsOfRaw(input: unknown, problems: Problems): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
  const raw = input as Record<string, unknown>;
  termGivenOnce(raw.termEndDate !== undefined, raw.termMonths !== undefined, problems);
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
  if (c.scheduledStartDate.isBefore(c.formationDate)) {
    problems.add(
      'scheduledStartDate',
      `expected a start on or after formationDate (${c.formationDate.toString()}), got ${c.scheduledStartDate.toString()}`,
    );
  }
  const readyDate = c.readyDate ?? c.scheduledStartDate;
  checkTermRange(c, readyDate, problems);
  const notices = noticesOf(c, asOf, problems);
  const options = optionsOf(c, asOf, problems);
  const payments = paymentsOf(c, asOf, problems);
  problems.throwIfAny();
  const { settings, overridden } = applyPrecedence(TERMS_SETTINGS, c.overrides ?? {});
  return {
    id: c.id,
    formationDate: c.formationDate,
    scheduledStartDate: c.scheduledStartDate,
    readyDate,
    term: c.termEndDate !== undefined ? { endDate: c.termEndDate } : { months: c.termMonths as number },
    minimumTermMonths: c.minimumTermMonths ?? 0,
    monthlyFee: c.monthlyFee,
    initialFee: c.initialFee,
    options,
    ...notices,
    payments,
    settings,
    overridden: overridden as (keyof ContractSettings)[],
  };
}

/** The term and the minimum term within the supported days: a fault of termMonths / minimumTermMonths, not of the window. */
function checkTermRange(c: ParsedContract, readyDate: CalendarDate, problems: Problems): void {
  const start = billingStartDateOf(c.scheduledStartDate, readyDate).billingStartDate;
  if (c.termMonths !== undefined) {
    problems.inRange('termMonths', `a term of ${c.termMonths} months from ${start.toString()}`, () =>
      termEndOf(start, c.termMonths as number),
    );
  } else if (c.termEndDate?.isBefore(start)) {
    problems.add(
      'termEndDate',
      `expected a term ending on or after the billing start date (${start.toString()}), got ${c.termEndDate.toString()}`,
    );
  }
  const minimum = c.minimumTermMonths ?? 0;
  if (minimum > 0) {
    problems.inRange(
      'minimumTermMonths',
      `a minimum term of ${minimum} months from ${c.formationDate.toString()}`,
      () => minimumTermEndOf(c.formationDate, minimum),
    );
  }
}

/** The day a notice took effect: given as `on`, or from its instants by 第3条 (I-03), checked against the record and `asOf`. */
function noticeOf(
  timing: ParsedTiming,
  sender: NoticeSender,
  path: string,
  formationDate: CalendarDate,
  asOf: CalendarDate,
  problems: Problems,
): TrustedNotice | undefined {
  const { on, sentAt, arrivedAt } = timing;
  let notice: TrustedNotice;
  let field = `${path}.on`;
  if (on !== undefined) {
    if (sentAt !== undefined || arrivedAt !== undefined) {
      problems.add(
        field,
        'expected either the day the notice took effect (on) or when it was sent or arrived (sentAt / arrivedAt), not both',
      );
      return undefined;
    }
    notice = { on, refs: [] };
  } else if (sentAt !== undefined || arrivedAt !== undefined) {
    const moment = momentOf(timing, sender, sentAt, arrivedAt);
    if ('message' in moment) {
      problems.add(`${path}.${moment.field}`, moment.message);
      return undefined;
    }
    field = moment.rule === 'on-arrival' ? `${path}.arrivedAt` : `${path}.sentAt`;
    notice = { on: moment.at.jstDate(), refs: moment.basis };
  } else {
    problems.add(
      field,
      'expected the day the notice took effect (on), or when it was sent or arrived (sentAt / arrivedAt)',
    );
    return undefined;
  }
  if (notice.on.isBefore(formationDate)) {
    problems.add(
      field,
      `expected a notice on or after the contract was formed (formationDate ${formationDate.toString()}), got ${notice.on.toString()}`,
    );
  } else if (notice.on.isAfter(asOf)) {
    problems.add(
      field,
      `expected a notice given on or before asOf (${asOf.toString()}): the record holds the notices given so far, got ${notice.on.toString()}`,
    );
  } else return notice;
  return undefined;
}

function momentOf(timing: ParsedTiming, sender: NoticeSender, sentAt?: Instant, arrivedAt?: Instant) {
  const method = timing.method;
  if (sender === 'customer') {
    if (method === 'website') {
      return {
        field: 'sentAt' as const,
        message: "expected a customer's notice by letter, email or fax (第3条3項), got website",
      };
    }
    return noticeMomentOf('customer', method ?? 'letter', sentAt, arrivedAt);
  }
  return noticeMomentOf('company', method ?? 'email', sentAt, arrivedAt);
}

/** The customer's notice of termination (第13条; an option's, 13.4), with 第13条's answer. */
function customerNoticeOf(
  timing: ParsedTiming & {
    readonly requestedDate?: CalendarDate | undefined;
    readonly extensionMonths?: number | undefined;
  },
  path: string,
  formationDate: CalendarDate,
  asOf: CalendarDate,
  problems: Problems,
): TrustedCustomerNotice | undefined {
  const notice = noticeOf(timing, 'customer', path, formationDate, asOf, problems);
  const months = timing.extensionMonths;
  if (months !== undefined) {
    const problem = months < 0 ? 'expected a whole number of months of 1 or more' : extensionMonthsProblemOf(months);
    if (problem !== undefined) {
      problems.add(`${path}.extensionMonths`, problem, months < 0 ? 'INVALID_INPUT' : 'EXTENSION_NOT_WHOLE_MONTHS');
    }
  }
  if (notice === undefined) return undefined;
  const problem = requestedDateProblemOf(notice.on, timing.requestedDate);
  if (problem !== undefined) {
    problems.add(`${path}.requestedDate`, problem);
    return undefined;
  }
  const r = problems.inRange(`${path}.on`, `the end of the month after the notice of ${notice.on.toString()}`, () =>
    customerTerminationOf(notice.on, timing.requestedDate),
  );
  if (r === undefined) return undefined;
  const extended = months === undefined || !Number.isInteger(months) || months < 1 ? undefined : months;
  if (extended !== undefined) {
    const fits = problems.inRange(`${path}.extensionMonths`, `an extension of ${extended} months`, () =>
      monthEndAfter(r.terminationDate, extended),
    );
    if (fits === undefined) return undefined;
  }
  return { notice, terminationDate: r.terminationDate, deemed: r.deemed, extensionMonths: extended };
}

/** The notices of the record: each checked, with the day it counts and its article's answer. */
function noticesOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): Pick<TrustedContract, 'customerTermination' | 'companyTermination' | 'discontinuation' | 'nonRenewal'> {
  const n = c.notices ?? {};
  const ct = n.customerTermination;
  const customerTermination =
    ct === undefined ? undefined : customerNoticeOf(ct, 'notices.customerTermination', c.formationDate, asOf, problems);
  return {
    customerTermination,
    companyTermination: companyNoticeOf(c, asOf, problems),
    discontinuation: discontinuationOf(c, asOf, problems),
    nonRenewal:
      n.nonRenewal === undefined
        ? undefined
        : withBy(
            noticeOf(n.nonRenewal, n.nonRenewal.by, 'notices.nonRenewal', c.formationDate, asOf, problems),
            n.nonRenewal.by,
          ),
  };
}

function withBy(notice: TrustedNotice | undefined, by: NoticeSender) {
  return notice === undefined ? undefined : { notice, by };
}

/** The company's notice of termination (第14条2項), with its answer. */
function companyNoticeOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedContract['companyTermination'] {
  const co = c.notices?.companyTermination;
  if (co === undefined) return undefined;
  const path = 'notices.companyTermination';
  const notice = noticeOf(co, 'company', path, c.formationDate, asOf, problems);
  if (notice === undefined) return undefined;
  const problem = companyNoticeProblemOf(notice.on, co.requestedDate);
  if (problem !== undefined) {
    problems.add(`${path}.requestedDate`, problem.message, problem.code);
    return undefined;
  }
  const r = problems.inRange(`${path}.on`, `the end of the month after the notice of ${notice.on.toString()}`, () =>
    companyTerminationOf(notice.on, co.requestedDate),
  );
  return r === undefined ? undefined : { notice, terminationDate: r.terminationDate, refs: [...notice.refs, '14.2'] };
}

/** The discontinuation (第15条1項) and the company's notice of it, if any. */
function discontinuationOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedContract['discontinuation'] {
  const dc = c.notices?.discontinuation;
  if (dc === undefined) return undefined;
  const path = 'notices.discontinuation';
  if (dc.date.isBefore(c.formationDate)) {
    problems.add(
      `${path}.date`,
      `expected a discontinuation on or after formationDate (${c.formationDate.toString()}), got ${dc.date.toString()}`,
    );
  }
  const given = dc.on !== undefined || dc.sentAt !== undefined || dc.arrivedAt !== undefined;
  const notice = given ? noticeOf(dc, 'company', path, c.formationDate, asOf, problems) : undefined;
  return { date: dc.date, ground: dc.ground ?? 'notice', ...(notice === undefined ? {} : { notice }) };
}

/** The option services, each checked against the contract. */
function optionsOf(c: ParsedContract, asOf: CalendarDate, problems: Problems): TrustedOption[] {
  return (c.options ?? []).map((opt, i) => {
    const formed = opt.formationDate ?? c.formationDate;
    if (formed.isBefore(c.formationDate)) {
      problems.add(
        `options.${i}.formationDate`,
        `expected a day on or after the contract's formationDate (${c.formationDate.toString()}), got ${formed.toString()}`,
      );
    }
    if (opt.scheduledStartDate.isBefore(formed)) {
      problems.add(
        `options.${i}.scheduledStartDate`,
        `expected a start on or after the option was added (${formed.toString()}), got ${opt.scheduledStartDate.toString()}`,
      );
    }
    const t = opt.termination;
    return {
      name: opt.name,
      monthlyFee: opt.monthlyFee,
      scheduledStartDate: opt.scheduledStartDate,
      readyDate: opt.readyDate ?? opt.scheduledStartDate,
      formationDate: formed,
      termination:
        t === undefined ? undefined : customerNoticeOf(t, `options.${i}.termination`, c.formationDate, asOf, problems),
    };
  });
}

/** The payments, each received by `asOf` and designating what the record holds, in date order. */
function paymentsOf(c: ParsedContract, asOf: CalendarDate, problems: Problems): TrustedPayment[] | undefined {
  const given = c.payments;
  if (given === undefined) return undefined;
  const out: TrustedPayment[] = [];
  let inOrder = true;
  given.forEach((p, i) => {
    if (p.date.isAfter(asOf)) {
      problems.add(
        `payments.${i}.date`,
        `expected a payment received on or before asOf (${asOf.toString()}), got ${p.date.toString()}`,
      );
    }
    const d = p.designation;
    let key: string | undefined;
    if (d !== undefined) {
      if ((d.serviceMonth === undefined) === (d.fee === undefined)) {
        problems.add(
          `payments.${i}.designation`,
          'expected what the payment pays as serviceMonth (with option, for an option) or as fee, one of them',
        );
      } else if (d.option !== undefined && d.fee !== undefined) {
        problems.add(`payments.${i}.designation.option`, 'expected option only with serviceMonth');
      } else if (d.option !== undefined && !(c.options ?? []).some((o) => o.name === d.option)) {
        problems.add(
          `payments.${i}.designation.option`,
          `expected the name of one of the record's options, got '${d.option}'`,
        );
      }
      key = designationKey({ option: d.option, fee: d.fee, serviceMonth: d.serviceMonth?.toString() });
    }
    const last = out[out.length - 1];
    if (last !== undefined && last.date.isAfter(p.date)) inOrder = false;
    out.push(
      key === undefined ? { date: p.date, amount: p.amount } : { date: p.date, amount: p.amount, designation: key },
    );
  });
  if (inOrder) return out;
  // In date order, ties as given.
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.date.epochDay - b.p.date.epochDay || a.i - b.i)
    .map(({ p }) => p);
}
