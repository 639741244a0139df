/**
 * The geometry of the picture of a contract's life: the time axis, text widths and where
 * labels go so that none overlaps another. Pure and deterministic — the same timeline gives
 * the same numbers on every machine (no clock, no randomness, no font metrics read).
 *
 * @module
 */
import { isWide } from '../table.js';
import { CalendarDate } from '../../index.js';

/** The font size of labels, px. */
export const FONT_SIZE = 11;
/** The height of a row of labels, px. */
export const LABEL_ROW = 17;
/** Space kept between two labels on one row, px. */
export const LABEL_GAP = 10;

/**
 * The width a label takes, px, estimated from above: a wide (CJK, full-width) character is
 * one em, any other 0.66 em (the widest Latin letters and digits of Noto Sans CJK and of
 * the common sans-serif fonts stay below that), so a label drawn by a real font is never
 * wider than the room kept for it.
 */
export function textWidth(text: string, size = FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    // The arrow and the minus sign are as wide as a kanji in the fonts the page names.
    const wide = isWide(ch) || c === 0x2192 || c === 0x2212;
    em += wide ? 1 : 0.66;
  }
  return Math.ceil(em * size);
}

/** A linear time axis from one day to another over `[left, right]` px. */
export interface Axis {
  readonly first: CalendarDate;
  readonly last: CalendarDate;
  readonly left: number;
  readonly right: number;
  /** The x of a day (its start). */
  x(date: string | CalendarDate): number;
}

export function axisOf(first: CalendarDate, last: CalendarDate, left: number, right: number): Axis {
  const from = first.epochDay;
  const span = Math.max(1, last.epochDay - from + 1);
  return {
    first,
    last,
    left,
    right,
    x(date) {
      const d = typeof date === 'string' ? CalendarDate.parse(date) : date;
      return round(left + ((d.epochDay - from) / span) * (right - left));
    },
  };
}

/** A number for an SVG attribute: two decimals at most, no `-0`. */
export function round(n: number): number {
  return Math.round(n * 100) / 100 + 0;
}

/** A label to place: its text, the x it points at, and where it was put. */
export interface Label {
  readonly text: string;
  readonly x: number;
  readonly color: string;
  /** The event kind it names (for tests and styling). */
  readonly kind: string;
}

export interface PlacedLabel extends Label {
  /** The row below the track, 0 first. */
  readonly row: number;
  readonly anchor: 'start' | 'end';
  /** The left and right edges of the text, px. */
  readonly x0: number;
  readonly x1: number;
}

/**
 * Rows for labels, greedily, in order of x: each label goes on the first row where it
 * overlaps no label already there (with {@link LABEL_GAP} between), starting at the x it
 * points at, or ending there when it would run past `right`.
 */
export function placeLabels(labels: readonly Label[], left: number, right: number): PlacedLabel[] {
  const rows: { x0: number; x1: number }[][] = [];
  const sorted = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.x - b.l.x || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { l } of sorted) {
    const width = textWidth(l.text);
    const anchor = l.x + width > right && l.x - width >= left ? 'end' : 'start';
    const x0 = anchor === 'start' ? l.x : l.x - width;
    const x1 = x0 + width;
    let row = 0;
    for (; row < rows.length; row++) {
      const taken = rows[row] as { x0: number; x1: number }[];
      if (taken.every((t) => x1 + LABEL_GAP <= t.x0 || t.x1 + LABEL_GAP <= x0)) break;
    }
    if (row === rows.length) rows.push([]);
    rows[row]?.push({ x0, x1 });
    placed.push({ ...l, row, anchor, x0, x1 });
  }
  return placed;
}

/** The ticks of the axis: a month step that keeps the month labels apart. */
export function monthTicks(axis: Axis, labelWidth: number): { date: CalendarDate; labelled: boolean }[] {
  const months = (axis.last.year - axis.first.year) * 12 + axis.last.month - axis.first.month + 1;
  const perMonth = (axis.right - axis.left) / Math.max(1, months);
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => s * perMonth >= labelWidth + LABEL_GAP) ?? 120;
  const ticks: { date: CalendarDate; labelled: boolean }[] = [];
  let d = CalendarDate.of(axis.first.year, axis.first.month, 1);
  if (d.isBefore(axis.first)) d = d.addMonths(1);
  for (; !d.isAfter(axis.last); d = d.addMonths(1)) {
    const index = d.year * 12 + d.month - 1;
    ticks.push({ date: d, labelled: index % step === 0 });
  }
  return ticks;
}
