/**
 * A picture of one contract's life, as SVG: the terms and renewals as bars, notices and
 * deadlines as markers, the amounts due above a baseline and the payments below it (late
 * ones with their interest and the days they ran), the ending and what follows it (data
 * deletion, the end of confidentiality), each labelled with its provisions, in Japanese
 * or English.
 *
 * Pure: a timeline in, text out — no clock, no randomness, no font read; the same timeline
 * gives the same bytes. Only the timeline's own fields are drawn; nothing is computed
 * again. Labels are placed on rows so that none overlaps another (layout.ts).
 *
 * @module
 */
import {
  CalendarDate,
  type ContractTimelineResult,
  type ProvisionRef,
  type TimelineEvent,
  type TimelineEventKind,
} from '../../index.js';
import { KIND_LABELS, formatBasis, formatYen, noteJa, type Lang } from '../format.js';
import {
  FONT_SIZE,
  LABEL_ROW,
  axisOf,
  monthTicks,
  placeLabels,
  round,
  textWidth,
  type Axis,
  type Label,
} from './layout.js';
import { LANES, LANE_NAMES, MARKS, type Lane } from './marks.js';

/** How to draw: the language of the labels, and the width in px (default 1000). */
export interface PictureOptions {
  readonly lang: Lang;
  readonly width?: number | undefined;
}

const LEFT = 124;
const RIGHT_MARGIN = 16;
const HEADER = 46;
const AXIS = 40;
const TRACK: Readonly<Record<Lane, number>> = { terms: 26, notices: 18, money: 78, end: 18 };
/** In the money track: the baseline of dues (above) and payments (below), and the row of late periods. */
const BASELINE = 34;
const BAR_MAX = 28;
const LATE_ROW = 64;

/** Text for XML: `& < > "` escaped. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const refs = (basis: readonly ProvisionRef[], lang: Lang) =>
  formatBasis(basis.slice(0, 2), lang) + (basis.length > 2 ? (lang === 'ja' ? '他' : ' …') : '');

/** The earlier of two `'YYYY-MM-DD'` days. */
const earlier = (a: string, b: string) => [a, b].sort()[0] as string;

/** The visible label of an event. */
function labelOf(e: TimelineEvent, lang: Lang): string {
  const ja = lang === 'ja';
  const kind = KIND_LABELS[e.kind][lang];
  const option = e.option === undefined ? '' : ja ? `［${e.option}］` : ` [${e.option}]`;
  const yen = e.amount === undefined ? '' : ` ${formatYen(e.amount, lang)}`;
  switch (e.kind) {
    case 'renewal':
      return ja
        ? `第${e.term ?? ''}期（自動更新）${refs(e.basis, lang)}`
        : `term ${e.term ?? ''} (renewal) ${refs(e.basis, lang)}`;
    case 'extension':
      return `${kind} → ${e.through ?? ''} ${refs(e.basis, lang)}`;
    case 'late-interest': {
      const unpaid =
        e.outstanding === undefined
          ? ''
          : ja
            ? `、未払 ${formatYen(e.outstanding, lang)}`
            : `, ${formatYen(e.outstanding, lang)} unpaid`;
      const days = ja ? `（${e.days ?? 0}日${unpaid}）` : ` (${e.days ?? 0} days${unpaid})`;
      return `${kind}${option}${yen}${days} ${refs(e.basis, lang)}`;
    }
    default:
      return MARKS[e.kind].lane === 'money'
        ? `${kind}${option}${yen} ${refs(e.basis, lang)}`
        : `${kind}${option} ${e.date} ${refs(e.basis, lang)}`;
  }
}

/** The tooltip of an event: everything the table says about it. */
function titleOf(e: TimelineEvent, lang: Lang): string {
  const note = lang === 'ja' ? noteJa(e) : (e.note ?? '');
  const yen = e.amount === undefined ? '' : ` ${formatYen(e.amount, lang)}`;
  return `${e.date} ${KIND_LABELS[e.kind][lang]}${yen} — ${formatBasis(e.basis, lang)}${note === '' ? '' : ` — ${note}`}`;
}

/** What a lane holds: drawings at a track top, and the labels to place below the track. */
interface LaneContent {
  readonly draw: ((top: number) => string)[];
  readonly labels: Label[];
}

function mark(e: TimelineEvent, lang: Lang, body: string): string {
  return `<g class="mark" data-kind="${e.kind}" data-date="${e.date}"><title>${xml(titleOf(e, lang))}</title>${body}</g>`;
}

/** The shape of a marker event at x, on a track whose middle is `cy`. */
function marker(kind: TimelineEventKind, x: number, cy: number): string {
  const { shape, color } = MARKS[kind];
  switch (shape) {
    case 'circle':
      return `<circle cx="${x}" cy="${cy}" r="4" fill="${color}"/>`;
    case 'flag':
      return `<path d="M${x},${cy + 7}V${cy - 7}l8,3.5l-8,3.5" fill="${color}" stroke="${color}" stroke-width="1.5"/>`;
    case 'diamond':
      return `<path d="M${x},${cy - 6}l6,6l-6,6l-6,-6z" fill="${color}"/>`;
    case 'bracket':
      return `<path d="M${x - 5},${cy - 7}H${x}V${cy + 7}H${x - 5}" fill="none" stroke="${color}" stroke-width="2"/>`;
    case 'cross':
      return `<path d="M${x - 5},${cy - 5}l10,10m0,-10l-10,10" stroke="${color}" stroke-width="2.5"/>`;
    default:
      return `<rect x="${x - 4.5}" y="${cy - 4.5}" width="9" height="9" fill="${color}"/>`;
  }
}

/** The terms lane: a bar for each term (the first, then each renewal), options below, the extension hatched. */
function termsLane(r: ContractTimelineResult, axis: Axis, lang: Lang): LaneContent {
  const ja = lang === 'ja';
  const draw: LaneContent['draw'] = [];
  const labels: Label[] = [];
  const end = (d: string) => axis.x(CalendarDate.parse(d).addDays(1));
  const stop = r.terminationDate ?? r.until;
  const renewals = r.events.filter((e) => e.kind === 'renewal');
  const starts = [{ date: r.billingStartDate, term: 1 }, ...renewals.map((e) => ({ date: e.date, term: e.term ?? 0 }))];
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    const last = next === undefined ? stop : CalendarDate.parse(next.date).addDays(-1).toString();
    const x0 = axis.x(s.date);
    const x1 = Math.max(x0 + 2, end(earlier(last, stop)));
    const fill = i % 2 === 0 ? '#bfdbfe' : '#dbeafe';
    draw.push(
      (top) =>
        `<rect class="term" x="${x0}" y="${top + 2}" width="${round(x1 - x0)}" height="14" fill="${fill}" stroke="#1d4ed8" stroke-width="1"/>`,
    );
    if (i === 0)
      labels.push({ text: ja ? `第1期 ${s.date}〜` : `term 1 from ${s.date}`, x: x0, color: '#1d4ed8', kind: 'term' });
  });
  if (r.terminationDate === null) {
    const x = axis.right;
    draw.push(
      (top) =>
        `<path class="continues" d="M${x - 6},${top + 3}l6,6l-6,6" fill="none" stroke="#1d4ed8" stroke-width="2"/>`,
    );
  }
  for (const e of r.events) {
    if (e.kind === 'renewal') {
      const x = axis.x(e.date);
      draw.push((top) =>
        mark(e, lang, `<path d="M${x},${top}V${top + 18}" stroke="${MARKS.renewal.color}" stroke-width="2.5"/>`),
      );
      labels.push({ text: labelOf(e, lang), x, color: MARKS.renewal.color, kind: e.kind });
    } else if (e.kind === 'extension' && e.through !== undefined) {
      const x0 = end(e.date);
      const x1 = Math.max(x0 + 2, end(e.through));
      draw.push((top) =>
        mark(
          e,
          lang,
          `<rect x="${x0}" y="${top + 2}" width="${round(x1 - x0)}" height="14" fill="url(#hatch)" stroke="${MARKS.extension.color}"/>`,
        ),
      );
      labels.push({ text: labelOf(e, lang), x: x0, color: MARKS.extension.color, kind: e.kind });
    } else if (e.kind === 'billing-start' && e.option !== undefined) {
      const name = e.option;
      const own = r.events.find((t) => t.kind === 'termination' && t.option === name)?.date ?? stop;
      const x0 = axis.x(e.date);
      const x1 = Math.max(x0 + 2, end(earlier(own, stop)));
      draw.push(
        (top) => `<rect class="option" x="${x0}" y="${top + 19}" width="${round(x1 - x0)}" height="5" fill="#93c5fd"/>`,
      );
      labels.push({ text: ja ? `オプション ${name}` : `option ${name}`, x: x0, color: '#1d4ed8', kind: 'option' });
    }
  }
  return { draw, labels };
}

/** The money lane: dues up from the baseline, payments and refunds down, late periods below. */
function moneyLane(r: ContractTimelineResult, axis: Axis, lang: Lang): LaneContent {
  const draw: LaneContent['draw'] = [];
  const labels: Label[] = [];
  const money = r.events.filter((e) => MARKS[e.kind].lane === 'money' && e.kind !== 'late-interest');
  const largest = Math.max(1, ...money.map((e) => e.amount ?? 0));
  const height = (amount: number) => Math.max(2, round(Math.sqrt(amount / largest) * BAR_MAX));
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  const summary = new Map<TimelineEventKind, TimelineEvent[]>();
  let late = 0;
  for (const e of r.events) {
    const m = MARKS[e.kind];
    if (m.lane !== 'money') continue;
    const x = axis.x(e.date);
    if (m.shape === 'late') {
      const from = axis.x(e.dueDate ?? e.date);
      // Late periods of one day side by side would hide each other: three levels.
      const level = (late++ % 3) * 5;
      draw.push((top) => {
        const y = top + LATE_ROW + level;
        return mark(
          e,
          lang,
          `<path d="M${from},${y - 4}V${y + 4}M${from},${y}H${x}" stroke="${m.color}" stroke-width="2"/><circle cx="${x}" cy="${y}" r="3.5" fill="${m.color}"/>`,
        );
      });
    } else {
      const h = height(e.amount ?? 0);
      const stack = m.shape === 'due' ? up : down;
      const below = stack.get(x) ?? 0;
      stack.set(x, below + h);
      draw.push((top) => {
        const y = m.shape === 'due' ? top + BASELINE - below - h : top + BASELINE + below;
        return mark(e, lang, `<rect x="${x - 2}" y="${round(y)}" width="4" height="${h}" fill="${m.color}"/>`);
      });
    }
    if (m.label === 'summary') summary.set(e.kind, [...(summary.get(e.kind) ?? []), e]);
    else labels.push({ text: labelOf(e, lang), x, color: m.color, kind: e.kind });
  }
  for (const [kind, events] of summary) {
    const first = events[0] as TimelineEvent;
    const amounts = new Set(events.map((e) => e.amount));
    const each = amounts.size === 1 && first.amount !== undefined ? ` ${formatYen(first.amount, lang)}` : '';
    const text = `${KIND_LABELS[kind][lang]}${each} ×${events.length} ${refs(first.basis, lang)}`;
    labels.push({
      text,
      x: axis.x(first.date),
      color: kind === 'payment' ? MARKS.payment.color : MARKS['first-month-fee'].color,
      kind,
    });
  }
  draw.unshift(
    (top) =>
      `<path class="baseline" d="M${axis.left},${top + BASELINE}H${axis.right}" stroke="#9ca3af" stroke-width="1"/>`,
  );
  return { draw, labels };
}

/** The notices and the end lanes: a marker and a label for each event. */
function markerLane(r: ContractTimelineResult, axis: Axis, lang: Lang, lane: Lane): LaneContent {
  const draw: LaneContent['draw'] = [];
  const labels: Label[] = [];
  if (lane === 'end') {
    const ending = r.events.find((e) => e.kind === 'termination' && e.option === undefined);
    const after = r.events.find((e) => e.kind === 'confidentiality-end');
    if (ending !== undefined && after !== undefined) {
      const x0 = axis.x(CalendarDate.parse(ending.date).addDays(1));
      const x1 = axis.x(CalendarDate.parse(after.date).addDays(1));
      draw.push(
        (top) =>
          `<rect class="after" x="${x0}" y="${top + 3}" width="${round(Math.max(1, x1 - x0))}" height="12" fill="#e5e7eb"/>`,
      );
    }
  }
  for (const e of r.events) {
    if (MARKS[e.kind].lane !== lane) continue;
    const x = axis.x(e.date);
    draw.push((top) => mark(e, lang, marker(e.kind, x, top + TRACK[lane] / 2)));
    labels.push({ text: labelOf(e, lang), x, color: MARKS[e.kind].color, kind: e.kind });
  }
  return { draw, labels };
}

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attrs}>${xml(body)}</text>`;
}

/** The axis: month ticks (a step that keeps their labels apart), grid lines, and "today". */
function axisPart(r: ContractTimelineResult, axis: Axis, lang: Lang, top: number, bottom: number): string[] {
  const out: string[] = [];
  const tickWidth = textWidth('2027-04');
  for (const t of monthTicks(axis, tickWidth)) {
    const x = axis.x(t.date);
    out.push(`<path d="M${x},${top + AXIS - 8}V${top + AXIS - (t.labelled ? 1 : 4)}" stroke="#6b7280"/>`);
    if (!t.labelled) continue;
    out.push(`<path class="grid" d="M${x},${top + AXIS}V${bottom}" stroke="#e5e7eb"/>`);
    if (x + tickWidth <= axis.right + RIGHT_MARGIN)
      out.push(text(x, top + AXIS - 11, t.date.toString().slice(0, 7), ' class="tick-label"'));
  }
  const asOf = CalendarDate.parse(r.asOf);
  if (!asOf.isBefore(axis.first) && !asOf.isAfter(axis.last)) {
    const x = axis.x(asOf);
    const label = `${lang === 'ja' ? '基準日' : 'as of'} ${r.asOf}`;
    const anchor = x + textWidth(label) > axis.right + RIGHT_MARGIN ? ' text-anchor="end"' : '';
    out.push(`<path class="as-of" d="M${x},${top + 16}V${bottom}" stroke="${'#dc2626'}" stroke-dasharray="4 3"/>`);
    out.push(text(x + (anchor === '' ? 3 : -3), top + 12, label, ` class="label" fill="#dc2626"${anchor}`));
  }
  out.push(`<path d="M${axis.left},${top + AXIS - 8}H${axis.right}" stroke="#6b7280"/>`);
  return out;
}

/**
 * The SVG picture of a timeline (from `contractTimeline`): four lanes — the terms, the
 * notices and deadlines, the amounts, the end and what follows it — under a time axis
 * from the first event to `until`, with the day of `asOf` marked.
 */
export function timelineSvg(r: ContractTimelineResult, options: PictureOptions): string {
  const { lang } = options;
  const width = Math.max(480, Math.round(options.width ?? 1000));
  const dates = [r.billingStartDate, r.until, ...r.events.map((e) => e.date)].sort();
  const axis = axisOf(
    CalendarDate.parse(dates[0] as string),
    CalendarDate.parse(dates[dates.length - 1] as string),
    LEFT,
    width - RIGHT_MARGIN - 8,
  );
  const contents: Record<Lane, LaneContent> = {
    terms: termsLane(r, axis, lang),
    notices: markerLane(r, axis, lang, 'notices'),
    money: moneyLane(r, axis, lang),
    end: markerLane(r, axis, lang, 'end'),
  };
  const backgrounds: string[] = [];
  const body: string[] = [];
  let y = HEADER + AXIS;
  for (const lane of LANES) {
    const content = contents[lane];
    const placed = placeLabels(content.labels, LEFT, width - RIGHT_MARGIN);
    const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
    const trackTop = y + 8;
    const labelTop = trackTop + TRACK[lane] + 4;
    const height = TRACK[lane] + 16 + rows * LABEL_ROW;
    body.push(`<g class="lane" data-lane="${lane}">`);
    backgrounds.push(
      `<rect x="0" y="${y}" width="${width}" height="${height}" fill="${LANES.indexOf(lane) % 2 === 0 ? '#f3f4f6' : '#ffffff'}"/>`,
    );
    body.push(text(8, trackTop + 12, LANE_NAMES[lane][lang], ' class="lane-name" font-weight="bold"'));
    for (const d of content.draw) body.push(d(trackTop));
    const baselineOf = (row: number) => labelTop + (row + 1) * LABEL_ROW - 5;
    // Every leader first, then every label over them (a label's halo keeps it readable).
    for (const p of placed) {
      body.push(
        `<path class="leader" d="M${p.x},${trackTop + TRACK[lane]}V${baselineOf(p.row) - FONT_SIZE + 2}" stroke="${p.color}" stroke-opacity="0.45"/>`,
      );
    }
    for (const p of placed) {
      body.push(
        text(
          p.x + (p.anchor === 'start' ? 2 : -2),
          baselineOf(p.row),
          p.text,
          ` class="label" data-for="${p.kind}" fill="${p.color}"${p.anchor === 'end' ? ' text-anchor="end"' : ''}`,
        ),
      );
    }
    body.push('</g>');
    y += height;
  }
  const title = `${lang === 'ja' ? '契約' : 'Contract'} ${r.id === undefined ? '' : r.id.slice(0, 60)}`;
  const sub =
    lang === 'ja'
      ? `基準日 ${r.asOf} ・ 利用開始日 ${r.billingStartDate} ・ 解約日 ${r.terminationDate ?? '未定（自動更新）'} ・ ${r.until} まで表示`
      : `as of ${r.asOf} · billing from ${r.billingStartDate} · ends ${r.terminationDate ?? 'not yet (renews)'} · shown through ${r.until}`;
  const head = [
    text(8, 20, title, ' class="title" font-size="15" font-weight="bold"'),
    text(8, 38, sub, ' class="subtitle" fill="#4b5563"'),
    ...axisPart(r, axis, lang, HEADER, y),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif" font-size="${FONT_SIZE}" role="img" aria-label="${xml(`${title} — ${sub}`)}">`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffedd5"/><path d="M0,0V6" stroke="#c2410c" stroke-width="2"/></pattern></defs>',
    '<style>.label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}</style>',
    `<rect width="${width}" height="${y}" fill="#ffffff"/>`,
    ...backgrounds,
    ...head,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
