/**
 * The suite as Stryker runs it for each mutant (stryker.config.json): the value-checking
 * tests only. Left out: the type tests (no runtime code to kill), the hostile-input
 * suite and the no-clock-reads rule (they check the kind of outcome, not the values, and
 * the hostile suite draws new cases on every run). fast-check gets a fixed seed so that
 * a mutant is killed or not the same way on every run (incremental results stay valid).
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/quality/**', 'node_modules/**'],
      typecheck: { enabled: false },
      setupFiles: ['test/support/fixed-seed.ts'],
    },
  }),
);
