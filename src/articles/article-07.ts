/**
 * 第7条（準拠法） — Japanese law governs.
 *
 * > 利用契約の成立、効力、履行及び解釈に関する準拠法は、日本法とします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';
import { idsOf, provisionList, provisionPhrase, type IdOf } from './provision-list.js';

/** 第7条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_7 = articleInfo(7);

/** The law chosen: 日本法. */
export const GOVERNING_LAW = provisionPhrase({ ref: '7', ja: '日本法', en: 'the law of Japan' } as const);

/** The matters of the service contract that Japanese law governs (成立、効力、履行及び解釈). */
export const GOVERNED_MATTERS = provisionList([
  { id: 'formation', ref: '7', ja: '成立', en: 'formation' },
  { id: 'effect', ref: '7', ja: '効力', en: 'effect (validity)' },
  { id: 'performance', ref: '7', ja: '履行', en: 'performance' },
  { id: 'interpretation', ref: '7', ja: '解釈', en: 'interpretation' },
] as const);

export type GovernedMatter = IdOf<typeof GOVERNED_MATTERS>;

export interface GoverningLawInput {
  readonly matter: GovernedMatter;
}

export interface GoverningLawResult extends WithBasis {
  /** `'japan'`: 日本法. */
  readonly law: 'japan';
}

const GoverningLawInput = z.object({ matter: enumField(idsOf(GOVERNED_MATTERS)) });

/**
 * 第7条: the formation, effect, performance and interpretation of the service
 * contract are governed by Japanese law — which is why this library reads the
 * terms' periods with the Civil Code (民法138条–143条, I-01).
 *
 * @example
 * ```ts
 * import { governingLaw } from 'cloud-ops-terms';
 * governingLaw({ matter: 'interpretation' });
 * //=> { law: 'japan', basis: ['7'] }
 * ```
 */
export function governingLaw(input: GoverningLawInput): GoverningLawResult {
  parseInput(GoverningLawInput, input);
  return { law: 'japan', basis: basis('7') };
}
