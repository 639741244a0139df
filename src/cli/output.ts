/**
 * What `--format` names: the output. For one contract a table for people (default), the
 * result as JSON (`--json` is the same as `--format json`), the picture as SVG or a page
 * with the picture and the table (HTML); for `--batch`, NDJSON rows. The batch input's
 * format is `--input-format` (or the file's extension), never `--format`.
 *
 * @module
 */
import type { ContractTimelineResult } from '../index.js';
import { timelineText, type Lang } from './format.js';
import { timelineHtml } from './picture/html.js';
import { timelineSvg } from './picture/svg.js';

/** The outputs of one contract's timeline. */
export const TIMELINE_FORMATS = ['table', 'json', 'svg', 'html'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** The outputs of `--batch`. */
export const BATCH_FORMATS = ['ndjson'] as const;

/** The timeline's output from `--format` and `--json`, or what is wrong with them. */
export function timelineFormat(format: string | undefined, json: boolean): TimelineFormat | { readonly usage: string } {
  if (format === undefined) return json ? 'json' : 'table';
  if (!(TIMELINE_FORMATS as readonly string[]).includes(format)) {
    const hint = format === 'ndjson' || format === 'csv' ? ` (the --batch input is --input-format ${format})` : '';
    return { usage: `--format: expected ${TIMELINE_FORMATS.join(', ')} for one contract, got '${format}'${hint}` };
  }
  if (json && format !== 'json')
    return { usage: `--json is --format json: give one of them, not --json with --format ${format}` };
  return format as TimelineFormat;
}

/** Why `--format` cannot be the output of `--batch`, if it cannot. */
export function batchFormatProblem(format: string | undefined): string | undefined {
  if (format === undefined || (BATCH_FORMATS as readonly string[]).includes(format)) return undefined;
  return `--format: --batch writes ${BATCH_FORMATS.join(', ')}, got '${format}' (the input's format is --input-format ndjson|csv)`;
}

/** A timeline in the output `format`. */
export function renderTimeline(r: ContractTimelineResult, format: TimelineFormat, lang: Lang): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
    case 'svg':
      return timelineSvg(r, { lang });
    case 'html':
      return timelineHtml(r, { lang });
    default:
      return timelineText(r, lang);
  }
}
