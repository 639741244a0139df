/** A fixed fast-check seed, for the mutation runs (vitest.stryker.config.ts): the same cases every run. */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_270_401 });
