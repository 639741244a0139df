/**
 * 第18条（再委託）
 *
 * 「当社は、契約者に対する本サービスの提供に関して必要となる業務の全部又は一部を当社の判断にて第三者に再委託する
 * ことができます。この場合、当社は、当該再委託先に対し、第 27 条（秘密保持）及び第 28 条（個人情報の取扱い）の
 * ほか当該再委託業務遂行について利用契約等所定の当社の義務と同等の義務を負わせます。」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_18, SUBCONTRACTOR_DUTIES, subcontractingComplies } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

const ALL = { confidentiality: true, 'personal-information': true, 'equivalent-duties': true };

describe('第18条: subcontracting at the company’s discretion, on its own duties', () => {
  it('names the three duties a subcontractor must bear', () => {
    expect(SUBCONTRACTOR_DUTIES.map((d) => d.id)).toEqual([
      'confidentiality',
      'personal-information',
      'equivalent-duties',
    ]);
    expectVerbatim(SUBCONTRACTOR_DUTIES);
  });

  it('a subcontract imposing all three complies; the customer’s consent is never needed', () => {
    expect(subcontractingComplies({ imposed: ALL })).toEqual({
      complies: true,
      missing: [],
      customerConsentRequired: false,
      basis: ['18'],
    });
  });

  it('a subcontract missing any of them does not, and says which', () => {
    expect(subcontractingComplies({ imposed: { ...ALL, 'personal-information': false } })).toMatchObject({
      complies: false,
      missing: ['personal-information'],
    });
    expect(
      subcontractingComplies({
        imposed: { confidentiality: false, 'personal-information': true, 'equivalent-duties': false },
      }).missing,
    ).toEqual(['confidentiality', 'equivalent-duties']);
  });

  it('needs every duty stated', () => {
    expectTermsError(
      () => subcontractingComplies({ imposed: { confidentiality: true } } as never),
      'imposed.personal-information',
    );
  });
});

describe('ARTICLE_18', () => {
  it('is a single-paragraph article', () => {
    expect(ARTICLE_18).toEqual({
      number: 18,
      title: '再委託',
      provisions: ['18'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
