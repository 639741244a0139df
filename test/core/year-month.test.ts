/** A month 'YYYY-MM': 第25条3項 「翌月利用分を当月末までに」 speaks of service months. */
import { describe, expect, it } from 'vitest';
import { CalendarDate, YearMonth } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('YearMonth', () => {
  it('parses and knows its first and last day', () => {
    const m = YearMonth.parse('2028-02');
    expect(m.toString()).toBe('2028-02');
    expect(m.firstDay().toString()).toBe('2028-02-01');
    expect(m.lastDay().toString()).toBe('2028-02-29');
    expect(YearMonth.parse('2027-02').lastDay().toString()).toBe('2027-02-28');
    expect(YearMonth.parse('2027-02').daysInMonth()).toBe(28);
  });

  it('adds months across years', () => {
    expect(YearMonth.parse('2027-01').addMonths(-3).toString()).toBe('2026-10');
    expect(YearMonth.parse('2027-11').addMonths(2).toString()).toBe('2028-01');
    expectTermsError(() => YearMonth.parse('2199-12').addMonths(1), 'month', 'DATE_OUT_OF_RANGE');
    expectTermsError(() => YearMonth.parse('2027-04').addMonths(Number.NaN), 'month', 'DATE_OUT_OF_RANGE');
  });

  it('comes from a date and contains its dates', () => {
    const m = YearMonth.of(CalendarDate.parse('2027-04-15'));
    expect(m.toString()).toBe('2027-04');
    expect(m.contains(CalendarDate.parse('2027-04-30'))).toBe(true);
    expect(m.contains(CalendarDate.parse('2027-05-01'))).toBe(false);
    expect(YearMonth.compare(m, YearMonth.parse('2027-05'))).toBeLessThan(0);
    expect(m.equals(YearMonth.parse('2027-04'))).toBe(true);
    expect(JSON.stringify(m)).toBe('"2027-04"');
    expect(() => +m).toThrow(/YearMonth.compare/);
  });

  it.each(['2027-13', '2027-1', '2027-01-01', '1899-12', '2200-01', '２０２７-０４'])('refuses %j', (input) => {
    expectTermsError(() => YearMonth.parse(input, 'serviceMonth'), 'serviceMonth');
  });

  it('refuses non-strings', () => {
    expectTermsError(() => YearMonth.parse(202704, 'serviceMonth'), 'serviceMonth', 'INVALID_INPUT', /YYYY-MM/);
    expect(YearMonth.tryParse('2027-00')).toMatch(/month 01–12/);
  });
});

describe('YearMonth values are the library’s own (issue 11, hostile input)', () => {
  it('YearMonth.of refuses anything but a CalendarDate, naming date', () => {
    expectTermsError(() => YearMonth.of('2027-04-01' as never), 'date', 'INVALID_INPUT', 'expected a CalendarDate');
    expectTermsError(() => YearMonth.of(null as never), 'date');
  });

  it('an object made from YearMonth.prototype is not a YearMonth', () => {
    const forged: unknown = Object.create(YearMonth.prototype);
    expect(forged instanceof YearMonth).toBe(false);
    expect(YearMonth.parse('2027-04') instanceof YearMonth).toBe(true);
    expectTermsError(() => YearMonth.parse(forged, 'serviceMonth'), 'serviceMonth', 'INVALID_INPUT', /YYYY-MM/);
  });
});

describe('YearMonth: the edges and the messages', () => {
  it('reads only a whole YYYY-MM: a longer year, a text that merely looks like one, are refused', () => {
    expect(YearMonth.tryParse('12027-04')).toBe(
      "expected a month written 'YYYY-MM' (for example '2027-04'), got '12027-04'",
    );
    expect(YearMonth.tryParse({ toString: () => '2027-04' })).toBe(
      "expected a month written 'YYYY-MM' (for example '2027-04'), got an object",
    );
    expect(YearMonth.tryParse('1899-12')).toBe("expected a year from 1900 to 2199, got '1899-12'");
  });

  it('parse names `month` unless told another field', () => {
    expectTermsError(() => YearMonth.parse('x'), 'month');
  });

  it('reaches the first and last supported months, and no further', () => {
    expect(YearMonth.parse('1900-02').addMonths(-1).toString()).toBe('1900-01');
    expect(YearMonth.parse('2199-11').addMonths(1).toString()).toBe('2199-12');
    expectTermsError(
      () => YearMonth.parse('1900-01').addMonths(-1),
      'month',
      'DATE_OUT_OF_RANGE',
      /^month: the computed month is outside the supported years 1900–2199$/,
    );
  });

  it('contains a date only of its own year and month; equals only the same year and month', () => {
    const april = YearMonth.parse('2027-04');
    expect(april.contains(CalendarDate.parse('2028-04-01'))).toBe(false);
    expect(april.contains(CalendarDate.parse('2027-05-01'))).toBe(false);
    expect(april.equals(YearMonth.parse('2028-04'))).toBe(false);
    expect(april.equals(YearMonth.parse('2027-05'))).toBe(false);
    expect(april.equals(YearMonth.parse('2027-04'))).toBe(true);
  });

  it('writes a single-digit month with its zero, as a string and in a template', () => {
    expect(YearMonth.parse('2027-04').toString()).toBe('2027-04');
    expect(`${YearMonth.parse('2027-04')}`).toBe('2027-04');
  });

  it('has no numeric value, and says how to compare instead', () => {
    expect(() => +YearMonth.parse('2027-04')).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPERATION',
        issues: [{ path: 'month', message: 'a YearMonth has no numeric value: use YearMonth.compare or equals' }],
      }),
    );
  });
});
