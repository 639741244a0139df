/**
 * Every `basis` cites a provision that exists. PROVISIONS must match the
 * structure of the terms as written (docs/terms/terms-ja.txt): 第1条 … 第30条
 * with their paragraphs (項) and items (号), 制定・改定日 and the サービス仕様書.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TITLES,
  PROVISIONS,
  TERMS_VERSIONS,
  articleInfo,
  basis,
  citeJa,
  isProvisionRef,
  versionsOf,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

describe('PROVISIONS', () => {
  const structure = readTermsStructure();

  it('lists exactly the provisions of the terms, in document order', () => {
    // Single-paragraph articles are cited by their number alone; 第2条's items as 2.1.n.
    expect([...PROVISIONS]).toEqual(structure.map((p) => p.ref));
  });

  it('has the counts a reader can check by eye', () => {
    const articles = PROVISIONS.filter((r) => /^\d+$/.test(r));
    expect(articles).toHaveLength(30);
    expect(PROVISIONS.filter((r) => r.startsWith('14.1.'))).toHaveLength(10);
    expect(PROVISIONS.filter((r) => r.startsWith('22.1.'))).toHaveLength(11);
    expect(PROVISIONS.filter((r) => r.startsWith('30.1.'))).toHaveLength(9);
    expect(PROVISIONS.filter((r) => r.startsWith('9.4.'))).toHaveLength(7);
    expect(PROVISIONS.filter((r) => r.startsWith('13.'))).toEqual(['13.1', '13.2', '13.3', '13.4', '13.5']);
    expect(PROVISIONS.filter((r) => r.startsWith('spec'))).toEqual([
      'spec',
      'spec.1',
      'spec.1.1',
      'spec.1.1.1',
      'spec.1.1.2',
      'spec.1.1.3',
      'spec.1.1.4',
      'spec.1.2',
      'spec.1.3',
      'spec.1.4',
      'spec.1.5',
      'spec.1.6',
      'spec.2',
    ]);
  });

  it('knows the article titles as the terms write them', () => {
    for (const p of structure.filter((s) => /^\d+$/.test(s.ref))) {
      const title = ARTICLE_TITLES[Number(p.ref) as keyof typeof ARTICLE_TITLES];
      expect(p.lines[0]?.replace(/\s/g, '')).toContain(`（${title.replace(/\s/g, '')}）`);
    }
  });

  it('isProvisionRef accepts existing refs only', () => {
    expect(isProvisionRef('13.2')).toBe(true);
    expect(isProvisionRef('14.1.10')).toBe(true);
    expect(isProvisionRef('spec.1.5')).toBe(true);
    expect(isProvisionRef('13.6')).toBe(false);
    expect(isProvisionRef('31')).toBe(false);
    expect(isProvisionRef('2.1')).toBe(false);
    expect(isProvisionRef(13)).toBe(false);
  });
});

describe('citeJa and basis', () => {
  it('cites in Japanese', () => {
    expect(citeJa('13.2')).toBe('第13条2項');
    expect(citeJa('14.1.9')).toBe('第14条1項9号');
    expect(citeJa('2.1.3')).toBe('第2条3号');
    expect(citeJa('16')).toBe('第16条');
    expect(citeJa('spec.1.5')).toBe('サービス仕様書 第1 5');
    expect(citeJa('spec.1.1.4')).toBe('サービス仕様書 第1 1(4)');
    expect(citeJa('spec')).toBe('サービス仕様書');
    expect(citeJa('history')).toBe('制定・改定日');
  });

  it('basis gives a fresh list without repeats', () => {
    const a = basis('13.1', '13.2', '13.1');
    expect(a).toEqual(['13.1', '13.2']);
    expect(basis('13.1')).not.toBe(basis('13.1'));
  });
});

describe('versions and article info (I-14)', () => {
  it('17.3 exists only from the 2019-06-01 revision; everything else in both versions', () => {
    expect(versionsOf('17.3')).toEqual(['2019-06-01']);
    expect(versionsOf('17.2')).toEqual(['2017-03-01', '2019-06-01']);
    expect(TERMS_VERSIONS).toEqual(['2017-03-01', '2019-06-01']);
  });

  it('articleInfo lists an article’s provisions and title', () => {
    const info = articleInfo(15);
    expect(info.title).toBe('本サービスの廃止');
    expect(info.provisions).toEqual(['15', '15.1', '15.1.1', '15.1.2', '15.1.3', '15.2']);
    expect(info.versions).toEqual(['2017-03-01', '2019-06-01']);
    expect(articleInfo(1).provisions).toEqual(['1', '1.1', '1.2']);
    expect(articleInfo('spec').title).toBe('サービス仕様書');
    expect(articleInfo('spec').provisions).toContain('spec.1.5');
  });
});

describe('refs that are not provisions are refused (issue 11, hostile input)', () => {
  it('citeJa and versionsOf name ref', () => {
    expectTermsError(() => citeJa('13.9' as never), 'ref', 'INVALID_INPUT', "got '13.9'");
    expectTermsError(() => citeJa(13 as never), 'ref');
    expectTermsError(() => versionsOf('17.9' as never), 'ref');
  });

  it('articleInfo names number for anything but 1–30 and spec', () => {
    for (const bad of [0, 31, 1.5, '13', null]) expectTermsError(() => articleInfo(bad as never), 'number');
  });

  it('basis names the position of the ref that is not a provision', () => {
    expectTermsError(() => basis('13.2', '99' as never), 'refs.1', 'INVALID_INPUT', "got '99'");
  });
});

describe('provisions: the edges', () => {
  it('isProvisionRef is true only for the strings of PROVISIONS', () => {
    expect(isProvisionRef('13.2')).toBe(true);
    expect(isProvisionRef(13)).toBe(false);
    expect(isProvisionRef('13.9')).toBe(false);
  });

  it('cites an item of the specification in parentheses: spec.1.1.2 is サービス仕様書 第1 1(2)', () => {
    expect(citeJa('spec.1.1.2')).toBe('サービス仕様書 第1 1(2)');
  });

  it('says what an article number must be', () => {
    expectTermsError(
      () => articleInfo(31 as never),
      'number',
      'INVALID_INPUT',
      /^number: expected an article number from 1 to 30 or 'spec', got 31$/,
    );
  });
});
