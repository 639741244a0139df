/**
 * What `--format` names: the output. For one contract a table for people (default), the
 * result as JSON (`--json` is the same as `--format json`), the picture as SVG or a page
 * with the picture and the table (HTML); for `--batch`, NDJSON rows or CSV. The batch input's
 * format is `--input-format` (or the file's extension), never `--format`.
 *
 * @module
 */
import type { ContractTimelineResult } from '../index.js';
import { timelineText, type Lang } from './format.js';
import { CliError, say } from './messages.js';
import { timelineHtml } from './picture/html.js';
import { timelineSvg } from './picture/svg.js';

/** The outputs of one contract's timeline. */
export const TIMELINE_FORMATS = ['table', 'json', 'svg', 'html'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

/** The outputs of `--batch`. */
export const BATCH_FORMATS = ['ndjson', 'csv'] as const;

/** The timeline's output from `--format` and `--json`. */
export function timelineFormat(format: string | undefined, json: boolean): TimelineFormat {
  if (format === undefined) return json ? 'json' : 'table';
  if (!(TIMELINE_FORMATS as readonly string[]).includes(format)) {
    const input = format === 'ndjson' || format === 'csv';
    throw input
      ? new CliError('usage', say.inputFormatHint(format))
      : new CliError('input', say.badChoice('--format', TIMELINE_FORMATS, format));
  }
  if (json && format !== 'json') throw new CliError('usage', say.notBoth('--json', `--format ${format}`));
  return format as TimelineFormat;
}

/** The output of `--batch` from `--format`: NDJSON rows (default) or CSV, one row per event. */
export function batchOutputFormat(format: string | undefined): (typeof BATCH_FORMATS)[number] {
  if (format === undefined) return 'ndjson';
  if ((BATCH_FORMATS as readonly string[]).includes(format)) return format as (typeof BATCH_FORMATS)[number];
  throw new CliError('input', say.batchOutput(format, BATCH_FORMATS));
}

/** A timeline in the output `format`. */
export function renderTimeline(r: ContractTimelineResult, format: TimelineFormat, lang: Lang, width: number): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
    case 'svg':
      return timelineSvg(r, { lang });
    case 'html':
      return timelineHtml(r, { lang });
    default:
      return timelineText(r, lang, width);
  }
}
