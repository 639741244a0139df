/** Validation at the edge: field schemas turn raw input into value objects or field-named TermsErrors. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CalendarDate, Instant, YearMonth } from '../../src/index.js';
import {
  booleanField,
  dateField,
  enumField,
  instantField,
  intField,
  monthField,
  parseInput,
  yenField,
} from '../../src/core/schema.js';
import { expectTermsError } from '../support/assert.js';

const Input = z.object({
  noticeReceivedOn: dateField,
  requestedDate: z.optional(dateField),
  serviceMonth: z.optional(monthField),
  at: z.optional(instantField),
  monthlyFee: z.optional(yenField),
  months: z.optional(intField(1, 120)),
  designation: z.optional(enumField(['written', 'oral'] as const)),
  deemed: z.optional(booleanField),
});

describe('parseInput with the field schemas', () => {
  it('returns value objects', () => {
    const r = parseInput(Input, {
      noticeReceivedOn: '2027-04-15',
      serviceMonth: '2027-05',
      at: '2027-04-15T10:00:00+09:00',
      monthlyFee: '90000',
      months: 2,
      designation: 'oral',
      deemed: false,
    });
    expect(r.noticeReceivedOn).toBeInstanceOf(CalendarDate);
    expect(r.requestedDate).toBeUndefined();
    expect(r.serviceMonth).toBeInstanceOf(YearMonth);
    expect(r.at).toBeInstanceOf(Instant);
    expect(r.monthlyFee).toBe(90_000);
    expect(r.months).toBe(2);
    expect(r.designation).toBe('oral');
    expect(r.deemed).toBe(false);
  });

  it('names each bad field', () => {
    const e = expectTermsError(
      () => parseInput(Input, { noticeReceivedOn: '2027-02-30', monthlyFee: -5, months: 1.5, designation: 'fax' }),
      'noticeReceivedOn',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['noticeReceivedOn', 'monthlyFee', 'months', 'designation']);
    expect(e.message).toContain("expected one of 'written', 'oral', got 'fax'");
  });

  it('names a missing required field', () => {
    expectTermsError(() => parseInput(Input, {}), 'noticeReceivedOn', 'INVALID_INPUT', /got nothing/);
  });

  it('names the whole input when it is not an object', () => {
    expectTermsError(() => parseInput(Input, '2027-04-15'), 'input', 'INVALID_INPUT', /object of named fields/);
    expectTermsError(() => parseInput(Input, null, 'contract'), 'contract');
  });

  it('drops unknown keys and never touches Object.prototype', () => {
    const hostile = JSON.parse('{"noticeReceivedOn": "2027-04-15", "__proto__": {"polluted": true}, "extra": 1}');
    const r = parseInput(Input, hostile) as Record<string, unknown>;
    expect(Object.keys(r)).toEqual(['noticeReceivedOn']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copes with cyclic input', () => {
    const cyclic: Record<string, unknown> = { noticeReceivedOn: '2027-04-15' };
    cyclic.self = cyclic;
    expect(parseInput(Input, cyclic).noticeReceivedOn.toString()).toBe('2027-04-15');
    cyclic.requestedDate = cyclic;
    expectTermsError(() => parseInput(Input, cyclic), 'requestedDate', 'INVALID_INPUT', /got an object/);
  });
});
