/**
 * 第23条（提供の停止） — suspension of the service.
 *
 * > 1 当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部の提供を停止することが
 * > できるものとします。(1) … (4)
 * > 2 当社は、前各号に定めるいずれかの事由により本サービスを提供できなかった又は提供しなかったことに
 * > 関して契約者又はその他の第三者が損害を被った場合であっても、一切責任を負わないものとします。
 *
 * Fees stay due while the service is suspended: 第25条5項.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, type IdOf } from './provision-list.js';

/** 第23条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_23 = articleInfo(23);

/** 23.1 items 1–4: the grounds on which the company may suspend all or part of the service. */
export const SUSPENSION_GROUNDS = provisionList([
  {
    id: 'prohibited-act',
    ref: '23.1.1',
    ja: '契約者が、前条第1項各号で定める禁止事項に該当する行為を行っているとして当社が判断し、又はかかる行為を行っているとして疑う相当な理由があるとき',
    en: 'The company judges that the customer is committing a prohibited act of 第22条1項, or has reasonable grounds to suspect so.',
  },
  {
    id: 'adult-streaming-breach',
    ref: '23.1.2',
    ja: '契約者が、前条第2項に違反しているとき',
    en: 'The customer is in breach of 第22条2項 (adult streaming without the legal measures and the company’s special approval).',
  },
  {
    id: 'non-payment-or-breach',
    ref: '23.1.3',
    ja: '契約者が、料金等の支払を怠り、その他利用契約等に違反したとき',
    en: 'The customer has failed to pay fees or has otherwise breached the contract documents.',
  },
  {
    id: 'termination-ground',
    ref: '23.1.4',
    ja: '契約者が、第14条（当社からの利用契約の解約）第1項各号のいずれかに該当すると当社が判断し、又は該当すると疑う相当な理由があるとき',
    en: 'The company judges that one of the grounds of 第14条1項 applies to the customer, or has reasonable grounds to suspect so.',
  },
] as const);

/** The id of a suspension ground of 23.1. */
export type SuspensionGroundId = IdOf<typeof SUSPENSION_GROUNDS>;

export interface SuspensionEffectsInput {
  readonly ground: SuspensionGroundId;
}

export interface SuspensionEffectsResult extends WithBasis {
  /** The company may suspend all or part of the service (23.1). */
  readonly maySuspend: true;
  /** 23.2: no liability to the customer or anyone else for the service not provided. */
  readonly companyLiable: false;
  /** 25.5: the fees for the suspension period must still be paid. */
  readonly feesStillDue: true;
}

const SuspensionEffectsInput = z.object({ ground: enumField(idsOf(SUSPENSION_GROUNDS)) });

/**
 * 第23条 with 第25条5項: on any ground of 23.1 the company may suspend all or
 * part of the service; it is not liable for any damage the customer or
 * anyone else suffers from the service not being provided (23.2 — its
 * 「前各号」 means the items of 23.1, see docs/errata.md); and the customer
 * still pays the fees for the period of suspension (25.5).
 *
 * @example
 * ```ts
 * import { suspensionEffects } from 'cloud-ops-terms';
 * suspensionEffects({ ground: 'non-payment-or-breach' });
 * //=> { maySuspend: true, companyLiable: false, feesStillDue: true, basis: ['23.1.3', '23.2', '25.5'] }
 * ```
 */
export function suspensionEffects(input: SuspensionEffectsInput): SuspensionEffectsResult {
  const { ground } = parseInput(SuspensionEffectsInput, input);
  const { ref } = itemById(SUSPENSION_GROUNDS, ground);
  return { maySuspend: true, companyLiable: false, feesStillDue: true, basis: basis(ref, '23.2', '25.5') };
}
