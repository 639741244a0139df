/**
 * The picture of a contract's life (issue 17 §4): `--format svg` and `--format html`.
 * The SVG parses as XML, every event of the timeline has its mark (a kind without one fails
 * here until it gets one), the same timeline gives the same bytes, labels are placed apart,
 * and the text of a record cannot break out of the markup. A Chromium render of the worked
 * stories, checked for overlapping labels, is in docs:check (test/tools/site/check.ts).
 *
 * 第16条「当社は、利用契約が終了した場合…すべての電磁的記録を削除します。」 and 第27条3項「本条の規定は、
 * 利用契約終了後も1年間有効に存続するものとします。」 — what follows the end is drawn after it.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENT_KINDS, contractTimeline, type ContractTimelineResult } from '../../src/index.js';
import { timelineHtml } from '../../src/cli/picture/html.js';
import { placeLabels, textWidth } from '../../src/cli/picture/layout.js';
import { LANES, MARKS } from '../../src/cli/picture/marks.js';
import { timelineSvg } from '../../src/cli/picture/svg.js';
import { inProcess } from './harness.js';
import { STORIES } from '../support/stories.js';

const timelines: [string, ContractTimelineResult][] = STORIES.map((s) => [
  s.slug,
  contractTimeline(s.record, s.window, s.options),
]);

/** Parses XML, failing on any error or warning. */
function parse(text: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc;
}

const all = (doc: ReturnType<typeof parse>, tag: string): Element[] =>
  Array.from(doc.getElementsByTagName(tag) as unknown as ArrayLike<Element>);

describe('every kind of event has its mark', () => {
  it('MARKS names each kind of TIMELINE_EVENT_KINDS, in a lane, and nothing else', () => {
    expect(Object.keys(MARKS).sort()).toEqual([...TIMELINE_EVENT_KINDS].sort());
    for (const kind of TIMELINE_EVENT_KINDS) expect(LANES, kind).toContain(MARKS[kind].lane);
  });

  it('the stories between them meet every kind', () => {
    const seen = new Set(timelines.flatMap(([, r]) => r.events.map((e) => e.kind)));
    // The initial fee appears only in the sample; the discontinuation, its deadline and the refund only in story 4.
    expect([...TIMELINE_EVENT_KINDS].filter((k) => !seen.has(k))).toEqual([]);
  });

  it.each(timelines)('%s: the SVG parses and each event has one mark of its kind and date', (_slug, r) => {
    for (const lang of ['ja', 'en'] as const) {
      const doc = parse(timelineSvg(r, { lang }));
      const marks = all(doc, 'g').filter((g) => g.getAttribute('class') === 'mark');
      const key = (kind: string | null, date: string | null) => `${kind} ${date}`;
      expect(marks.map((g) => key(g.getAttribute('data-kind'), g.getAttribute('data-date'))).sort()).toEqual(
        r.events.map((e) => key(e.kind, e.date)).sort(),
      );
      // Each mark draws something, and says what it is when pointed at.
      for (const g of marks) {
        expect(g.childNodes.length).toBeGreaterThan(1);
        expect(all(g as never, 'title')[0]?.textContent).toMatch(/^\d{4}-\d{2}-\d{2} /);
      }
    }
  });
});

describe('the picture', () => {
  const sample = (timelines[0] as [string, ContractTimelineResult])[1];

  it('is the same for the same timeline (no clock, no randomness)', () => {
    expect(timelineSvg(sample, { lang: 'ja' })).toBe(timelineSvg(structuredClone(sample), { lang: 'ja' }));
    expect(timelineHtml(sample, { lang: 'en' })).toBe(timelineHtml(structuredClone(sample), { lang: 'en' }));
  });

  it('labels the ending and what follows it with their provisions, in Japanese and English', () => {
    // SAMPLE-001 ends 2025-12-31 (第13条1項); data may be deleted from 2026-01-01 (第16条); confidentiality
    // binds through 2026-12-31 (第27条3項).
    const ja = timelineSvg(sample, { lang: 'ja' });
    expect(ja).toContain('>契約終了 2025-12-31 第13条1項</text>');
    expect(ja).toContain('>データ削除可 2026-01-01 第16条</text>');
    expect(ja).toContain('>秘密保持終了 2026-12-31 第27条3項</text>');
    const en = timelineSvg(sample, { lang: 'en' });
    expect(en).toContain('>termination 2025-12-31 13.1</text>');
    // The August fees were paid 20 days late: 50,000 × 14.6 % × 20 / 365 = 400 (第26条).
    expect(en).toContain('>late interest ¥400 (20 days) 26</text>');
    expect(ja).toContain('>遅延損害金 400円（20日） 第26条</text>');
  });

  it('shows what is still unpaid on asOf, and for how long', () => {
    // Story 5: July's 100,000, due 2028-06-30, unpaid on 2028-07-15: 15 days, 100,000 × 14.6 % × 15 / 365 = 600.
    const late = timelines.find(([slug]) => slug === 'late-payment')?.[1] as ContractTimelineResult;
    expect(timelineSvg(late, { lang: 'ja' })).toContain('>遅延損害金 600円（15日、未払 100,000円） 第26条</text>');
    expect(timelineSvg(late, { lang: 'en' })).toContain('>late interest ¥600 (15 days, ¥100,000 unpaid) 26</text>');
  });

  it('escapes what a record carries', () => {
    const r = contractTimeline(
      {
        ...STORIES[1]?.record,
        id: '<script>&"x"</script>',
        options: [{ name: 'a<b', monthlyFee: 1, scheduledStartDate: '2027-05-01' }],
      } as never,
      { asOf: '2027-06-01', until: '2027-12-31' },
    );
    const svg = timelineSvg(r, { lang: 'en' });
    parse(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;x&quot;&lt;/script&gt;');
    expect(timelineHtml(r, { lang: 'ja' })).not.toContain('<script>');
  });

  it('places labels so that none overlaps another on its row', () => {
    const labels = Array.from({ length: 40 }, (_, i) => ({
      text: `解約通知期限 2027-0${i % 9}-01 第13条1項`,
      x: 130 + (i % 7) * 40,
      color: '#000',
      kind: 'k',
    }));
    const placed = placeLabels(labels, 124, 984);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0, `${a.text} / ${b.text}`).toBe(true);
    for (const p of placed) expect(p.x0 >= 124 && p.x1 <= 984, p.text).toBe(true);
    // A wide character takes a full em, others 0.66 em (11 px labels): 第 = 11, 13 = 2 × 7.26 → 26 in all.
    expect(textWidth('第13')).toBe(Math.ceil(11 + 2 * 0.66 * 11));
  });

  it('the HTML page holds the picture and one table row per event', () => {
    const html = timelineHtml(sample, { lang: 'ja' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html.match(/<tr data-kind=/g)).toHaveLength(sample.events.length);
    expect(html).toContain('<td class="amount">400円</td><td>第26条</td>');
  });
});

const cli = (argv: string[]) => inProcess(argv);

describe('--format', () => {
  it('svg and html draw the contract; json is --json; table is the default', async () => {
    const svg = await cli(['--format', 'svg']);
    expect(svg.code).toBe(0);
    expect(svg.stdout).toBe(timelineSvg(sample(), { lang: 'ja' }));
    const html = await cli(['--format', 'html', '--lang', 'en']);
    expect(html.stdout).toBe(timelineHtml(sample(), { lang: 'en' }));
    expect((await cli(['--format', 'json'])).stdout).toBe((await cli(['--json'])).stdout);
    expect((await cli(['--format', 'table'])).stdout).toBe((await cli([])).stdout);
  });

  it('names the output only: an input format, or --json with another output, is a usage error', async () => {
    for (const argv of [
      ['--format', 'csv'],
      ['--format', 'svg', '--json'],
      ['--input-format', 'csv'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
    expect((await cli(['--format', 'csv'])).stderr).toContain('--input-format csv');
  });
});

function sample(): ContractTimelineResult {
  return (timelines[0] as [string, ContractTimelineResult])[1];
}
