/**
 * 第6条（協議等） — consultation, and severability.
 *
 * > 利用契約等に規定のない事項及び記載された項目について疑義が生じた場合は両者誠意を持って協議の上
 * > 解決するものとします。なお、利用契約等の何れかの部分が無効である場合でも、利用契約等全体の
 * > 有効性には影響がないものとし、かかる無効の部分については、当該部分の趣旨に最も近い有効な規定を
 * > 無効な部分と置き換えるものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { TermsError, describeValue, type TermsIssue } from '../core/errors.js';
import { PROVISIONS, articleInfo, isProvisionRef, type ProvisionRef } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';

/** 第6条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_6 = articleInfo(6);

/**
 * A matter as it stands in the contract documents (利用契約等): provided for
 * clearly, not provided for (規定のない事項), or provided for but in doubt
 * (記載された項目について疑義が生じた場合).
 */
export type ContractMatter = 'provided' | 'not-provided' | 'in-doubt';

export interface ConsultationRequiredInput {
  readonly matter: ContractMatter;
}

export interface ConsultationRequiredResult extends WithBasis {
  /** True when the parties are to settle the matter by consulting in good faith (誠意を持って協議). */
  readonly consult: boolean;
}

const ConsultationRequiredInput = z.object({ matter: enumField(['provided', 'not-provided', 'in-doubt'] as const) });

/**
 * 第6条 first sentence: a matter the contract documents do not provide for,
 * or one they provide for but about which doubt arises, is settled by the two
 * parties consulting in good faith. A matter provided for clearly is settled
 * by its provision.
 *
 * @example
 * ```ts
 * import { consultationRequired } from 'cloud-ops-terms';
 * consultationRequired({ matter: 'not-provided' });
 * //=> { consult: true, basis: ['6'] }
 * consultationRequired({ matter: 'provided' }).consult;
 * //=> false
 * ```
 */
export function consultationRequired(input: ConsultationRequiredInput): ConsultationRequiredResult {
  const { matter } = parseInput(ConsultationRequiredInput, input);
  return { consult: matter !== 'provided', basis: basis('6') };
}

export interface SeveranceInput {
  /** The provisions held invalid (dotted refs, `'29'`, `'14.1.8'`). */
  readonly invalid: readonly ProvisionRef[];
}

export interface SeveranceResult extends WithBasis {
  /** Always true: 「利用契約等全体の有効性には影響がない」. */
  readonly contractValid: true;
  /**
   * The provisions replaced by 「当該部分の趣旨に最も近い有効な規定」: each
   * invalid provision with its paragraphs and items, in document order.
   */
  readonly replaced: ProvisionRef[];
  /** How many provisions stand unaffected. */
  readonly unaffected: number;
}

const SeveranceInput = z.object({ invalid: z.array(z.unknown()) });

/**
 * 第6条 second sentence (severability): a part of the contract documents that
 * is invalid leaves the rest valid, and is replaced by the valid provision
 * closest to its purpose. Which provision that is cannot be computed; the
 * result says which provisions it replaces (an invalid article or paragraph
 * takes its paragraphs and items with it) and that everything else stands.
 *
 * @example
 * ```ts
 * import { severance } from 'cloud-ops-terms';
 * severance({ invalid: ['15.1'] });
 * //=> { contractValid: true, replaced: ['15.1', '15.1.1', '15.1.2', '15.1.3'], unaffected: 184, basis: ['6'] }
 * ```
 */
export function severance(input: SeveranceInput): SeveranceResult {
  const { invalid } = parseInput(SeveranceInput, input);
  const issues: TermsIssue[] = [];
  invalid.forEach((ref, i) => {
    if (!isProvisionRef(ref)) {
      issues.push({
        path: `invalid.${i}`,
        message: `expected a provision of the terms in dotted form, such as '29' or '14.1.8', got ${describeValue(ref)}`,
        kind: 'provision',
        params: { received: describeValue(ref) },
      });
    }
  });
  if (issues.length > 0) throw new TermsError('INVALID_INPUT', issues);
  const refs = invalid as ProvisionRef[];
  const replaced = PROVISIONS.filter((p) => refs.some((r) => p === r || p.startsWith(`${r}.`)));
  return { contractValid: true, replaced, unaffected: PROVISIONS.length - replaced.length, basis: basis('6') };
}
