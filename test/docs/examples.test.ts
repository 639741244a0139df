/**
 * Docs examples are tests: every `ts` example in README.md, docs/**\/*.md and
 * the TSDoc `@example`s in src/ runs, and each `//=>` result must hold.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  type Example,
  markdownExamples,
  markdownFiles,
  sourceFiles,
  toModule,
  tsdocExamples,
} from '../support/examples.js';

const OUT = join(ROOT, '.tmp', 'examples');
mkdirSync(OUT, { recursive: true });

const examples: Example[] = [...markdownFiles().flatMap(markdownExamples), ...sourceFiles().flatMap(tsdocExamples)];

async function run(example: Example, index: number): Promise<number> {
  const file = join(OUT, `example-${index}.ts`);
  writeFileSync(file, toModule(example));
  const mod = (await import(pathToFileURL(file).href)) as { default: (c: unknown) => Promise<void> };
  let checked = 0;
  await mod.default((actual: unknown, expected: unknown, where: string) => {
    checked += 1;
    expect(actual, where).toEqual(expected);
  });
  return checked;
}

describe('documentation examples', () => {
  it('finds examples in the README and in the source', () => {
    expect(examples.some((e) => e.where.startsWith('README.md'))).toBe(true);
    expect(examples.some((e) => e.where.startsWith('src/'))).toBe(true);
  });

  it.each(examples.map((e, i) => [e.where, e, i] as const))('%s', async (_where, example, index) => {
    const checked = await run(example, index);
    expect(checked).toBe(example.checks);
  });
});
