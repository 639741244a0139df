/**
 * docs/glossary.md is checked against the terms and the code: the 第2条 table is
 * what DEFINED_TERMS (第2条1号–7号) gives; each word of the terms' vocabulary occurs
 * in the provisions its row cites; each name in the code column is used in src/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { DEFINED_TERMS, isProvisionRef } from '../../src/index.js';
import { sourceFiles } from '../support/examples.js';
import { provisionTextDeep } from '../support/provision-text.js';
import { normaliseWhitespace } from '../support/terms-structure.js';
import { GLOSSARY_PATH, refreshGlossary, renderDefinedTerms, tableRows } from '../tools/glossary.js';

const glossary = readFileSync(GLOSSARY_PATH, 'utf8');
const source = sourceFiles()
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const vocabulary = tableRows(glossary, "The terms' vocabulary");
const lawWords = tableRows(glossary, 'Words of the law');

describe('docs/glossary.md', () => {
  it('has the 第2条 table DEFINED_TERMS gives (run `npm run traceability` to refresh it)', () => {
    expect(refreshGlossary(glossary)).toBe(glossary);
    expect(renderDefinedTerms()).toContain(`**${DEFINED_TERMS[6].term}** | **${DEFINED_TERMS[6].en}**`);
  });

  it('lists the vocabulary of the terms and the words of the law', () => {
    expect(vocabulary.length).toBeGreaterThan(50);
    expect(lawWords.length).toBeGreaterThan(5);
  });

  it.each(vocabulary.map((r) => [r.ja, r] as const))('%s occurs in each provision its row cites', (ja, row) => {
    expect(row.refs.length, `line ${row.line}: cite at least one provision`).toBeGreaterThan(0);
    for (const ref of row.refs) {
      expect(isProvisionRef(ref), `line ${row.line}: ${ref}`).toBe(true);
      expect(provisionTextDeep(ref), `line ${row.line}: ${ja} in ${ref}`).toContain(normaliseWhitespace(ja));
    }
  });

  it('names only code that exists: exports, or field and option names used in src/', () => {
    const exported = new Set(Object.keys(api));
    for (const row of [...vocabulary, ...lawWords]) {
      for (const name of row.code) {
        const used = exported.has(name) || new RegExp(`\\b${name}\\b`).test(source);
        expect(used, `line ${row.line}: ${name}`).toBe(true);
      }
    }
  });

  it('gives every word an English rendering, and no word twice', () => {
    const words = [...vocabulary, ...lawWords].map((r) => r.ja);
    expect(new Set(words).size).toBe(words.length);
    for (const row of [...vocabulary, ...lawWords]) expect(row.en, row.ja).not.toBe('');
  });
});
