/**
 * The notices of a contract record, checked: the day each took effect (第3条, I-03), within
 * the record's life and not after `asOf`, and its article's answer — 第13条 for the customer's
 * termination (and an option's, 13.4), 第14条2項 for the company's, 第15条1項 for a
 * discontinuation, 第11条1項 for a notice not to renew. Part of the record check (record.ts).
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { Instant } from '../core/instant.js';
import type { ProvisionRef } from '../core/provisions.js';
import { noticeMomentOf, type NoticeSender } from '../articles/article-03.js';
import { customerTerminationOf, extensionMonthsProblemOf, requestedDateProblemOf } from '../articles/article-13.js';
import { IMMEDIATE_TERMINATION_GROUNDS, companyNoticeEndingOf } from '../articles/article-14.js';
import { monthEndAfter } from '../articles/shared.js';
import type { ParsedContract, ParsedTiming } from './contract.js';
import type { Problems } from './problems.js';
import type { TrustedContract, TrustedCustomerNotice, TrustedNotice } from './record.js';

/** The day a notice took effect: given as `on`, or from its instants by 第3条 (I-03), checked against the record and `asOf`. */
export function noticeOf(
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
    problems.order(
      'not-before',
      field,
      `expected a notice on or after the contract was formed (formationDate ${formationDate.toString()}), got ${notice.on.toString()}`,
      'formationDate',
      formationDate,
      notice.on,
    );
  } else if (notice.on.isAfter(asOf)) {
    problems.order(
      'not-after',
      field,
      `expected a notice given on or before asOf (${asOf.toString()}): the record holds the notices given so far, got ${notice.on.toString()}`,
      'asOf',
      asOf,
      notice.on,
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
export function customerNoticeOf(
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
  const r = problems.inRange(
    `${path}.on`,
    () => `the end of the month after the notice of ${notice.on.toString()}`,
    () => customerTerminationOf(notice.on, timing.requestedDate),
  );
  if (r === undefined) return undefined;
  const extended = months === undefined || !Number.isInteger(months) || months < 1 ? undefined : months;
  if (extended !== undefined) {
    const fits = problems.inRange(
      `${path}.extensionMonths`,
      () => `an extension of ${extended} months`,
      () => monthEndAfter(r.terminationDate, extended),
    );
    if (fits === undefined) return undefined;
  }
  return { notice, terminationDate: r.terminationDate, deemed: r.deemed, extensionMonths: extended };
}

/** The notices of the record: each checked, with the day it counts and its article's answer. */
export function noticesOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): Pick<
  TrustedContract,
  'customerTermination' | 'companyTermination' | 'companyImmediateTermination' | 'discontinuation' | 'nonRenewal'
> {
  const n = c.notices ?? {};
  const ct = n.customerTermination;
  const customerTermination =
    ct === undefined ? undefined : customerNoticeOf(ct, 'notices.customerTermination', c.formationDate, asOf, problems);
  return {
    customerTermination,
    companyTermination: companyNoticeOf(c, asOf, problems),
    companyImmediateTermination: immediateOf(c, asOf, problems),
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
  // I-16 is an option, so the record keeps both: the next permissible end (the default) and,
  // for `lateCompanyNotice: 'refuse'`, the refusal the schedule raises.
  const r = problems.inRange(
    `${path}.on`,
    () => `the end of the month after the notice of ${notice.on.toString()}`,
    () => companyNoticeEndingOf(notice.on, co.requestedDate, 'next-permissible'),
  );
  if (r === undefined) return undefined;
  if ('problem' in r) {
    problems.add(`${path}.requestedDate`, r.problem.message, r.problem.code);
    return undefined;
  }
  const refs: ProvisionRef[] = [...notice.refs, '14.2'];
  if (!r.deemed) return { notice, terminationDate: r.terminationDate, refs };
  const late = companyNoticeEndingOf(notice.on, co.requestedDate, 'refuse');
  return {
    notice,
    terminationDate: r.terminationDate,
    refs,
    deemed: true,
    refusal: 'problem' in late ? late.problem.message : '',
  };
}

/** The company's termination without notice (第14条1項): its day (I-03) and the item relied on. */
function immediateOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedContract['companyImmediateTermination'] {
  const im = c.notices?.companyImmediateTermination;
  if (im === undefined) return undefined;
  const notice = noticeOf(im, 'company', 'notices.companyImmediateTermination', c.formationDate, asOf, problems);
  if (notice === undefined) return undefined;
  const ground = IMMEDIATE_TERMINATION_GROUNDS.find((g) => g.id === im.ground);
  return { notice, ref: (ground?.ref ?? '14.1') as ProvisionRef };
}

/** The discontinuation of the service (第15条1項) and the company's notice of it, if any. */
function discontinuationOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedContract['discontinuation'] {
  const dc = c.notices?.discontinuation;
  if (dc === undefined) return undefined;
  return discontinuationRecordOf(dc, 'notices.discontinuation', c, asOf, problems);
}

/**
 * A discontinuation (第15条1項) — of the service, or of one option (「一部を廃止」) — and the
 * company's notice of it, if any, checked under `path`.
 */
export function discontinuationRecordOf(
  dc: NonNullable<NonNullable<ParsedContract['notices']>['discontinuation']>,
  path: string,
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedContract['discontinuation'] {
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
