/**
 * Reads the structure of docs/terms/terms-ja.txt — articles, paragraphs,
 * items, the history and the service specification — into provision refs in
 * document order, each with its text. Used to check PROVISIONS (src/core/provisions.ts)
 * and by the docs and traceability tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TERMS_PATH = fileURLToPath(new URL('../../docs/terms/terms-ja.txt', import.meta.url));

export interface ProvisionText {
  readonly ref: string;
  /** The lines of the provision as written (without its own sub-items for articles and paragraphs with items). */
  readonly lines: string[];
}

const ARTICLE = /^第\s*(\d+)\s*条（/;
const PARAGRAPH = /^(?:-\s*)?(\d{1,2})\s+\S/;
const ITEM = /^\s*(?:-\s*)?\((\d{1,2})\)/;
const SPEC_PART = /^第(\d)\s/;

/** Provisions of the terms in document order. Throws if numbering is not consecutive. */
export function readTermsStructure(text = readFileSync(TERMS_PATH, 'utf8')): ProvisionText[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === '平成 29 年 3 月 1 日制定');
  if (start < 0) throw new Error('enactment line not found');
  const out: ProvisionText[] = [];
  let current: ProvisionText | undefined;
  let article = 0;
  let paragraph = 0;
  let item = 0;
  let section: 'articles' | 'history' | 'spec' = 'articles';
  let specPart = 0;
  const open = (ref: string, first?: string) => {
    current = { ref, lines: first === undefined ? [] : [first] };
    out.push(current);
  };
  const expectNext = (kind: string, got: number, want: number, line: string) => {
    if (got !== want) throw new Error(`${kind} ${got} where ${want} was expected: ${line}`);
  };
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line === '制定・改定日') {
      section = 'history';
      open('history');
      continue;
    }
    if (line === 'サービス仕様書' && section === 'history') {
      section = 'spec';
      open('spec');
      continue;
    }
    if (section === 'history') {
      if (line !== '(別紙)') current?.lines.push(line);
      continue;
    }
    if (section === 'articles') {
      if (/^第\s*\d+\s*章/.test(line)) continue;
      const a = ARTICLE.exec(line);
      if (a) {
        expectNext('article', Number(a[1]), article + 1, line);
        article += 1;
        paragraph = 0;
        item = 0;
        open(String(article), line);
        continue;
      }
      const i = ITEM.exec(raw);
      if (i) {
        expectNext('item', Number(i[1]), item + 1, line);
        item += 1;
        open(`${article}.${paragraph === 0 ? 1 : paragraph}.${item}`, line);
        continue;
      }
      const p = PARAGRAPH.exec(line);
      if (p) {
        expectNext('paragraph', Number(p[1]), paragraph + 1, line);
        paragraph += 1;
        item = 0;
        open(`${article}.${paragraph}`, line);
        continue;
      }
      current?.lines.push(line);
      continue;
    }
    // The service specification.
    const part = SPEC_PART.exec(line);
    if (part) {
      expectNext('spec part', Number(part[1]), specPart + 1, line);
      specPart += 1;
      paragraph = 0;
      item = 0;
      open(`spec.${specPart}`, line);
      continue;
    }
    const i = ITEM.exec(raw);
    if (i && specPart > 0 && paragraph > 0) {
      expectNext('spec item', Number(i[1]), item + 1, line);
      item += 1;
      open(`spec.${specPart}.${paragraph}.${item}`, line);
      continue;
    }
    const p = PARAGRAPH.exec(line);
    if (p && specPart === 1) {
      expectNext('spec paragraph', Number(p[1]), paragraph + 1, line);
      paragraph += 1;
      item = 0;
      open(`spec.${specPart}.${paragraph}`, line);
      continue;
    }
    current?.lines.push(line);
  }
  return out;
}

/** Every line of an article (or of `'spec'`), heading included, as the terms write it. */
export function articleLines(article: number | 'spec', structure = readTermsStructure()): string[] {
  const key = String(article);
  return structure.filter((p) => p.ref === key || p.ref.startsWith(`${key}.`)).flatMap((p) => p.lines);
}

/** Text with all whitespace removed, for comparisons that ignore layout. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The verbatim block of a docs page: the first ```text fence after the
 * heading `## 条文`.
 */
export function docsVerbatim(markdown: string): string | undefined {
  const at = markdown.indexOf('\n## 条文');
  if (at < 0) return undefined;
  const m = /```text\n([\s\S]*?)\n```/.exec(markdown.slice(at));
  return m?.[1];
}
