/**
 * The suite as Stryker runs it for each mutant (stryker.config.json): the value-checking
 * tests only. Left out: the type tests (no runtime code to kill), the hostile-input
 * suite and the no-clock-reads rule (they check the kind of outcome, not the values, and
 * the hostile suite draws new cases on every run); the tests that read the sources as
 * text (the traceability matrix and the glossary scan them — in Stryker's sandbox they
 * see instrumented code); the CLI and the Sheets script, which run the built package,
 * not the mutated sources. fast-check gets a fixed seed so that
 * a mutant is killed or not the same way on every run (incremental results stay valid).
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/quality/**',
        'test/docs/traceability.test.ts',
        'test/docs/glossary.test.ts',
        'test/cli/**',
        'test/spreadsheet/**',
        'node_modules/**',
      ],
      typecheck: { enabled: false },
      setupFiles: ['test/support/fixed-seed.ts'],
    },
  }),
);
