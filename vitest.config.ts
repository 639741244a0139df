import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the Sheets script (dist/sheets/Code.js) into a scratch directory for test/spreadsheet/.
    globalSetup: ['test/spreadsheet/global-setup.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    benchmark: {
      include: ['test/bench/**/*.bench.ts'],
    },
    // Property tests run many cases; keep the default timeout generous but finite.
    testTimeout: 30_000,
    // `npm run coverage` (and .ci/run's TZ=UTC run): v8 coverage of src/, failing under
    // 95 % of lines or 90 % of branches. The thin edges (the CLI, the spreadsheet
    // wrapper) and the re-exporting barrels are not held to the thresholds.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/spreadsheet/**', 'src/**/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
