import { defineConfig } from 'tsup';
import { sheetsTsupConfig } from './src/spreadsheet/build.js';

export default defineConfig([
  {
    // The library: ESM + CJS + declarations. Runtime dependencies stay external.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // `npm run build` empties dist first (prebuild): the two builds run side by side
    target: 'node20',
    treeshake: true,
    // zod is bundled (tree-shaken to what the schemas use): importing the zod package
    // loads all of its modules and locales, ~45 ms of a cold start (docs/performance.md).
    noExternal: ['zod'],
  },
  {
    // The command-line tool (package `bin`).
    // The worker of `bill --jobs` sits beside the tool (src/cli/bill-pool.ts finds it there).
    entry: { cli: 'src/cli/main.ts', 'bill-worker': 'src/cli/bill-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false, // dist/cli.js and dist/bill-worker.js each whole, no shared chunk
    treeshake: true,
    // zod and date-fns bundled, tree-shaken, as in the library: importing the packages loads
    // every module of each (date-fns's index alone ~0.1 s, zod/mini ~0.05 s of every start,
    // paid again by each worker of `bill --jobs`; docs/performance.md).
    noExternal: ['zod', 'date-fns'],
  },
  // The Google Sheets script: dist/sheets/Code.js + appsscript.json (docs/spreadsheet.md).
  sheetsTsupConfig(),
]);
