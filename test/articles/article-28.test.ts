/**
 * 第28条（個人情報の取扱い）
 *
 * 「1 契約者及び当社は、本サービスの遂行その他利用契約に関連して相手方より提供を受けた情報に含まれる個人情報（個人情報の
 * 保護に関する法律に定める「個人情報」をいいます。）を、本サービス遂行目的の範囲内でのみ使用し、第三者に開示又は漏えい
 * しないものとするとともに、個人情報の保護に関する法律その他個人情報の保護に関する関連法令、ガイドライン等を遵守する
 * ものとします。」
 * 「2 前項の規定にかかわらず、当社は、当社プライバシーポリシーの定めに従い、契約者にかかる個人情報（申込時又はサービス
 * 提供中に当社が契約者（契約者の役員、従業員等の関係者を含む。）に関して取得する氏名、住所、電話番号、メールアドレス等
 * のすべての個人情報をいいます。）を次に定める業務等に必要な範囲において利用することとします。」 (1)–(7)
 * 「3 本条の規定は、利用契約終了後も有効に存続するものとします。」
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_28,
  PERSONAL_INFORMATION_PURPOSES,
  PERSONAL_INFORMATION_SURVIVAL,
  personalInformationUse,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第28条2項: the company’s seven purposes', () => {
  it('are seven, cited 28.2.1 … 28.2.7, word for word', () => {
    expect(PERSONAL_INFORMATION_PURPOSES.map((p) => p.ref)).toEqual([
      '28.2.1',
      '28.2.2',
      '28.2.3',
      '28.2.4',
      '28.2.5',
      '28.2.6',
      '28.2.7',
    ]);
    expectVerbatim(PERSONAL_INFORMATION_PURPOSES);
  });

  it('let the company use personal information about the customer for each of them', () => {
    for (const { id, ref } of PERSONAL_INFORMATION_PURPOSES) {
      expect(personalInformationUse({ user: 'company', purpose: id, concerning: 'customer' })).toEqual({
        permitted: true,
        basis: ['28.2', ref],
      });
    }
  });

  it('do not reach anyone else’s personal information (the customer’s end users’): 28.1 only', () => {
    expect(personalInformationUse({ user: 'company', purpose: 'market-research', concerning: 'others' })).toEqual({
      permitted: false,
      basis: ['28.1'],
    });
  });

  it('are the company’s, not the customer’s', () => {
    expect(personalInformationUse({ user: 'customer', purpose: 'marketing' })).toEqual({
      permitted: false,
      basis: ['28.1'],
    });
  });

  it('need to know whose information it is', () => {
    expectTermsError(() => personalInformationUse({ user: 'company', purpose: 'billing' }), 'concerning');
  });
});

describe('第28条1項: otherwise only to perform the service', () => {
  it('both parties may use it to perform the service', () => {
    for (const user of ['company', 'customer'] as const) {
      expect(personalInformationUse({ user, purpose: 'service-performance' })).toEqual({
        permitted: true,
        basis: ['28.1'],
      });
    }
  });

  it('no one may use it for anything else', () => {
    for (const user of ['company', 'customer'] as const) {
      expect(personalInformationUse({ user, purpose: 'other', concerning: 'customer' }).permitted).toBe(false);
    }
  });

  it('refuses an unknown purpose or user', () => {
    expectTermsError(() => personalInformationUse({ user: 'company', purpose: 'resale' } as never), 'purpose');
    expectTermsError(() => personalInformationUse({ user: 'subcontractor', purpose: 'billing' } as never), 'user');
  });
});

describe('第28条3項: survives the contract without limit', () => {
  it('has no time limit, unlike 第27条’s one year', () => {
    expect(PERSONAL_INFORMATION_SURVIVAL).toMatchObject({ ref: '28.3', limit: 'none' });
    expectVerbatim([PERSONAL_INFORMATION_SURVIVAL]);
  });
});

describe('ARTICLE_28', () => {
  it('has three paragraphs and seven items', () => {
    expect(ARTICLE_28.provisions).toHaveLength(1 + 3 + 7);
  });
});
