/**
 * 第24条（中断及び一時的な提供停止）
 *
 * 「1 当社は、次の各号のいずれかに該当する場合には、契約者への事前の通知又は承諾を要することなく、本サービスの全部又は
 * 一部の提供を中断することができるものとします。」 (1)–(6)
 * 「2 当社は、本サービス用設備等の定期点検、保守等を行うため、契約者に事前に通知の上、本サービスの提供を一時的に中断
 * できるものとします。」
 * 「3 当社は、契約者が第14条（当社からの利用契約の解約）第1項各号のいずれかに該当する場合又は契約者が利用料金未払い
 * その他利用契約等に違反した場合には、契約者への事前の通知若しくは催告を要することなく本サービスの全部又は一部の提供を
 * 一時的に停止することができるものとします。」
 * 「4 当社は、第1項乃至第3項により本サービスを提供できなかった又は提供しなかったことに関して契約者又はその他の第三者が
 * 損害を被った場合であっても、一切責任を負わないものとします。ただし、本サービスを提供できなかった原因に関し、当社が
 * クラウドサービス事業者から返金又は損害賠償を受けた場合は、実際に受領した金額の範囲内で、契約者に対し返金等をする
 * 場合があります。」
 * 第25条5項 keeps the fees due for stops under 第24条3項 (cited there as 「第24条（一時的な中断及び提供停止）3項」).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_24, INTERRUPTION_GROUNDS, interruptionRefundLimit, serviceStopEffects } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第24条1項: the six grounds of interruption', () => {
  it('are six, cited 24.1.1 … 24.1.6, word for word', () => {
    expect(INTERRUPTION_GROUNDS.map((g) => g.ref)).toEqual([
      '24.1.1',
      '24.1.2',
      '24.1.3',
      '24.1.4',
      '24.1.5',
      '24.1.6',
    ]);
    expectVerbatim(INTERRUPTION_GROUNDS);
  });

  it('allow interruption with no prior notice; the company is not liable; 25.5 does not speak of the fees', () => {
    for (const { id, ref } of INTERRUPTION_GROUNDS) {
      expect(serviceStopEffects({ cause: id })).toEqual({
        kind: 'interruption',
        priorNoticeRequired: false,
        companyLiable: false,
        fees: 'not-addressed',
        basis: [ref, '24.4'],
      });
    }
  });
});

describe('第24条2項: scheduled maintenance', () => {
  it('needs prior notice', () => {
    expect(serviceStopEffects({ cause: 'scheduled-maintenance' })).toEqual({
      kind: 'maintenance',
      priorNoticeRequired: true,
      companyLiable: false,
      fees: 'not-addressed',
      basis: ['24.2', '24.4'],
    });
  });
});

describe('第24条3項 with 第25条5項: a temporary stop, and the fees stay due', () => {
  it('for a ground of 第14条1項 or for non-payment or another breach, with no prior notice or demand', () => {
    for (const cause of ['termination-ground', 'non-payment-or-breach'] as const) {
      expect(serviceStopEffects({ cause })).toEqual({
        kind: 'temporary-stop',
        priorNoticeRequired: false,
        companyLiable: false,
        fees: 'due',
        basis: ['24.3', '24.4', '25.5'],
      });
    }
  });

  it('refuses an unknown cause', () => {
    expectTermsError(() => serviceStopEffects({ cause: 'holiday' } as never), 'cause');
  });
});

describe('第24条4項ただし書: refunds only up to what the cloud provider actually paid, and only if the company chooses', () => {
  it('12,000 yen received from the provider: the company may refund up to 12,000 yen, and need not', () => {
    expect(interruptionRefundLimit({ providerPaid: 12_000 })).toEqual({
      mayRefundUpTo: 12_000,
      refundRequired: false,
      basis: ['24.4'],
    });
  });

  it('a proposed refund above what was received is outside the limit; at or below it, within', () => {
    expect(interruptionRefundLimit({ providerPaid: 12_000, proposedRefund: 15_000 }).withinLimit).toBe(false);
    expect(interruptionRefundLimit({ providerPaid: 12_000, proposedRefund: 12_000 }).withinLimit).toBe(true);
    expect(interruptionRefundLimit({ providerPaid: '12000', proposedRefund: '0' })).toEqual({
      mayRefundUpTo: 12_000,
      refundRequired: false,
      withinLimit: true,
      basis: ['24.4'],
    });
  });

  it('nothing received, nothing may be refunded under the proviso', () => {
    expect(interruptionRefundLimit({ providerPaid: 0 }).mayRefundUpTo).toBe(0);
    expect(interruptionRefundLimit({ providerPaid: 0, proposedRefund: 1 }).withinLimit).toBe(false);
  });

  it('a proposal is within the limit exactly when it does not exceed what was received', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (paid, proposed) => {
        expect(interruptionRefundLimit({ providerPaid: paid, proposedRefund: proposed }).withinLimit).toBe(
          proposed <= paid,
        );
      }),
    );
  });

  it('refuses amounts that are not whole yen', () => {
    expectTermsError(() => interruptionRefundLimit({ providerPaid: -1 }), 'providerPaid');
    expectTermsError(() => interruptionRefundLimit({ providerPaid: 100, proposedRefund: 1.5 }), 'proposedRefund');
  });
});

describe('ARTICLE_24', () => {
  it('has four paragraphs and six items', () => {
    expect(ARTICLE_24.provisions).toHaveLength(1 + 4 + 6);
    expect(ARTICLE_24.title).toBe('中断及び一時的な提供停止');
  });
});
