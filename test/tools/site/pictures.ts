/**
 * The pictures of the worked stories in the HTML edition (issue 17 §4): `npm run docs`
 * writes docs/stories.html — each story of test/lifecycle/stories.test.ts drawn by the
 * library's own renderer (`--format svg`), in Japanese and English — and `npm run
 * docs:check` loads it in Chromium and fails when two labels of a picture overlap as
 * the browser lays them out with the fonts it has. With `--save-screenshot` it also
 * writes docs/screenshot-picture.png, the README's picture of the sample contract.
 */
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { contractTimeline } from '../../../src/index.js';
import { timelineSvg } from '../../../src/cli/picture/svg.js';
import { ROOT } from '../../support/examples.js';
import { STORIES } from '../../support/stories.js';
import { escapeHtml, page, relativeLink } from './layout.js';

/** The site page of the pictures. */
export const STORIES_PAGE = 'docs/stories.html';
const SCREENSHOT = join(ROOT, 'docs/screenshot-picture.png');

/** The page: for each story, its picture in Japanese and in English. */
export function storiesPage(): string {
  const at = STORIES_PAGE;
  const sections = STORIES.map((s) => {
    const r = contractTimeline(s.record, s.window, s.options);
    const pictures = (['ja', 'en'] as const)
      .map(
        (lang) =>
          `<div class="picture" lang="${lang}" data-story="${s.slug}" style="overflow-x:auto;margin:0 0 1rem">${timelineSvg(r, { lang })}</div>`,
      )
      .join('\n');
    return `<section><h2 id="${s.slug}"><span lang="ja">${escapeHtml(s.title.ja)}</span> — ${escapeHtml(s.title.en)}</h2>\n${pictures}</section>`;
  }).join('\n');
  const tests = relativeLink(at, 'test/lifecycle/stories.test.ts.html');
  const lifecycle = relativeLink(at, 'docs/lifecycle.html');
  const body = `<h1>Pictures of the worked stories <span lang="ja">契約の一生の図</span></h1>
<p>Each story of <a href="${escapeHtml(tests)}">test/lifecycle/stories.test.ts</a> (see
<a href="${escapeHtml(lifecycle)}">the timeline</a>) as <code>cloud-ops-terms --format svg</code> draws it:
the terms and renewals as bars, notices and deadlines as markers, the amounts due above the line and the
payments below it (a late payment's period in red, with its interest), the end and what follows it — each
labelled with its provisions. The dashed line is the story's <code>asOf</code>.</p>
${sections}`;
  return page({ sitePath: at, title: 'Pictures of the worked stories', body });
}

/** A link from the timeline's page to the pictures, for the build to add to it. */
export function storiesLink(fromSitePath: string): string {
  return `<section><h2 id="pictures">Pictures of the worked stories</h2><p>The HTML edition draws each worked story: <a href="${escapeHtml(relativeLink(fromSitePath, STORIES_PAGE))}">pictures of the stories</a>.</p></section>`;
}

/** Pairs of overlapping text boxes in each picture of the page open in `tab`, as messages. */
async function overlaps(tab: Page): Promise<string[]> {
  return tab.evaluate<string[]>(`(() => {
    const out = [];
    document.querySelectorAll('.picture').forEach((div) => {
      const boxes = [...div.querySelectorAll('svg text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) out.push(div.dataset.story + ' (' + div.lang + '): "' + boxes[i].t + '" overlaps "' + boxes[j].t + '"');
        }
    });
    return out;
  })()`);
}

/**
 * Loads the pictures page in `tab` (already sized), records every overlap of labels in
 * `problems`, and with `save` writes the README's screenshot of the sample's picture.
 */
export async function checkPictures(
  tab: Page,
  visit: (path: string) => Promise<void>,
  problems: string[],
  save: boolean,
): Promise<string> {
  await visit(STORIES_PAGE);
  const found = await overlaps(tab);
  for (const p of found) problems.push(`${STORIES_PAGE}: ${p}`);
  const count = await tab.evaluate<number>(`document.querySelectorAll('.picture svg').length`);
  if (count !== STORIES.length * 2) problems.push(`${STORIES_PAGE}: ${count} pictures, expected ${STORIES.length * 2}`);
  if (save) {
    // The picture alone, at its own size (on the page it sits in a scrolling column).
    const svg = await tab
      .locator('.picture[data-story="sample"][lang="ja"] svg')
      .evaluate((el) => (el as unknown as { outerHTML: string }).outerHTML);
    await tab.setViewportSize({ width: 1100, height: 900 });
    await tab.setContent(`<!doctype html><html lang="ja"><body style="margin:0">${svg}</body></html>`);
    await tab.locator('svg').screenshot({ path: SCREENSHOT, type: 'png' });
  }
  return `docs:check: ${count} pictures of the stories, ${found.length} overlapping labels${save ? `; wrote ${relative(ROOT, SCREENSHOT)}` : ''}`;
}
