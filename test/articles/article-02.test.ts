/**
 * 第2条（定義）
 *
 * 「本約款で用いる用語の定義は、次のとおりとします。
 * (1) 本サービス 利用契約に基づき、当社が契約者に提供するクラウド運用代行サービス。オプションサービスを契約している場合は、オプションサービスも含む。
 * (2) 契約者 本約款に基づく利用契約を当社と締結し、本サービスの提供を受ける者。
 * (3) 利用契約 本約款に基づき当社と契約者との間に締結される本サービスの提供・利用に関する契約。
 * (4) 利用契約等 本約款及び利用契約。
 * (5) 本件サーバー 契約者がクラウドサービス事業者との契約に基づいて利用権限を有するサーバー（仮想サーバーを含む。）で、利用契約に基づき、当社が運用代行を行うもの。
 * (6) ID 契約者とその他の者を識別するために用いられる符号
 * (7) パスワード ID と組み合わせて、契約者とその他の者を識別するために用いられる符号」
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ARTICLE_2, DEFINED_TERMS, type DefinedTermJa, definedTerm } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { provisionText } from '../support/provision-text.js';
import { normaliseWhitespace } from '../support/terms-structure.js';

describe('第2条: the seven defined terms', () => {
  it('lists exactly seven terms, in the order and with the refs of the terms', () => {
    expect(DEFINED_TERMS.map((t) => [t.ref, t.term])).toEqual([
      ['2.1.1', '本サービス'],
      ['2.1.2', '契約者'],
      ['2.1.3', '利用契約'],
      ['2.1.4', '利用契約等'],
      ['2.1.5', '本件サーバー'],
      ['2.1.6', 'ID'],
      ['2.1.7', 'パスワード'],
    ]);
  });

  it('holds each term and definition word for word as the terms write them', () => {
    for (const t of DEFINED_TERMS) {
      expect(normaliseWhitespace(`${t.term}${t.definition}`), t.ref).toBe(provisionText(t.ref));
    }
  });

  it('gives every term an English name and gloss', () => {
    for (const t of DEFINED_TERMS) {
      expect(t.en.length, t.id).toBeGreaterThan(1);
      expect(t.gloss).toMatch(/^[A-Z].*\.$/);
    }
    expect(DEFINED_TERMS.find((t) => t.id === 'contract-documents')?.en).toBe('the Contract Documents');
  });

  it('利用契約等 means the terms and the service contract together', () => {
    expect(definedTerm({ term: '利用契約等' })).toEqual({
      id: 'contract-documents',
      term: '利用契約等',
      definition: '本約款及び利用契約。',
      en: 'the Contract Documents',
      gloss: 'These terms and the service contract, together.',
      basis: ['2.1.4'],
    });
  });

  it('本サービス includes the option services the customer has contracted', () => {
    expect(definedTerm({ term: 'service' }).definition).toContain('オプションサービスも含む');
  });

  it('finds a term by its id as by its Japanese form, and cites its item', () => {
    expect(definedTerm({ term: 'servers' })).toEqual(definedTerm({ term: '本件サーバー' }));
    expect(definedTerm({ term: 'ID' }).basis).toEqual(['2.1.6']);
    expect(definedTerm({ term: 'id' }).term).toBe('ID');
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(DEFINED_TERMS)).toBe(true);
    expect(Object.isFrozen(DEFINED_TERMS[0])).toBe(true);
  });

  it('types the Japanese terms as a closed union', () => {
    expectTypeOf<DefinedTermJa>().toEqualTypeOf<
      '本サービス' | '契約者' | '利用契約' | '利用契約等' | '本件サーバー' | 'ID' | 'パスワード'
    >();
  });

  it('refuses a word that is not a defined term', () => {
    expectTermsError(() => definedTerm({ term: '秘密情報' } as never), 'term');
    expectTermsError(() => definedTerm({} as never), 'term');
  });
});

describe('ARTICLE_2', () => {
  it('names the article and its seven items', () => {
    expect(ARTICLE_2.title).toBe('定義');
    expect(ARTICLE_2.provisions).toEqual(['2', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6', '2.1.7']);
    expect(ARTICLE_2.versions).toEqual(['2017-03-01', '2019-06-01']);
  });
});
