/**
 * 第9条（利用契約の成立） — how the contract and its changes are formed, when the
 * company may refuse, and when billing starts.
 *
 * > 2 …利用契約申込者が、利用承諾書を受領したときに、本サービスについての利用契約が
 * > 成立するものとします。なお、利用申込書の記載と利用承諾書の記載が異なる場合は、
 * > 利用承諾書が優先的に適用されるものとします。
 * >
 * > 3 利用契約の変更は、契約者が当社に書面により通知をし…、当社がこれに対し承諾の
 * > 通知を発信したときに成立するものとします。…
 * >
 * > 4 当社は、前各項その他利用規約等の規定にかかわらず、…次の各号のいずれかに該当する
 * > 場合には、利用契約又は利用変更契約を締結しないことができます。この場合、当社は、
 * > 締結しない理由を通知する義務を負いません。
 * >
 * > 5 利用開始予定日までに本サービスの利用を開始できない場合には、当社はその旨及び
 * > 利用が可能になる予定日を通知いたします。
 * >
 * > 6 料金は利用開始日（当社が本サービス提供の準備を整えた日。ただし、これが利用開始
 * > 予定日より早い場合は、利用開始予定日を利用開始日とします。）から月額料金が発生する
 * > ものとし、利用開始の遅延については、当社は、損害賠償その他何らの責任を負わないもの
 * > としします。
 * >
 * > 7 オプションサービスの追加申し込みについても、本条の規定が準用されるものとします。
 *
 * (9.4 writes 「利用規約等」 where 「利用契約等」 is meant; 「としします」 in 9.6 is a slip
 * for 「とします」. See docs/articles/article-09.md.)
 *
 * @module
 */
import * as z from 'zod/mini';
import type { WithBasis } from '../core/basis.js';
import { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, type TermsIssue } from '../core/errors.js';
import { DAYS_PER_MONTH_FOR_DAILY_RATE, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type MidMonthChange, type OptionsFor, type Rounding } from '../core/options.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { dateField, enumField, parseInput, type DateInput } from '../core/schema.js';
import {
  groundFactsShape,
  groundTable,
  jsonProblem,
  matchGrounds,
  scopeField,
  scopedBasis,
  type Ground,
  type GroundFacts,
  type Scope,
} from './shared.js';

/** 第9条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_9 = articleInfo(9);

/** 9.7 applies the article to an added option service: cite it when the scope is an option. */
function scoped(scope: Scope | undefined, ...refs: ProvisionRef[]): ProvisionRef[] {
  return scopedBasis(scope, '9.7', ...refs);
}

// ---------------------------------------------------------------------------
// 9.2: formation, and the acceptance prevailing over the application

export interface ContractFormationInput {
  /** The JST day the applicant received the 利用承諾書 (letter, e-mail or fax; I-03: on arrival). */
  readonly acceptanceReceivedOn: DateInput;
  /** `'option'` for an added option service (9.7); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface ContractFormationResult extends WithBasis {
  /** 利用契約の成立日: the day the 利用承諾書 was received, `'YYYY-MM-DD'`. */
  readonly formationDate: string;
}

const ContractFormationInput = z.object({ acceptanceReceivedOn: dateField, scope: scopeField });

/**
 * The day the contract is formed: 「利用契約申込者が、利用承諾書を受領したときに…
 * 利用契約が成立する」 (第9条2項). The company's acceptance (利用承諾書) counts when it
 * reaches the applicant, not when it is sent (I-03) — the opposite of a change of
 * contract (9.3, {@link contractChangeFormation}). This date starts the minimum
 * term (第12条, `earlyTerminationFee`).
 *
 * @example
 * ```ts
 * import { contractFormation } from 'cloud-ops-terms';
 * contractFormation({ acceptanceReceivedOn: '2027-03-15' });
 * //=> { formationDate: '2027-03-15', basis: ['9.2'] }
 * contractFormation({ acceptanceReceivedOn: '2027-03-15', scope: 'option' }).basis;
 * //=> ['9.2', '9.7']
 * ```
 */
export function contractFormation(
  input: ContractFormationInput,
  options?: OptionsFor<'contractFormation'>,
): ContractFormationResult {
  const { acceptanceReceivedOn, scope } = parseInput(ContractFormationInput, input);
  optionsFor('contractFormation', options);
  return { formationDate: acceptanceReceivedOn.toString(), basis: scoped(scope, '9.2') };
}

/** A JSON value: what an application or an acceptance may hold for a field. */
export type TermsValue =
  | string
  | number
  | boolean
  | null
  | readonly TermsValue[]
  | { readonly [key: string]: TermsValue };

/** The fields of a 利用申込書 or a 利用承諾書, as a record of JSON values. */
export type TermsRecord = { readonly [field: string]: TermsValue };

export interface AgreedTermsInput {
  /** What the 利用申込書 says, field by field. */
  readonly application: TermsRecord;
  /** What the 利用承諾書 says, field by field; a field it leaves out keeps the application's value. */
  readonly acceptance: TermsRecord;
  /** `'option'` for an added option service (9.7); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface AgreedTermsResult extends WithBasis {
  /** The contract's terms: the application's fields, overridden by the acceptance's. */
  readonly terms: TermsRecord;
  /** The fields both documents state with different values, in the application's order; the acceptance's value applies. */
  readonly differences: readonly {
    readonly field: string;
    readonly application: TermsValue;
    readonly acceptance: TermsValue;
  }[];
}

function sameValue(a: TermsValue, b: TermsValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: TermsValue, i) => sameValue(x, b[i] as TermsValue));
  }
  const ra = a as TermsRecord;
  const rb = b as TermsRecord;
  const ka = Object.keys(ra);
  return (
    ka.length === Object.keys(rb).length &&
    ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k] as TermsValue, rb[k] as TermsValue))
  );
}

const recordField = z.transform<unknown, Record<string, unknown>>((value, ctx) => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  ctx.issues.push({
    code: 'custom',
    message: `expected a record of fields, got ${describeValue(value)}`,
    input: value,
  });
  return z.NEVER;
});

const AgreedTermsShape = z.object({ application: recordField, acceptance: recordField, scope: scopeField });

/**
 * The contract's terms from the application and the acceptance: 「利用申込書の
 * 記載と利用承諾書の記載が異なる場合は、利用承諾書が優先的に適用される」
 * (第9条2項). Each field takes the acceptance's value where the acceptance states
 * one, and the application's otherwise; `differences` lists the fields on which
 * the two documents disagree.
 *
 * Both documents are records of JSON values (strings, numbers, booleans, null,
 * lists and records); anything else is bad input naming the field
 * (`application.monthlyFee`).
 *
 * @example
 * ```ts
 * import { agreedTerms } from 'cloud-ops-terms';
 * agreedTerms({
 *   application: { plan: 'standard', monthlyFee: 90000, scheduledStartDate: '2027-04-01' },
 *   acceptance: { monthlyFee: 95000, scheduledStartDate: '2027-04-01' },
 * });
 * //=> {
 * //   terms: { plan: 'standard', monthlyFee: 95000, scheduledStartDate: '2027-04-01' },
 * //   differences: [{ field: 'monthlyFee', application: 90000, acceptance: 95000 }],
 * //   basis: ['9.2'],
 * // }
 * ```
 */
export function agreedTerms(input: AgreedTermsInput, options?: OptionsFor<'agreedTerms'>): AgreedTermsResult {
  const { application, acceptance, scope } = parseInput(AgreedTermsShape, input);
  optionsFor('agreedTerms', options);
  const issues: TermsIssue[] = [];
  for (const [name, doc] of [
    ['application', application],
    ['acceptance', acceptance],
  ] as const) {
    const problem = jsonProblem(doc, name);
    if (problem) issues.push(problem);
  }
  if (issues.length > 0) throw new TermsError('INVALID_INPUT', issues);
  const app = application as TermsRecord;
  const acc = acceptance as TermsRecord;
  const terms: Record<string, TermsValue> = {};
  const differences: { field: string; application: TermsValue; acceptance: TermsValue }[] = [];
  for (const [field, value] of Object.entries(app)) {
    const stated = Object.hasOwn(acc, field);
    const accepted = acc[field] as TermsValue;
    if (stated && !sameValue(value, accepted)) differences.push({ field, application: value, acceptance: accepted });
    Object.defineProperty(terms, field, {
      value: stated ? accepted : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const [field, value] of Object.entries(acc)) {
    if (!Object.hasOwn(app, field)) {
      Object.defineProperty(terms, field, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return { terms, differences, basis: scoped(scope, '9.2') };
}

// ---------------------------------------------------------------------------
// 9.3: a change of contract

export interface ContractChangeFormationInput {
  /** The JST day the company sent its acceptance of the change (I-03: effective when sent). */
  readonly acceptanceSentOn: DateInput;
  /** `'option'` for an option service (9.7); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface ContractChangeFormationResult extends WithBasis {
  /** The day the change of contract is formed, `'YYYY-MM-DD'`. */
  readonly changeFormedOn: string;
}

const ContractChangeFormationInput = z.object({ acceptanceSentOn: dateField, scope: scopeField });

/**
 * The day a change of contract is formed: 「当社がこれに対し承諾の通知を発信した
 * ときに成立する」 (第9条3項) — when the company **sends** its acceptance of the
 * customer's written request, whether or not it has arrived (I-03). When the
 * changed service and fees apply is notified separately (9.3 なお書).
 *
 * @example
 * ```ts
 * import { contractChangeFormation } from 'cloud-ops-terms';
 * contractChangeFormation({ acceptanceSentOn: '2027-07-31' });
 * //=> { changeFormedOn: '2027-07-31', basis: ['9.3'] }
 * ```
 */
export function contractChangeFormation(
  input: ContractChangeFormationInput,
  options?: OptionsFor<'contractChangeFormation'>,
): ContractChangeFormationResult {
  const { acceptanceSentOn, scope } = parseInput(ContractChangeFormationInput, input);
  optionsFor('contractChangeFormation', options);
  return { changeFormedOn: acceptanceSentOn.toString(), basis: scoped(scope, '9.3') };
}

/** When a changed monthly fee bills (I-19): from a month, and the days of a rise before it. */
export interface FeeChangeOf {
  /** The first month billed at the new fee, as `year × 12 + month − 1`. */
  readonly firstMonthIndex: number;
  /** A rise from a day other than the 1st (`daily`): the rest of that month at the daily rate of the difference. */
  readonly difference?: { readonly days: number; readonly amount: Yen } | undefined;
}

/**
 * The trusted rule of a fee change (利用変更契約, 9.3 なお書 「変更後の料金の適用時期」, I-19):
 * from the 1st of a month, the new fee bills from that month; from another day, under
 * `daily` a higher fee bills the difference for the days from that day through the month's
 * end at the daily rate (difference × days / 30, I-06, rounded once) and the new fee from the
 * next month, a lower fee applies from the next month (第25条6項: nothing billed is paid
 * back); under `whole-month` any change applies from the next month. Exported for the
 * lifecycle layer and tests, not from the package root.
 */
export function feeChangeOf(
  effectiveDate: CalendarDate,
  feeBefore: Yen,
  feeAfter: Yen,
  midMonthChange: MidMonthChange,
  rounding: Rounding,
): FeeChangeOf {
  const month = effectiveDate.year * 12 + effectiveDate.month - 1;
  if (effectiveDate.day === 1) return { firstMonthIndex: month };
  if (midMonthChange === 'whole-month' || feeAfter <= feeBefore) return { firstMonthIndex: month + 1 };
  // 「から」 the day it applies: that day is counted, through the month's last day.
  const days = effectiveDate.daysInMonth() - effectiveDate.day + 1;
  // (feeAfter − feeBefore) × days / 30, exact, rounded once (as roundYen(dailyProrated(…)) gives it).
  const amount = mulDivYen(feeAfter - feeBefore, days, DAYS_PER_MONTH_FOR_DAILY_RATE, rounding, 'monthlyFee');
  return { firstMonthIndex: month + 1, difference: { days, amount } };
}

// ---------------------------------------------------------------------------
// 9.4: refusal

/** The seven grounds of 第9条4項 on which the company may refuse to contract. */
export const REFUSAL_GROUNDS = groundTable([
  {
    id: 'terminatedForBreach',
    ref: '9.4.1',
    ja: '本サービスに関する金銭債務の不履行、その他利用契約に違反したことを理由として利用契約を解除されたことがある場合',
    en: 'a contract has been terminated before for non-payment of money owed for the service or another breach of contract',
  },
  {
    id: 'paymentDelayOrRisk',
    ref: '9.4.2',
    ja: '当社に対して負担する何らかの債務の履行について現に遅滞が生じている場合、又は過去において遅滞の生じたことがあるなどその恐れがある場合',
    en: 'the performance of any obligation owed to the company is now late, or there is a risk of it, for example because it has been late before',
  },
  {
    id: 'defectiveApplication',
    ref: '9.4.3',
    ja: '利用申込書又は利用変更申込書に虚偽の記載、誤記、又は記入漏れがあった場合',
    en: 'the application form or change application form contains a false statement, an error or an omission',
  },
  {
    id: 'falseStatement',
    ref: '9.4.4',
    ja: '当社に対して虚偽の事実を申告した場合',
    en: 'false facts have been declared to the company',
  },
  {
    id: 'antisocialForces',
    ref: '9.4.5',
    ja: '反社会的な団体又は反社会的な団体の構成員である場合',
    en: 'the applicant is an antisocial organisation or a member of one',
  },
  {
    id: 'operationalOrTechnicalDifficulty',
    ref: '9.4.6',
    ja: '当社の業務遂行上、又は技術上の困難がある場合',
    en: 'there is an operational or technical difficulty on the company’s side',
  },
  {
    id: 'otherwiseInappropriate',
    ref: '9.4.7',
    ja: 'その他当社が不相当と判断した場合',
    en: 'the company otherwise judges it inappropriate',
  },
] as const satisfies readonly Ground[]);

/** The id of a ground of 第9条4項. */
export type RefusalGroundId = (typeof REFUSAL_GROUNDS)[number]['id'];

/** What is asked of the company: a new contract (9.4) or a change of contract (9.4 利用変更契約). */
export type RefusalRequest = 'application' | 'change';

export interface RefusalGroundsInput extends GroundFacts<RefusalGroundId> {
  /** `'application'` (default) or `'change'`; 9.4 applies to both. */
  readonly request?: RefusalRequest | undefined;
  /** `'option'` for an added option service (9.7); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface RefusalGroundsResult extends WithBasis {
  /** True when at least one ground applies: the company may decline (締結しないことができます). */
  readonly mayRefuse: boolean;
  /** The ids of the grounds that apply, in the terms' order. */
  readonly grounds: RefusalGroundId[];
  /** Always false: 「締結しない理由を通知する義務を負いません」. */
  readonly reasonRequired: false;
}

const RefusalGroundsInput = z.strictObject({
  ...groundFactsShape(REFUSAL_GROUNDS),
  request: z.optional(enumField(['application', 'change'] as const)),
  scope: scopeField,
});

/**
 * Whether the company may decline a contract, a change of contract or an added
 * option service (第9条4項, 7項), and on which grounds.
 *
 * Pass a boolean for each ground of {@link REFUSAL_GROUNDS} that you know to
 * apply (`true`) or not (`false`); a ground left out is taken not to apply. A
 * key that is not a ground id is refused (a misspelt fact must not pass as
 * "does not apply"). The company never has to give its reason
 * (`reasonRequired: false`).
 *
 * @example
 * ```ts
 * import { refusalGrounds } from 'cloud-ops-terms';
 * refusalGrounds({ paymentDelayOrRisk: true, falseStatement: false });
 * //=> { mayRefuse: true, grounds: ['paymentDelayOrRisk'], reasonRequired: false, basis: ['9.4', '9.4.2'] }
 * refusalGrounds({ request: 'change' });
 * //=> { mayRefuse: false, grounds: [], reasonRequired: false, basis: ['9.4'] }
 * refusalGrounds({ antisocialForces: true, scope: 'option' }).basis;
 * //=> ['9.4', '9.4.5', '9.7']
 * ```
 */
export function refusalGrounds(
  input: RefusalGroundsInput,
  options?: OptionsFor<'refusalGrounds'>,
): RefusalGroundsResult {
  const facts = parseInput(RefusalGroundsInput, input);
  optionsFor('refusalGrounds', options);
  const matched = matchGrounds(REFUSAL_GROUNDS, facts);
  return {
    mayRefuse: matched.any,
    grounds: matched.ids,
    reasonRequired: false,
    basis: scoped(facts.scope, '9.4', ...matched.refs),
  };
}

// ---------------------------------------------------------------------------
// 9.5–9.6: billing start

export interface BillingStartDateInput {
  /** 利用開始予定日: the scheduled start date agreed in the 利用承諾書 (9.2). */
  readonly scheduledStartDate: DateInput;
  /** The day the company was ready to provide the service (当社が本サービス提供の準備を整えた日). */
  readonly readyDate: DateInput;
  /** `'option'` for an added option service (9.7); default `'contract'`. */
  readonly scope?: Scope | undefined;
}

export interface BillingStartDateResult extends WithBasis {
  /** 利用開始日: the monthly fee accrues from this day, `'YYYY-MM-DD'`. */
  readonly billingStartDate: string;
  /** True when the company was ready only after the scheduled date: it owed a notice of the delay and of the new date (9.5). */
  readonly delayed: boolean;
  /** Always false: the company bears no liability for a late start (9.6). */
  readonly companyLiableForDelay: false;
}

const BillingStartDateInput = z.object({ scheduledStartDate: dateField, readyDate: dateField, scope: scopeField });

/**
 * The trusted core of {@link billingStartDate}: 利用開始日 is the day the company is ready,
 * but never before the scheduled start (9.6); `delayed` when it was ready late (9.5).
 * Exported from this module for the lifecycle layer and tests, not from the package root.
 */
export function billingStartDateOf(
  scheduledStartDate: CalendarDate,
  readyDate: CalendarDate,
): { billingStartDate: CalendarDate; delayed: boolean } {
  return {
    billingStartDate: CalendarDate.max(readyDate, scheduledStartDate),
    delayed: readyDate.isAfter(scheduledStartDate),
  };
}

/**
 * The day the monthly fee starts (利用開始日, 第9条6項): the day the company is
 * ready to provide the service, but never earlier than the scheduled start
 * date — `max(readyDate, scheduledStartDate)`. When the company is ready late,
 * 9.5 obliges it to tell the customer so and when the service will be
 * available (`delayed: true`, basis adds `'9.5'`), and it owes nothing for the
 * delay (`companyLiableForDelay: false`). The first month's fee is then
 * pro-rated from this date under 第25条4項.
 *
 * @example
 * ```ts
 * import { billingStartDate } from 'cloud-ops-terms';
 * // Ready early: billing waits for the scheduled date.
 * billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-03-25' });
 * //=> { billingStartDate: '2027-04-01', delayed: false, companyLiableForDelay: false, basis: ['9.6'] }
 * // Ready late: billing starts when the company is ready.
 * billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-04-10' });
 * //=> { billingStartDate: '2027-04-10', delayed: true, companyLiableForDelay: false, basis: ['9.5', '9.6'] }
 * ```
 */
export function billingStartDate(
  input: BillingStartDateInput,
  options?: OptionsFor<'billingStartDate'>,
): BillingStartDateResult {
  const { scheduledStartDate, readyDate, scope } = parseInput(BillingStartDateInput, input);
  optionsFor('billingStartDate', options);
  const { billingStartDate: start, delayed } = billingStartDateOf(scheduledStartDate, readyDate);
  return {
    billingStartDate: start.toString(),
    delayed,
    companyLiableForDelay: false,
    basis: delayed ? scoped(scope, '9.5', '9.6') : scoped(scope, '9.6'),
  };
}
