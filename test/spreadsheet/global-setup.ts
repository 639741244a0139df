/**
 * Builds the Sheets script once per test run, into a scratch directory, so the
 * tests that load dist/sheets/Code.js the way Apps Script does work on a fresh
 * clone without `npm run build` (and never touch dist/). The directory is
 * handed to the tests as `inject('sheetsDir')` and removed afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { sheetsTsupConfig } from '../../src/spreadsheet/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The directory holding the freshly built Code.js, appsscript.json and esbuild's metafile. */
    sheetsDir: string;
  }
}

const TMP = fileURLToPath(new URL('../../.tmp/', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'sheets-'));
  // `config: false`: build only this entry, not the whole tsup.config.ts.
  await build({ ...sheetsTsupConfig(dir, { metafile: true }), config: false, silent: true });
  project.provide('sheetsDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
