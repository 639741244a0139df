/**
 * docs/glossary.md: its 第2条 table is generated from DEFINED_TERMS (refreshed by
 * `npm run traceability`); its other tables are written by hand and checked by
 * test/docs/glossary.test.ts against the terms and the code.
 */
import { join } from 'node:path';
import { DEFINED_TERMS } from '../../src/articles/article-02.js';
import { citeJa } from '../../src/core/provisions.js';
import { ROOT } from '../support/examples.js';

export const GLOSSARY_PATH = join(ROOT, 'docs/glossary.md');

const BEGIN =
  '<!-- BEGIN defined-terms: generated from DEFINED_TERMS (src/articles/article-02.ts) by `npm run traceability` -->';
const END = '<!-- END defined-terms -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The 第2条 table, between its markers. */
export function renderDefinedTerms(): string {
  return [
    BEGIN,
    '',
    '| 号 | 用語 | English | 定義（原文） | gloss | `id` |',
    '|---|---|---|---|---|---|',
    ...DEFINED_TERMS.map(
      (t) =>
        `| ${citeJa(t.ref)} \`${t.ref}\` | **${t.term}** | **${t.en}** | ${cell(t.definition)} | ${cell(t.gloss)} | \`${t.id}\` |`,
    ),
    '',
    END,
  ].join('\n');
}

/** The glossary with its 第2条 table replaced by the one the code gives. */
export function refreshGlossary(markdown: string): string {
  const from = markdown.indexOf(BEGIN);
  const to = markdown.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/glossary.md: the markers ${BEGIN} … ${END} are missing`);
  return markdown.slice(0, from) + renderDefinedTerms() + markdown.slice(to + END.length);
}

export interface VocabularyRow {
  readonly ja: string;
  readonly en: string;
  /** Refs in the `where` column. */
  readonly refs: string[];
  /** Identifiers in the `in the code` column. */
  readonly code: string[];
  readonly line: number;
}

/** The rows of the table under `heading` (a `## ` heading): ja, en, refs, code names. */
export function tableRows(markdown: string, heading: string): VocabularyRow[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  if (start < 0) return [];
  const rows: VocabularyRow[] = [];
  for (let i = start + 1; i < lines.length && !lines[i]?.startsWith('## '); i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line)) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === '日本語') continue;
    const [ja = '', en = '', where = '', code = ''] = cells;
    rows.push({
      ja: ja.replace(/\*\*/g, ''),
      en,
      refs: [...where.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string),
      code: [...code.matchAll(/`([A-Za-z_$][\w$]*)/g)].map((m) => m[1] as string),
      line: i + 1,
    });
  }
  return rows;
}
