/**
 * 第6条（協議等）
 *
 * 「利用契約等に規定のない事項及び記載された項目について疑義が生じた場合は両者誠意を持って協議の上解決する
 * ものとします。なお、利用契約等の何れかの部分が無効である場合でも、利用契約等全体の有効性には影響がない
 * ものとし、かかる無効の部分については、当該部分の趣旨に最も近い有効な規定を無効な部分と置き換えるものと
 * します。」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_6, PROVISIONS, consultationRequired, severance } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('第6条 first sentence: good-faith consultation', () => {
  it('a matter not provided for, or one in doubt, is settled by consultation', () => {
    expect(consultationRequired({ matter: 'not-provided' })).toEqual({ consult: true, basis: ['6'] });
    expect(consultationRequired({ matter: 'in-doubt' }).consult).toBe(true);
  });

  it('a matter provided for clearly is settled by its provision, not by consultation', () => {
    expect(consultationRequired({ matter: 'provided' }).consult).toBe(false);
  });

  it('refuses another kind of matter', () => {
    expectTermsError(() => consultationRequired({ matter: 'unclear' } as never), 'matter');
  });
});

describe('第6条 second sentence: severability', () => {
  it('an invalid paragraph takes its items with it, and the rest stands', () => {
    // 15.1 has items 1–3: four provisions replaced; 188 − 4 = 184 stand.
    expect(PROVISIONS).toHaveLength(188);
    expect(severance({ invalid: ['15.1'] })).toEqual({
      contractValid: true,
      replaced: ['15.1', '15.1.1', '15.1.2', '15.1.3'],
      unaffected: 184,
      basis: ['6'],
    });
  });

  it('an invalid article takes all its paragraphs; several parts are listed in document order', () => {
    // 第29条 is one paragraph (1 ref); 20.6 is one paragraph (1 ref).
    expect(severance({ invalid: ['29', '20.6'] }).replaced).toEqual(['20.6', '29']);
    // 第27条: 27, 27.1, 27.1.1–27.1.4, 27.2, 27.3 = 8 refs.
    expect(severance({ invalid: ['27'] }).replaced).toHaveLength(8);
  });

  it('does not confuse 1 with 10–19, or 2 with 20–29', () => {
    expect(severance({ invalid: ['1'] }).replaced).toEqual(['1', '1.1', '1.2']);
    expect(severance({ invalid: ['2.1.4'] }).replaced).toEqual(['2.1.4']);
  });

  it('nothing invalid, nothing replaced: the contract stays valid whatever is invalid', () => {
    expect(severance({ invalid: [] })).toEqual({ contractValid: true, replaced: [], unaffected: 188, basis: ['6'] });
    expect(severance({ invalid: [...PROVISIONS] }).contractValid).toBe(true);
  });

  it('refuses refs that are not provisions, naming each', () => {
    const e = expectTermsError(() => severance({ invalid: ['29', '31', '13.6'] as never }), 'invalid.1');
    expect(e.issues.map((i) => i.path)).toEqual(['invalid.1', 'invalid.2']);
    expectTermsError(() => severance({ invalid: '29' } as never), 'invalid');
  });
});

describe('ARTICLE_6', () => {
  it('is a single-paragraph article', () => {
    expect(ARTICLE_6).toEqual({
      number: 6,
      title: '協議等',
      provisions: ['6'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
