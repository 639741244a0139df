/**
 * CSV as RFC 4180 writes it, the way a spreadsheet saves it: fields separated by commas,
 * records by CRLF or LF, a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""`). A UTF-8 byte order mark (Excel writes one) is skipped. Pure:
 * text in, records out; a malformed text is a {@link CsvError} naming its record.
 *
 * @module
 */

/** A CSV text that is not RFC 4180: `record` is the spreadsheet row (1 = the first). */
export class CsvError extends Error {
  constructor(
    readonly record: number,
    readonly reason: 'unterminated-quote' | 'text-after-quote',
  ) {
    super(
      reason === 'unterminated-quote'
        ? `row ${record}: a quoted cell is never closed`
        : `row ${record}: text after a closing quote`,
    );
    this.name = 'CsvError';
  }
}

/**
 * The records of `text`, each a list of fields. A trailing line break does not make an
 * empty record; a blank line in the middle gives a record of one empty field.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '"' && field === '') {
      const start = records.length + 1;
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new CsvError(start, 'unterminated-quote');
        field += s.slice(i, q);
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError(start, 'text-after-quote');
      }
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
