/**
 * Issue 18 §2: types, validation and TSDoc agree. The type and the check of each
 * function's options come from OPTIONS_READ; this test holds its TSDoc to the same
 * table: every option it reads is named in its docs comment, and no other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIONS_READ, OPTION_INTERPRETATIONS } from '../../src/index.js';

const ROOT = new URL('../../src/', import.meta.url);
const FILES = ['articles', 'calendar', 'lifecycle'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, ROOT))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
);
const OPTION_NAMES = Object.keys(OPTION_INTERPRETATIONS);

/** Each exported function with an `options` parameter, with its docs comment. */
function documented(): { fn: string; file: string; doc: string }[] {
  const out: { fn: string; file: string; doc: string }[] = [];
  for (const file of FILES) {
    const source = readFileSync(new URL(file, ROOT), 'utf8');
    for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)\(([^)]*)\)/g)) {
      if (/\boptions\?:/.test(m[3] ?? '')) out.push({ fn: m[2] ?? '', file, doc: m[1] ?? '' });
    }
  }
  return out;
}

describe('the TSDoc of each function names exactly the options it reads', () => {
  const fns = documented();

  it('finds the functions that take options (the scan works)', () => {
    expect(fns.map((f) => f.fn)).toEqual(
      expect.arrayContaining(['lateInterest', 'customerTermination', 'contractTimeline']),
    );
    expect(fns.length).toBeGreaterThan(35);
  });

  it.each(fns.map((f) => [f.fn, f] as const))('%s', (fn, { doc }) => {
    const reads: readonly string[] = (OPTIONS_READ as Readonly<Record<string, readonly string[]>>)[fn] ?? [];
    const named = OPTION_NAMES.filter((k) => new RegExp(`\\b${k}\\b`).test(doc));
    expect(named.sort()).toEqual([...reads].sort());
  });
});
