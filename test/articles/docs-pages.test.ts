/**
 * Each article with a module has its test file and its docs page, and the docs
 * page's 条文 block is the terms' text character for character (whitespace
 * normalised).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/examples.js';
import { articleLines, docsVerbatim, normaliseWhitespace, readTermsStructure } from '../support/terms-structure.js';

const structure = readTermsStructure();
const modules = readdirSync(join(ROOT, 'src/articles'))
  .map((f) => /^article-(\d{2}|spec)\.ts$/.exec(f)?.[1])
  .filter((n): n is string => n !== undefined);

describe.each(modules)('article-%s', (n) => {
  const docs = join(ROOT, `docs/articles/article-${n}.md`);

  it('has a test file and a docs page', () => {
    expect(existsSync(join(ROOT, `test/articles/article-${n}.test.ts`))).toBe(true);
    expect(existsSync(docs)).toBe(true);
  });

  it("quotes the terms' text verbatim in its docs page", () => {
    const block = docsVerbatim(readFileSync(docs, 'utf8'));
    expect(block, 'a ```text block under "## 条文"').toBeDefined();
    const article = n === 'spec' ? 'spec' : Number(n);
    expect(normaliseWhitespace(block ?? '')).toBe(normaliseWhitespace(articleLines(article, structure).join('\n')));
  });
});
