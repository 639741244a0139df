/**
 * 第19条（作業依頼等）
 *
 * 「1 当社は、契約者から依頼を受けた作業を完了した場合には、その旨を契約者に通知（電子メール、チャットサービス、
 * インターネット通話サービス、電話、ファックスその他契約者と予め合意した方法による場合を含みます。）します。」
 * 「2 契約者が責任を負うべき作業その他本サービスの範囲外の作業について、当社が、契約者の指示に基づき作業を行った
 * 場合については、当社は、当該作業及びその結果について、原因の如何を問わずいかなる責任も負わないものとします。」
 * 「3 当社への作業の依頼・指示等は、契約者（その役員、従業員を含みます。）自らが行うものとし、契約者以外の第三者に
 * これを行わせてはならないものとします。」
 * 「4 前項の規定にかかわらず、当社の承諾を得て、契約者が第三者を当社への作業の依頼・指示等を行う者として指定した
 * 場合は、当該第三者により依頼・指示等が行われるものとします。この場合、当該第三者による依頼・指示等は、契約者に
 * よる依頼・指示等とみなすものとします。」
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_19,
  COMPLETION_NOTICE_METHODS,
  instructedWorkLiability,
  workRequestAuthority,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第19条1項: notice that work is done', () => {
  it('may be given by six kinds of means, the last any agreed in advance', () => {
    expect(COMPLETION_NOTICE_METHODS.map((m) => m.id)).toEqual([
      'email',
      'chat',
      'internet-call',
      'phone',
      'fax',
      'agreed',
    ]);
    expectVerbatim(COMPLETION_NOTICE_METHODS);
  });
});

describe('第19条2項: out-of-scope work done on the customer’s instruction', () => {
  it('frees the company from all responsibility for the work and its results', () => {
    expect(instructedWorkLiability({ outOfScope: true, onCustomerInstruction: true })).toEqual({
      companyExempt: true,
      basis: ['19.2'],
    });
  });

  it('does not cover work within the service, or work not instructed by the customer', () => {
    expect(instructedWorkLiability({ outOfScope: false, onCustomerInstruction: true }).companyExempt).toBe(false);
    expect(instructedWorkLiability({ outOfScope: true, onCustomerInstruction: false }).companyExempt).toBe(false);
    expect(instructedWorkLiability({ outOfScope: false, onCustomerInstruction: false }).companyExempt).toBe(false);
  });

  it('refuses missing facts', () => {
    expectTermsError(() => instructedWorkLiability({ outOfScope: true } as never), 'onCustomerInstruction');
  });
});

describe('第19条3項・4項: who may ask the company for work', () => {
  it('the customer itself, its officers and its employees (19.3)', () => {
    for (const requester of ['customer', 'officer', 'employee'] as const) {
      expect(workRequestAuthority({ requester })).toEqual({
        mayRequest: true,
        countsAsCustomers: true,
        basis: ['19.3'],
      });
    }
  });

  it('a third party designated with the company’s consent, whose requests are deemed the customer’s (19.4)', () => {
    expect(workRequestAuthority({ requester: 'third-party', designatedWithCompanyConsent: true })).toEqual({
      mayRequest: true,
      countsAsCustomers: true,
      basis: ['19.4'],
    });
  });

  it('no other third party (19.3)', () => {
    expect(workRequestAuthority({ requester: 'third-party' })).toEqual({
      mayRequest: false,
      countsAsCustomers: false,
      basis: ['19.3'],
    });
    expect(workRequestAuthority({ requester: 'third-party', designatedWithCompanyConsent: false }).mayRequest).toBe(
      false,
    );
  });

  it('refuses an unknown requester', () => {
    expectTermsError(() => workRequestAuthority({ requester: 'reseller' } as never), 'requester');
  });
});

describe('ARTICLE_19', () => {
  it('names the article and its four paragraphs', () => {
    expect(ARTICLE_19).toEqual({
      number: 19,
      title: '作業依頼等',
      provisions: ['19', '19.1', '19.2', '19.3', '19.4'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
