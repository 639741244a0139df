/**
 * The library is pure (HOUSE-RULES, api.md "no clock reads, no randomness"): Biome's
 * plugin no-clock-reads.grit refuses clock reads and randomness in src/ outside
 * src/cli/, and `npm run lint` (in .ci/run) runs it over the code. This test checks
 * the rule itself on fixtures, so that a plugin that stopped loading, or a pattern
 * that stopped matching, cannot pass the gate silently.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/examples.js';

const FORBIDDEN = [
  'Date.now()',
  'new Date()',
  'new Date',
  'Date()',
  'performance.now()',
  'process.hrtime()',
  'Math.random()',
  'crypto.getRandomValues(new Uint8Array(4))',
  'crypto.randomUUID()',
];
const ALLOWED = ['new Date(0)', 'new Date(Date.UTC(2027, 3, 1))', 'Date.UTC(2027, 3, 1)', '"Date.now()"'];

const dir = mkdtempSync(join(tmpdir(), 'no-clock-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  diagnostics: { category: string; location: { path: string; start: { line: number } } }[];
}

/** The plugin's diagnostics for a file at `path` (relative to a project with our biome.json) holding `lines`. */
function lint(path: string, lines: readonly string[]): { path: string; line: number }[] {
  for (const file of ['biome.json', 'no-clock-reads.grit']) copyFileSync(join(ROOT, file), join(dir, file));
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), lines.map((l, i) => `export const v${i} = ${l};\n`).join(''));
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  let out: string;
  try {
    out = execFileSync(biome, ['lint', '--vcs-enabled=false', '--reporter=json', path], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit status 1 when there are errors
  }
  const report = JSON.parse(out) as Report;
  return report.diagnostics
    .filter((d) => d.category === 'plugin')
    .map((d) => ({ path: d.location.path, line: d.location.start.line }));
}

describe('no clock reads and no randomness in src/', () => {
  it('the rule flags each way of reading the clock or drawing a random number, one diagnostic each', () => {
    const found = lint('src/core/clock.ts', FORBIDDEN);
    expect(found.map((d) => d.line)).toEqual(FORBIDDEN.map((_, i) => i + 1));
  });

  it('computing with dates (new Date(ms), Date.UTC) and a string that mentions Date.now() are not clock reads', () => {
    expect(lint('src/calendar/ok.ts', ALLOWED)).toEqual([]);
  });

  it('outside src/ (tests, benchmarks) the clock is allowed', () => {
    expect(lint('test/bench/timing.ts', FORBIDDEN)).toEqual([]);
  });
});
