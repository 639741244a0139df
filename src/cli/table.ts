/**
 * Text tables for a terminal: columns aligned counting East Asian wide characters as two
 * columns, and fitted to a width — the last column (a note) wrapped onto lines of its
 * own under itself, or left out when there is no room for it.
 *
 * @module
 */

/** The display width of text in a terminal: East Asian wide and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/** True for a character a terminal draws two columns wide (East Asian wide and full-width). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}

function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Characters a line may not start with (Japanese line breaking, 行頭禁則) and may not end with (行末禁則). */
const NO_LINE_START = /^[、。，．,.)）」』］】〕・ー～]$/;
const NO_LINE_END = /^[(（「『［【〔]$/;

/**
 * The pieces a line may break between: a word with its following spaces, or one wide
 * character (after a number, with it) — with a closing mark kept on its predecessor and
 * an opening one on its successor.
 */
function breakPieces(text: string): string[] {
  const parts: string[] = [];
  for (const ch of text) {
    const previous = parts.at(-1);
    // Spaces and narrow characters join a narrow word; a number keeps the unit after it (2025年, 16日).
    const joins =
      previous !== undefined &&
      (/\s/.test(ch) ||
        (!isWide(ch) && !/\s$/.test(previous) && !isWide(previous.at(-1) ?? '')) ||
        (isWide(ch) && /[0-9]$/.test(previous)));
    if (joins) parts[parts.length - 1] = previous + ch;
    else parts.push(ch);
  }
  const pieces: string[] = [];
  let glue = false;
  for (const part of parts) {
    if (pieces.length > 0 && (glue || NO_LINE_START.test(part.trim()))) pieces[pieces.length - 1] += part;
    else pieces.push(part);
    glue = NO_LINE_END.test(part.trim());
  }
  return pieces;
}

/**
 * Text in lines of at most `width` columns, broken between words or wide characters (a
 * piece wider than a line is cut where it must be).
 *
 * @example
 * ```ts
 * import { wrap } from '../../src/cli/table.js';
 * wrap('the contract’s last day (customer)', 16);
 * //=> ['the contract’s', 'last day', '(customer)']
 * wrap('解約の書面が当社に到達すべき期限', 12);
 * //=> ['解約の書面が', '当社に到達す', 'べき期限']
 * ```
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const piece of breakPieces(text)) {
    if (displayWidth((line + piece).trimEnd()) <= width) {
      line += piece;
      continue;
    }
    push();
    let rest = piece.trimStart();
    while (displayWidth(rest.trimEnd()) > width) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(cut + ch) > width) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  push();
  return lines.length > 0 ? lines : [''];
}

/** How a table is laid out. */
export interface TableLayout {
  /** Columns aligned to the right (amounts). */
  readonly right?: ReadonlySet<number>;
  /** The columns the table may take (`Infinity`: as wide as it needs). */
  readonly width?: number;
}

/** Below this many columns for the last column, it is left out rather than wrapped. */
export const MIN_WRAPPED_COLUMN = 20;

/**
 * Rows as a table: columns separated by two spaces, the last one not padded. Wider than
 * `width`, the last column is wrapped into the room the others leave, each further line
 * starting under it — or, when that room is under {@link MIN_WRAPPED_COLUMN} columns,
 * left out.
 */
export function table(rows: readonly (readonly string[])[], layout: TableLayout = {}): string {
  const right = layout.right ?? new Set<number>();
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  const last = widths.length - 1;
  const indent = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = (layout.width ?? Number.POSITIVE_INFINITY) - indent;
  const fits = room >= (widths[last] ?? 0);
  const shown = fits || room >= MIN_WRAPPED_COLUMN ? rows : rows.map((row) => row.slice(0, last));
  return shown
    .map((row) => {
      const cells = row.map((cell, i) =>
        i === row.length - 1 && !right.has(i) ? cell : pad(cell, widths[i] ?? 0, right.has(i) ? 'right' : 'left'),
      );
      if (fits || row.length <= last || right.has(last)) return cells.join('  ').trimEnd();
      const [first = '', ...more] = wrap(row[last] ?? '', room);
      return [[...cells.slice(0, last), first].join('  ').trimEnd(), ...more.map((l) => ' '.repeat(indent) + l)].join(
        '\n',
      );
    })
    .join('\n');
}

/** `label  value` lines. */
export function fields(rows: readonly (readonly [string, string])[]): string {
  return table(rows);
}
