/**
 * Every article has its code, its tests and its docs page (issue 7, "Done when"): `src/articles/` has a
 * module for each of the 30 articles and one for the service specification, `test/articles/` a test file
 * each, `docs/articles/` a page each; each page quotes the terms' text character for character
 * (whitespace normalised), and each module exports `ARTICLE_<n>` as `articleInfo(<n>)` states it.
 *
 * PENDING lists the articles other branches are building at the same time; the lead empties it at merge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ARTICLE_TITLES, type ArticleNumber, articleInfo, isProvisionRef } from '../../src/index.js';
import { ROOT } from '../support/examples.js';
import { expectVerbatim } from '../support/provision-text.js';
import { articleLines, docsVerbatim, normaliseWhitespace, readTermsStructure } from '../support/terms-structure.js';

const PENDING: readonly number[] = [];

const structure = readTermsStructure();
const ARTICLES: (ArticleNumber | 'spec')[] = [...(Object.keys(ARTICLE_TITLES).map(Number) as ArticleNumber[]), 'spec'];

function name(n: ArticleNumber | 'spec'): string {
  return n === 'spec' ? 'spec' : String(n).padStart(2, '0');
}

it('covers the 30 articles and the specification', () => {
  expect(ARTICLES).toHaveLength(31);
  expect(ARTICLES.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
});

describe.each(ARTICLES.map((n) => [name(n), n] as const))('article-%s', (nn, n) => {
  const pending = typeof n === 'number' && PENDING.includes(n);
  const check = pending ? it.todo : it;
  const module = join(ROOT, `src/articles/article-${nn}.ts`);
  const test = join(ROOT, `test/articles/article-${nn}.test.ts`);
  const docs = join(ROOT, `docs/articles/article-${nn}.md`);

  check('has a module, a test file and a docs page', () => {
    expect(existsSync(module), module).toBe(true);
    expect(existsSync(test), test).toBe(true);
    expect(existsSync(docs), docs).toBe(true);
  });

  check(`exports ARTICLE_${n === 'spec' ? 'SPEC' : n}, the article's info`, async () => {
    const mod = (await import(pathToFileURL(module).href)) as Record<string, unknown>;
    expect(mod[`ARTICLE_${n === 'spec' ? 'SPEC' : n}`]).toEqual(articleInfo(n));
  });

  check('its test file quotes the article', () => {
    const source = readFileSync(test, 'utf8');
    const heading = n === 'spec' ? 'サービス仕様書' : `第${n}条（${ARTICLE_TITLES[n]}）`;
    expect(source.startsWith('/**'), 'starts with a comment').toBe(true);
    expect(source).toContain(heading);
  });

  check("its docs page quotes the terms' text character for character", () => {
    const block = docsVerbatim(readFileSync(docs, 'utf8'));
    expect(block, 'a ```text block under "## 条文"').toBeDefined();
    expect(normaliseWhitespace(block ?? '')).toBe(normaliseWhitespace(articleLines(n, structure).join('\n')));
  });
});

describe("every phrase of the terms the package exports is the terms' text", () => {
  type Phrase = { ref: string; ja: string };
  const isPhrase = (v: unknown): v is Phrase =>
    typeof v === 'object' && v !== null && isProvisionRef((v as Phrase).ref) && typeof (v as Phrase).ja === 'string';
  const phrases = Object.entries(api).flatMap(([name, value]): [string, Phrase[]][] => {
    if (isPhrase(value)) return [[name, [value]]];
    if (Array.isArray(value) && value.length > 0 && value.every(isPhrase)) return [[name, value]];
    return [];
  });

  it('finds the lists and phrases', () => {
    expect(phrases.map(([name]) => name)).toEqual(
      expect.arrayContaining(['PROHIBITED_ACTS', 'SUSPENSION_GROUNDS', 'SPEC_BUSINESS_HOURS']),
    );
  });

  it.each(phrases)('%s', (_name, list) => {
    expectVerbatim(list);
  });
});
