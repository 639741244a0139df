/**
 * The JSON Schemas shipped in docs/schemas/ are what the zod schemas generate today (run
 * `npm run schemas` after changing the record or the result), and the package exports them.
 *
 * 第1条1項「当社は、本利用約款…に基づき、本サービスを提供します。」 — the record these schemas describe is what
 * the terms are applied to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTRACT, contractTimeline } from '../../src/index.js';
import { jsonSchemaFiles } from '../../src/lifecycle/json-schema.js';
import { ROOT } from '../support/examples.js';
import { schemaErrors, shippedSchema } from '../support/json-schema.js';

describe('the shipped JSON Schemas', () => {
  it.each(Object.entries(jsonSchemaFiles()))('docs/schemas/%s is fresh (npm run schemas writes it)', (name, text) => {
    expect(readFileSync(join(ROOT, 'docs', 'schemas', name), 'utf8')).toBe(text);
  });

  it('are in the package: listed in files and exports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(pkg.files).toContain('docs/schemas');
    for (const name of ['contract', 'timeline', 'batch-row'])
      expect(pkg.exports[`./docs/schemas/${name}.json`]).toBe(`./docs/schemas/${name}.json`);
  });

  it('describe the sample contract and its timeline', () => {
    expect(schemaErrors('contract', SAMPLE_CONTRACT)).toEqual([]);
    expect(schemaErrors('timeline', contractTimeline(SAMPLE_CONTRACT, { asOf: '2026-01-15' }))).toEqual([]);
  });

  it('refuse what the library refuses: an unknown field, a date that is not YYYY-MM-DD, a fractional fee', () => {
    expect(schemaErrors('contract', { ...SAMPLE_CONTRACT, monthlyFe: 1 })).not.toEqual([]);
    expect(schemaErrors('contract', { ...SAMPLE_CONTRACT, formationDate: '2025/03/10' })).not.toEqual([]);
    expect(schemaErrors('contract', { ...SAMPLE_CONTRACT, monthlyFee: 1.5 })).not.toEqual([]);
    expect(schemaErrors('contract', { formationDate: '2025-03-10' })).not.toEqual([]); // required fields missing
  });

  it('name the required fields of a record and of an event', () => {
    expect(shippedSchema('contract').required).toEqual(['formationDate', 'scheduledStartDate', 'monthlyFee']);
    // Events are a union on kind: every member requires date, kind and basis, and some more.
    const timeline = shippedSchema('timeline') as {
      properties: { events: { items: { oneOf?: { required: string[] }[]; anyOf?: { required: string[] }[] } } };
    };
    const items = timeline.properties.events.items;
    const members = items.oneOf ?? items.anyOf ?? [];
    expect(members).toHaveLength(14); // the ten of the ledger issue, terms-change (I-20), contract-change (第9条3項), due-at-once (I-18), stops (第23条, 第24条)
    for (const m of members) expect(m.required).toEqual(expect.arrayContaining(['date', 'kind', 'basis']));
  });
});
