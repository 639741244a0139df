/**
 * 第18条（再委託） — subcontracting.
 *
 * > 当社は、契約者に対する本サービスの提供に関して必要となる業務の全部又は一部を当社の判断にて
 * > 第三者に再委託することができます。この場合、当社は、当該再委託先に対し、第 27 条（秘密保持）
 * > 及び第 28 条（個人情報の取扱い）のほか当該再委託業務遂行について利用契約等所定の当社の義務と
 * > 同等の義務を負わせます。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { booleanField, parseInput } from '../core/schema.js';
import { idsOf, provisionList, type IdOf } from './provision-list.js';

/** 第18条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_18 = articleInfo(18);

/** The duties the company must impose on a subcontractor (第18条 second sentence). */
export const SUBCONTRACTOR_DUTIES = provisionList([
  { id: 'confidentiality', ref: '18', ja: '第 27 条（秘密保持）', en: 'confidentiality as in 第27条' },
  {
    id: 'personal-information',
    ref: '18',
    ja: '第 28 条（個人情報の取扱い）',
    en: 'the handling of personal information as in 第28条',
  },
  {
    id: 'equivalent-duties',
    ref: '18',
    ja: '当該再委託業務遂行について利用契約等所定の当社の義務と同等の義務',
    en: "duties equivalent to the company's own under the contract documents, for the subcontracted work",
  },
] as const);

export type SubcontractorDuty = IdOf<typeof SUBCONTRACTOR_DUTIES>;

export interface SubcontractingCompliesInput {
  /** The duties the subcontract imposes, each `true` when imposed. */
  readonly imposed: { readonly [K in SubcontractorDuty]: boolean };
}

export interface SubcontractingCompliesResult extends WithBasis {
  /** True when every duty of {@link SUBCONTRACTOR_DUTIES} is imposed. */
  readonly complies: boolean;
  /** The duties missing, in the article's order. */
  readonly missing: SubcontractorDuty[];
  /** Always false: the company subcontracts at its own discretion (当社の判断にて). */
  readonly customerConsentRequired: false;
}

const SubcontractingCompliesInput = z.object({
  imposed: z.object(
    Object.fromEntries(idsOf(SUBCONTRACTOR_DUTIES).map((id) => [id, booleanField])) as Record<
      SubcontractorDuty,
      typeof booleanField
    >,
  ),
});

/**
 * 第18条: the company may subcontract all or part of the work at its own
 * discretion — the customer's consent is not needed — but must bind the
 * subcontractor to 第27条 (confidentiality), 第28条 (personal information) and
 * duties equivalent to its own for the subcontracted work.
 *
 * @example
 * ```ts
 * import { subcontractingComplies } from 'cloud-ops-terms';
 * subcontractingComplies({ imposed: { confidentiality: true, 'personal-information': false, 'equivalent-duties': true } });
 * //=> { complies: false, missing: ['personal-information'], customerConsentRequired: false, basis: ['18'] }
 * ```
 */
export function subcontractingComplies(input: SubcontractingCompliesInput): SubcontractingCompliesResult {
  const { imposed } = parseInput(SubcontractingCompliesInput, input);
  const missing = idsOf(SUBCONTRACTOR_DUTIES).filter((id) => !imposed[id]);
  return { complies: missing.length === 0, missing, customerConsentRequired: false, basis: basis('18') };
}
