/**
 * サービス仕様書 第1
 * 「4 クラウド環境内サーバーアプリケーションの設定変更、インストール代行
 *   対応時間：当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時」
 * 「5 1(4)その他当社の契約者対応の提供時間は次のとおりとします。
 *   当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時」
 * 「6 各種連絡先 … FAX 03-6418-2206（24 時間受付、対応は翌営業日となります。）」
 *
 * I-12: open from 10:00 inclusive to 19:00 exclusive, JST, on business days; company
 * holidays none by default, the caller's list otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faxHandlingStart, Instant, isBusinessDay, isSupportOpen, nextSupportOpening } from '../../src/index.js';
import { isSupportOpenAt, nextSupportOpeningAt } from '../../src/calendar/support-hours.js';
import { expectTermsError } from '../support/assert.js';

const YEAR_END_CLOSURE = ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02', '2028-01-03'];

describe('第1 5: open 10:00–19:00 JST on business days', () => {
  it('opens at 10:00:00 and closes at 19:00:00 on Monday 2027-04-05', () => {
    expect(isSupportOpen({ at: '2027-04-05T09:59:59.999+09:00' }).open).toBe(false);
    expect(isSupportOpen({ at: '2027-04-05T10:00:00+09:00' })).toEqual({ open: true, basis: ['spec.1.5'] });
    expect(isSupportOpen({ at: '2027-04-05T18:59:59.999+09:00' }).open).toBe(true);
    expect(isSupportOpen({ at: '2027-04-05T19:00:00+09:00' }).open).toBe(false);
  });

  it('reads the instant in JST whatever its offset', () => {
    // 01:00Z = 10:00 JST; 2027-04-04T21:00-04:00 = 2027-04-05T01:00Z = 10:00 JST Monday.
    expect(isSupportOpen({ at: '2027-04-05T01:00:00Z' }).open).toBe(true);
    expect(isSupportOpen({ at: '2027-04-04T21:00:00-04:00' }).open).toBe(true);
    // 2027-04-04T15:00Z is Monday 00:00 JST: before opening. A Date works too.
    expect(isSupportOpen({ at: new Date(Date.UTC(2027, 3, 4, 15)) }).open).toBe(false);
    expect(isSupportOpen({ at: Instant.parse('2027-04-05T03:00:00Z') }).open).toBe(true);
  });

  it('is closed all day on weekends and national holidays (Golden Week 2027)', () => {
    expect(isSupportOpen({ at: '2027-05-01T12:00:00+09:00' }).open).toBe(false); // Saturday
    expect(isSupportOpen({ at: '2027-05-03T12:00:00+09:00' }).open).toBe(false); // 憲法記念日
    expect(isSupportOpen({ at: '2027-05-05T12:00:00+09:00' }).open).toBe(false); // こどもの日
    expect(isSupportOpen({ at: '2027-05-06T12:00:00+09:00' }).open).toBe(true); // Thursday
  });

  it('I-12 both ways: open on Friday 2027-12-31 by default, closed when the company says so', () => {
    expect(isSupportOpen({ at: '2027-12-31T12:00:00+09:00' }).open).toBe(true);
    expect(isSupportOpen({ at: '2027-12-31T12:00:00+09:00' }, { companyHolidays: YEAR_END_CLOSURE }).open).toBe(false);
  });

  it('第1 4 (settings changes and installs) has the same hours and cites 第1 4', () => {
    expect(isSupportOpen({ at: '2027-04-05T10:00:00+09:00', service: 'application-work' })).toEqual({
      open: true,
      basis: ['spec.1.4'],
    });
    expect(isSupportOpen({ at: '2027-04-05T10:00:00+09:00', service: 'support' }).basis).toEqual(['spec.1.5']);
  });
});

describe('the next opening', () => {
  it('is the instant itself while support is open', () => {
    expect(nextSupportOpening({ at: '2027-04-05T12:34:56.789+09:00' })).toEqual({
      at: '2027-04-05T12:34:56.789+09:00',
      basis: ['spec.1.5'],
    });
    expect(nextSupportOpening({ at: '2027-04-05T01:00:00Z' }).at).toBe('2027-04-05T10:00:00+09:00');
  });

  it('is 10:00 the same day before opening, and 10:00 the next business day after closing', () => {
    expect(nextSupportOpening({ at: '2027-04-05T00:00:00+09:00' }).at).toBe('2027-04-05T10:00:00+09:00');
    expect(nextSupportOpening({ at: '2027-04-05T19:00:00+09:00' }).at).toBe('2027-04-06T10:00:00+09:00');
    // Friday evening → Monday.
    expect(nextSupportOpening({ at: '2027-04-09T19:30:00+09:00' }).at).toBe('2027-04-12T10:00:00+09:00');
  });

  it('crosses Golden Week and the year end', () => {
    // Friday 2027-04-30 19:00 → 05-01 Sat, 05-02 Sun, 05-03–05-05 祝日 → Thursday 05-06 10:00.
    expect(nextSupportOpening({ at: '2027-04-30T19:00:00+09:00' }).at).toBe('2027-05-06T10:00:00+09:00');
    // Friday 2027-12-31 20:00 → Monday 2028-01-03 10:00; with the closure, Tuesday 01-04.
    expect(nextSupportOpening({ at: '2027-12-31T20:00:00+09:00' }).at).toBe('2028-01-03T10:00:00+09:00');
    expect(nextSupportOpening({ at: '2027-12-28T19:00:00+09:00' }, { companyHolidays: YEAR_END_CLOSURE }).at).toBe(
      '2028-01-04T10:00:00+09:00',
    );
  });
});

describe('第1 6: a fax is received 24 hours and handled on the next business day', () => {
  it('a fax on Monday at 08:00 — before opening — is handled on Tuesday, not at 10:00 that Monday', () => {
    expect(faxHandlingStart({ receivedAt: '2027-04-05T08:00:00+09:00' })).toEqual({
      handledOn: '2027-04-06',
      at: '2027-04-06T10:00:00+09:00',
      basis: ['spec.1.6', 'spec.1.5'],
    });
    expect(faxHandlingStart({ receivedAt: '2027-04-05T14:00:00+09:00' }).handledOn).toBe('2027-04-06');
  });

  it('a fax over a weekend or a holiday waits for the next business day', () => {
    expect(faxHandlingStart({ receivedAt: '2027-04-03T12:00:00+09:00' }).at).toBe('2027-04-05T10:00:00+09:00'); // Saturday
    expect(faxHandlingStart({ receivedAt: '2027-05-02T23:59:59+09:00' }).handledOn).toBe('2027-05-06');
    // 2027-05-05T15:30Z is Thursday 05-06 00:30 JST: the next business day after 05-06 is Friday 05-07.
    expect(faxHandlingStart({ receivedAt: '2027-05-05T15:30:00Z' }).handledOn).toBe('2027-05-07');
    expect(
      faxHandlingStart({ receivedAt: '2027-12-28T20:00:00+09:00' }, { companyHolidays: YEAR_END_CLOSURE }).handledOn,
    ).toBe('2028-01-04');
  });
});

describe('第1 6 with faxHandling: next-opening (I-12, revised: the alternative)', () => {
  const nextOpening = { faxHandling: 'next-opening' } as const;

  it('a fax on Monday 2027-04-05 at 08:00 waits only for 10:00 that Monday', () => {
    // The default says 「対応は翌営業日」: Tuesday 04-06 10:00; the alternative reads it as
    // "from the next moment support is open" (第1 5: 10:00–19:00 on a business day).
    expect(faxHandlingStart({ receivedAt: '2027-04-05T08:00:00+09:00' }, nextOpening)).toEqual({
      handledOn: '2027-04-05',
      at: '2027-04-05T10:00:00+09:00',
      basis: ['spec.1.6', 'spec.1.5'],
    });
  });

  it('a fax that arrives while support is open is handled at once', () => {
    // Monday 14:00 is inside 10:00–19:00: handled from its arrival, not the next day.
    expect(faxHandlingStart({ receivedAt: '2027-04-05T14:00:00+09:00' }, nextOpening).at).toBe(
      '2027-04-05T14:00:00+09:00',
    );
  });

  it('a fax at 19:00 or over a weekend waits for the next opening, as the default does', () => {
    // 19:00 is closed (exclusive): Tuesday 10:00 either way.
    expect(faxHandlingStart({ receivedAt: '2027-04-05T19:00:00+09:00' }, nextOpening).at).toBe(
      '2027-04-06T10:00:00+09:00',
    );
    // Saturday 2027-04-03 → Monday 04-05 10:00 under both readings.
    expect(faxHandlingStart({ receivedAt: '2027-04-03T12:00:00+09:00' }, nextOpening).at).toBe(
      '2027-04-05T10:00:00+09:00',
    );
  });

  it('company holidays count: 04-05 closed, a fax at 08:00 that day waits for Tuesday 10:00', () => {
    expect(
      faxHandlingStart(
        { receivedAt: '2027-04-05T08:00:00+09:00' },
        { faxHandling: 'next-opening', companyHolidays: ['2027-04-05'] },
      ).at,
    ).toBe('2027-04-06T10:00:00+09:00');
  });

  it('refuses an unknown faxHandling naming the option', () => {
    expectTermsError(
      () => faxHandlingStart({ receivedAt: '2027-04-05T08:00:00+09:00' }, { faxHandling: 'same-day' } as never),
      'options.faxHandling',
      'INVALID_INPUT',
      /I-12/,
    );
  });
});

describe('bad instants and years out of range', () => {
  it('an instant without an offset, a bare date, or a bad value is INVALID_INPUT naming the field', () => {
    expectTermsError(() => isSupportOpen({ at: '2027-04-05T10:00:00' }), 'at', 'INVALID_INPUT', /no UTC offset/);
    expectTermsError(() => nextSupportOpening({ at: '2027-04-05' }), 'at', 'INVALID_INPUT', /only a date/);
    expectTermsError(() => isSupportOpen({ at: new Date(Number.NaN) }), 'at');
    expectTermsError(() => faxHandlingStart({ receivedAt: 1_800_000_000_000 } as never), 'receivedAt');
    expectTermsError(() => isSupportOpen({ at: '2027-04-05T10:00:00Z', service: 'monitoring' } as never), 'service');
    expectTermsError(
      () => isSupportOpen({ at: '2027-04-05T10:00:00Z' }, { companyHolidays: [null] } as never),
      'options.companyHolidays.0',
    );
  });

  it('an instant whose JST date is outside 1955–2099, given or reached, is HOLIDAY_YEAR_OUT_OF_RANGE', () => {
    // 2099-12-31T15:00Z is 2100-01-01 00:00 JST.
    expectTermsError(
      () => isSupportOpen({ at: '2099-12-31T15:00:00Z' }),
      'at',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
      /2100-01-01/,
    );
    expect(isSupportOpen({ at: '2099-12-31T14:59:59Z' }).open).toBe(false);
    expectTermsError(() => nextSupportOpening({ at: '1954-12-31T12:00:00+09:00' }), 'at', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    // Thursday 2099-12-31 after closing: the next business day is in 2100.
    expectTermsError(() => nextSupportOpening({ at: '2099-12-31T19:00:00+09:00' }), 'at', 'HOLIDAY_YEAR_OUT_OF_RANGE');
    expectTermsError(
      () => faxHandlingStart({ receivedAt: '2099-12-31T09:00:00+09:00' }),
      'receivedAt',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });
});

describe('properties', () => {
  const FROM = Date.UTC(2000, 0, 1);
  const TO = Date.UTC(2050, 11, 31);
  const companyHolidays = fc.uniqueArray(
    fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
    { maxLength: 10 },
  );
  const instants = fc
    .tuple(fc.integer({ min: FROM, max: TO }), fc.constantFrom('Z', '+09:00', '-05:00'))
    .map(([ms, zone]) => {
      if (zone === 'Z') return new Date(ms).toISOString();
      const shift = zone === '+09:00' ? 9 : -5;
      return `${new Date(ms + shift * 3_600_000).toISOString().slice(0, 23)}${zone}`;
    });
  const MINUTE = 60_000;

  it('the next opening is always open, never earlier than the instant, and nothing before it is open', () => {
    fc.assert(
      fc.property(instants, companyHolidays, (at, holidays) => {
        const options = { companyHolidays: holidays };
        const next = Instant.parse(nextSupportOpening({ at }, options).at);
        const from = Instant.parse(at);
        expect(isSupportOpen({ at: next.toString() }, options).open).toBe(true);
        expect(next.isBefore(from)).toBe(false);
        if (!next.equals(from)) {
          // It is an opening: 10:00 JST, and the minute before it is closed.
          expect(next.jstTime()).toEqual({ hour: 10, minute: 0, second: 0, millisecond: 0 });
          expect(isSupportOpen({ at: new Date(next.epochMilliseconds - MINUTE) }, options).open).toBe(false);
          // No business day between the instant's date and the opening's date.
          for (let d = from.jstDate().addDays(1); d.isBefore(next.jstDate()); d = d.addDays(1)) {
            expect(isBusinessDay({ date: d }, options).businessDay).toBe(false);
          }
        }
      }),
    );
  });

  it('open exactly from 10:00 to 19:00 of a business day, and the trusted path agrees', () => {
    fc.assert(
      fc.property(instants, (at) => {
        const instant = Instant.parse(at);
        const { hour } = instant.jstTime();
        const expected = isBusinessDay({ date: instant.jstDate() }).businessDay && hour >= 10 && hour < 19;
        expect(isSupportOpen({ at }).open).toBe(expected);
        expect(isSupportOpenAt(instant)).toBe(expected);
        expect(nextSupportOpeningAt(instant).toString()).toBe(nextSupportOpening({ at }).at);
      }),
    );
  });

  it('next-opening never handles a fax later than the default, and always when support is open', () => {
    fc.assert(
      fc.property(instants, (receivedAt) => {
        const early = faxHandlingStart({ receivedAt }, { faxHandling: 'next-opening' }).at;
        expect(early).toBe(nextSupportOpening({ at: receivedAt }).at);
        expect(
          Instant.compare(Instant.parse(early), Instant.parse(faxHandlingStart({ receivedAt }).at)),
        ).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('a fax is handled at 10:00 of a business day after the day it arrived', () => {
    fc.assert(
      fc.property(instants, (receivedAt) => {
        const { handledOn, at } = faxHandlingStart({ receivedAt });
        expect(at).toBe(`${handledOn}T10:00:00+09:00`);
        expect(isSupportOpen({ at }).open).toBe(true);
        expect(handledOn > Instant.parse(receivedAt).jstDate().toString()).toBe(true);
      }),
    );
  });
});

describe('fax handling outside the holiday years', () => {
  it('is refused naming receivedAt', () => {
    expectTermsError(
      () => faxHandlingStart({ receivedAt: '1950-01-04T10:00:00+09:00' }),
      'receivedAt',
      'HOLIDAY_YEAR_OUT_OF_RANGE',
    );
  });
});
