/**
 * The HTML edition's layout: where each file of the repository lands in
 * docs-site/ (the site mirrors the repository, so the markdown's relative links
 * keep working once `.md` becomes `.html`), the page template and escaping.
 */
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ROOT } from '../../support/examples.js';

export const SITE = join(ROOT, 'docs-site');

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site page of a repository file: `README.md` → `index.html`, `x.md` → `x.html`, `x.ts` → `x.ts.html`. */
export function sitePath(repoPath: string): string {
  if (repoPath === 'README.md') return 'index.html';
  if (repoPath.endsWith('/README.md')) return `${repoPath.slice(0, -'README.md'.length)}index.html`;
  if (repoPath.endsWith('.md')) return `${repoPath.slice(0, -3)}.html`;
  if (repoPath.endsWith('.ts')) return `${repoPath}.html`;
  return repoPath;
}

/** A link from one site page to another site path. */
export function relativeLink(fromSitePath: string, toSitePath: string): string {
  const rel = posix.relative(posix.dirname(fromSitePath), toSitePath);
  return rel === '' ? posix.basename(toSitePath) : rel;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Maps a link written in the markdown file `fromRepoPath` to the site. Repository
 * files that are neither markdown nor TypeScript are recorded in `copies` so the
 * build copies them beside the pages.
 */
export function mapHref(fromRepoPath: string, href: string, copies: Set<string>): string {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#') || href === '') return href;
  const [path = '', hash] = href.split('#');
  let target = posix.normalize(posix.join(posix.dirname(fromRepoPath), path));
  const full = join(ROOT, target);
  if (existsSync(full) && statSync(full).isDirectory()) {
    target = posix.join(target, 'README.md');
  }
  if (!target.endsWith('.md') && !target.endsWith('.ts')) copies.add(target);
  const link = relativeLink(sitePath(fromRepoPath), sitePath(target));
  return hash === undefined ? link : `${link}#${hash}`;
}

export interface PageOptions {
  readonly sitePath: string;
  readonly title: string;
  readonly body: string;
  /** Extra class on <main>. */
  readonly kind?: string;
}

const NAV: readonly [string, string][] = [
  ['index.html', 'Home'],
  ['docs/index.html', 'Docs'],
  ['docs/index.html#articles', '条文 Articles'],
  ['docs/traceability.html', 'Traceability'],
  ['docs/interpretations.html', 'Interpretations'],
  ['docs/glossary.html', 'Glossary'],
  ['api/index.html', 'API'],
];

export function page({ sitePath: at, title, body, kind }: PageOptions): string {
  const link = (to: string) => escapeHtml(relativeLink(at, to));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · cloud-ops-terms</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${link('style.css')}">
</head>
<body>
<header class="site">
<a class="brand" href="${link('index.html')}">cloud-ops-terms</a>
<nav aria-label="site">${NAV.map(([to, label]) => `<a href="${link(to)}">${escapeHtml(label)}</a>`).join('')}</nav>
</header>
<main class="${kind ?? 'doc'}">
${body}
</main>
<footer class="site">クラウド運用代行サービス利用約款 as an executable specification. The Japanese text
(<a href="${link('docs/terms/terms-ja.txt')}">terms-ja.txt</a>) governs; the English is a reading aid.
Every example on these pages was run when the site was built.</footer>
</body>
</html>
`;
}
