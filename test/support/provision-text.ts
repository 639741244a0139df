/**
 * The text of one provision of docs/terms/terms-ja.txt, for tests that check
 * a list's Japanese entries (`ja`) against the terms.
 */
import { expect } from 'vitest';
import { normaliseWhitespace, readTermsStructure } from './terms-structure.js';

const structure = readTermsStructure();

/** A provision's own lines (its sub-items excluded), its number removed, whitespace removed. */
export function provisionText(ref: string): string {
  const p = structure.find((s) => s.ref === ref);
  if (p === undefined) throw new Error(`no provision ${ref}`);
  return normaliseWhitespace(p.lines.join('')).replace(/^-?(?:\(\d+\)|\d+(?=\D))/, '');
}

/** A provision's text with its paragraphs and items, whitespace removed. */
export function provisionTextDeep(ref: string): string {
  return normaliseWhitespace(
    structure
      .filter((s) => s.ref === ref || s.ref.startsWith(`${ref}.`))
      .flatMap((s) => s.lines)
      .join(''),
  );
}

/**
 * Every entry's `ja` is the terms' text: an item (`'22.1.9'`, `'spec.1.1.2'`)
 * word for word; for an entry cited by an article or paragraph, a phrase of it.
 */
export function expectVerbatim(items: readonly { readonly ref: string; readonly ja: string }[]): void {
  for (const item of items) {
    const isItem = /^(?:\d+\.\d+\.\d+|spec\.1\.1\.\d)$/.test(item.ref) && !item.ref.startsWith('2.');
    if (isItem) expect(normaliseWhitespace(item.ja), item.ref).toBe(provisionText(item.ref));
    else expect(provisionTextDeep(item.ref), item.ref).toContain(normaliseWhitespace(item.ja));
  }
}
