/**
 * Runs the `ts` examples of a markdown file as the test suite does
 * (test/support/examples.ts) and keeps, for each `//=>` line, the value the
 * code gave — so the HTML edition shows results it has just computed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { ROOT, type Example, markdownExamples, toModule } from '../../support/examples.js';

export interface CheckResult {
  /** The `//=>` line, 1-based within the example's code. */
  readonly line: number;
  readonly ok: boolean;
  /** The value the code gave, as JSON (or `undefined`). */
  readonly actual: string;
}

export interface RanExample {
  readonly example: Example;
  readonly checks: CheckResult[];
  /** Set when the example threw instead of finishing. */
  readonly error?: string;
}

const OUT = join(ROOT, '.tmp', 'site-examples');

const show = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Equal as the suite's `toEqual` sees plain data: same JSON, keys in any order. */
function same(actual: unknown, expected: unknown): boolean {
  if (actual === undefined || expected === undefined) return actual === expected;
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)));
  } catch {
    return isDeepStrictEqual(actual, expected);
  }
}

let counter = 0;

/** Runs every example of `file` (absolute path), in order. */
export async function runMarkdownExamples(file: string): Promise<RanExample[]> {
  mkdirSync(OUT, { recursive: true });
  const out: RanExample[] = [];
  for (const example of markdownExamples(file)) {
    counter += 1;
    const module = join(OUT, `example-${counter}.ts`);
    writeFileSync(module, toModule(example));
    const checks: CheckResult[] = [];
    try {
      const mod = (await import(pathToFileURL(module).href)) as { default: (c: unknown) => Promise<void> };
      await mod.default((actual: unknown, expected: unknown, where: string) => {
        const line = Number(/\(line (\d+) of the example\)$/.exec(where)?.[1] ?? 0);
        checks.push({ line, ok: same(actual, expected), actual: show(actual) });
      });
      out.push({ example, checks });
    } catch (e) {
      out.push({ example, checks, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
