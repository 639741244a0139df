/**
 * `npm run docs:check`: the HTML edition (docs-site/, from `npm run docs`) in a
 * real browser — Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) driven by
 * playwright-core, the site served from 127.0.0.1.
 *
 * - every page (the API reference too) loads without console errors, page
 *   errors or failed requests;
 * - each article page shows its Japanese heading (第13条（…）, サービス仕様書);
 * - the site's own pages hold their layout at a phone width (390 px) and a
 *   desktop width (1280 px): nothing overflows sideways;
 * - every link between the site's own pages points at a file that exists, and
 *   at an anchor that exists in it;
 * - the Japanese text of the site's own pages is drawn with a font that has Japanese
 *   glyphs, not as empty boxes (glyphs.ts: the fonts Chromium reports drawing each
 *   element with, against fontconfig's fonts for Japanese). On a machine without a
 *   Japanese font (Debian: `apt-get install fonts-noto-cjk`) the check fails.
 *
 * Saves a screenshot of an article page in docs-site/; with `--save-screenshot`
 * it also writes docs/screenshot-article-13.png for the README.
 */
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, posix, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { ARTICLE_TITLES } from '../../../src/core/provisions.js';
import { ROOT } from '../../support/examples.js';
import { filesUnder } from '../files.js';
import { checkJapaneseGlyphs, japaneseFontFamilies } from './glyphs.js';
import { SITE } from './layout.js';
import { checkPictures } from './pictures.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
/** Pages loaded at once. */
const TABS = 3;
const SCREENSHOT_PAGE = 'docs/articles/article-13.html';
const SCREENSHOT = join(ROOT, 'docs/screenshot-article-13.png');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function pages(): string[] {
  return filesUnder(SITE, '.html').map((f) => relative(SITE, f).split(sep).join('/'));
}

function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(SITE) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain; charset=utf-8' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    });
  });
}

/** The Japanese heading an article page must show, if `path` is an article page. */
function expectedHeading(path: string): string | undefined {
  const m = /^docs\/articles\/article-(\d{2}|spec)\.html$/.exec(path);
  if (!m) return undefined;
  if (m[1] === 'spec') return 'サービス仕様書';
  const n = Number(m[1]) as keyof typeof ARTICLE_TITLES;
  return `第${n}条（${ARTICLE_TITLES[n]}）`;
}

/** Links between the site's own pages (not the API's): the file exists, and the anchor in it. */
function brokenLinks(own: readonly string[]): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) {
      const html = readFileSync(join(SITE, path), 'utf8');
      set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeHtml(m[1] as string)));
      ids.set(path, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const path of own) {
    const html = readFileSync(join(SITE, path), 'utf8');
    for (const m of html.matchAll(/<(?:a|img|link)\s[^>]*?(?:href|src)="([^"]*)"/g)) {
      const href = decodeHtml(m[1] as string);
      if (/^[a-z]+:/i.test(href)) continue;
      const [file = '', hash] = href.split('#');
      const target = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file));
      if (!existsSync(join(SITE, target))) {
        problems.push(`${path}: link to ${href} — no such file`);
        continue;
      }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        problems.push(`${path}: link to ${href} — no such anchor`);
      }
    }
  }
  return problems;
}

function decodeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function main(): Promise<void> {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs-site/ is empty: run `npm run docs` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM)`);
  const all = pages();
  const own = all.filter((p) => !p.startsWith('api/'));
  const problems: string[] = brokenLinks(own);
  const japaneseFonts = japaneseFontFamilies();
  if (japaneseFonts.size === 0) {
    problems.push(
      'no font on this machine covers Japanese (fc-list :lang=ja is empty): apt-get install fonts-noto-cjk',
    );
  }
  let glyphElements = 0;
  const { server, base } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext();
    /** A tab that records what goes wrong while a page loads. */
    const openTab = async (width: number, height: number) => {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await tab.setViewportSize({ width, height });
      const errors: string[] = [];
      tab.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
      });
      tab.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      tab.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      const visit = async (path: string) => {
        errors.length = 0;
        await tab.goto(base + path, { waitUntil: 'load' });
        for (const e of errors) problems.push(`${path}: ${e}`);
      };
      return { tab, cdp, visit };
    };

    const checkPage = async (
      { tab, cdp, visit }: Awaited<ReturnType<typeof openTab>>,
      path: string,
      viewport: (typeof VIEWPORTS)[number],
    ) => {
      await visit(path);
      if (path.startsWith('api/')) return;
      if (viewport.name === 'desktop') {
        const glyphs = await checkJapaneseGlyphs(tab, cdp, path, japaneseFonts);
        glyphElements += glyphs.checked;
        problems.push(...glyphs.problems);
      }
      // Expressions evaluated in the page (strings: this project's types have no DOM).
      const overflow = await tab.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      if (overflow > 0) problems.push(`${path}: ${overflow}px wider than the ${viewport.name} (${viewport.width}px)`);
      const heading = expectedHeading(path);
      if (!heading) return;
      const h1 = (await tab.textContent('h1')) ?? '';
      if (!h1.replace(/\s/g, '').includes(heading.replace(/\s/g, '')))
        problems.push(`${path}: h1 "${h1}" lacks ${heading}`);
      const side = await tab.evaluate<{ sideBySide: boolean } | undefined>(`(() => {
        const [ja, en] = [...document.querySelectorAll('.bilingual > div')].map((d) => d.getBoundingClientRect());
        return ja && en ? { sideBySide: Math.abs(ja.top - en.top) < 1 && ja.right <= en.left } : undefined;
      })()`);
      const wanted = viewport.name === 'desktop';
      if (!side || side.sideBySide !== wanted) {
        problems.push(
          `${path}: the Japanese text and the gloss should be ${wanted ? 'side by side' : 'stacked'} on a ${viewport.name}`,
        );
      }
    };

    for (const viewport of VIEWPORTS) {
      // The API reference is TypeDoc's own responsive layout: loaded once, at the desktop width.
      const queue = [...(viewport.name === 'desktop' ? all : own)];
      const count = queue.length;
      const workers = await Promise.all(Array.from({ length: TABS }, () => openTab(viewport.width, viewport.height)));
      await Promise.all(
        workers.map(async (worker) => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift())
            await checkPage(worker, path, viewport);
          await worker.tab.close();
        }),
      );
      console.log(`docs:check ${viewport.name} (${viewport.width}px): ${count} pages loaded`);
    }

    if (glyphElements === 0) problems.push('no Japanese text was found to check its glyphs');
    console.log(`docs:check: ${glyphElements} elements with Japanese text checked for Japanese glyphs`);

    const { tab, visit } = await openTab(900, 600);
    await visit(SCREENSHOT_PAGE);
    const shot = join(SITE, 'screenshot-article-13.png');
    await tab.screenshot({ path: shot, type: 'png' });
    if (process.argv.includes('--save-screenshot')) {
      copyFileSync(shot, SCREENSHOT);
      console.log(`docs:check: wrote ${relative(ROOT, SCREENSHOT)}`);
    }
    // The pictures of the stories: no label over another (test/tools/site/pictures.ts).
    const pictures = await openTab(1280, 900);
    console.log(
      await checkPictures(pictures.tab, pictures.visit, problems, process.argv.includes('--save-screenshot')),
    );
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) {
    console.error(problems.map((p) => `  ${p}`).join('\n'));
    console.error(`docs:check: ${problems.length} problems`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `docs:check: ${all.length} pages without console errors; ${own.length} site pages hold at 390px and 1280px; links resolve; Japanese text has Japanese glyphs`,
  );
}

await main();
