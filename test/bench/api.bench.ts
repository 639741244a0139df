/**
 * Every api.md function but contractTimeline, and the four comparisons with their
 * hand-written baselines (test/bench/cases.ts). `npm run bench` runs these under
 * vitest; `npm run bench:report` times the same cases in plain Node and prints the
 * table of docs/performance.md (vitest's module runner adds a cost of its own to
 * calls across modules, so the report's figures are the ones to quote).
 */
import { bench, describe } from 'vitest';
import { API_CASES, COMPARISONS, INPUTS } from './cases.js';

let sink = 0;
const loop = (call: (i: number) => unknown) => () => {
  for (let i = 0; i < INPUTS; i++) if (call(i) !== undefined) sink++;
};

describe(`api.md functions, validated (${INPUTS} inputs an iteration)`, () => {
  for (const c of API_CASES) bench(c.name, loop(c.call));
});

for (const c of COMPARISONS) {
  describe(`${c.name}: validated, trusted and plain-JS baselines (${INPUTS} inputs an iteration)`, () => {
    for (const k of [c.validated, c.baseline, c.trusted, c.baselineNumbers]) bench(k.name, loop(k.call));
  });
}

// Keep the results observable so the loops cannot be optimised away.
export const apiBenchSink = (): number => sink;
