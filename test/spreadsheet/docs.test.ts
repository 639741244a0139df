/**
 * docs/spreadsheet.md is a specification too: it lists every custom function
 * with its arguments, its examples are evaluated through the built script, its
 * example sheets are computed with HyperFormula, and its size figure is the
 * script's. And the help a sheet shows (help.ts) covers every function and
 * argument.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { OPTION_HELP, SHEET_FUNCTION_HELP } from '../../src/spreadsheet/help.js';
import { ROOT } from '../support/examples.js';
import { serialOf, sheetEngine } from './engine.js';
import { isDate, loadSandbox, sheetsDir } from './sandbox.js';

const doc = readFileSync(join(ROOT, 'docs/spreadsheet.md'), 'utf8');
const sandbox = loadSandbox();

/** A signature as the docs write it: optional arguments in brackets. */
const signature = (spec: (typeof SHEET_FUNCTION_SPECS)[number]) =>
  `${spec.name}(${spec.args.map((a) => (a.optional ? `[${a.key}]` : a.key)).join(', ')})`;

/** The arguments of a formula written with literals: "text", numbers, nothing. */
function literals(text: string): unknown[] {
  return [...text.matchAll(/\s*("(?:[^"]*)"|[^,]*)\s*(?:,|$)/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((s, i, all) => s !== '' || i < all.length - 1)
    .map((s) => (s.startsWith('"') ? s.slice(1, -1) : s === '' ? '' : Number(s)));
}

/** A custom function's answer as the docs show it. */
function shown(value: unknown): string {
  if (isDate(value)) return new Date(value.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

describe('docs/spreadsheet.md', () => {
  it('lists every custom function with its arguments in order', () => {
    for (const spec of SHEET_FUNCTION_SPECS) expect(doc).toContain(`| \`${signature(spec)}\` |`);
    const listed = [...doc.matchAll(/^\| `(TERMS_[A-Z_]+)\(/gm)].map((m) => m[1]);
    expect(listed).toEqual(SHEET_FUNCTION_SPECS.map((s) => s.name));
  });

  const examples = [...doc.matchAll(/`=(TERMS_[A-Z_]+)\((.*?)\)` → `([^`]*)`/g)].map(
    (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? ''] as const,
  );

  it('gives an example for every function', () => {
    expect(new Set(examples.map(([name]) => name))).toEqual(new Set(SHEET_FUNCTION_SPECS.map((s) => s.name)));
  });

  it.each(examples)('=%s(%s) shows %s', (name, args, expected) => {
    expect(shown(sandbox.call(name, ...literals(args)))).toBe(expected);
  });

  /** The tables under a line starting with `marker`, in order, as rows of cells (without the row number). */
  function tablesAfter(marker: string): { rows: Map<number, string[]>; columns: string[] }[] {
    const lines = doc.split('\n');
    const out: { rows: Map<number, string[]>; columns: string[] }[] = [];
    lines.forEach((line, i) => {
      if (!line.startsWith(marker)) return;
      let j = i + 1;
      while (!(lines[j] ?? '').startsWith('|')) j++;
      const cells = (l: string) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim());
      const columns = cells(lines[j] ?? '').slice(1);
      const rows = new Map<number, string[]>();
      for (j += 2; (lines[j] ?? '').startsWith('|'); j++) {
        const [row, ...rest] = cells(lines[j] ?? '');
        rows.set(Number(row), rest);
      }
      out.push({ rows, columns });
    });
    return out;
  }

  const content = (cell: string): RawCellContent => (cell === '' ? null : /^\d+$/.test(cell) ? Number(cell) : cell);

  it('shows what its example sheets compute', () => {
    const contents = tablesAfter('Contents:').concat(tablesAfter('A sheet of late payments'));
    const shows = tablesAfter('What it shows');
    expect(contents).toHaveLength(2);
    expect(shows).toHaveLength(2);
    contents.forEach((sheet, s) => {
      const height = Math.max(...sheet.rows.keys());
      const data = Array.from({ length: height }, (_, r) => (sheet.rows.get(r + 1) ?? []).map(content));
      const hf = sheetEngine({ sheet: data });
      const expected = shows[s] as (typeof shows)[number];
      for (const [row, values] of expected.rows) {
        values.forEach((value, k) => {
          const col = (expected.columns[k] ?? 'A').charCodeAt(0) - 65;
          const actual = hf.getCellValue({ sheet: 0, row: row - 1, col });
          const want = /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? serialOf(value)
            : value === 'TRUE' || value === 'FALSE'
              ? value === 'TRUE'
              : /^\d+$/.test(value)
                ? Number(value)
                : value;
          expect(actual ?? '', `${expected.columns[k]}${row}`).toBe(want);
        });
      }
      hf.destroy();
    });
  });

  it('gives the script’s measured size', () => {
    const gzipped = gzipSync(readFileSync(join(sheetsDir(), 'Code.js'))).length;
    const m = /measured \*\*([\d,]+) bytes\*\* gzipped/.exec(doc);
    const documented = Number((m?.[1] ?? '0').replace(/,/g, ''));
    // Within 5 %: update the figure (and its date) when the script grows or shrinks more.
    expect(Math.abs(documented - gzipped) / gzipped).toBeLessThan(0.05);
  });
});

describe('the help a sheet shows while typing', () => {
  it('has a description and an answer for every function, and nothing else', () => {
    expect(Object.keys(SHEET_FUNCTION_HELP).sort()).toEqual(SHEET_FUNCTION_SPECS.map((s) => s.name).sort());
    for (const help of Object.values(SHEET_FUNCTION_HELP)) {
      expect(help.summary).toMatch(/^[^\n]{10,80}$/);
      expect(help.result.length).toBeGreaterThan(0);
    }
  });

  it('describes only arguments the function has, and every option', () => {
    for (const spec of SHEET_FUNCTION_SPECS) {
      const keys = spec.args.map((a) => a.key);
      for (const key of Object.keys(SHEET_FUNCTION_HELP[spec.name]?.args ?? {})) expect(keys, spec.name).toContain(key);
      for (const a of spec.args.filter((x) => x.option))
        expect(OPTION_HELP[a.key], `${spec.name} ${a.key}`).toBeDefined();
    }
  });

  it('is written into Code.js as each function’s JSDoc', () => {
    for (const spec of SHEET_FUNCTION_SPECS) {
      const help = SHEET_FUNCTION_HELP[spec.name];
      expect(sandbox.code).toContain(`/**\n * ${help?.summary}\n *\n`);
      for (const a of spec.args) expect(sandbox.code).toContain(` * @param {${a.type}} ${a.key} ${a.label}`);
    }
  });
});
