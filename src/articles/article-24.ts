/**
 * 第24条（中断及び一時的な提供停止） — interruption, maintenance and temporary stops.
 *
 * > 1 当社は、次の各号のいずれかに該当する場合には、契約者への事前の通知又は承諾を要することなく、
 * > 本サービスの全部又は一部の提供を中断することができるものとします。(1) … (6)
 * > 2 当社は、本サービス用設備等の定期点検、保守等を行うため、契約者に事前に通知の上、本サービスの
 * > 提供を一時的に中断できるものとします。
 * > 3 当社は、契約者が第14条（当社からの利用契約の解約）第1項各号のいずれかに該当する場合又は契約者が
 * > 利用料金未払いその他利用契約等に違反した場合には、契約者への事前の通知若しくは催告を要することなく
 * > 本サービスの全部又は一部の提供を一時的に停止することができるものとします。
 * > 4 当社は、第1項乃至第3項により本サービスを提供できなかった又は提供しなかったことに関して契約者又は
 * > その他の第三者が損害を被った場合であっても、一切責任を負わないものとします。ただし、本サービスを
 * > 提供できなかった原因に関し、当社がクラウドサービス事業者から返金又は損害賠償を受けた場合は、
 * > 実際に受領した金額の範囲内で、契約者に対し返金等をする場合があります。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput, yenField, type YenInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, type IdOf } from './provision-list.js';

/** 第24条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_24 = articleInfo(24);

/** 24.1 items 1–6: the grounds on which the company may interrupt the service without notice or consent. */
export const INTERRUPTION_GROUNDS = provisionList([
  {
    id: 'facility-failure',
    ref: '24.1.1',
    ja: '本サービス用設備等の障害等の発生又はその防止のためにやむを得ない場合',
    en: "Unavoidable because of, or to prevent, a failure of the service's facilities.",
  },
  {
    id: 'carrier-facility-failure',
    ref: '24.1.2',
    ja: '当社以外の電気通信事業者の設備の障害等の発生又はその防止のためにやむを得ない場合',
    en: "Unavoidable because of, or to prevent, a failure of another telecommunications carrier's facilities.",
  },
  {
    id: 'carrier-service-stopped',
    ref: '24.1.3',
    ja: '当社以外の電気通信事業者等がサービスの提供を中止することにより、本サービスの提供を行うことが不可能又は困難となった場合',
    en: 'Another carrier (or the like) stops its service, making the service impossible or difficult to provide.',
  },
  {
    id: 'operational-or-technical',
    ref: '24.1.4',
    ja: 'その他運用上又は技術上の理由でやむを得ない場合',
    en: 'Otherwise unavoidable for operational or technical reasons.',
  },
  {
    id: 'server-misused',
    ref: '24.1.5',
    ja: '本件サーバーが乗っ取られ第三者のサーバー等に攻撃を行うなど、本件サーバーが第三者により不正又は不当に利用されていることを停止し又はこれを防止するためにやむを得ない場合',
    en: "Unavoidable to stop or prevent a third party's wrongful use of the servers, such as a hijacked server attacking others.",
  },
  {
    id: 'force-majeure',
    ref: '24.1.6',
    ja: 'その他天災地変、不正アクセス等不可抗力により本サービスを提供できない又は提供することが困難な場合',
    en: 'Force majeure — natural disaster, unauthorised access and the like — makes the service impossible or difficult to provide.',
  },
] as const);

/** The id of an interruption ground of 24.1. */
export type InterruptionGroundId = IdOf<typeof INTERRUPTION_GROUNDS>;

/**
 * Why the service stops: a ground of 24.1, scheduled maintenance (24.2), or
 * a temporary stop under 24.3 because a ground of 第14条1項 applies
 * (`'termination-ground'`) or the customer has not paid or otherwise breached
 * the contract documents (`'non-payment-or-breach'`).
 */
export type ServiceStopCause =
  | InterruptionGroundId
  | 'scheduled-maintenance'
  | 'termination-ground'
  | 'non-payment-or-breach';

export interface ServiceStopEffectsInput {
  readonly cause: ServiceStopCause;
}

export interface ServiceStopEffectsResult extends WithBasis {
  /** 中断 (24.1, 24.2) or 一時的な提供停止 (24.3). */
  readonly kind: 'interruption' | 'maintenance' | 'temporary-stop';
  /** Whether the customer must be told beforehand: only for maintenance (事前に通知の上, 24.2). */
  readonly priorNoticeRequired: boolean;
  /** 24.4: no liability for the service not provided. */
  readonly companyLiable: false;
  /**
   * `'due'`: 25.5 keeps the fees due for a 24.3 stop. `'not-addressed'`: 25.5
   * does not speak of 24.1 and 24.2; the fees are as the contract sets them.
   */
  readonly fees: 'due' | 'not-addressed';
}

const ServiceStopEffectsInput = z.object({
  cause: enumField([
    ...idsOf(INTERRUPTION_GROUNDS),
    'scheduled-maintenance',
    'termination-ground',
    'non-payment-or-breach',
  ]),
});

/**
 * 第24条1項–4項 with 第25条5項: what a stop of the service means.
 *
 * - A ground of 24.1: interruption with no prior notice or consent.
 * - Scheduled inspection and maintenance (24.2): interruption after notice.
 * - 24.3 (a ground of 第14条1項, or unpaid fees or another breach): a
 *   temporary stop with no prior notice or demand, and the fees for the stop
 *   remain due (25.5, which cites 24.3 under the title 「一時的な中断及び
 *   提供停止」 — see docs/errata.md).
 *
 * In every case the company is not liable (24.4); see {@link interruptionRefundLimit}
 * for the refunds it may make.
 *
 * @example
 * ```ts
 * import { serviceStopEffects } from 'cloud-ops-terms';
 * serviceStopEffects({ cause: 'non-payment-or-breach' });
 * //=> { kind: 'temporary-stop', priorNoticeRequired: false, companyLiable: false, fees: 'due', basis: ['24.3', '24.4', '25.5'] }
 * serviceStopEffects({ cause: 'scheduled-maintenance' });
 * //=> { kind: 'maintenance', priorNoticeRequired: true, companyLiable: false, fees: 'not-addressed', basis: ['24.2', '24.4'] }
 * serviceStopEffects({ cause: 'server-misused' }).basis;
 * //=> ['24.1.5', '24.4']
 * ```
 */
export function serviceStopEffects(input: ServiceStopEffectsInput): ServiceStopEffectsResult {
  const { cause } = parseInput(ServiceStopEffectsInput, input);
  if (cause === 'scheduled-maintenance') {
    return {
      kind: 'maintenance',
      priorNoticeRequired: true,
      companyLiable: false,
      fees: 'not-addressed',
      basis: basis('24.2', '24.4'),
    };
  }
  if (cause === 'termination-ground' || cause === 'non-payment-or-breach') {
    return {
      kind: 'temporary-stop',
      priorNoticeRequired: false,
      companyLiable: false,
      fees: 'due',
      basis: basis('24.3', '24.4', '25.5'),
    };
  }
  const { ref } = itemById(INTERRUPTION_GROUNDS, cause);
  return {
    kind: 'interruption',
    priorNoticeRequired: false,
    companyLiable: false,
    fees: 'not-addressed',
    basis: basis(ref, '24.4'),
  };
}

export interface InterruptionRefundLimitInput {
  /**
   * What the cloud service provider actually paid the company — refund or
   * damages — in respect of the cause of the service not being provided.
   */
  readonly providerPaid: YenInput;
  /** A refund the company considers, to check against the limit. */
  readonly proposedRefund?: YenInput | undefined;
}

export interface InterruptionRefundLimitResult extends WithBasis {
  /** The most the company may refund: what it actually received (実際に受領した金額の範囲内で). */
  readonly mayRefundUpTo: number;
  /** Always false: the company 「返金等をする場合があります」 — it may, it need not. */
  readonly refundRequired: false;
  /** With `proposedRefund`: whether it stays within the limit. */
  readonly withinLimit?: boolean;
}

const InterruptionRefundLimitInput = z.object({ providerPaid: yenField, proposedRefund: z.optional(yenField) });

/**
 * 第24条4項ただし書: where the cloud service provider refunded or compensated
 * the company for the cause of the outage, the company **may** refund the
 * customer, up to the amount it actually received. It is a discretion, not a
 * duty; nothing received means nothing may be refunded under this proviso.
 *
 * @example
 * ```ts
 * import { interruptionRefundLimit } from 'cloud-ops-terms';
 * interruptionRefundLimit({ providerPaid: 12000 });
 * //=> { mayRefundUpTo: 12000, refundRequired: false, basis: ['24.4'] }
 * interruptionRefundLimit({ providerPaid: 12000, proposedRefund: 15000 }).withinLimit;
 * //=> false
 * ```
 */
export function interruptionRefundLimit(input: InterruptionRefundLimitInput): InterruptionRefundLimitResult {
  const { providerPaid, proposedRefund } = parseInput(InterruptionRefundLimitInput, input);
  const result = { mayRefundUpTo: providerPaid, refundRequired: false as const, basis: basis('24.4') };
  return proposedRefund === undefined ? result : { ...result, withinLimit: proposedRefund <= providerPaid };
}
