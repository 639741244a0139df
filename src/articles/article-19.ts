/**
 * 第19条（作業依頼等） — completed work, out-of-scope work, and who may ask for work.
 *
 * > 1 当社は、契約者から依頼を受けた作業を完了した場合には、その旨を契約者に通知（電子メール、
 * > チャットサービス、インターネット通話サービス、電話、ファックスその他契約者と予め合意した方法に
 * > よる場合を含みます。）します。
 * > 2 契約者が責任を負うべき作業その他本サービスの範囲外の作業について、当社が、契約者の指示に
 * > 基づき作業を行った場合については、当社は、当該作業及びその結果について、原因の如何を問わず
 * > いかなる責任も負わないものとします。
 * > 3 当社への作業の依頼・指示等は、契約者（その役員、従業員を含みます。）自らが行うものとし、
 * > 契約者以外の第三者にこれを行わせてはならないものとします。
 * > 4 前項の規定にかかわらず、当社の承諾を得て、契約者が第三者を当社への作業の依頼・指示等を行う
 * > 者として指定した場合は、当該第三者により依頼・指示等が行われるものとします。この場合、当該
 * > 第三者による依頼・指示等は、契約者による依頼・指示等とみなすものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { booleanField, enumField, parseInput } from '../core/schema.js';
import { provisionList } from './provision-list.js';

/** 第19条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_19 = articleInfo(19);

/** 19.1: the ways the company may tell the customer that requested work is done. */
export const COMPLETION_NOTICE_METHODS = provisionList([
  { id: 'email', ref: '19.1', ja: '電子メール', en: 'e-mail' },
  { id: 'chat', ref: '19.1', ja: 'チャットサービス', en: 'a chat service' },
  { id: 'internet-call', ref: '19.1', ja: 'インターネット通話サービス', en: 'an internet call service' },
  { id: 'phone', ref: '19.1', ja: '電話', en: 'telephone' },
  { id: 'fax', ref: '19.1', ja: 'ファックス', en: 'fax' },
  {
    id: 'agreed',
    ref: '19.1',
    ja: 'その他契約者と予め合意した方法',
    en: 'any other way agreed with the customer in advance',
  },
] as const);

export interface InstructedWorkLiabilityInput {
  /** Whether the work lies outside the service (the customer's own work included: 契約者が責任を負うべき作業). */
  readonly outOfScope: boolean;
  /** Whether the company did it on the customer's instruction (契約者の指示に基づき). */
  readonly onCustomerInstruction: boolean;
}

export interface InstructedWorkLiabilityResult extends WithBasis {
  /** True when 19.2 frees the company from all responsibility for the work and its results, whatever the cause. */
  readonly companyExempt: boolean;
}

const InstructedWorkLiabilityInput = z.object({ outOfScope: booleanField, onCustomerInstruction: booleanField });

/**
 * 第19条2項: work outside the service — the customer's own work among it —
 * that the company does on the customer's instruction is at the customer's
 * risk: the company bears no responsibility for it or its results, whatever
 * the cause. Work within the service, or done without the customer's
 * instruction, is not covered by 19.2.
 *
 * @example
 * ```ts
 * import { instructedWorkLiability } from 'cloud-ops-terms';
 * instructedWorkLiability({ outOfScope: true, onCustomerInstruction: true });
 * //=> { companyExempt: true, basis: ['19.2'] }
 * instructedWorkLiability({ outOfScope: false, onCustomerInstruction: true }).companyExempt;
 * //=> false
 * ```
 */
export function instructedWorkLiability(input: InstructedWorkLiabilityInput): InstructedWorkLiabilityResult {
  const { outOfScope, onCustomerInstruction } = parseInput(InstructedWorkLiabilityInput, input);
  return { companyExempt: outOfScope && onCustomerInstruction, basis: basis('19.2') };
}

/** Who asks the company for work: the customer itself, its officers or employees, or a third party. */
export type WorkRequester = 'customer' | 'officer' | 'employee' | 'third-party';

export interface WorkRequestAuthorityInput {
  readonly requester: WorkRequester;
  /**
   * For a third party: whether the customer designated it to give requests
   * and instructions, with the company's consent (19.4). Default `false`.
   */
  readonly designatedWithCompanyConsent?: boolean | undefined;
}

export interface WorkRequestAuthorityResult extends WithBasis {
  /** Whether this requester may ask the company for work or instruct it. */
  readonly mayRequest: boolean;
  /** Whether the request is the customer's own (19.3) or deemed the customer's (みなす, 19.4). */
  readonly countsAsCustomers: boolean;
}

const WorkRequestAuthorityInput = z.object({
  requester: enumField(['customer', 'officer', 'employee', 'third-party'] as const),
  designatedWithCompanyConsent: z.optional(booleanField),
});

/**
 * 第19条3項・4項: requests and instructions to the company come from the
 * customer itself — its officers and employees included — and the customer
 * must not have a third party give them (19.3); but a third party the
 * customer designated with the company's consent may, and its requests are
 * deemed the customer's (19.4).
 *
 * @example
 * ```ts
 * import { workRequestAuthority } from 'cloud-ops-terms';
 * workRequestAuthority({ requester: 'employee' });
 * //=> { mayRequest: true, countsAsCustomers: true, basis: ['19.3'] }
 * workRequestAuthority({ requester: 'third-party', designatedWithCompanyConsent: true });
 * //=> { mayRequest: true, countsAsCustomers: true, basis: ['19.4'] }
 * workRequestAuthority({ requester: 'third-party' }).mayRequest;
 * //=> false
 * ```
 */
export function workRequestAuthority(input: WorkRequestAuthorityInput): WorkRequestAuthorityResult {
  const { requester, designatedWithCompanyConsent = false } = parseInput(WorkRequestAuthorityInput, input);
  if (requester !== 'third-party') return { mayRequest: true, countsAsCustomers: true, basis: basis('19.3') };
  return designatedWithCompanyConsent
    ? { mayRequest: true, countsAsCustomers: true, basis: basis('19.4') }
    : { mayRequest: false, countsAsCustomers: false, basis: basis('19.3') };
}
