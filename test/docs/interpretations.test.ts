/**
 * docs/interpretations.md explains every reading the code cites: each I-xx has
 * its section in Japanese and English with the default, the alternatives and a
 * worked example that the suite runs (test/docs/examples.test.ts), and no code,
 * test or page cites an I-xx that the page does not explain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, markdownFiles, sourceFiles } from '../support/examples.js';

const page = readFileSync(join(ROOT, 'docs/interpretations.md'), 'utf8');
const sections = new Map(
  page
    .split(/\n(?=## )/)
    .filter((s) => /^## I-\d{2}\b/.test(s))
    .map((s) => [s.slice(3, 7), s] as const),
);
// I-01 … I-15, then the readings of a contract's history the code implements so far.
const IDS = [
  ...Array.from({ length: 15 }, (_, i) => `I-${String(i + 1).padStart(2, '0')}`),
  'I-16',
  'I-17',
  'I-18',
  'I-19',
  'I-20',
];

describe('docs/interpretations.md', () => {
  it('has a section for each reading the code implements, in order', () => {
    expect([...sections.keys()]).toEqual(IDS);
  });

  it.each(IDS)('%s says it in Japanese and English, with its default and alternatives, and a worked example', (id) => {
    const section = sections.get(id) ?? '';
    expect(section).toContain('**日本語**');
    expect(section).toContain('**English**');
    expect(section).toMatch(/\*\*Default\*\*/);
    expect(section).toMatch(/\*\*Alternatives?\*\*/);
    // A fence the suite runs, with at least one checked result.
    expect(section).toMatch(/```ts\n[\s\S]*?\/\/=> [\s\S]*?```/);
  });

  it('explains every I-xx that the code, the tests and the docs cite', () => {
    const files = [...sourceFiles(), ...markdownFiles()].filter((f) => !f.endsWith('interpretations.md'));
    const cited = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bI-\d{2}\b/g)].map((m) => m[0])));
    expect([...cited].filter((id) => !sections.has(id))).toEqual([]);
  });
});
