/**
 * `npm run docs`: the HTML edition of the specification in docs-site/ (not
 * committed). One page per article with the Japanese text and the English
 * gloss side by side, the rules, the examples run as the page is built with
 * their results, links to the source and the tests, and the article's rows of
 * the traceability matrix; the matrix with its statuses coloured; the other
 * docs pages; every source and test file as a page; the API reference from
 * TypeDoc in docs-site/api/. Exits with 1 when an example does not give the
 * result its page shows.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';
import { ARTICLE_TITLES, type ArticleNumber } from '../../../src/core/provisions.js';
import { ROOT, markdownFiles, sourceFiles } from '../../support/examples.js';
import { filesUnder } from '../files.js';
import { type Traceability, type TraceEntry, buildTraceability } from '../traceability.js';
import {
  STATUS_TEXT,
  articleHeading,
  articleKeys,
  articleSlug,
  statusLabel,
  testSummary,
} from '../traceability-render.js';
import { type RanExample, runMarkdownExamples } from './examples.js';
import { SITE, escapeHtml, page, relativeLink, sitePath, slug } from './layout.js';
import { allPassed, markdownRenderer } from './markdown.js';
import { STORIES_PAGE, storiesLink, storiesPage } from './pictures.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

function write(siteFile: string, content: string): void {
  const full = join(SITE, siteFile);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

// ---------------------------------------------------------------------------
// API reference

async function typedoc(): Promise<void> {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: [join(ROOT, 'src/index.ts')],
    // The project's settings over src/ only: the tests are not part of the API.
    tsconfig: join(HERE, 'tsconfig.typedoc.json'),
    out: join(SITE, 'api'),
    name: 'cloud-ops-terms — API',
    readme: 'none',
    excludePrivate: true,
    excludeInternal: true,
    githubPages: false,
    disableGit: true,
    // With git disabled, {path} is relative to src/ (the common folder of the entry point's files).
    sourceLinkTemplate: '../../src/{path}.html#L{line}',
    logLevel: 'Error',
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert src/index.ts');
  await app.generateDocs(project, join(SITE, 'api'));
}

/** The TypeDoc page of a public symbol, if TypeDoc wrote one. */
function apiPage(m: Traceability, name: string): string | undefined {
  const kind = m.symbols.find((s) => s.name === name)?.kind;
  const folder = kind === 'function' ? 'functions' : kind === 'class' ? 'classes' : 'variables';
  const path = `api/${folder}/${name}.html`;
  return existsSync(join(SITE, path)) ? path : undefined;
}

// ---------------------------------------------------------------------------
// Pieces shared by the article pages and the matrix

const interpretationAnchors = new Map<string, string>();
for (const line of readFileSync(join(ROOT, 'docs/interpretations.md'), 'utf8').split('\n')) {
  const m = /^## (I-\d{2}\b.*)$/.exec(line);
  if (m) interpretationAnchors.set(m[1]?.slice(0, 4) ?? '', slug(m[1] ?? ''));
}

const testFileLines = new Map<string, string[]>();
/** The line of a test's `it(...)` in its file, found by its title. */
function testLine(file: string, name: string): number | undefined {
  let lines = testFileLines.get(file);
  if (!lines) {
    lines = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8').split('\n') : [];
    testFileLines.set(file, lines);
  }
  const title = name.split(' › ').pop() ?? name;
  const at = lines.findIndex((l) => l.includes(`'${title}'`) || l.includes(`\`${title}\``) || l.includes(`"${title}"`));
  return at < 0 ? undefined : at + 1;
}

function testHref(at: string, test: { file: string; name: string }): string {
  const example = /^(.+\.md) example (\d+)$/.exec(test.name);
  if (example) return `${relativeLink(at, sitePath(example[1] as string))}#example-${example[2]}`;
  const line = testLine(test.file, test.name);
  return relativeLink(at, sitePath(test.file)) + (line ? `#L${line}` : '');
}

function statusBadge(entry: TraceEntry): string {
  return `<span class="status ${entry.status}" title="${escapeHtml(STATUS_TEXT[entry.status])}">${escapeHtml(statusLabel(entry))}</span>`;
}

/** The rows of the matrix for some provisions, as an HTML table and the list of their tests. */
function matrixTable(m: Traceability, at: string, rows: readonly TraceEntry[]): string {
  const symbolLink = (name: string) => {
    const api = apiPage(m, name);
    const file = m.symbols.find((s) => s.name === name)?.file;
    const href = api ? relativeLink(at, api) : file ? relativeLink(at, sitePath(file)) : undefined;
    return href
      ? `<a href="${escapeHtml(href)}"><code>${escapeHtml(name)}</code></a>`
      : `<code>${escapeHtml(name)}</code>`;
  };
  const interpretation = (id: string) =>
    `<a href="${escapeHtml(relativeLink(at, 'docs/interpretations.html'))}#${escapeHtml(interpretationAnchors.get(id) ?? '')}">${id}</a>`;
  const body = rows
    .map(
      (r) =>
        `<tr id="p-${escapeHtml(r.ref)}" class="${r.status}"><td><code>${escapeHtml(r.ref)}</code> <span lang="ja">${escapeHtml(r.cite)}</span></td>` +
        `<td>${statusBadge(r)}${r.reason ? `<div class="reason">${escapeHtml(r.reason)}</div>` : ''}</td>` +
        `<td>${r.citedBy.map(symbolLink).join(', ') || '—'}</td>` +
        `<td>${escapeHtml(testSummary(m, r)) || '—'}</td>` +
        `<td>${r.interpretations.map(interpretation).join(', ') || '—'}</td>` +
        `<td>${r.versions.join(', ')}</td></tr>`,
    )
    .join('\n');
  const tests = [...new Set(rows.flatMap((r) => r.tests))].sort((x, y) => x - y);
  const list = tests
    .map((i) => {
      const t = m.tests[i];
      if (!t) return '';
      const refs = rows.filter((r) => r.tests.includes(i)).map((r) => `<code>${escapeHtml(r.ref)}</code>`);
      return `<li><a href="${escapeHtml(testHref(at, t))}">${escapeHtml(t.file.replace(/^test\//, ''))}</a> › ${escapeHtml(t.name)} — ${refs.join(', ')}</li>`;
    })
    .join('\n');
  return (
    '<div class="table-wrap"><table class="matrix"><thead><tr><th>provision</th><th>status</th><th>cited by</th>' +
    `<th>tests</th><th>I-xx</th><th>versions</th></tr></thead><tbody>\n${body}\n</tbody></table></div>\n` +
    (tests.length > 0
      ? `<details><summary>The ${tests.length} tests</summary><ul class="tests">\n${list}\n</ul></details>\n`
      : '')
  );
}

// ---------------------------------------------------------------------------
// Pages

interface Section {
  readonly heading: string;
  readonly body: string;
}

function splitSections(markdown: string): { h1: string; preamble: string; sections: Section[] } {
  const lines = markdown.split('\n');
  const h1 = lines.findIndex((l) => l.startsWith('# '));
  const sections: Section[] = [];
  const preamble: string[] = [];
  let current: { heading: string; body: string[] } | undefined;
  for (const line of lines.slice(h1 + 1)) {
    if (line.startsWith('## ')) {
      if (current) sections.push({ heading: current.heading, body: current.body.join('\n') });
      current = { heading: line.slice(3).trim(), body: [] };
    } else if (current) current.body.push(line);
    else preamble.push(line);
  }
  if (current) sections.push({ heading: current.heading, body: current.body.join('\n') });
  return { h1: lines[h1] ?? '', preamble: preamble.join('\n'), sections };
}

/**
 * The 条文 block: one paragraph per paragraph or item, items indented. The terms
 * wrap some long sentences mid-word ("書面をも" / "って通知…"): a long line that does
 * not end a sentence, followed by a line with no number or mark, is joined to it.
 */
function termsText(block: string): string {
  const paragraphs: string[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim().replace(/^-\s*/, '');
    if (line === '') continue;
    const prev = paragraphs[paragraphs.length - 1];
    const marked = /^(?:\d+\s|\(\d+\)|第|・|※)/.test(line);
    if (prev !== undefined && paragraphs.length > 1 && !marked && !/[。）)]$/.test(prev) && prev.length >= 30) {
      paragraphs[paragraphs.length - 1] = prev + line;
    } else paragraphs.push(line);
  }
  return paragraphs
    .map((line, i) => {
      const cls = i === 0 ? 'heading' : /^\(\d+\)/.test(line) ? 'item' : 'para';
      return `<p class="${cls}">${escapeHtml(line)}</p>`;
    })
    .join('\n');
}

function articlePage(
  m: Traceability,
  repoPath: string,
  markdown: string,
  examples: readonly RanExample[],
  copies: Set<string>,
): string {
  const at = sitePath(repoPath);
  const key = /article-(\d{2}|spec)\.md$/.exec(repoPath)?.[1] ?? '';
  const article = key === 'spec' ? 'spec' : String(Number(key));
  const md = markdownRenderer({ repoPath, examples, copies });
  const { h1, preamble, sections } = splitSections(markdown);
  const parts: string[] = [md.render(h1), `<div class="meta">${md.render(preamble)}</div>`];
  const text = sections.find((s) => s.heading === '条文');
  const gloss = sections.find((s) => s.heading.startsWith('English'));
  const block = /```text\n([\s\S]*?)\n```/.exec(text?.body ?? '')?.[1] ?? '';
  parts.push(
    '<section class="bilingual">',
    `<div class="ja" lang="ja"><h2 id="条文">条文</h2>${termsText(block)}</div>`,
    `<div class="en"><h2 id="english-gloss">English gloss</h2>${md.render(gloss?.body ?? '')}</div>`,
    '</section>',
  );
  for (const s of sections) {
    if (s === text || s === gloss) continue;
    parts.push(`<section>${md.render(`## ${s.heading}\n${s.body}`)}</section>`);
  }
  md.done();
  const rows = m.provisions.filter((p) => p.article === article);
  parts.push(
    '<section class="trace"><h2 id="traceability">Traceability</h2>',
    `<p>Generated from the code (see <a href="${escapeHtml(relativeLink(at, 'docs/traceability.html'))}">the whole matrix</a>).</p>`,
    matrixTable(m, at, rows),
    '</section>',
  );
  const title =
    article === 'spec' ? 'サービス仕様書' : `第${article}条（${ARTICLE_TITLES[Number(article) as ArticleNumber]}）`;
  return page({ sitePath: at, title, body: `<article class="article">${parts.join('\n')}</article>`, kind: 'article' });
}

function traceabilityPage(m: Traceability): string {
  const at = 'docs/traceability.html';
  const total = m.provisions.length;
  const summary = (['computed', 'declared', 'not-computable'] as const)
    .map(
      (s) =>
        `<tr class="${s}"><td><span class="status ${s}">${s === 'not-computable' ? 'not computable' : s}</span></td><td>${escapeHtml(STATUS_TEXT[s])}</td><td>${m.counts[s]}</td></tr>`,
    )
    .join('\n');
  const keys = articleKeys(m);
  const index = keys
    .map((key) => {
      const rows = m.provisions.filter((p) => p.article === key);
      const n = (s: string) => rows.filter((r) => r.status === s).length;
      return `<tr><td><a href="#a-${key}" lang="ja">${escapeHtml(articleHeading(key))}</a></td><td>${rows.length}</td><td>${n('computed')}</td><td>${n('declared')}</td><td>${n('not-computable')}</td></tr>`;
    })
    .join('\n');
  const sections = keys
    .map((key) => {
      const rows = m.provisions.filter((p) => p.article === key);
      const slugged = articleSlug(key);
      const link = slugged ? ` <a class="small" href="articles/article-${slugged}.html">article page</a>` : '';
      return `<section><h2 id="a-${key}" lang="ja">${escapeHtml(articleHeading(key))}${link}</h2>\n${matrixTable(m, at, rows)}</section>`;
    })
    .join('\n');
  const body = `<h1>Traceability matrix <span lang="ja">条項と実装の対応表</span></h1>
<p>From every article, paragraph and item of the terms and of the サービス仕様書 to the public code that cites it,
the tests that exercise it, the readings it depends on and the versions of the terms it exists in — generated
from the code (<code>npm run traceability</code>; the rules are in <a href="traceability.md.html">how it is built</a>
and in <code>test/tools/traceability.ts</code>). For tools: <a href="traceability.json">traceability.json</a>.</p>
<div class="table-wrap"><table class="summary"><thead><tr><th>status</th><th>meaning</th><th>provisions</th></tr></thead><tbody>
${summary}
<tr><td>total</td><td>every provision of the terms and of the specification</td><td>${total}</td></tr>
</tbody></table></div>
<h2 id="by-article">By article</h2>
<div class="table-wrap"><table><thead><tr><th>article</th><th>provisions</th><th>computed</th><th>declared</th><th>not computable</th></tr></thead><tbody>
${index}
</tbody></table></div>
${sections}`;
  return page({ sitePath: at, title: 'Traceability matrix', body, kind: 'matrix' });
}

function sourcePage(repoPath: string): string {
  const at = sitePath(repoPath);
  const lines = readFileSync(join(ROOT, repoPath), 'utf8').replace(/\n$/, '').split('\n');
  const code = lines.map((l, i) => `<span class="line" id="L${i + 1}">${escapeHtml(l)}</span>`).join('\n');
  const article = /article-(\d{2}|spec)\.(?:test\.)?ts$/.exec(repoPath)?.[1];
  const back = article
    ? `<p>The article's page: <a href="${escapeHtml(relativeLink(at, `docs/articles/article-${article}.html`))}">article-${article}</a></p>`
    : '';
  const body = `<h1><code>${escapeHtml(repoPath)}</code></h1>${back}<pre class="source"><code>${code}</code></pre>`;
  return page({ sitePath: at, title: repoPath, body, kind: 'source' });
}

/** A folder of src/ or test/ (a docs page may link to one): its files and subfolders. */
function folderPage(folder: string, files: readonly string[]): string {
  const at = `${folder}/index.html`;
  const inside = files.filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1));
  const entries = [...new Set(inside.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)))].sort();
  const items = entries
    .map(
      (e) =>
        `<li><a href="${escapeHtml(e.endsWith('/') ? `${e}index.html` : sitePath(e))}"><code>${escapeHtml(e)}</code></a></li>`,
    )
    .join('\n');
  return page({
    sitePath: at,
    title: `${folder}/`,
    body: `<h1><code>${escapeHtml(folder)}/</code></h1><ul>\n${items}\n</ul>`,
    kind: 'source',
  });
}

/** A 1×1 transparent PNG in an .ico: browsers ask for /favicon.ico on pages (TypeDoc's) that name no icon. */
function favicon(): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  const header = Buffer.from([0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 22, 0, 0, 0]);
  header.writeUInt32LE(png.length, 14);
  return Buffer.concat([header, png]);
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  console.log('docs: API reference (TypeDoc) …');
  await typedoc();
  console.log('docs: traceability matrix …');
  const { matrix } = buildTraceability();

  const copies = new Set<string>([
    'docs/terms/terms-ja.txt',
    'docs/traceability.json',
    'docs/traceability-review.json',
  ]);
  const failures: string[] = [];
  const markdown = [...markdownFiles().map(rel), 'CHANGELOG.md'];
  console.log(`docs: ${markdown.length} markdown pages, running their examples …`);
  for (const repoPath of markdown) {
    const text = readFileSync(join(ROOT, repoPath), 'utf8');
    const examples = await runMarkdownExamples(join(ROOT, repoPath));
    if (!allPassed(examples)) failures.push(repoPath);
    const at = sitePath(repoPath);
    if (repoPath === 'docs/traceability.md') {
      write(at, traceabilityPage(matrix));
      // The markdown's own rules section stays readable as a page of its own.
      const md = markdownRenderer({ repoPath, examples, copies });
      write(
        'docs/traceability.md.html',
        page({
          sitePath: 'docs/traceability.md.html',
          title: 'Traceability — how it is built',
          body: md.render(text.split('\n## By article')[0] ?? ''),
        }),
      );
      continue;
    }
    if (/^docs\/articles\/article-(\d{2}|spec)\.md$/.test(repoPath)) {
      write(at, articlePage(matrix, repoPath, text, examples, copies));
      continue;
    }
    const md = markdownRenderer({ repoPath, examples, copies });
    const body = md.render(text) + (repoPath === 'docs/lifecycle.md' ? storiesLink(at) : '');
    md.done();
    const title = /^# (.+)$/m.exec(text)?.[1] ?? repoPath;
    write(at, page({ sitePath: at, title, body }));
  }

  write(STORIES_PAGE, storiesPage());

  const sources = [...sourceFiles(), ...filesUnder(join(ROOT, 'test'), '.ts')].map(rel);
  for (const repoPath of sources) write(sitePath(repoPath), sourcePage(repoPath));
  const folders = new Set(
    sources.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  for (const folder of folders) write(`${folder}/index.html`, folderPage(folder, sources));
  writeFileSync(join(SITE, 'favicon.ico'), favicon());
  for (const file of copies) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(SITE, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(SITE, file));
  }
  copyFileSync(join(HERE, 'style.css'), join(SITE, 'style.css'));
  console.log(`docs: wrote ${SITE} (${markdown.length} docs pages, ${sources.length} source pages, API in api/)`);
  if (failures.length > 0) {
    console.error(`docs: examples that do not give the results their page shows: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
