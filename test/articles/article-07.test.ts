/**
 * 第7条（準拠法）
 *
 * 「利用契約の成立、効力、履行及び解釈に関する準拠法は、日本法とします。」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_7, GOVERNED_MATTERS, GOVERNING_LAW, governingLaw } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第7条: Japanese law governs', () => {
  it('the law chosen is 日本法', () => {
    expect(GOVERNING_LAW).toEqual({ ref: '7', ja: '日本法', en: 'the law of Japan' });
    expectVerbatim([GOVERNING_LAW]);
  });

  it('over four matters: formation, effect, performance and interpretation', () => {
    expect(GOVERNED_MATTERS.map((m) => [m.id, m.ja])).toEqual([
      ['formation', '成立'],
      ['effect', '効力'],
      ['performance', '履行'],
      ['interpretation', '解釈'],
    ]);
    expectVerbatim(GOVERNED_MATTERS);
  });

  it('each of them is governed by Japanese law', () => {
    for (const { id } of GOVERNED_MATTERS) expect(governingLaw({ matter: id })).toEqual({ law: 'japan', basis: ['7'] });
  });

  it('refuses a matter the article does not name', () => {
    expectTermsError(() => governingLaw({ matter: 'tort' } as never), 'matter');
  });
});

describe('ARTICLE_7', () => {
  it('is a single-paragraph article', () => {
    expect(ARTICLE_7).toEqual({
      number: 7,
      title: '準拠法',
      provisions: ['7'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
