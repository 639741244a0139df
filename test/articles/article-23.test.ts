/**
 * 第23条（提供の停止）
 *
 * 「1 当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部の提供を停止することができるものとします。
 * (1) 契約者が、前条第1項各号で定める禁止事項に該当する行為を行っているとして当社が判断し、又はかかる行為を行っている
 * として疑う相当な理由があるとき
 * (2) 契約者が、前条第2項に違反しているとき
 * (3) 契約者が、料金等の支払を怠り、その他利用契約等に違反したとき
 * (4) 契約者が、第14条（当社からの利用契約の解約）第1項各号のいずれかに該当すると当社が判断し、又は該当すると疑う相当な
 * 理由があるとき」
 * 「2 当社は、前各号に定めるいずれかの事由により本サービスを提供できなかった又は提供しなかったことに関して契約者又は
 * その他の第三者が損害を被った場合であっても、一切責任を負わないものとします。」
 * 第25条5項: 「契約者は、第23条（提供の停止）…の規定により、本サービスの提供を停止された場合であっても、停止期間中に
 * おける利用料金を支払わなければなりません。」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_23, SUSPENSION_GROUNDS, suspensionEffects } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第23条1項: the four grounds of suspension', () => {
  it('are four, cited 23.1.1 … 23.1.4, word for word', () => {
    expect(SUSPENSION_GROUNDS.map((g) => [g.id, g.ref])).toEqual([
      ['prohibited-act', '23.1.1'],
      ['adult-streaming-breach', '23.1.2'],
      ['non-payment-or-breach', '23.1.3'],
      ['termination-ground', '23.1.4'],
    ]);
    expectVerbatim(SUSPENSION_GROUNDS);
  });

  it('items 1 and 4 reach reasonable suspicion too', () => {
    expect(SUSPENSION_GROUNDS[0]?.ja).toContain('疑う相当な理由');
    expect(SUSPENSION_GROUNDS[3]?.ja).toContain('疑う相当な理由');
    expect(SUSPENSION_GROUNDS[1]?.ja).not.toContain('疑う');
  });
});

describe('第23条2項 and 第25条5項: no liability, and the fees stay due', () => {
  it('for every ground: the company may suspend, is not liable, and the fees for the period are due', () => {
    for (const { id, ref } of SUSPENSION_GROUNDS) {
      expect(suspensionEffects({ ground: id })).toEqual({
        maySuspend: true,
        companyLiable: false,
        feesStillDue: true,
        basis: [ref, '23.2', '25.5'],
      });
    }
  });

  it('refuses a ground the article does not list', () => {
    expectTermsError(() => suspensionEffects({ ground: 'maintenance' } as never), 'ground');
  });
});

describe('ARTICLE_23', () => {
  it('names the article, its two paragraphs and four items', () => {
    expect(ARTICLE_23.provisions).toEqual(['23', '23.1', '23.1.1', '23.1.2', '23.1.3', '23.1.4', '23.2']);
  });
});
