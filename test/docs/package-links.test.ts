/**
 * The installed package's documentation works: `npm pack` (once per run) writes the
 * tarball a user installs, and every relative link of the README and of the docs pages
 * inside it must reach a file or folder inside it — and a `#fragment` on a markdown page,
 * one of that page's headings. A reader of `node_modules/cloud-ops-terms/README.md` who
 * follows a link finds the page (in the repository 7 of the README's 13 links once pointed
 * at files the tarball did not hold).
 *
 * The Google Sheets script is shipped too (`cloud-ops-terms sheets` copies it): the tarball
 * holds dist/sheets/Code.js whenever dist/ has been built (as CI does before the suite);
 * source maps are left out (they were most of the tarball's size).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slug } from '../tools/site/layout.js';
import { ROOT } from '../support/examples.js';

const scratch = mkdtempSync(join(ROOT, '.tmp', 'pack-'));
const unpacked = join(scratch, 'package');
let files: string[] = [];

beforeAll(() => {
  // --ignore-scripts: the tarball as `files` describes it, without building first.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error('npm pack wrote nothing');
  files = packed.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', scratch]);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Link {
  readonly page: string;
  readonly target: string;
}

/** The relative links of a markdown page: `[text](target)` outside code, no scheme, no bare `#fragment`. */
function relativeLinks(page: string, text: string): Link[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^()\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => ({ page, target }));
}

/** The anchors of a markdown page's headings, as GitHub makes them (a repeated one gets -1, -2 …). */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(m[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

const pages = () => files.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')));

/** Why a link does not work in the package, or undefined when it does. */
function problem({ page, target }: Link): string | undefined {
  const [path = '', fragment] = decodeURI(target).split('#');
  const resolved = posix.normalize(posix.join(posix.dirname(page), path));
  if (resolved.startsWith('..')) return `${page}: ${target} leaves the package`;
  const file = join(unpacked, resolved);
  if (!existsSync(file)) return `${page}: ${target} → ${resolved} is not in the package`;
  if (fragment !== undefined && fragment !== '' && resolved.endsWith('.md') && statSync(file).isFile()) {
    if (!anchors(readFileSync(file, 'utf8')).has(fragment)) return `${page}: ${target} → no heading #${fragment}`;
  }
  return undefined;
}

describe('the packed package', () => {
  it('holds the README and the docs pages it links to', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('docs/README.md');
    expect(files).toContain('docs/cli.md');
    expect(files).toContain('docs/articles/article-13.md');
    expect(pages().length).toBeGreaterThan(40);
  });

  it('every relative link of the README reaches a file inside it', () => {
    const links = relativeLinks('README.md', readFileSync(join(unpacked, 'README.md'), 'utf8'));
    expect(links.length).toBeGreaterThanOrEqual(13);
    expect(links.map(problem).filter(Boolean)).toEqual([]);
  });

  it('every relative link of every docs page inside it reaches a file inside it', () => {
    const links = pages()
      .filter((p) => p !== 'README.md')
      .flatMap((p) => relativeLinks(p, readFileSync(join(unpacked, p), 'utf8')));
    expect(links.length).toBeGreaterThan(500);
    expect(links.map(problem).filter(Boolean)).toEqual([]);
  });

  it('finds a broken link: the walker itself is checked', () => {
    expect(problem({ page: 'README.md', target: 'docs/no-such-page.md' })).toMatch(/not in the package/);
    expect(problem({ page: 'docs/cli.md', target: '../../outside.md' })).toMatch(/leaves the package/);
    expect(problem({ page: 'README.md', target: 'docs/interpretations.md#no-such-heading' })).toMatch(/no heading/);
    expect(problem({ page: 'README.md', target: 'docs/interpretations.md#reporting-a-disagreement' })).toBeUndefined();
    expect(relativeLinks('x.md', '[a](b.md) `[c](d.md)` [e](https://x.test) [f](#g)')).toEqual([
      { page: 'x.md', target: 'b.md' },
    ]);
  });

  it('ships the Sheets script and no source maps', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.includes('.tmp/'))).toEqual([]);
    if (existsSync(join(ROOT, 'dist', 'sheets', 'Code.js'))) {
      expect(files).toContain('dist/sheets/Code.js');
      expect(files).toContain('dist/sheets/appsscript.json');
    }
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('dist');
  });

  it('has the fields a package page shows', () => {
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const field of ['name', 'version', 'description', 'keywords', 'license', 'author', 'engines', 'bin', 'types'])
      expect(pkg[field], field).toBeDefined();
    // The author is who the licence names.
    expect(readFileSync(join(unpacked, 'LICENSE'), 'utf8')).toContain(`Copyright (c) 2026 ${String(pkg.author)}`);
  });
});
