/**
 * 第5条（権利義務譲渡の禁止） — no assignment without the company's prior written consent.
 *
 * > 契約者は、当社の事前の書面による承諾を得た場合を除き、利用契約上の地位、利用契約に基づく
 * > 権利又は義務の全部又は一部を第三者に譲渡してはならないものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { invalidInput } from '../core/errors.js';
import { articleInfo } from '../core/provisions.js';
import { booleanField, enumField, parseInput } from '../core/schema.js';
import { provisionList } from './provision-list.js';

/** 第5条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_5 = articleInfo(5);

/** What the customer may not transfer, in whole or in part, without consent. */
export const ASSIGNMENT_SUBJECTS = provisionList([
  {
    id: 'position',
    ref: '5',
    ja: '利用契約上の地位',
    en: "the customer's position as a party to the service contract",
  },
  {
    id: 'rights-or-obligations',
    ref: '5',
    ja: '利用契約に基づく権利又は義務',
    en: 'rights or obligations under the service contract',
  },
] as const);

/** The company's consent to an assignment, as given: none, only by word of mouth, or in writing. */
export type AssignmentConsent = 'none' | 'oral' | 'written';

/** Why an assignment is or is not permitted by 第5条. */
export type AssignmentReason = 'prior-written-consent' | 'no-consent' | 'consent-not-in-writing' | 'consent-not-prior';

export interface AssignmentPermittedInput {
  /** The company's consent. */
  readonly consent: AssignmentConsent;
  /** Whether the consent came before the assignment (needed unless `consent` is `'none'`). */
  readonly consentBeforeAssignment?: boolean | undefined;
}

export interface AssignmentPermittedResult extends WithBasis {
  /** True only with the company's prior written consent (事前の書面による承諾). */
  readonly permitted: boolean;
  readonly reason: AssignmentReason;
}

const AssignmentPermittedInput = z.object({
  consent: enumField(['none', 'oral', 'written'] as const),
  consentBeforeAssignment: z.optional(booleanField),
});

/**
 * 第5条: the customer may transfer its position, rights or obligations under
 * the contract, wholly or partly, only with the company's **prior written**
 * consent. Consent by word of mouth, or consent given only after the
 * assignment, does not meet the article (what a later consent does to an
 * assignment already made is a question of general law, not answered here).
 * The article binds the customer only.
 *
 * @example
 * ```ts
 * import { assignmentPermitted } from 'cloud-ops-terms';
 * assignmentPermitted({ consent: 'written', consentBeforeAssignment: true });
 * //=> { permitted: true, reason: 'prior-written-consent', basis: ['5'] }
 * assignmentPermitted({ consent: 'oral', consentBeforeAssignment: true }).reason;
 * //=> 'consent-not-in-writing'
 * ```
 */
export function assignmentPermitted(input: AssignmentPermittedInput): AssignmentPermittedResult {
  const { consent, consentBeforeAssignment } = parseInput(AssignmentPermittedInput, input);
  if (consent === 'none') return { permitted: false, reason: 'no-consent', basis: basis('5') };
  if (consentBeforeAssignment === undefined) {
    throw invalidInput(
      'consentBeforeAssignment',
      'expected true or false: whether the consent came before the assignment',
    );
  }
  const reason: AssignmentReason =
    consent !== 'written'
      ? 'consent-not-in-writing'
      : consentBeforeAssignment
        ? 'prior-written-consent'
        : 'consent-not-prior';
  return { permitted: reason === 'prior-written-consent', reason, basis: basis('5') };
}
