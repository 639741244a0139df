/**
 * 第8条（合意管轄）
 *
 * 「契約者と当社との間に生じた紛争については、東京地方裁判所をもって第一審の専属管轄裁判所とします。」
 */
import { describe, expect, it } from 'vitest';
import { AGREED_COURT, ARTICLE_8, isAgreedCourt } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第8条: the Tokyo District Court, exclusively, at first instance', () => {
  it('names the court, the instance and exclusivity', () => {
    expect(AGREED_COURT).toEqual({
      ref: '8',
      ja: '東京地方裁判所',
      en: 'Tokyo District Court',
      instance: 'first',
      exclusive: true,
    });
    expectVerbatim([AGREED_COURT]);
  });

  it('the Tokyo District Court is the agreed court, in Japanese or English, spacing and case aside', () => {
    expect(isAgreedCourt({ court: '東京地方裁判所' })).toEqual({ agreed: true, basis: ['8'] });
    expect(isAgreedCourt({ court: '東京　地方裁判所' }).agreed).toBe(true);
    expect(isAgreedCourt({ court: 'Tokyo District Court' }).agreed).toBe(true);
    expect(isAgreedCourt({ court: 'tokyo district court' }).agreed).toBe(true);
  });

  it('no other court is — not Osaka, and not the Tokyo Summary Court (専属)', () => {
    expect(isAgreedCourt({ court: '大阪地方裁判所' })).toEqual({ agreed: false, basis: ['8'] });
    expect(isAgreedCourt({ court: '東京簡易裁判所' }).agreed).toBe(false);
    expect(isAgreedCourt({ court: '東京高等裁判所' }).agreed).toBe(false);
  });

  it('refuses an empty or missing court', () => {
    expectTermsError(() => isAgreedCourt({ court: '' }), 'court');
    expectTermsError(() => isAgreedCourt({} as never), 'court');
  });
});

describe('ARTICLE_8', () => {
  it('is a single-paragraph article', () => {
    expect(ARTICLE_8).toEqual({
      number: 8,
      title: '合意管轄',
      provisions: ['8'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
