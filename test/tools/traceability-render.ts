/**
 * Writes the traceability matrix (test/tools/traceability.ts) as
 * docs/traceability.md for readers and docs/traceability.json for tools.
 */
import { ARTICLE_TITLES, type ArticleNumber } from '../../src/core/provisions.js';
import type { Status, TraceEntry, Traceability } from './traceability.js';

export const STATUS_TEXT: Record<Status, string> = {
  computed: 'a public function takes input and computes a date, an amount or a decision from it',
  declared: 'carried by typed lists, phrases, constants or fixed answers only',
  'not-computable': 'nothing to compute; the reason is given',
};

/** The articles in order, then the specification and the dates of enactment and revision. */
export function articleKeys(m: Traceability): string[] {
  return [...new Set(m.provisions.map((p) => p.article))];
}

export function articleHeading(key: string): string {
  if (key === 'spec') return '別紙 サービス仕様書';
  if (key === 'history') return '制定・改定日';
  return `第${key}条（${ARTICLE_TITLES[Number(key) as ArticleNumber]}）`;
}

/** The file name part of an article page / module / test: `'01'`, `'spec'`; none for the history. */
export function articleSlug(key: string): string | undefined {
  if (key === 'history') return undefined;
  return key === 'spec' ? 'spec' : key.padStart(2, '0');
}

const shortFile = (file: string) => file.replace(/^test\//, '').replace(/\.test(-d)?\.ts$/, '');

/** `article-13 (17), docs/examples (2)`: the test files of a provision with their counts. */
export function testSummary(m: Traceability, entry: TraceEntry): string {
  const byFile = new Map<string, number>();
  for (const i of entry.tests) {
    const t = m.tests[i];
    if (!t) continue;
    const name = shortFile(t.file);
    byFile.set(name, (byFile.get(name) ?? 0) + 1);
  }
  return [...byFile].map(([f, n]) => `${f} (${n})`).join(', ');
}

export function statusLabel(entry: TraceEntry): string {
  const base = entry.status === 'not-computable' ? 'not computable' : entry.status;
  return entry.derived ? `${base} (by its parts)` : base;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(m: Traceability): string {
  const out: string[] = [];
  const total = m.provisions.length;
  const files = new Map(m.symbols.map((s) => [s.name, s.file]));
  out.push(
    '# Traceability matrix — 条項と実装の対応表',
    '',
    'From every article, paragraph and item of the terms and of the サービス仕様書 to the public',
    'code that cites it, the tests that exercise it, the readings it depends on and the versions',
    'of the terms it exists in. Generated from the code by `npm run traceability`',
    '(test/tools/traceability.ts) — do not edit by hand: test/docs/traceability.test.ts fails when',
    'this page is stale, when a provision has no status, or when a `basis` or `ref` anywhere names',
    'a provision that does not exist. The same data, for tools, is [traceability.json](traceability.json)',
    '(in the package as `cloud-ops-terms/docs/traceability.json`). The reasons and the reviewed',
    'exceptions are in [traceability-review.json](traceability-review.json).',
    '',
    '| status | meaning | provisions |',
    '|---|---|---|',
    ...(['computed', 'declared', 'not-computable'] as const).map(
      (s) => `| ${s === 'not-computable' ? 'not computable' : s} | ${STATUS_TEXT[s]} | ${m.counts[s]} |`,
    ),
    `| total | every provision of the terms and of the specification | ${total} |`,
    '',
    '## How it is built',
    '',
    '- **Cited by**: the package exports whose code holds the provision — a `basis(...)`',
    "  argument, a `ref:` field, any value typed as a provision or any dotted ref such as `'22.1.9'`",
    '  — directly or through the helpers, lists and functions they use (found with the TypeScript',
    '  compiler API, so new modules are picked up without being registered).',
    '- **Status**: `computed` when one of them is a function that takes input; `declared` when only',
    '  constants, lists, functions without parameters or reviewed look-ups (`definedTerm`) cite it;',
    '  an article or paragraph that is not cited itself takes the best status of its parts',
    '  ("by its parts"); otherwise `not computable`, with the reason from traceability-review.json.',
    '- **Tests**: an `it` exercises a provision when its body (with its `.each` table and the local',
    '  helpers it calls) uses code that cites it or passes it as a `basis`/`ref` value, or when its',
    '  title or a `describe` title names it (`第13条2項`, `第3条1項・3項`, `(9.7)`). Each executed docs',
    '  example counts as a test of the functions it calls (`test/docs/examples.test.ts`).',
    '- **I-xx**: the readings of [interpretations.md](interpretations.md) that the citing code',
    '  mentions in its source or TSDoc. **Versions**: the versions of the terms the provision exists',
    '  in (I-14; 第17条3項 was added on 2019-06-01).',
    '',
    '## By article',
    '',
    '| article | provisions | computed | declared | not computable | tests |',
    '|---|---|---|---|---|---|',
  );
  const keys = articleKeys(m);
  for (const key of keys) {
    const rows = m.provisions.filter((p) => p.article === key);
    const n = (s: Status) => rows.filter((r) => r.status === s).length;
    const tests = new Set(rows.flatMap((r) => r.tests)).size;
    out.push(
      `| [${articleHeading(key)}](#${anchor(key)}) | ${rows.length} | ${n('computed')} | ${n('declared')} | ${n('not-computable')} | ${tests} |`,
    );
  }
  for (const key of keys) {
    const rows = m.provisions.filter((p) => p.article === key);
    const slug = articleSlug(key);
    out.push('', `## ${articleHeading(key)}`, '');
    if (slug) {
      out.push(
        `[Docs page](articles/article-${slug}.md) · [code](../src/articles/article-${slug}.ts) · ` +
          `[tests](../test/articles/article-${slug}.test.ts)`,
        '',
      );
    }
    out.push('| provision | status | cited by | tests | I-xx | versions |', '|---|---|---|---|---|---|');
    for (const r of rows) {
      const status = r.reason ? `${statusLabel(r)}: ${r.reason}` : statusLabel(r);
      const cited = r.citedBy.map((name) => `[\`${name}\`](../${files.get(name) ?? ''})`).join(', ') || '—';
      out.push(
        `| \`${r.ref}\` ${r.cite} | ${cell(status)} | ${cited} | ${testSummary(m, r) || '—'} | ${r.interpretations.join(', ') || '—'} | ${r.versions.join(', ')} |`,
      );
    }
    const tests = [...new Set(rows.flatMap((r) => r.tests))].sort((x, y) => x - y);
    if (tests.length > 0) {
      out.push('', `<details><summary>The ${tests.length} tests of ${articleHeading(key)}</summary>`, '');
      for (const i of tests) {
        const t = m.tests[i];
        if (!t) continue;
        const refs = rows.filter((r) => r.tests.includes(i)).map((r) => `\`${r.ref}\``);
        out.push(`- ${shortFile(t.file)} › ${cell(t.name)} — ${refs.join(', ')}`);
      }
      out.push('', '</details>');
    }
  }
  out.push('');
  return out.join('\n');
}

/** The anchor GitHub gives a heading of this page. */
export function anchor(key: string): string {
  return articleHeading(key)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** JSON with one symbol, test or provision per line (small, and a change is a readable diff). */
export function renderJson(m: Traceability): string {
  const list = (items: readonly unknown[]) => `[\n${items.map((i) => `  ${JSON.stringify(i)}`).join(',\n')}\n ]`;
  return [
    '{',
    ` "counts": ${JSON.stringify(m.counts)},`,
    ` "symbols": ${list(m.symbols)},`,
    ` "tests": ${list(m.tests)},`,
    ` "provisions": ${list(m.provisions)}`,
    '}',
    '',
  ].join('\n');
}
