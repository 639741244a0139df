/**
 * The provisions of the terms, as the `basis` of a result cites them.
 *
 * Dotted form: article `'13'`, paragraph `'13.2'`, item `'14.1.9'`
 * (第14条1項9号). An article with a single unnumbered paragraph is cited by
 * its number alone (`'16'`); the items of 第2条, the only such article with
 * items, are cited as `'2.1.3'` (第2条第3号, the paragraph read as paragraph 1).
 * The service specification (別紙サービス仕様書) is `'spec'`, its parts
 * `'spec.1'`, `'spec.1.5'`, `'spec.1.1.2'` and `'spec.2'`; the dates of
 * enactment and revision (制定・改定日) are `'history'`.
 *
 * The list is checked against docs/terms/terms-ja.txt by test/core/provisions.test.ts.
 *
 * @module
 */
import { describeValue, invalidInput } from './errors.js';

/** Every provision of the terms and of the service specification, in document order. */
// biome-ignore format: a compact table, read line by line against the terms
export const PROVISIONS = [
  '1', '1.1', '1.2', '2', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6', '2.1.7', '3', '3.1', '3.2',
  '3.3', '4', '4.1', '4.2', '5', '6', '7', '8', '9', '9.1', '9.2', '9.3', '9.4', '9.4.1', '9.4.2', '9.4.3',
  '9.4.4', '9.4.5', '9.4.6', '9.4.7', '9.5', '9.6', '9.7', '10', '10.1', '10.2', '11', '11.1', '11.2', '12',
  '12.1', '12.2', '13', '13.1', '13.2', '13.3', '13.4', '13.5', '14', '14.1', '14.1.1', '14.1.2', '14.1.3',
  '14.1.4', '14.1.5', '14.1.6', '14.1.7', '14.1.8', '14.1.9', '14.1.10', '14.2', '14.3', '14.4', '15',
  '15.1', '15.1.1', '15.1.2', '15.1.3', '15.2', '16', '17', '17.1', '17.2', '17.3', '17.4', '17.4.1',
  '17.4.2', '18', '19', '19.1', '19.2', '19.3', '19.4', '20', '20.1', '20.2', '20.3', '20.4', '20.5', '20.6',
  '21', '22', '22.1', '22.1.1', '22.1.2', '22.1.3', '22.1.4', '22.1.5', '22.1.6', '22.1.7', '22.1.8',
  '22.1.9', '22.1.10', '22.1.11', '22.2', '22.3', '22.4', '22.5', '23', '23.1', '23.1.1', '23.1.2', '23.1.3',
  '23.1.4', '23.2', '24', '24.1', '24.1.1', '24.1.2', '24.1.3', '24.1.4', '24.1.5', '24.1.6', '24.2', '24.3',
  '24.4', '25', '25.1', '25.1.1', '25.1.2', '25.1.3', '25.2', '25.3', '25.4', '25.5', '25.6', '25.7', '26',
  '27', '27.1', '27.1.1', '27.1.2', '27.1.3', '27.1.4', '27.2', '27.3', '28', '28.1', '28.2', '28.2.1',
  '28.2.2', '28.2.3', '28.2.4', '28.2.5', '28.2.6', '28.2.7', '28.3', '29', '30', '30.1', '30.1.1', '30.1.2',
  '30.1.3', '30.1.4', '30.1.5', '30.1.6', '30.1.7', '30.1.8', '30.1.9', '30.2', 'history', 'spec', 'spec.1',
  'spec.1.1', 'spec.1.1.1', 'spec.1.1.2', 'spec.1.1.3', 'spec.1.1.4', 'spec.1.2', 'spec.1.3', 'spec.1.4',
  'spec.1.5', 'spec.1.6', 'spec.2',
] as const;

/**
 * A provision that exists in the terms (one of {@link PROVISIONS}).
 *
 * The `| never` is not noise: it makes TypeScript build a union of its own that keeps
 * this name, so hovers and the emitted declarations show `ProvisionRef[]` for a
 * `basis` rather than the 188 strings (an indexed access alone reuses the list's
 * unnamed union).
 */
export type ProvisionRef = (typeof PROVISIONS)[number] | never;

const KNOWN: ReadonlySet<string> = new Set(PROVISIONS);

/** True when `ref` names a provision that exists in the terms. */
export function isProvisionRef(ref: unknown): ref is ProvisionRef {
  return typeof ref === 'string' && KNOWN.has(ref);
}

/** Throws a {@link TermsError} naming `field` unless `ref` is a provision of the terms. */
function requireRef(ref: unknown, field: string): asserts ref is ProvisionRef {
  if (!isProvisionRef(ref)) {
    throw invalidInput(
      field,
      `expected a provision in dotted form such as '13.2' or 'spec.1.5', got ${describeValue(ref)}`,
      'provision',
      { received: describeValue(ref) },
    );
  }
}

/** The titles of the 30 articles (見出し), as the terms write them. */
export const ARTICLE_TITLES = {
  1: '適用',
  2: '定義',
  3: '通知',
  4: '変更',
  5: '権利義務譲渡の禁止',
  6: '協議等',
  7: '準拠法',
  8: '合意管轄',
  9: '利用契約の成立',
  10: '変更通知',
  11: '利用期間',
  12: '最低利用期間',
  13: '契約者からの利用契約の解約',
  14: '当社からの利用契約の解約',
  15: '本サービスの廃止',
  16: '契約終了時のデータ、ソフトウェア等の扱い',
  17: '本サービスの内容等',
  18: '再委託',
  19: '作業依頼等',
  20: 'ID 及びパスワードの管理',
  21: 'バックアップ',
  22: '禁止事項',
  23: '提供の停止',
  24: '中断及び一時的な提供停止',
  25: '料金の支払義務',
  26: '遅延損害金',
  27: '秘密保持',
  28: '個人情報の取扱い',
  29: '損害賠償の制限',
  30: '免責',
} as const;

export type ArticleNumber = keyof typeof ARTICLE_TITLES;

/**
 * The Japanese citation of a provision: `'13.2'` → `'第13条2項'`,
 * `'14.1.9'` → `'第14条1項9号'`, `'2.1.3'` → `'第2条3号'`, `'spec.1.5'` →
 * `'サービス仕様書 第1 5'`.
 *
 * @example
 * ```ts
 * import { citeJa } from 'cloud-ops-terms';
 * citeJa('14.1.9');
 * //=> '第14条1項9号'
 * ```
 */
export function citeJa(ref: ProvisionRef): string {
  requireRef(ref, 'ref');
  if (ref === 'history') return '制定・改定日';
  if (ref === 'spec') return 'サービス仕様書';
  if (ref.startsWith('spec.')) {
    const [part, para, item] = ref.slice(5).split('.');
    return `サービス仕様書 第${part}${para ? ` ${para}` : ''}${item ? `(${item})` : ''}`;
  }
  const [article, paragraph, item] = ref.split('.');
  if (article === '2' && item) return `第2条${item}号`;
  return `第${article}条${paragraph ? `${paragraph}項` : ''}${item ? `${item}号` : ''}`;
}

/** The versions of the terms, by the date each took effect (制定・改定日; I-14). */
export const TERMS_VERSIONS = ['2017-03-01', '2019-06-01'] as const;
export type TermsVersion = (typeof TERMS_VERSIONS)[number];

/**
 * Provisions that a revision added, with the version that added them
 * (「2019 年 6 月 1 日 一部改訂（第 17 条 3 項追記）」). Every other provision
 * exists in every version.
 */
export const ADDED_IN: Readonly<Partial<Record<ProvisionRef, TermsVersion>>> = Object.freeze({ '17.3': '2019-06-01' });

/** The versions of the terms in which a provision exists. */
export function versionsOf(ref: ProvisionRef): TermsVersion[] {
  requireRef(ref, 'ref');
  const added = ADDED_IN[ref];
  return added === undefined ? [...TERMS_VERSIONS] : TERMS_VERSIONS.filter((v) => v >= added);
}

/** What a reader needs to find an article: its number, title, provisions and versions. */
export interface ArticleInfo {
  /** 1–30, or `'spec'` for the service specification. */
  readonly number: ArticleNumber | 'spec';
  /** 見出し as the terms write it. */
  readonly title: string;
  /** The article's own ref and those of its paragraphs and items. */
  readonly provisions: readonly ProvisionRef[];
  /** The versions of the terms in which the article exists (I-14). */
  readonly versions: readonly TermsVersion[];
}

/**
 * The {@link ArticleInfo} of an article (or `'spec'`), built from
 * {@link PROVISIONS}; every article module exports one as `ARTICLE_<n>`.
 *
 * @example
 * ```ts
 * import { articleInfo } from 'cloud-ops-terms';
 * articleInfo(13).provisions;
 * //=> ['13', '13.1', '13.2', '13.3', '13.4', '13.5']
 * articleInfo(17).versions;
 * //=> ['2017-03-01', '2019-06-01']
 * ```
 */
export function articleInfo(number: ArticleNumber | 'spec'): ArticleInfo {
  if (!(number === 'spec' || (typeof number === 'number' && Object.hasOwn(ARTICLE_TITLES, number)))) {
    throw invalidInput('number', `expected an article number from 1 to 30 or 'spec', got ${describeValue(number)}`);
  }
  const key = String(number);
  const provisions = PROVISIONS.filter((r) => r === key || r.startsWith(`${key}.`));
  // Stryker disable next-line MethodExpression: every article exists in both versions (the revision added only 17.3, to an existing article)
  const versions = TERMS_VERSIONS.filter((v) => provisions.some((r) => versionsOf(r).includes(v)));
  return Object.freeze({
    number,
    title: number === 'spec' ? 'サービス仕様書' : ARTICLE_TITLES[number],
    provisions: Object.freeze(provisions),
    versions: Object.freeze(versions),
  });
}
