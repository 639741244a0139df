/**
 * The line reader's dates read in place (line-reader.ts `dayAt`): a real day of 1900–2199 read
 * without cutting a string out, anything else left to the date's own parse — the same answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, dateOfParts } from '../../src/core/calendar-date.js';
import { LineReader, isAt } from '../../src/lifecycle/line-reader.js';

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

describe('dateOfParts', () => {
  it('gives the day CalendarDate.of gives for whole numbers naming a real day, else undefined (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2210 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 33 }),
        (y, m, d) => {
          const got = dateOfParts(y, m, d);
          const parsed = CalendarDate.tryParse(
            `${String(y).padStart(4, '0')}-${String(Math.max(m, 0)).padStart(2, '0')}-${String(Math.max(d, 0)).padStart(2, '0')}`,
          );
          if (typeof parsed === 'string' || m < 0 || d < 0) expect(got).toBeUndefined();
          else expect(got?.toString()).toBe(parsed.toString());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows the leap day of 2000 and not of 2100, hand-checked', () => {
    // 2000 ÷ 400: a leap year; 2100 ÷ 100 but not ÷ 400: not one.
    expect(dateOfParts(2000, 2, 29)?.toString()).toBe('2000-02-29');
    expect(dateOfParts(2100, 2, 29)).toBeUndefined();
    expect(dateOfParts(2199, 12, 31)?.epochDay).toBe(CalendarDate.parse('2199-12-31').epochDay);
    expect(dateOfParts(2200, 1, 1)).toBeUndefined();
  });
});

describe('isAt', () => {
  it('answers as startsWith with a position does (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 4 }), fc.nat(14), (text, word, at) => {
        expect(isAt(text, at, word)).toBe(text.startsWith(word, at));
      }),
      { numRuns: 3000 },
    );
    // A word running past the end of the text is not there.
    expect(isAt('{"date":"20', 0, '{"date":"2027')).toBe(false);
    expect(isAt('x{"date":"', 1, '{"date":"')).toBe(true);
  });
});
