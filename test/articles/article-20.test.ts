/**
 * 第20条（ID 及びパスワードの管理）
 *
 * 「2 契約者は、前項により発行された ID 及びパスワードを、契約者の責任において厳重に管理するものとします。契約者が
 * パスワードの変更をできないサービス又は機能である場合を除き、契約者は、第三者による不正アクセス等を防止するため、
 * 容易に推測されない適切なパスワードを設定し、適宜これを変更するものとします。」
 * 「3 第三者が契約者の ID 及びパスワードを用いて、本サービスを利用した場合、当該行為は契約者の行為とみなされるもの
 * とし、契約者はかかる利用についての利用料金の支払いその他の債務の一切を負担するものとします。」
 * 「4 当社は、契約者の ID 及びパスワードが不正に使用されたことにより契約者に生じた損害について、一切の責任を負わない
 * ものとします。」
 * 「5 契約者は、契約者が第2項に反したために当社に損害を生じた場合は、これを賠償する責任を負うものとします。」
 * 「6 第3項乃至第5項の規定は、当社の故意又は過失により契約者のID及びパスワードが第三者に漏えいしたことに起因する
 * 場合は適用されません。」
 *
 * 20.6 says 故意又は過失: ordinary negligence is enough (not gross negligence as in 第29条, 第30条1項2号).
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_20, CREDENTIAL_DUTIES, credentialDuties, idMisuseConsequences } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第20条2項: the customer’s duties over its ID and password', () => {
  it('are three, word for word', () => {
    expect(CREDENTIAL_DUTIES.map((d) => d.id)).toEqual(['manage-strictly', 'set-strong-password', 'change-password']);
    expectVerbatim(CREDENTIAL_DUTIES);
  });

  it('all three apply where the customer can change its password', () => {
    expect(credentialDuties({ customerCanChangePassword: true })).toEqual({
      duties: ['manage-strictly', 'set-strong-password', 'change-password'],
      basis: ['20.2'],
    });
  });

  it('only strict keeping applies where it cannot', () => {
    expect(credentialDuties({ customerCanChangePassword: false }).duties).toEqual(['manage-strictly']);
  });
});

describe('第20条3項–5項: the customer bears the misuse of its ID', () => {
  it('without a breach of 20.2: the use is the customer’s and the company is exempt, but the customer owes no damages', () => {
    expect(idMisuseConsequences({ companyFaultInLeak: 'none', customerBreachedDuties: false })).toEqual({
      exceptionApplies: false,
      useDeemedCustomers: true,
      companyExempt: true,
      customerLiableForCompanyDamage: false,
      bearer: 'customer',
      basis: ['20.3', '20.4'],
    });
  });

  it('with a breach of 20.2: the customer also compensates the company’s damage (20.5)', () => {
    expect(idMisuseConsequences({ companyFaultInLeak: 'none', customerBreachedDuties: true })).toEqual({
      exceptionApplies: false,
      useDeemedCustomers: true,
      companyExempt: true,
      customerLiableForCompanyDamage: true,
      bearer: 'customer',
      basis: ['20.3', '20.4', '20.5'],
    });
  });
});

describe('第20条6項: not where the company’s intent or negligence leaked the ID', () => {
  it('ordinary negligence is enough to set 20.3–20.5 aside, even where the customer also breached 20.2', () => {
    expect(idMisuseConsequences({ companyFaultInLeak: 'negligence', customerBreachedDuties: true })).toEqual({
      exceptionApplies: true,
      useDeemedCustomers: false,
      companyExempt: false,
      customerLiableForCompanyDamage: false,
      bearer: 'general-law',
      basis: ['20.6'],
    });
  });

  it('gross negligence and intent do so too', () => {
    for (const fault of ['gross-negligence', 'intent'] as const) {
      expect(idMisuseConsequences({ companyFaultInLeak: fault, customerBreachedDuties: false }).bearer).toBe(
        'general-law',
      );
    }
  });

  it('refuses an unknown degree of fault', () => {
    expectTermsError(
      () => idMisuseConsequences({ companyFaultInLeak: 'slight', customerBreachedDuties: false } as never),
      'companyFaultInLeak',
    );
  });
});

describe('ARTICLE_20', () => {
  it('names the article and its six paragraphs', () => {
    expect(ARTICLE_20.title).toBe('ID 及びパスワードの管理');
    expect(ARTICLE_20.provisions).toEqual(['20', '20.1', '20.2', '20.3', '20.4', '20.5', '20.6']);
  });
});
