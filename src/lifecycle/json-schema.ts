/**
 * The JSON Schemas of the lifecycle layer, generated from its zod schemas, for services
 * not written in TypeScript: the contract record (what they send) and the timeline and
 * batch row (what they get back). `npm run schemas` writes them to `docs/schemas/`, which the
 * package ships (`cloud-ops-terms/docs/schemas/contract.json`, …); test/lifecycle/schemas.test.ts
 * fails when the committed files are stale. Internal: not exported from the package root.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ContractRecordSchema } from './contract.js';
import { hintOf } from './json-hints.js';
import { ContractTimelineResultSchema, TimelineBatchRowSchema } from './result-schema.js';
import { billRowJsonSchema, compactRowJsonSchema } from './row-json-schema.js';

type Json = Record<string, unknown>;

interface ZodInternals {
  readonly _zod: { readonly def: { readonly type: string; readonly shape?: Record<string, ZodInternals> } };
}

/** The JSON Schema of `schema`, with the hints of the lifecycle's field schemas written in. */
function jsonSchemaOf(
  schema: z.ZodMiniType,
  io: 'input' | 'output',
  meta: { id: string; title: string; description: string },
): Json {
  const generated = z.toJSONSchema(schema, {
    io,
    // The events' kinds share their fields' schemas (the list of provisions above all): once, in $defs.
    reused: io === 'output' ? 'ref' : 'inline',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as Json;
      const zod = ctx.zodSchema as unknown as ZodInternals;
      const hint = hintOf(ctx.zodSchema);
      if (hint !== undefined) {
        // A transform has no JSON Schema of its own: the hint is all of it.
        if (zod._zod.def.type === 'transform') for (const key of Object.keys(json)) delete json[key];
        Object.assign(json, hint);
      }
      const shape = zod._zod.def.type === 'object' ? zod._zod.def.shape : undefined;
      if (shape !== undefined) {
        // zod cannot tell which transforms are required on input; the shape can.
        const required = Object.keys(shape).filter((key) => shape[key]?._zod.def.type !== 'optional');
        if (required.length > 0) json.required = required;
        else delete json.required;
      }
    },
  }) as Json;
  const { $schema, ...rest } = generated;
  return { $schema, $id: meta.id, title: meta.title, description: meta.description, ...rest };
}

const BASE = 'urn:cloud-ops-terms:schemas:';

/** The JSON Schema of a contract record (`ContractRecordSchema`, as JSON). */
export function contractJsonSchema(): Json {
  return jsonSchemaOf(ContractRecordSchema, 'input', {
    id: `${BASE}contract.json`,
    title: 'cloud-ops-terms contract record',
    description:
      'One contract under the クラウド運用代行サービス利用約款: dates (YYYY-MM-DD, JST), instants (ISO 8601 with an offset), whole yen. Cross-field rules (a start before formation, a notice after asOf) are checked by contractTimeline.',
  });
}

/** The JSON Schema of what `contractTimeline` returns. */
export function timelineJsonSchema(): Json {
  return jsonSchemaOf(ContractTimelineResultSchema, 'output', {
    id: `${BASE}timeline.json`,
    title: 'cloud-ops-terms contract timeline',
    description:
      'Every date and amount the terms attach to one contract, sorted by date, each with the provisions behind it (basis).',
  });
}

/** The JSON Schema of one line of `cloud-ops-terms --batch` output. */
export function batchRowJsonSchema(): Json {
  return jsonSchemaOf(TimelineBatchRowSchema, 'output', {
    id: `${BASE}batch-row.json`,
    title: 'cloud-ops-terms batch row',
    description:
      'One NDJSON line of a batch run: the timeline of the record on that input line, or the TermsError that stopped it.',
  });
}

/** The files `npm run schemas` writes, by name under `docs/schemas/`. */
export function jsonSchemaFiles(): Record<string, string> {
  const text = (json: Json) => `${JSON.stringify(json, null, 2)}\n`;
  return {
    'contract.json': text(contractJsonSchema()),
    'timeline.json': text(timelineJsonSchema()),
    'batch-row.json': text(batchRowJsonSchema()),
    'compact-row.json': text(compactRowJsonSchema()),
    'bill-row.json': text(billRowJsonSchema()),
  };
}
