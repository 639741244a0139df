/**
 * One contract's timeline as a page a person opens in a browser: the picture (svg.ts)
 * above the table of events the terminal shows, in Japanese or English. A single file
 * with no script and no outside resource; deterministic like the picture.
 *
 * @module
 */
import type { ContractTimelineResult } from '../../index.js';
import { KIND_LABELS, formatBasis, formatDate, formatYen, noteJa, type Lang } from '../format.js';
import { timelineSvg, xml } from './svg.js';

const STYLE = `body{font-family:'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',sans-serif;margin:1.5rem;color:#111827}
h1{font-size:1.3rem}figure{margin:0 0 1.5rem;overflow-x:auto}svg{max-width:none}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;font-size:.9rem}th,td{border-bottom:1px solid #e5e7eb;padding:.25rem .6rem;text-align:left;vertical-align:top}
td.amount{text-align:right;white-space:nowrap}td.date{white-space:nowrap}`;

/**
 * A standalone HTML page of a timeline: a summary, the picture, and one table row per
 * event (date, event, amount, provisions, note).
 */
export function timelineHtml(r: ContractTimelineResult, options: { readonly lang: Lang }): string {
  const { lang } = options;
  const L = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  const title = `${L('契約', 'Contract')} ${r.id ?? L('（ID なし）', '(no id)')}`;
  const summary: [string, string][] = [
    [L('基準日', 'As of'), formatDate(r.asOf, lang)],
    [L('利用開始日', 'Billing start'), formatDate(r.billingStartDate, lang)],
    [
      L('解約日', 'Termination'),
      r.terminationDate === null ? L('未定（自動更新）', 'none yet (renews)') : formatDate(r.terminationDate, lang),
    ],
    [
      L('未払額', 'Outstanding'),
      r.paymentsRecorded ? formatYen(r.outstanding, lang) : L('入金記録なし', 'no payments recorded'),
    ],
    [L('表示期間', 'Shown through'), formatDate(r.until, lang)],
  ];
  const rows = r.events
    .map((e) => {
      const note = lang === 'ja' ? noteJa(e) : (e.note ?? '');
      const option = e.option === undefined ? '' : L(`［オプション ${e.option}］`, `[option ${e.option}] `);
      return `<tr data-kind="${e.kind}"><td class="date">${xml(formatDate(e.date, lang))}</td><td>${xml(KIND_LABELS[e.kind][lang])}</td><td class="amount">${e.amount === undefined ? '' : xml(formatYen(e.amount, lang))}</td><td>${xml(formatBasis(e.basis, lang))}</td><td>${xml(option + note)}</td></tr>`;
    })
    .join('\n');
  const head = [L('日付', 'Date'), L('事象', 'Event'), L('金額', 'Amount'), L('根拠', 'Basis'), L('内容', 'Note')]
    .map((h) => `<th>${h}</th>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xml(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${xml(title)}</h1>
<dl>
${summary.map(([k, v]) => `<dt>${xml(k)}</dt><dd>${xml(v)}</dd>`).join('\n')}
</dl>
<figure>
${timelineSvg(r, { lang })}</figure>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
