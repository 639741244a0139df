/**
 * Japanese glyphs in the HTML edition: the Japanese text of a page must be drawn with
 * a font that has Japanese glyphs, not as empty boxes (豆腐, .notdef).
 *
 * A browser on a machine without a Japanese font still lays the text out — every
 * character becomes the box of the font it fell back to — so nothing in the DOM, the
 * layout or the console shows it. Chromium does tell which fonts it drew each text
 * node with: the DevTools protocol's `CSS.getPlatformFontsForNode` gives, per node,
 * each platform font's family and the number of glyphs drawn with it. A font covers
 * Japanese when fontconfig lists it for the language (`fc-list :lang=ja family`, the
 * same fontconfig, and the same `FONTCONFIG_FILE`, that Debian's Chromium uses). An
 * element passes when the glyphs drawn with such fonts are at least as many as its
 * own kana and kanji.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';

/** Hiragana, katakana and the CJK ideographs: characters no Latin font has. */
export const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;

/** Elements checked on each page, at most: enough to meet every kind of block. */
const MAX_ELEMENTS = 40;
const MARK = 'data-glyph-probe';

/**
 * The font families fontconfig lists as covering Japanese. Empty when there is none
 * — which is the failure this check exists for; a missing `fc-list` is an error.
 */
export function japaneseFontFamilies(): ReadonlySet<string> {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`fc-list failed (${r.error?.message ?? r.stderr}): install fontconfig`);
  }
  // A line may hold several names of one family, comma-separated ("Noto Sans CJK JP,Noto Sans CJK JP Regular").
  return new Set(
    r.stdout
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  );
}

/** What one page showed: the elements looked at and those drawn without Japanese glyphs. */
export interface GlyphReport {
  readonly checked: number;
  readonly problems: readonly string[];
}

interface PlatformFont {
  readonly familyName: string;
  readonly glyphCount: number;
}

/**
 * Marks up to {@link MAX_ELEMENTS} elements of the loaded page whose own text holds
 * Japanese and is drawn (not in a closed `<details>`), spread over the page, and returns their kana and kanji counts and a
 * snippet of each, by mark.
 */
async function markJapaneseElements(tab: Page): Promise<{ count: number; snippet: string }[]> {
  return tab.evaluate<{ count: number; snippet: string }[]>(`(() => {
    const re = /[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff]/g;
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
      const count = (own.match(re) || []).length;
      // Drawn at all: not inside a closed <details> (content-visibility: hidden), display: none or hidden.
      const shown = el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
      if (count > 0 && shown) found.push({ el, count, snippet: own.trim().slice(0, 24) });
    }
    const step = Math.max(1, found.length / ${MAX_ELEMENTS});
    const picked = [];
    for (let i = 0; i < found.length && picked.length < ${MAX_ELEMENTS}; i += step) picked.push(found[Math.floor(i)]);
    return picked.map((f, i) => {
      f.el.setAttribute('${MARK}', String(i));
      return { count: f.count, snippet: f.snippet };
    });
  })()`);
}

/** The glyphs of `fonts` drawn with a font that covers Japanese. */
function japaneseGlyphs(fonts: readonly PlatformFont[], families: ReadonlySet<string>): number {
  return fonts.filter((f) => families.has(f.familyName)).reduce((sum, f) => sum + f.glyphCount, 0);
}

/**
 * Checks the Japanese text of the page loaded in `tab`: every marked element's kana and
 * kanji must be drawn with fonts that cover Japanese ({@link japaneseFontFamilies}).
 */
export async function checkJapaneseGlyphs(
  tab: Page,
  cdp: CDPSession,
  path: string,
  families: ReadonlySet<string>,
): Promise<GlyphReport> {
  const marked = await markJapaneseElements(tab);
  if (marked.length === 0) return { checked: 0, problems: [] };
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const problems: string[] = [];
  for (const [i, { count, snippet }] of marked.entries()) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[${MARK}="${i}"]` });
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] };
    const drawn = japaneseGlyphs(fonts, families);
    if (drawn < count) {
      const used = fonts.map((f) => `${f.familyName} ×${f.glyphCount}`).join(', ') || 'no font';
      problems.push(
        `${path}: 「${snippet}」 has ${count} kana/kanji but only ${drawn} glyphs in a Japanese font (drawn with ${used}): empty boxes`,
      );
    }
  }
  await cdp.send('CSS.disable');
  await cdp.send('DOM.disable');
  return { checked: marked.length, problems };
}
