/**
 * 第14条（当社からの利用契約の解約） — termination by the company.
 *
 * > 1 当社は、契約者が次の各号のいずれかに該当すると判断した場合、契約者への事前の通知又は
 * > 催告を要することなく利用契約の全部又は一部を解約することができるものとします。
 * > (1)–(10) …
 * >
 * > 2 当社は、解約を希望する月の前月末日までに契約者に書面をもって通知をすることにより、
 * > 本サービスを解約することができるものとします。ただし、利用契約の解約日は、当社が
 * > 本サービスを解約しようとする月の月末とします。
 * >
 * > 3 契約者は、前2項による利用契約の解約があった時点において未払いの利用料金等又は
 * > 支払遅延損害金がある場合には、直ちにこれを支払うものとします。
 * >
 * > 4 当社が行う利用契約の解約に伴って、契約者が被ったいかなる損害についても、当社は
 * > 一切の責任を負わないものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, invalidInput } from '../core/errors.js';
import { optionsFor, type LateCompanyNotice, type OptionsFor } from '../core/options.js';
import { articleInfo } from '../core/provisions.js';
import { atField, dateField, parseInput, type DateInput } from '../core/schema.js';
import {
  groundFactsShape,
  groundTable,
  matchGrounds,
  monthEndAfter,
  monthsBetween,
  type Ground,
  type GroundFacts,
} from './shared.js';

/** 第14条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_14 = articleInfo(14);

// ---------------------------------------------------------------------------
// 14.1: immediate termination

/** The ten grounds of 第14条1項 on which the company may terminate without notice. */
export const IMMEDIATE_TERMINATION_GROUNDS = groundTable([
  {
    id: 'falseOrMissingEntries',
    ref: '14.1.1',
    ja: '利用申込書、利用変更申込書その他通知内容等に虚偽記入又は記入漏れがあった場合',
    en: 'the application, a change application or another notice contains a false entry or an omission',
  },
  {
    id: 'paymentsSuspendedOrInsolvent',
    ref: '14.1.2',
    ja: '支払停止又は支払不能となった場合',
    en: 'the customer has suspended payments or become unable to pay',
  },
  {
    id: 'dishonouredBillOrCheque',
    ref: '14.1.3',
    ja: '手形又は小切手が不渡りとなった場合',
    en: 'a bill or cheque of the customer has been dishonoured',
  },
  {
    id: 'seizureOrTaxDelinquency',
    ref: '14.1.4',
    ja: '差押、仮差押若しくは競売の申立があったとき又は公租公課の滞納処分を受けた場合',
    en: 'a petition for attachment, provisional attachment or auction has been filed, or the customer has been subjected to a disposition for delinquent taxes or public charges',
  },
  {
    id: 'insolvencyProceedingsOrCreditConcern',
    ref: '14.1.5',
    ja: '破産手続開始、民事再生手続開始、会社更生手続開始若しくは特別清算開始の申立があった場合又は信用状態に重大な不安が生じた場合',
    en: 'a petition for bankruptcy, civil rehabilitation, corporate reorganisation or special liquidation has been filed, or serious doubt has arisen about the customer’s credit',
  },
  {
    id: 'businessLicenceSanction',
    ref: '14.1.6',
    ja: '監督官庁から営業許可の取消、停止等の処分を受けた場合',
    en: 'a supervisory authority has revoked or suspended the customer’s business licence or imposed a similar measure',
  },
  {
    id: 'dissolutionOrTransfer',
    ref: '14.1.7',
    ja: '解散、減資、営業の全部又は重要な一部の譲渡等を決議した場合',
    en: 'the customer has resolved to dissolve, reduce its capital, or transfer all or an important part of its business',
  },
  {
    id: 'uncuredBreach',
    ref: '14.1.8',
    ja: '利用契約等に違反し当社がかかる違反の是正を催告した後合理的な期間内には是正されない場合',
    en: 'the customer has breached these terms or the contract and has not cured the breach within a reasonable period after the company demanded it',
  },
  {
    id: 'cloudProviderContractEnded',
    ref: '14.1.9',
    ja: '契約者とクラウドサービス事業者との契約が終了した場合',
    en: 'the contract between the customer and the cloud service provider has ended',
  },
  {
    id: 'performanceDifficult',
    ref: '14.1.10',
    ja: '利用契約を履行することが困難となる事由が生じた場合',
    en: 'something has happened that makes the contract difficult to perform',
  },
] as const satisfies readonly Ground[]);

/** The id of a ground of 第14条1項. */
export type ImmediateTerminationGroundId = (typeof IMMEDIATE_TERMINATION_GROUNDS)[number]['id'];

export type ImmediateTerminationGroundsInput = GroundFacts<ImmediateTerminationGroundId>;

export interface ImmediateTerminationGroundsResult extends WithBasis {
  /** True when at least one ground applies: the company may terminate all or part of the contract at once. */
  readonly mayTerminate: boolean;
  /** The ids of the grounds that apply, in the terms' order. */
  readonly grounds: ImmediateTerminationGroundId[];
  /** Always false: 「事前の通知又は催告を要することなく」. */
  readonly priorNoticeRequired: false;
}

const ImmediateTerminationGroundsInput = z.strictObject(groundFactsShape(IMMEDIATE_TERMINATION_GROUNDS));

/**
 * Whether the company may terminate all or part of the contract at once,
 * without notice or demand (第14条1項), and on which grounds. The company acts
 * on its own judgement (「該当すると判断した場合」): the facts are what it has
 * found.
 *
 * Pass a boolean for each ground of {@link IMMEDIATE_TERMINATION_GROUNDS} that
 * you know; a ground left out does not apply, and an unknown key is refused.
 * Item 8 already includes its condition: a demand to cure and a reasonable
 * period without cure.
 *
 * @example
 * ```ts
 * import { immediateTerminationGrounds } from 'cloud-ops-terms';
 * immediateTerminationGrounds({ cloudProviderContractEnded: true });
 * //=> { mayTerminate: true, grounds: ['cloudProviderContractEnded'], priorNoticeRequired: false, basis: ['14.1', '14.1.9'] }
 * immediateTerminationGrounds({ uncuredBreach: false }).mayTerminate;
 * //=> false
 * ```
 */
export function immediateTerminationGrounds(
  input: ImmediateTerminationGroundsInput,
  options?: OptionsFor<'immediateTerminationGrounds'>,
): ImmediateTerminationGroundsResult {
  const facts = parseInput(ImmediateTerminationGroundsInput, input);
  optionsFor('immediateTerminationGrounds', options);
  const matched = matchGrounds(IMMEDIATE_TERMINATION_GROUNDS, facts);
  return {
    mayTerminate: matched.any,
    grounds: matched.ids,
    priorNoticeRequired: false,
    basis: basis('14.1', ...matched.refs),
  };
}

// ---------------------------------------------------------------------------
// 14.2: termination by notice

export interface CompanyTerminationInput {
  /** The JST day the company sent its written notice (I-03: effective when sent). */
  readonly noticeGivenOn: DateInput;
  /** The day the company wants the contract to end; absent (or `null`) for the earliest the terms allow. */
  readonly requestedDate?: DateInput | null | undefined;
}

export interface CompanyTerminationResult extends WithBasis {
  /** 解約日: always the last day of a month, `'YYYY-MM-DD'`. */
  readonly terminationDate: string;
  /** True when no requested date was given and the earliest month end the terms allow was used (our reading). */
  readonly defaulted: boolean;
  /**
   * True when the notice came too late for the month it named and ends the contract at the
   * end of the first month it is in time for instead (I-16, `lateCompanyNotice: 'next-permissible'`).
   */
  readonly deemed: boolean;
}

const CompanyTerminationInput = z.object({ noticeGivenOn: dateField, requestedDate: z.nullish(dateField) });

/**
 * The trusted core of {@link companyTermination}: `requestedDate`, when given,
 * is in a month after the month of the notice. Exported from this module for
 * tests and benchmarks, not from the package root.
 */
export function companyTerminationOf(
  noticeGivenOn: CalendarDate,
  requestedDate: CalendarDate | undefined,
): { terminationDate: CalendarDate; defaulted: boolean } {
  // 14.2 但書: 「解約日は、当社が本サービスを解約しようとする月の月末」. With no month named,
  // the earliest month the notice allows is the month after the notice (our reading).
  return requestedDate === undefined
    ? { terminationDate: monthEndAfter(noticeGivenOn, 1), defaulted: true }
    : { terminationDate: requestedDate.endOfMonth(), defaulted: false };
}

/**
 * 14.2 with I-16: the day the company's notice ends the contract, or the terms' refusal.
 * A requested date in the month of the notice is too late for that month: under
 * `next-permissible` the notice ends the contract at the end of the month after the month of
 * the notice, `deemed`; under `refuse` it is the problem `companyNoticeProblemOf` names. A
 * requested date before the notice is always a problem. Trusted; exported for the
 * lifecycle layer and tests, not from the package root.
 */
export function companyNoticeEndingOf(
  noticeGivenOn: CalendarDate,
  requested: CalendarDate | undefined,
  lateCompanyNotice: LateCompanyNotice,
):
  | { terminationDate: CalendarDate; defaulted: boolean; deemed: boolean }
  | { problem: { code: 'INVALID_INPUT' | 'NOT_ALLOWED_BY_TERMS'; message: string } } {
  const problem = companyNoticeProblemOf(noticeGivenOn, requested);
  if (problem === undefined) return { ...companyTerminationOf(noticeGivenOn, requested), deemed: false };
  if (problem.code === 'INVALID_INPUT' || lateCompanyNotice === 'refuse') return { problem };
  // I-16: not void — it ends the contract at the end of the first month it is in time for.
  return { terminationDate: monthEndAfter(noticeGivenOn, 1), defaulted: false, deemed: true };
}

/**
 * The day a contract ends on the company's written notice (第14条2項).
 *
 * Like the customer's notice under 第13条1項, the notice must be given by the
 * last day of the month before the month of termination, and the contract
 * ends at the end of that month. The company's notice counts when it is sent
 * (I-03). Unlike 第13条, 14.2 has no one-month rule and no deemed date:
 *
 * - a requested date in a month after the month of the notice → the end of
 *   that month;
 * - a requested date in the month of the notice → too late for that month: by
 *   default (I-16, `lateCompanyNotice: 'next-permissible'`) the end of the month
 *   after the month of the notice, `deemed: true`; under `'refuse'` not allowed
 *   by the terms (`NOT_ALLOWED_BY_TERMS`, `requestedDate`). A requested date
 *   before the notice is bad input (`INVALID_INPUT`), as in 第13条;
 * - no requested date → the end of the month after the month of the notice,
 *   the earliest the terms allow (`defaulted: true`). This is our reading:
 *   14.2 itself says nothing for a notice that names no date.
 *
 * @example
 * ```ts
 * import { companyTermination } from 'cloud-ops-terms';
 * companyTermination({ noticeGivenOn: '2027-04-30', requestedDate: '2027-05-01' });
 * //=> { terminationDate: '2027-05-31', defaulted: false, deemed: false, basis: ['14.2'] }
 * companyTermination({ noticeGivenOn: '2027-12-15' });
 * //=> { terminationDate: '2028-01-31', defaulted: true, deemed: false, basis: ['14.2'] }
 * // Too late for April: the end of May instead (I-16).
 * companyTermination({ noticeGivenOn: '2027-04-15', requestedDate: '2027-04-30' });
 * //=> { terminationDate: '2027-05-31', defaulted: false, deemed: true, basis: ['14.2'] }
 * ```
 */
export function companyTermination(
  input: CompanyTerminationInput,
  options?: OptionsFor<'companyTermination'>,
): CompanyTerminationResult {
  const { noticeGivenOn, requestedDate } = parseInput(CompanyTerminationInput, input);
  const { lateCompanyNotice } = optionsFor('companyTermination', options);
  try {
    return companyTerminationChecked(noticeGivenOn, requestedDate ?? undefined, lateCompanyNotice);
  } catch (e) {
    // The end of the month after the notice (the earliest termination) runs past 2199.
    throw atField(e, 'noticeGivenOn');
  }
}

function companyTerminationChecked(
  noticeGivenOn: CalendarDate,
  requested: CalendarDate | undefined,
  lateCompanyNotice: LateCompanyNotice,
): CompanyTerminationResult {
  const problem = companyNoticeProblemOf(noticeGivenOn, requested);
  if (problem?.code === 'INVALID_INPUT' && requested !== undefined) {
    throw invalidInput('requestedDate', problem.message, 'not-before', {
      other: 'noticeGivenOn',
      date: noticeGivenOn.toString(),
      received: `'${requested.toString()}'`,
    });
  }
  const r = companyNoticeEndingOf(noticeGivenOn, requested, lateCompanyNotice);
  if ('problem' in r) throw new TermsError(r.problem.code, [{ path: 'requestedDate', message: r.problem.message }]);
  return {
    terminationDate: r.terminationDate.toString(),
    defaulted: r.defaulted,
    deemed: r.deemed,
    basis: basis('14.2'),
  };
}

/**
 * What is wrong with the day a company notice asks the contract to end: before the notice
 * (`INVALID_INPUT`), or in the month of the notice (`NOT_ALLOWED_BY_TERMS`: 14.2 wants the
 * notice by the end of the month before); `undefined` when it is allowed. Trusted; exported
 * for the lifecycle layer, not from the package root.
 */
export function companyNoticeProblemOf(
  noticeGivenOn: CalendarDate,
  requested: CalendarDate | undefined,
): { code: 'INVALID_INPUT' | 'NOT_ALLOWED_BY_TERMS'; message: string } | undefined {
  if (requested === undefined) return undefined;
  if (requested.isBefore(noticeGivenOn)) {
    return {
      code: 'INVALID_INPUT',
      message: `expected a requested termination date on or after the day the notice was given (noticeGivenOn ${noticeGivenOn.toString()}), got '${requested.toString()}'`,
    };
  }
  if (monthsBetween(noticeGivenOn, requested) < 1) {
    return {
      code: 'NOT_ALLOWED_BY_TERMS',
      message: `第14条2項 requires notice by the last day of the month before the termination month: a notice given on ${noticeGivenOn.toString()} can end the contract at the end of ${monthEndAfter(noticeGivenOn, 1).toString().slice(0, 7)} at the earliest, got '${requested.toString()}'`,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// 14.3–14.4

export interface UnpaidAmountsOnCompanyTerminationInput {
  /**
   * The JST day the company terminated: under 14.1 the day it declared the
   * termination; under 14.2 the day it sent its notice (I-03).
   */
  readonly terminationDeclaredOn: DateInput;
}

export interface UnpaidAmountsOnCompanyTerminationResult extends WithBasis {
  /** The day every unpaid amount falls due (「直ちに」). */
  readonly dueOn: string;
  /** What falls due: unpaid fees (未払いの利用料金等) and late-payment interest (支払遅延損害金, 第26条). */
  readonly includes: readonly ['fees', 'late-payment-interest'];
}

const UnpaidAmountsOnCompanyTerminationInput = z.object({ terminationDeclaredOn: dateField });

/**
 * 14.3: when the company terminates under 14.1 or 14.2, fees then unpaid and
 * late-payment interest fall due at once: 「解約があった時点において未払いの
 * 利用料金等又は支払遅延損害金がある場合には、直ちにこれを支払う」.
 *
 * Our reading of 「解約があった時点」: the moment the company terminates — its
 * declaration under 14.1, its notice under 14.2 (effective when sent, I-03) —
 * not the later month-end termination date of 14.2. Compare 第13条3項, where the
 * customer's notice's arrival triggers the same rule for fees only.
 *
 * @example
 * ```ts
 * import { unpaidAmountsOnCompanyTermination } from 'cloud-ops-terms';
 * unpaidAmountsOnCompanyTermination({ terminationDeclaredOn: '2027-04-30' });
 * //=> { dueOn: '2027-04-30', includes: ['fees', 'late-payment-interest'], basis: ['14.3'] }
 * ```
 */
export function unpaidAmountsOnCompanyTermination(
  input: UnpaidAmountsOnCompanyTerminationInput,
  options?: OptionsFor<'unpaidAmountsOnCompanyTermination'>,
): UnpaidAmountsOnCompanyTerminationResult {
  const { terminationDeclaredOn } = parseInput(UnpaidAmountsOnCompanyTerminationInput, input);
  optionsFor('unpaidAmountsOnCompanyTermination', options);
  return {
    dueOn: terminationDeclaredOn.toString(),
    includes: ['fees', 'late-payment-interest'],
    basis: basis('14.3'),
  };
}

export interface CompanyTerminationLiabilityResult extends WithBasis {
  /** Always false: 「いかなる損害についても、当社は一切の責任を負わない」. */
  readonly companyLiable: false;
}

/**
 * 14.4: the company is not liable for any damage the customer suffers from a
 * termination by the company (under 14.1 or 14.2).
 *
 * @example
 * ```ts
 * import { companyTerminationLiability } from 'cloud-ops-terms';
 * companyTerminationLiability();
 * //=> { companyLiable: false, basis: ['14.4'] }
 * ```
 */
export function companyTerminationLiability(): CompanyTerminationLiabilityResult {
  return { companyLiable: false, basis: basis('14.4') };
}
