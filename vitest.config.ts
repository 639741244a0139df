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
  },
});
