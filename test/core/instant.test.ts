/**
 * Instants in JST. I-03: 「当該書面が当社に到達した日」 is the JST calendar day
 * of arrival; I-12: support hours are JST wall-clock times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarDate, Instant } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('Instant.parse', () => {
  it('reads Z and reports the JST date and time', () => {
    const at = Instant.parse('2027-03-31T16:30:00Z');
    // 16:30 UTC + 9 h = 01:30 the next day in JST.
    expect(at.jstDate().toString()).toBe('2027-04-01');
    expect(at.jstTime()).toEqual({ hour: 1, minute: 30, second: 0, millisecond: 0 });
    expect(at.toString()).toBe('2027-04-01T01:30:00+09:00');
  });

  it('reads +09:00, +0900, negative offsets and no seconds', () => {
    expect(Instant.parse('2027-04-01T10:00:00+09:00').toString()).toBe('2027-04-01T10:00:00+09:00');
    expect(Instant.parse('2027-04-01T10:00+0900').toString()).toBe('2027-04-01T10:00:00+09:00');
    // 20:00 at −05:00 is 01:00 UTC on 04-02, 10:00 JST on 04-02.
    expect(Instant.parse('2027-04-01T20:00:00-05:00').toString()).toBe('2027-04-02T10:00:00+09:00');
  });

  it('keeps milliseconds and shows them only when not zero', () => {
    expect(Instant.parse('2027-04-01T10:00:00.5+09:00').toString()).toBe('2027-04-01T10:00:00.500+09:00');
    expect(Instant.parse('2027-04-01T10:00:00.123456789Z').jstTime().millisecond).toBe(123);
  });

  it('accepts a Date and an Instant', () => {
    const date = new Date(Date.UTC(2027, 2, 31, 15, 0, 0));
    expect(Instant.parse(date).toString()).toBe('2027-04-01T00:00:00+09:00');
    const at = Instant.parse(date);
    expect(Instant.parse(at)).toBe(at);
    expect(at.toDate().getTime()).toBe(date.getTime());
  });

  it('refuses a string without an offset, saying it is ambiguous', () => {
    expectTermsError(() => Instant.parse('2027-04-01T10:00:00', 'at'), 'at', 'INVALID_INPUT', /ambiguous/);
    expectTermsError(() => Instant.parse('2027-04-01T10:00', 'at'), 'at', 'INVALID_INPUT', /no UTC offset/);
  });

  it('refuses a bare date, an invalid Date and other garbage', () => {
    expectTermsError(() => Instant.parse('2027-04-01', 'receivedAt'), 'receivedAt', 'INVALID_INPUT', /only a date/);
    expectTermsError(() => Instant.parse(new Date(Number.NaN), 'at'), 'at', 'INVALID_INPUT', /invalid Date/);
    expectTermsError(() => Instant.parse(1_800_000_000_000, 'at'), 'at');
    expectTermsError(() => Instant.parse('yesterday', 'at'), 'at');
    expectTermsError(() => Instant.parse('2027-02-30T10:00:00Z', 'at'), 'at', 'INVALID_INPUT', /calendar day/);
    expectTermsError(() => Instant.parse('2027-04-01T24:00:00Z', 'at'), 'at', 'INVALID_INPUT', /time of day/);
    expectTermsError(() => Instant.parse('2027-04-01T10:00:00+24:00', 'at'), 'at', 'INVALID_INPUT', /offset/);
  });

  it('accepts instants whose JST date is in 1900–2199 and no others', () => {
    // 1899-12-31T15:00Z is 1900-01-01 00:00 JST.
    expect(Instant.parse('1899-12-31T15:00:00Z').jstDate().toString()).toBe('1900-01-01');
    expectTermsError(() => Instant.parse('1899-12-31T14:59:59Z', 'at'), 'at', 'INVALID_INPUT', /1900–2199/);
    expectTermsError(() => Instant.parse('2199-12-31T15:00:00Z', 'at'), 'at', 'INVALID_INPUT', /1900–2199/);
  });
});

describe('Instant.fromJst and comparison', () => {
  it('builds an instant from a JST wall-clock time', () => {
    const at = Instant.fromJst(CalendarDate.parse('2027-04-01'), 10, 0);
    expect(at.epochMilliseconds).toBe(Date.UTC(2027, 3, 1, 1, 0, 0));
    expect(at.toString()).toBe('2027-04-01T10:00:00+09:00');
    expect(at.jstMillisecondOfDay()).toBe(10 * 3_600_000);
  });

  it('refuses impossible times', () => {
    expectTermsError(() => Instant.fromJst(CalendarDate.parse('2027-04-01'), 24), 'time');
    expectTermsError(() => Instant.fromJst(CalendarDate.parse('2027-04-01'), 10, 60), 'time');
  });

  it('compares', () => {
    const a = Instant.parse('2027-04-01T10:00:00+09:00');
    const b = Instant.parse('2027-04-01T01:00:00Z');
    expect(a.equals(b)).toBe(true);
    const c = Instant.parse('2027-04-01T01:00:01Z');
    expect(a.isBefore(c)).toBe(true);
    expect(c.isAfter(a)).toBe(true);
    expect(Instant.compare(c, a)).toBe(1000);
    expect(() => +a).toThrow(/Instant.compare/);
  });
});

describe('Instant properties', () => {
  const ms = fc.integer({ min: Date.UTC(1900, 0, 1, 0, 0), max: Date.UTC(2199, 11, 31, 14, 59, 59, 999) });

  it('the JST date and time are the UTC fields nine hours later', () => {
    fc.assert(
      fc.property(ms, (t) => {
        const at = Instant.parse(new Date(t));
        const shifted = new Date(t + 9 * 3_600_000);
        expect(at.jstDate().toString()).toBe(shifted.toISOString().slice(0, 10));
        expect(at.jstTime().hour).toBe(shifted.getUTCHours());
        expect(at.jstTime().minute).toBe(shifted.getUTCMinutes());
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(toString()) round-trips', () => {
    fc.assert(
      fc.property(ms, (t) => {
        const at = Instant.parse(new Date(t));
        expect(Instant.parse(at.toString()).epochMilliseconds).toBe(t);
      }),
    );
  });
});

describe('Instant values are the library’s own (issue 11, hostile input)', () => {
  it('Instant.fromJst refuses anything but a CalendarDate, naming date', () => {
    expectTermsError(
      () => Instant.fromJst('2027-04-01' as never, 10),
      'date',
      'INVALID_INPUT',
      'expected a CalendarDate',
    );
  });

  it('Instant.fromJst describes the time it got, whatever it is', () => {
    expectTermsError(
      () => Instant.fromJst(CalendarDate.parse('2027-04-01'), 10, {} as never),
      'time',
      'INVALID_INPUT',
      'got 10, an object, 0, 0',
    );
  });

  it('an object made from Instant.prototype is not an Instant', () => {
    const forged: unknown = Object.create(Instant.prototype);
    expect(forged instanceof Instant).toBe(false);
    expect(Instant.parse('2027-04-01T10:00:00+09:00') instanceof Instant).toBe(true);
    expectTermsError(() => Instant.parse(forged, 'receivedAt'), 'receivedAt', 'INVALID_INPUT', /ISO 8601/);
  });
});

describe('Instant: the edges of what it reads, and the messages', () => {
  const EXAMPLE = "'2027-04-01T10:00:00+09:00'";

  it('reads only a whole ISO string: nothing before it, nothing after it', () => {
    expect(Instant.tryParse('x2027-04-01T10:00:00Z')).toBe(
      `expected an instant: an ISO 8601 string with an offset, like ${EXAMPLE}; got 'x2027-04-01T10:00:00Z'`,
    );
    expect(Instant.tryParse('2027-04-01T10:00:00Zx')).toBe(
      `expected an instant: an ISO 8601 string with an offset, like ${EXAMPLE}; got '2027-04-01T10:00:00Zx'`,
    );
  });

  it('a bare date is called a date; a date with something around it is not', () => {
    expect(Instant.tryParse('2027-04-01')).toBe(
      `expected an instant with a time and an offset, like ${EXAMPLE}; '2027-04-01' is only a date`,
    );
    expect(Instant.tryParse('2027-04-01x')).toMatch(/^expected an instant: an ISO 8601 string/);
    expect(Instant.tryParse('x2027-04-01')).toMatch(/^expected an instant: an ISO 8601 string/);
  });

  it('refuses a day, an hour, a minute, a second or an offset that does not exist', () => {
    for (const s of ['2027-13-01T10:00:00Z', '2027-00-01T10:00:00Z', '2027-04-31T10:00:00Z', '2027-04-00T10:00:00Z']) {
      expect(Instant.tryParse(s)).toBe(`expected a real calendar day in '${s}'`);
    }
    for (const s of ['2027-04-01T24:00:00Z', '2027-04-01T10:60:00Z', '2027-04-01T10:00:60Z']) {
      expect(Instant.tryParse(s)).toBe(`expected a time of day 00:00:00–23:59:59 in '${s}'`);
    }
    for (const s of ['2027-04-01T10:00:00+24:00', '2027-04-01T10:00:00+09:60']) {
      expect(Instant.tryParse(s)).toBe(`expected an offset from -23:59 to +23:59 in '${s}'`);
    }
  });

  it('applies an offset of hours and minutes, either way: 10:00+05:30 is 04:30Z, 10:00-05:30 is 15:30Z', () => {
    expect(Instant.parse('2027-04-01T10:00:00+05:30').epochMilliseconds).toBe(Date.UTC(2027, 3, 1, 4, 30));
    expect(Instant.parse('2027-04-01T10:00:00-05:30').epochMilliseconds).toBe(Date.UTC(2027, 3, 1, 15, 30));
    expect(Instant.parse('2027-04-01T10:00:00+23:59').epochMilliseconds).toBe(Date.UTC(2027, 2, 31, 10, 1));
  });

  it('parse names `at` unless told another field', () => {
    expectTermsError(() => Instant.parse('x'), 'at');
  });

  it('fromJst takes every time of a day from 00:00:00.000 to 23:59:59.999, and nothing else', () => {
    const day = CalendarDate.parse('2027-04-01');
    expect(Instant.fromJst(day, 0, 0, 0, 0).toString()).toBe('2027-04-01T00:00:00+09:00');
    // 10:30:15.250 JST is 01:30:15.250 UTC.
    expect(Instant.fromJst(day, 10, 30, 15, 250).epochMilliseconds).toBe(Date.UTC(2027, 3, 1, 1, 30, 15, 250));
    expect(Instant.fromJst(day, 23, 59, 59, 999).toString()).toBe('2027-04-01T23:59:59.999+09:00');
    for (const [h, m, s, ms] of [
      [-1, 0, 0, 0],
      [24, 0, 0, 0],
      [0, -1, 0, 0],
      [0, 60, 0, 0],
      [0, 0, -1, 0],
      [0, 0, 60, 0],
      [0, 0, 0, -1],
      [0, 0, 0, 1000],
    ] as const) {
      expectTermsError(() => Instant.fromJst(day, h, m, s, ms), 'time');
    }
  });

  it('equals only the same instant; isAfter is strict', () => {
    const a = Instant.parse('2027-04-01T10:00:00+09:00');
    const b = Instant.parse('2027-04-01T10:00:01+09:00');
    expect(a.equals(b)).toBe(false);
    expect(a.isAfter(a)).toBe(false);
    expect(b.isAfter(a)).toBe(true);
  });

  it('is written in +09:00 in JSON and in a template, and has no numeric value', () => {
    const a = Instant.parse('2027-04-01T01:00:00Z');
    expect(JSON.stringify({ a })).toBe('{"a":"2027-04-01T10:00:00+09:00"}');
    expect(`${a}`).toBe('2027-04-01T10:00:00+09:00');
    let caught: unknown;
    try {
      +a;
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({
      code: 'INVALID_OPERATION',
      issues: [{ path: 'at', message: 'an Instant has no numeric value: use Instant.compare, isBefore or isAfter' }],
    });
  });
});
