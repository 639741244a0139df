/**
 * 第8条（合意管轄） — the Tokyo District Court, exclusively, at first instance.
 *
 * > 契約者と当社との間に生じた紛争については、東京地方裁判所をもって第一審の専属管轄裁判所とします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { parseInput } from '../core/schema.js';
import { provisionPhrase } from './provision-list.js';

/** 第8条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_8 = articleInfo(8);

/** The agreed court: 東京地方裁判所, the exclusive court of first instance (第一審の専属管轄裁判所). */
export const AGREED_COURT = provisionPhrase({
  ref: '8',
  ja: '東京地方裁判所',
  en: 'Tokyo District Court',
  instance: 'first',
  exclusive: true,
} as const);

export interface IsAgreedCourtInput {
  /** The court where a first-instance action between the customer and the company is brought (Japanese or English name). */
  readonly court: string;
}

export interface IsAgreedCourtResult extends WithBasis {
  /** True only for 東京地方裁判所: the jurisdiction agreed is exclusive (専属). */
  readonly agreed: boolean;
}

const IsAgreedCourtInput = z.object({ court: z.string().check(z.minLength(1)) });

/** The agreed court's names with spaces removed (the English one in lower case). */
const NAMES: ReadonlySet<string> = new Set([AGREED_COURT.ja, 'tokyodistrictcourt']);

/**
 * 第8条: a dispute between the customer and the company goes at first
 * instance to the Tokyo District Court and to no other court — the agreement
 * is exclusive (専属的合意管轄), so any other court, the Tokyo Summary Court
 * included, is not the agreed court. Names are compared ignoring spaces and,
 * for the English name, case. Appeals are not addressed by the article.
 *
 * @example
 * ```ts
 * import { isAgreedCourt } from 'cloud-ops-terms';
 * isAgreedCourt({ court: '東京地方裁判所' });
 * //=> { agreed: true, basis: ['8'] }
 * isAgreedCourt({ court: '大阪地方裁判所' }).agreed;
 * //=> false
 * ```
 */
export function isAgreedCourt(input: IsAgreedCourtInput): IsAgreedCourtResult {
  const { court } = parseInput(IsAgreedCourtInput, input);
  return { agreed: NAMES.has(court.replace(/\s+/g, '').toLowerCase()), basis: basis('8') };
}
