/**
 * 第2条（定義） — the seven defined terms, as data shared by the docs and the types.
 *
 * > 本約款で用いる用語の定義は、次のとおりとします。
 * > (1) 本サービス … (7) パスワード
 *
 * The items are cited `'2.1.1'` … `'2.1.7'` (第2条1号 … 7号; the article's one
 * paragraph read as paragraph 1, see src/core/provisions.ts).
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';
import { idsOf, provisionList, type IdOf } from './provision-list.js';

/** 第2条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_2 = articleInfo(2);

/** The seven defined terms (第2条1号–7号): the term and its definition verbatim, with English. */
export const DEFINED_TERMS = provisionList([
  {
    id: 'service',
    ref: '2.1.1',
    term: '本サービス',
    definition:
      '利用契約に基づき、当社が契約者に提供するクラウド運用代行サービス。オプションサービスを契約している場合は、オプションサービスも含む。',
    en: 'the Service',
    gloss:
      'The cloud operations service the company provides to the customer under the service contract, including any option services the customer has contracted.',
  },
  {
    id: 'customer',
    ref: '2.1.2',
    term: '契約者',
    definition: '本約款に基づく利用契約を当社と締結し、本サービスの提供を受ける者。',
    en: 'the Customer',
    gloss: 'Whoever has concluded a service contract with the company under these terms and receives the Service.',
  },
  {
    id: 'service-contract',
    ref: '2.1.3',
    term: '利用契約',
    definition: '本約款に基づき当社と契約者との間に締結される本サービスの提供・利用に関する契約。',
    en: 'the Service Contract',
    gloss:
      'The contract for providing and using the Service, concluded between the company and the customer under these terms.',
  },
  {
    id: 'contract-documents',
    ref: '2.1.4',
    term: '利用契約等',
    definition: '本約款及び利用契約。',
    en: 'the Contract Documents',
    gloss: 'These terms and the service contract, together.',
  },
  {
    id: 'servers',
    ref: '2.1.5',
    term: '本件サーバー',
    definition:
      '契約者がクラウドサービス事業者との契約に基づいて利用権限を有するサーバー（仮想サーバーを含む。）で、利用契約に基づき、当社が運用代行を行うもの。',
    en: 'the Servers',
    gloss:
      "The servers (virtual servers included) that the customer has the right to use under its own contract with a cloud service provider and that the company operates on the customer's behalf under the service contract.",
  },
  {
    id: 'id',
    ref: '2.1.6',
    term: 'ID',
    definition: '契約者とその他の者を識別するために用いられる符号',
    en: 'ID',
    gloss: 'The code used to tell the customer apart from anyone else.',
  },
  {
    id: 'password',
    ref: '2.1.7',
    term: 'パスワード',
    definition: 'ID と組み合わせて、契約者とその他の者を識別するために用いられる符号',
    en: 'Password',
    gloss: 'The code used together with the ID to tell the customer apart from anyone else.',
  },
] as const);

/** One entry of {@link DEFINED_TERMS}. */
export type DefinedTerm = (typeof DEFINED_TERMS)[number];
/** The id of a defined term (`'service'` … `'password'`). */
export type DefinedTermId = IdOf<typeof DEFINED_TERMS>;
/** A defined term as the terms write it (`'本サービス'` … `'パスワード'`). */
export type DefinedTermJa = DefinedTerm['term'];

export interface DefinedTermInput {
  /** The term in Japanese (`'利用契約等'`) or its id (`'contract-documents'`). */
  readonly term: DefinedTermJa | DefinedTermId;
}

export interface DefinedTermResult extends WithBasis {
  readonly id: DefinedTermId;
  readonly term: DefinedTermJa;
  /** The definition verbatim. */
  readonly definition: string;
  readonly en: string;
  readonly gloss: string;
}

const DefinedTermInput = z.object({
  term: enumField([...DEFINED_TERMS.map((t) => t.term), ...idsOf(DEFINED_TERMS)]),
});

/**
 * Looks up a defined term of 第2条 by its Japanese form or its id, citing its item.
 *
 * @example
 * ```ts
 * import { definedTerm } from 'cloud-ops-terms';
 * definedTerm({ term: '利用契約等' });
 * //=> { id: 'contract-documents', term: '利用契約等', definition: '本約款及び利用契約。', en: 'the Contract Documents', gloss: 'These terms and the service contract, together.', basis: ['2.1.4'] }
 * definedTerm({ term: 'password' }).term;
 * //=> 'パスワード'
 * ```
 */
export function definedTerm(input: DefinedTermInput): DefinedTermResult {
  const { term } = parseInput(DefinedTermInput, input);
  const entry = DEFINED_TERMS.find((t) => t.term === term || t.id === term) as DefinedTerm;
  const { id, ref, definition, en, gloss } = entry;
  return { id, term: entry.term, definition, en, gloss, basis: basis(ref) };
}
