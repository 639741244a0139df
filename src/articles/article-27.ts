/**
 * 第27条（秘密保持） — confidential information, its exclusions, disclosure by law, and survival.
 *
 * > 1 契約者及び当社は、本サービスの遂行その他利用契約に関連して知り得た相手方の情報のうち、相手方が
 * > 書面により秘密である旨指定して開示した情報、又は口頭により秘密である旨を示して開示した情報で
 * > 開示後3日以内に書面により内容を特定した情報（以下あわせて「秘密情報」という。）を第三者に漏えい
 * > してはならないものとします。ただし、次の各号のいずれかに該当する情報については、この限りでは
 * > ありません。(1) … (4)
 * > 2 法令により開示が義務づけられた情報を必要最小限度において開示を行う場合は、前項の規定は適用
 * > されないものとします。ただし、当該開示前に（ただし、事前の通知が法令に反する等により不可能な
 * > 場合に限り、開示後すみやかに）相手方に通知し、開示につき可能な限り相手方の指示に従うものとします。
 * > 3 本条の規定は、利用契約終了後も1年間有効に存続するものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { invalidInput } from '../core/errors.js';
import { periodEnd } from '../core/period.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { atField, booleanField, dateField, enumField, parseInput, type DateInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, type IdOf } from './provision-list.js';
import { latestTermsNumber } from '../core/terms-numbers.js';

/** 第27条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_27 = articleInfo(27);

/** 「開示後3日以内に書面により内容を特定」 — days allowed to confirm an oral designation in writing (27.1). */
export const ORAL_CONFIRMATION_DAYS = 3;

/** 「利用契約終了後も1年間」 — how long 第27条 survives the contract (27.3). */
export const CONFIDENTIALITY_SURVIVAL_YEARS: number = latestTermsNumber('confidentialitySurvivalYears');

/** 27.1 items 1–4: information that is not confidential even when designated. */
export const CONFIDENTIALITY_EXCLUSIONS = provisionList([
  {
    id: 'already-held',
    ref: '27.1.1',
    ja: '秘密保持義務を負うことなく既に保有している情報',
    en: 'Information already held without a duty of confidentiality.',
  },
  {
    id: 'obtained-from-third-party',
    ref: '27.1.2',
    ja: '秘密保持義務を負うことなく第三者から正当に入手した情報',
    en: 'Information lawfully obtained from a third party without a duty of confidentiality.',
  },
  {
    id: 'independently-developed',
    ref: '27.1.3',
    ja: '相手方から提供を受けた情報に関係なく、独自に開発した情報',
    en: 'Information developed independently of what the other party provided.',
  },
  {
    id: 'public',
    ref: '27.1.4',
    ja: '本契約に違反することなく、かつ、相手方からの受領の前後を問わず公知となった情報',
    en: 'Information that became public, before or after it was received, without a breach of the contract.',
  },
] as const);

/** The id of an exclusion of 27.1. */
export type ConfidentialityExclusionId = IdOf<typeof CONFIDENTIALITY_EXCLUSIONS>;

/**
 * The last day to confirm an oral designation in writing (trusted input):
 * three days counted from the day after the disclosure (I-01, 初日不算入).
 */
export function oralConfirmationDeadline(disclosedOn: CalendarDate): CalendarDate {
  return periodEnd(disclosedOn, { days: ORAL_CONFIRMATION_DAYS }, 'next-day');
}

export interface IsConfidentialInput {
  /** How the disclosing party marked the information as secret: in writing, or by word of mouth. */
  readonly designation: 'written' | 'oral';
  /** The day it was disclosed. */
  readonly disclosedOn: DateInput;
  /** For an oral designation: the day the content was specified in writing, if it was. */
  readonly writtenSpecificationOn?: DateInput | undefined;
  /** Exclusions of 27.1 items 1–4 that apply to the information. */
  readonly exclusions?: readonly ConfidentialityExclusionId[] | undefined;
}

export interface IsConfidentialResult extends WithBasis {
  /** True when the information is 秘密情報 under 27.1. */
  readonly confidential: boolean;
  /** For an oral designation: the last day the written specification could be made, `'YYYY-MM-DD'`. */
  readonly writtenSpecificationDeadline?: string;
}

const IsConfidentialInput = z.object({
  designation: enumField(['written', 'oral'] as const),
  disclosedOn: dateField,
  writtenSpecificationOn: z.optional(dateField),
  exclusions: z.optional(z.array(enumField(idsOf(CONFIDENTIALITY_EXCLUSIONS)))),
});

/**
 * 第27条1項: is the information confidential (秘密情報)?
 *
 * - Designated secret in writing when disclosed: yes.
 * - Marked secret by word of mouth: only if its content was specified in
 *   writing **within 3 days after** the disclosure. The days count from the
 *   day after the disclosure (I-01, 初日不算入): disclosed on 2027-04-01, the
 *   writing is in time up to 2027-04-04 inclusive.
 * - Either way, an exclusion of items 1–4 (already held, obtained lawfully
 *   from a third party, developed independently, public without breach)
 *   takes it out.
 *
 * A written specification dated before the disclosure is refused as bad input.
 *
 * @example
 * ```ts
 * import { isConfidential } from 'cloud-ops-terms';
 * isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-04-04' });
 * //=> { confidential: true, writtenSpecificationDeadline: '2027-04-04', basis: ['27.1'] }
 * isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-04-05' }).confidential;
 * //=> false
 * isConfidential({ designation: 'written', disclosedOn: '2027-04-01', exclusions: ['public'] });
 * //=> { confidential: false, basis: ['27.1', '27.1.4'] }
 * ```
 */
export function isConfidential(input: IsConfidentialInput): IsConfidentialResult {
  const { designation, disclosedOn, writtenSpecificationOn, exclusions = [] } = parseInput(IsConfidentialInput, input);
  const excluded = idsOf(CONFIDENTIALITY_EXCLUSIONS).filter((id) => exclusions.includes(id));
  const refs: ProvisionRef[] = ['27.1', ...excluded.map((id) => itemById(CONFIDENTIALITY_EXCLUSIONS, id).ref)];
  if (designation === 'written') return { confidential: excluded.length === 0, basis: basis(...refs) };
  if (writtenSpecificationOn?.isBefore(disclosedOn)) {
    throw invalidInput(
      'writtenSpecificationOn',
      `expected a day on or after disclosedOn (${disclosedOn.toString()}), got ${writtenSpecificationOn.toString()}`,
      'not-before',
      { other: 'disclosedOn', date: disclosedOn.toString(), received: `'${writtenSpecificationOn.toString()}'` },
    );
  }
  let deadline: CalendarDate;
  try {
    deadline = oralConfirmationDeadline(disclosedOn);
  } catch (e) {
    throw atField(e, 'disclosedOn');
  }
  const inTime = writtenSpecificationOn !== undefined && writtenSpecificationOn.isOnOrBefore(deadline);
  return {
    confidential: inTime && excluded.length === 0,
    writtenSpecificationDeadline: deadline.toString(),
    basis: basis(...refs),
  };
}

export interface LegallyRequiredDisclosureInput {
  /** Whether a law obliges the party to disclose the information (法令により開示が義務づけられた). */
  readonly requiredByLaw: boolean;
  /** Whether the disclosure stays within the minimum necessary (必要最小限度). */
  readonly withinMinimum: boolean;
  /** Whether telling the other party beforehand is possible — not, for example, forbidden by law. */
  readonly priorNoticePossible: boolean;
}

/** 27.2 applies: 27.1 does not, and the other party is told and its instructions followed. */
export interface DisclosurePermitted extends WithBasis {
  readonly permitted: true;
  /** Before the disclosure, or — only when prior notice is impossible — promptly after it. */
  readonly notify: 'before-disclosure' | 'promptly-after-disclosure';
  /** 「開示につき可能な限り相手方の指示に従う」. */
  readonly followInstructions: 'as-far-as-possible';
}

/** 27.2 does not apply: 27.1 forbids the disclosure. */
export interface DisclosureNotPermitted extends WithBasis {
  readonly permitted: false;
}

export type LegallyRequiredDisclosureResult = DisclosurePermitted | DisclosureNotPermitted;

const LegallyRequiredDisclosureInput = z.object({
  requiredByLaw: booleanField,
  withinMinimum: booleanField,
  priorNoticePossible: booleanField,
});

/**
 * 第27条2項: disclosing information a law requires to be disclosed, to the
 * minimum necessary, is outside 27.1 — provided the other party is told
 * **before** the disclosure (or, only where prior notice is impossible, for
 * example because the law forbids it, promptly after) and its instructions
 * are followed as far as possible. Disclosure beyond what the law requires,
 * or beyond the minimum, stays forbidden by 27.1.
 *
 * @example
 * ```ts
 * import { legallyRequiredDisclosure } from 'cloud-ops-terms';
 * legallyRequiredDisclosure({ requiredByLaw: true, withinMinimum: true, priorNoticePossible: false });
 * //=> { permitted: true, notify: 'promptly-after-disclosure', followInstructions: 'as-far-as-possible', basis: ['27.2'] }
 * legallyRequiredDisclosure({ requiredByLaw: true, withinMinimum: false, priorNoticePossible: true });
 * //=> { permitted: false, basis: ['27.1', '27.2'] }
 * ```
 */
export function legallyRequiredDisclosure(input: LegallyRequiredDisclosureInput): LegallyRequiredDisclosureResult {
  const { requiredByLaw, withinMinimum, priorNoticePossible } = parseInput(LegallyRequiredDisclosureInput, input);
  if (!requiredByLaw || !withinMinimum) return { permitted: false, basis: basis('27.1', '27.2') };
  return {
    permitted: true,
    notify: priorNoticePossible ? 'before-disclosure' : 'promptly-after-disclosure',
    followInstructions: 'as-far-as-possible',
    basis: basis('27.2'),
  };
}

/**
 * The last day 第27条 binds after the contract ends (trusted input): one year
 * starting at 0:00 of the day after the termination date (I-01).
 */
export function confidentialityEnd(terminationDate: CalendarDate): CalendarDate {
  return periodEnd(terminationDate.addDays(1), { years: CONFIDENTIALITY_SURVIVAL_YEARS }, 'same-day');
}

/** {@link confidentialityEnd}, naming `terminationDate` when the end would pass 2199. */
function confidentialityEndAt(terminationDate: CalendarDate): CalendarDate {
  try {
    return confidentialityEnd(terminationDate);
  } catch (e) {
    throw atField(e, 'terminationDate');
  }
}

export interface ConfidentialitySurvivesUntilInput {
  /** The contract's last day (利用契約終了). */
  readonly terminationDate: DateInput;
}

export interface ConfidentialitySurvivesUntilResult extends WithBasis {
  /** The last day the confidentiality duties bind, `'YYYY-MM-DD'`. */
  readonly until: string;
}

const ConfidentialitySurvivesUntilInput = z.object({ terminationDate: dateField });

/**
 * 第27条3項: the article survives for one year after the contract ends. The
 * contract ends at the end of its termination date, so the year starts at
 * 0:00 of the next day and is counted under I-01 (民法143条): it ends the day
 * before the same date a year later, or on the last day of February where
 * that day does not exist.
 *
 * @example
 * ```ts
 * import { confidentialitySurvivesUntil } from 'cloud-ops-terms';
 * confidentialitySurvivesUntil({ terminationDate: '2027-03-31' });
 * //=> { until: '2028-03-31', basis: ['27.3'] }
 * // The year runs 2028-02-29 … and 2029 has no 02-29: it ends on 2029-02-28.
 * confidentialitySurvivesUntil({ terminationDate: '2028-02-28' }).until;
 * //=> '2029-02-28'
 * ```
 */
export function confidentialitySurvivesUntil(
  input: ConfidentialitySurvivesUntilInput,
): ConfidentialitySurvivesUntilResult {
  const { terminationDate } = parseInput(ConfidentialitySurvivesUntilInput, input);
  return { until: confidentialityEndAt(terminationDate).toString(), basis: basis('27.3') };
}

export interface ConfidentialityInForceInput {
  /** The contract's last day. */
  readonly terminationDate: DateInput;
  /** The day asked about. */
  readonly on: DateInput;
}

export interface ConfidentialityInForceResult extends WithBasis {
  /** True on any day up to {@link ConfidentialitySurvivesUntilResult.until}, during the contract included. */
  readonly inForce: boolean;
  readonly until: string;
}

const ConfidentialityInForceInput = z.object({ terminationDate: dateField, on: dateField });

/**
 * Whether 第27条 still binds on a day: during the contract and for the year
 * after it (27.3) — and no longer.
 *
 * @example
 * ```ts
 * import { confidentialityInForce } from 'cloud-ops-terms';
 * confidentialityInForce({ terminationDate: '2027-03-31', on: '2028-03-31' });
 * //=> { inForce: true, until: '2028-03-31', basis: ['27.3'] }
 * confidentialityInForce({ terminationDate: '2027-03-31', on: '2028-04-01' }).inForce;
 * //=> false
 * ```
 */
export function confidentialityInForce(input: ConfidentialityInForceInput): ConfidentialityInForceResult {
  const { terminationDate, on } = parseInput(ConfidentialityInForceInput, input);
  const until = confidentialityEndAt(terminationDate);
  return { inForce: on.isOnOrBefore(until), until: until.toString(), basis: basis('27.3') };
}
