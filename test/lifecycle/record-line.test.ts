/**
 * An NDJSON line read straight into the checked record (src/lifecycle/record-line.ts): a
 * shortcut for `JSON.parse` and the record's schema, which may say yes only for a line that
 * `JSON.parse` reads into a record the schema takes, with the same values. Every other line
 * goes to `JSON.parse` and the schema, which word the error.
 *
 * 第1条2項 and 第11条1項 leave the contract's own terms to the record; the record's schema
 * (record-schema.ts) is the one statement of what a record may hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ContractRecordSchema, SAMPLE_CONTRACT, contractTimelines } from '../../src/index.js';
import { recordOfLine } from '../../src/lifecycle/record-line.js';
import { contracts } from '../bench/contracts.js';

/** The line read by JSON.parse and the schema beside the shortcut: its yes must be theirs, with the same values. */
function agrees(line: string): boolean {
  const quick = recordOfLine(line);
  if (quick === undefined) return false;
  const zod = z.safeParse(ContractRecordSchema, JSON.parse(line));
  expect(zod.success).toBe(true);
  // toEqual: the shortcut lists every field of the record (undefined when absent), the schema only those given.
  if (zod.success) expect({ ...quick }).toEqual(zod.data);
  return true;
}

const base =
  '{"id":"C1","formationDate":"2030-08-07","scheduledStartDate":"2030-09-16","termMonths":24,"minimumTermMonths":24,"monthlyFee":295000,"payments":[{"date":"2030-08-31","amount":295000}]}';

/** `base` with notices (or options) given as JSON text. */
const withNotices = (json: string) => base.replace('"payments":[', `"notices":${json},"payments":[`);
const withOptions = (json: string) => base.replace('"payments":[', `"options":${json},"payments":[`);
const withPart = (key: string, json: string) => base.replace('"payments":[', `"${key}":${json},"payments":[`);

describe('an NDJSON line read straight into the checked record', () => {
  it('reads the sample and the benchmark portfolio, as JSON.parse and the schema do', () => {
    expect(agrees(JSON.stringify(SAMPLE_CONTRACT))).toBe(true);
    expect(agrees(base)).toBe(true);
    let read = 0;
    for (const record of contracts(300)) if (agrees(JSON.stringify(record))) read++;
    // Every generated record is compact JSON the schema takes: each is read here.
    expect(read).toBe(300);
  });

  it('leaves to JSON.parse and the schema every line not in the common form or not a valid record', () => {
    const declined = [
      '',
      ' ',
      ` ${base}`,
      `${base} `,
      base.replace('"id":"C1",', '"id": "C1",'), // whitespace
      base.replace('"C1"', '"C\\u0031"'), // an escape
      base.replace('"C1"', '"C\t1"'), // a control character (JSON.parse refuses it)
      base.replace('"C1"', '""'),
      base.replace('"C1"', `"${'x'.repeat(201)}"`),
      base.replace('"termMonths":24', '"termMonths":24.0'),
      base.replace('"termMonths":24', '"termMonths":2.4e1'),
      base.replace('"termMonths":24', '"termMonths":024'),
      base.replace('"termMonths":24', '"termMonths":-0'),
      base.replace('"termMonths":24', '"termMonths":0'),
      base.replace('"termMonths":24', '"termMonths":1201'),
      base.replace('"termMonths":24', '"termMonths":"24"'),
      base.replace('"monthlyFee":295000', '"monthlyFee":9007199254740993'),
      base.replace('"monthlyFee":295000', '"monthlyFee":"295000"'),
      base.replace('"2030-08-07"', '"2030-02-29"'),
      base.replace('"2030-08-07"', '"2030-8-07"'),
      base.replace('"2030-08-07"', '"2030-08-07T00:00"'),
      base.replace('"2030-08-07"', '"1899-12-31"'),
      base.replace('"id":"C1",', '"id":"C1","id":"C2",'), // a field twice
      base.replace('"id":"C1",', '"monthlyFe":1,'),
      base.replace('"id":"C1",', '"__proto__":{},'),
      base.replace('"amount":295000', '"amount":295000,"amount":1'),
      base.replace('"amount":295000', '"amount":295000,"extra":1'),
      base.replace('"amount":295000', '"amount":295000,"designation":{"fee":"other"}'),
      base.replace('"amount":295000', '"amount":295000,"designation":null'),
      base.replace('"amount":295000', '"amount":295000,"designation":{"fee":"initial"'),
      base.replace(
        '"payments":[',
        '"options":[{"name":"","monthlyFee":1,"scheduledStartDate":"2030-10-01"}],"payments":[',
      ),
      base.replace('"payments":[', '"notices":null,"payments":['),
      base.replace('"payments":[', '"notices":{"x":1},"payments":['),
      base.replace('"payments":[', '"stops":[{"provision":"23.1.1","from":"2030-10-01"]],"payments":['),
      withNotices('{"customerTermination":{"on":"2030-10-01","recievedOn":"2030-10-01"}}'),
      withNotices('{"nonRenewal":{"on":"2030-10-01","by":"someone"}}'),
      withNotices('{"discontinuation":{"on":"2030-10-01"}}'),
      withNotices('{"discontinuation":{"date":"2031-03-31","ground":"whim"}}'),
      withNotices('{"customerTermination":{"on":"2030-02-30"}}'),
      withNotices('{"customerTermination":{"on":"2030-10-01","extensionMonths":"2"}}'),
      withOptions(`[{"name":"${'x'.repeat(101)}","monthlyFee":1,"scheduledStartDate":"2030-10-01"}]`),
      withOptions('[{"name":"a","monthlyFee":1}]'),
      withOptions('[{"name":"a","monthlyFee":-1,"scheduledStartDate":"2030-10-01"}]'),
      withOptions('[{"name":"a","monthlyFee":1,"scheduledStartDate":"2030-10-01"},]'),
      // Changes and stops the schema refuses: a day missing, a fraction, a provision not of 第23条/第24条.
      withPart('changes', '[{"acceptanceSentOn":"2030-09-01","monthlyFee":300000}]'),
      withPart('changes', '[{"acceptanceSentOn":"2030-09-01","effectiveDate":"2030-10-01","monthlyFee":1.5}]'),
      withPart('stops', '[{"provision":"25.1","from":"2030-09-01"}]'),
      withPart('stops', '[{"to":"2030-09-01","provision":"23.1"}]'),
      base.replace(',"monthlyFee":295000', ''),
      base.slice(0, -1),
      `${base}}`,
      `${base},`,
      '[1]',
      '{}',
    ];
    for (const line of declined) expect([line, recordOfLine(line)]).toEqual([line, undefined]);
  });

  it('reads the rare parts through JSON.parse and the schema, whitespace and escapes inside them included', () => {
    const lines = [
      base.replace(
        '"payments":[',
        '"options": [ {"name":"back\\"up","monthlyFee":1,"scheduledStartDate":"2030-10-01"} ],"payments":[',
      ),
      base.replace(
        '"payments":[',
        '"notices":{"customerTermination":{"on":"2030-10-01","requestedDate":"2030-12-31"}},"payments":[',
      ),
      base.replace('"amount":295000', '"designation":{"serviceMonth":"2030-08"},"amount":295000'),
      base.replace('"payments":[{"date":"2030-08-31","amount":295000}]', '"payments":[]'),
      base.replace('"id":"C1",', '"initialFee":{"dueDate":"2030-08-31","amount":0},'),
      base.replace('"id":"C1",', '"overrides":{"autoRenewal":false},"termsChanges":[],"charges":[],"changes":[],'),
      // The notices' and options' common forms, read by hand, and the others, through JSON.parse and the schema.
      withNotices('{"customerTermination":{"requestedDate":"2030-12-31","on":"2030-10-01","extensionMonths":2}}'),
      withNotices('{"customerTermination":{"on":"2030-10-01","extensionMonths":1.5}}'),
      withNotices('{"nonRenewal":{"by":"company","on":"2030-10-01"},"companyTermination":{"on":"2030-10-01"}}'),
      withNotices('{"discontinuation":{"date":"2031-03-31","ground":"force-majeure","on":"2030-10-01"}}'),
      withNotices('{"companyImmediateTermination":{"on":"2030-10-01","ground":"paymentsSuspendedOrInsolvent"}}'),
      withNotices('{"customerTermination":{"sentAt":"2030-10-01T09:00:00+09:00","method":"email"}}'),
      withNotices('{}'),
      withOptions(`[{"scheduledStartDate":"2030-10-01","monthlyFee":1,"name":"${'x'.repeat(100)}"}]`),
      withOptions('[{"name":"a","monthlyFee":1,"scheduledStartDate":"2030-10-01","readyDate":"2030-10-05"}]'),
      withOptions('[]'),
      // Changes and stops: their common forms read by hand, the others through JSON.parse and the schema.
      withPart('changes', '[{"acceptanceSentOn":"2030-09-01","effectiveDate":"2030-10-01","monthlyFee":300000}]'),
      withPart('changes', '[{"effectiveDate":"2030-10-01","acceptanceSentOn":"2030-09-01"}]'),
      withPart('changes', '[{"acceptanceSentOn":"2030-09-01","effectiveDate":"2030-10-01","dropOptions":["a"]}]'),
      withPart('changes', '[]'),
      withPart(
        'stops',
        '[{"provision":"23.1.3","from":"2030-09-01","to":"2030-09-02"},{"from":"2030-10-01","provision":"24.3"}]',
      ),
      withPart('stops', '[{"provision":"24.2","from":"2030-09-01","to":"2030-09-01"}]'),
      withPart('stops', '[]'),
      // A field twice inside a rare part: JSON.parse keeps the last, as it does for the whole line.
      withNotices('{"customerTermination":{"on":"2030-10-01","on":"2030-10-02"}}'),
      withNotices('{"customerTermination":{"on":"2030-10-01"},"customerTermination":{"on":"2030-10-02"}}'),
      withOptions('[{"name":"a","name":"b","monthlyFee":1,"scheduledStartDate":"2030-10-01"}]'),
    ];
    for (const line of lines) expect([line, agrees(line)]).toEqual([line, true]);
  });

  it('gives the same rows as JSON.parse and the schema, errors included', () => {
    const lines = [...contracts(60, 11)].map((r) => JSON.stringify(r));
    // Damaged lines: a cross-field error the shortcut passes to the record's check, and a field the schema refuses.
    lines.push(base.replace('"2030-08-31"', '"2031-05-01"'), base.replace('"termMonths":24', '"termMonths":0'));
    // The same records, each line with a space at its end: all of them through JSON.parse and the schema.
    const spaced = lines.map((l) => `${l} `);
    expect(spaced.every((l) => recordOfLine(l) === undefined)).toBe(true);
    for (const options of [undefined, { notes: false }]) {
      const quick = [...contractTimelines(lines, { asOf: '2031-01-01', input: 'ndjson' }, options)];
      const slow = [...contractTimelines(spaced, { asOf: '2031-01-01', input: 'ndjson' }, options)];
      expect(JSON.stringify(quick)).toBe(JSON.stringify(slow));
      expect(quick.filter((r) => !r.ok)).toHaveLength(2);
    }
  });

  it('says yes only to what JSON.parse and the schema say yes to, on lines cut and changed at random', () => {
    const records = [...contracts(40, 5)].map((r) => JSON.stringify(r));
    const pieces = fc.constantFrom(
      ' ',
      '"',
      '\\',
      ',',
      ':',
      '{',
      '}',
      '[',
      ']',
      '0',
      '9',
      '-',
      '.',
      'e',
      '"id":"x",',
      '"id":"x"',
      '"monthlyFee":1',
      '"amount":1',
      '"2030-01-01"',
      'null',
    );
    const line = fc.tuple(fc.constantFrom(...records), fc.nat(), fc.nat(3), pieces).map(([r, at, cut, piece]) => {
      const i = at % r.length;
      return r.slice(0, i) + piece + r.slice(i + cut);
    });
    let read = 0;
    fc.assert(
      fc.property(line, (l) => {
        let parsed = true;
        try {
          JSON.parse(l);
        } catch {
          parsed = false;
        }
        if (!parsed) expect(recordOfLine(l)).toBeUndefined();
        else if (agrees(l)) read++;
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(50);
  });
});
