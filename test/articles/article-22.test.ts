/**
 * 第22条（禁止事項）
 *
 * 「1 契約者は、本サービスの利用に関して、以下の行為を行うことはできません。」 (1)–(11), e.g.
 * 「(9) 無断で第三者に広告、宣伝若しくは勧誘のメール、又は第三者が嫌悪感を抱く、若しくはそのおそれのあるメール（以下、
 * あわせて「迷惑メール」といいます。）を送信する行為及び顧客勧誘の手段に迷惑メールを利用するWebサイトを運営する行為」
 * 「2 風俗営業等の規制及び適正化に関する法律（以下「風営適正化法」といいます。）が規定する映像送信型性風俗特殊営業に
 * 関する行為又はそのおそれのある行為については、契約者が風営適正化法に定める措置（「映像送信型性風俗特殊営業」として
 * の届出等）を行い、かつ当社が特別に本サービスの利用を認める場合を除き禁止します。…」
 * 「3 第1項第9号で定める迷惑メールの送信に関する禁止行為については、契約者が本件サーバーを通じてメール送信する場合の
 * 他に、契約者が本件サーバーを介さずに契約者又は第三者によって契約者の運営する Web サイトの顧客勧誘に関する迷惑メール
 * を発信する場合も含むものとします。当社では、第三者からの迷惑メールに関する苦情を受け、第三者が受け取った迷惑メールの
 * ヘッダ情報又は本文内に契約者が本サービスで利用するドメイン若しくは IP アドレスの記載（リンク等）が認められた場合、
 * 契約者が本件サーバーを通じてメールを送信したか否かにかかわらず、第1項第9号で定める禁止行為に該当すると判断し、…」
 * 「4 契約者が第1項各号で定める禁止事項に該当する行為を行っているとして当社で判断した場合、当社は第23条（提供の停止）
 * に定めるサービスの提供の停止を含む措置を行う他、契約者の違反行為に対しての苦情対応等に要した稼働等の費用を契約者に
 * 請求することができるものとします。」
 * 「5 当社は、契約者が第1項各号及び第2項で定める禁止事項に該当する行為を行っているとして当社で判断した場合、契約者に
 * 何らの催告及び通知を行うことなく、当社が保有する契約者に係るすべての電磁的記録を削除することができるものとします。
 * この場合、当該削除により、契約者が被った損害について、当社はその賠償その他一切の責任を負わないものとします。」
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_22,
  PROHIBITED_ACTS,
  adultStreamingPermitted,
  prohibitedActConsequences,
  spamProhibited,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第22条1項: the eleven prohibited acts', () => {
  it('are eleven, cited 22.1.1 … 22.1.11 in order', () => {
    expect(PROHIBITED_ACTS).toHaveLength(11);
    expect(PROHIBITED_ACTS.map((a) => a.ref)).toEqual(Array.from({ length: 11 }, (_, i) => `22.1.${i + 1}`));
  });

  it('hold the terms’ text word for word, with an English gloss each', () => {
    expectVerbatim(PROHIBITED_ACTS);
    for (const a of PROHIBITED_ACTS) expect(a.en).toMatch(/^[A-Z].*\.$/);
  });

  it('item 9 defines spam (迷惑メール) and item 11 is a breach of the cloud provider’s contract', () => {
    expect(PROHIBITED_ACTS[8]).toMatchObject({ id: 'spam', ref: '22.1.9' });
    expect(PROHIBITED_ACTS[8]?.ja).toContain('「迷惑メール」');
    expect(PROHIBITED_ACTS[10]).toMatchObject({ id: 'cloud-contract-breach', ref: '22.1.11' });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PROHIBITED_ACTS)).toBe(true);
    expect(Object.isFrozen(PROHIBITED_ACTS[0])).toBe(true);
  });
});

describe('第22条2項: adult streaming needs the legal measures AND the company’s special approval', () => {
  it('both: permitted', () => {
    expect(adultStreamingPermitted({ measuresTakenUnderLaw: true, speciallyApprovedByCompany: true })).toEqual({
      permitted: true,
      basis: ['22.2'],
    });
  });

  it('either missing: prohibited', () => {
    expect(adultStreamingPermitted({ measuresTakenUnderLaw: true, speciallyApprovedByCompany: false }).permitted).toBe(
      false,
    );
    expect(adultStreamingPermitted({ measuresTakenUnderLaw: false, speciallyApprovedByCompany: true }).permitted).toBe(
      false,
    );
    expect(adultStreamingPermitted({ measuresTakenUnderLaw: false, speciallyApprovedByCompany: false }).permitted).toBe(
      false,
    );
  });
});

describe('第22条3項: spam counts even when sent outside the servers', () => {
  const none = { sentThroughServers: false, promotesCustomerWebsite: false, complaintShowsCustomerDomainOrIp: false };

  it('spam sent through the servers is item 9', () => {
    expect(spamProhibited({ ...none, sentThroughServers: true })).toEqual({
      prohibited: true,
      grounds: ['sent-through-servers'],
      basis: ['22.1.9'],
    });
  });

  it('spam for the customer’s website sent outside the servers, by anyone, is included', () => {
    expect(spamProhibited({ ...none, promotesCustomerWebsite: true })).toEqual({
      prohibited: true,
      grounds: ['outside-servers-for-customer-website'],
      basis: ['22.1.9', '22.3'],
    });
  });

  it('on a complaint, the customer’s domain or IP in the spam is enough, whatever the route', () => {
    expect(spamProhibited({ ...none, complaintShowsCustomerDomainOrIp: true })).toEqual({
      prohibited: true,
      grounds: ['customer-domain-or-ip-in-spam'],
      basis: ['22.1.9', '22.3'],
    });
    expect(
      spamProhibited({ ...none, sentThroughServers: true, complaintShowsCustomerDomainOrIp: true }).grounds,
    ).toEqual(['sent-through-servers', 'customer-domain-or-ip-in-spam']);
  });

  it('spam outside the servers, not for the customer’s site and not traced to its domain or IP, is not caught by 第22条', () => {
    expect(spamProhibited(none)).toEqual({ prohibited: false, grounds: [], basis: ['22.1.9'] });
  });
});

describe('第22条4項・5項: what the company may do', () => {
  it('for a 22.1 act: suspend (23.1.1), claim the complaint-handling costs, delete records without notice, with no liability', () => {
    expect(prohibitedActConsequences({ act: 'malware-or-cracking' })).toEqual({
      suspensionGround: '23.1.1',
      mayClaimCosts: true,
      mayDeleteRecordsWithoutNotice: true,
      companyLiableForDeletion: false,
      basis: ['22.1.8', '22.4', '22.5', '23.1.1'],
    });
  });

  it('every 22.1 act allows the cost claim', () => {
    for (const { id, ref } of PROHIBITED_ACTS) {
      const r = prohibitedActConsequences({ act: id });
      expect(r.mayClaimCosts).toBe(true);
      expect(r.basis[0]).toBe(ref);
    }
  });

  it('for a breach of 22.2: suspend (23.1.2) and delete — but 22.4’s cost claim covers 22.1 acts only', () => {
    expect(prohibitedActConsequences({ act: 'adult-streaming' })).toEqual({
      suspensionGround: '23.1.2',
      mayClaimCosts: false,
      mayDeleteRecordsWithoutNotice: true,
      companyLiableForDeletion: false,
      basis: ['22.2', '22.5', '23.1.2'],
    });
  });

  it('refuses an act that is not listed', () => {
    expectTermsError(() => prohibitedActConsequences({ act: 'jaywalking' } as never), 'act');
  });
});

describe('ARTICLE_22', () => {
  it('has five paragraphs and eleven items', () => {
    expect(ARTICLE_22.provisions).toHaveLength(1 + 5 + 11);
    expect(ARTICLE_22.title).toBe('禁止事項');
  });
});
