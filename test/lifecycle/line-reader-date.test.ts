/**
 * The line reader's dates read in place (line-reader.ts `dayAt`): a real day of 1900–2199 read
 * without cutting a string out, anything else left to the date's own parse — the same answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../src/core/calendar-date.js';
import { LineReader } from '../../src/lifecycle/line-reader.js';

const read = (text: string) => {
  const r = new LineReader(`"${text}",`);
  const d = r.date();
  return d === undefined ? undefined : { date: d.toString(), at: r.at };
};

describe('LineReader.date', () => {
  it('reads real days and refuses the others, hand-checked', () => {
    // 2028 is a leap year (÷4, not ÷100); 2000 is (÷400); 1900 and 2100 are not (÷100, not ÷400).
    for (const ok of ['2028-02-29', '2000-02-29', '1900-01-01', '2199-12-31', '2027-04-30', '2027-12-31'])
      expect(read(ok)).toEqual({ date: ok, at: 12 });
    for (const no of [
      '2027-02-29',
      '1900-02-29',
      '2100-02-29',
      '2027-04-31',
      '1899-12-31',
      '2200-01-01',
      '2027-00-10',
      '2027-13-01',
      '2027-01-00',
      '2027-1-001',
      '2027/01/01',
      '２027-01-01',
    ])
      expect(read(no)).toBeUndefined();
  });

  it('answers as CalendarDate.tryParse does for any ten characters (property)', () => {
    const ten = fc.oneof(
      fc.string({ minLength: 10, maxLength: 10 }),
      fc
        .tuple(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(ten, (s) => {
        fc.pre(!s.includes('"') && !s.includes('\\'));
        const parsed = CalendarDate.tryParse(s);
        const got = read(s);
        if (typeof parsed === 'string') expect(got).toBeUndefined();
        else expect(got).toEqual({ date: parsed.toString(), at: 12 });
      }),
      { numRuns: 2000 },
    );
  });
});
