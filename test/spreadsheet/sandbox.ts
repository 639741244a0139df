/**
 * dist/sheets/Code.js as Apps Script runs it: the script evaluated in a bare
 * `node:vm` context — only the ECMAScript built-ins, no `require`, no
 * `process`, no module system — where its top-level function declarations
 * become global functions. Cells are made in that context too (a date cell is
 * a `Date` of the script's own realm, as in Apps Script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, createContext, runInContext, type Context } from 'node:vm';
import { inject } from 'vitest';

export interface Sandbox {
  readonly context: Context;
  /** The text of Code.js. */
  readonly code: string;
  /** Calls a global function of the script as a sheet would. */
  call(name: string, ...args: unknown[]): unknown;
  /** A `Date` of the script's realm for an instant in milliseconds. */
  date(ms: number): Date;
}

let cached: Sandbox | undefined;

/** The built script (test/spreadsheet/global-setup.ts), loaded once per test file. */
export function sheetsDir(): string {
  return inject('sheetsDir');
}

export function loadSandbox(): Sandbox {
  if (cached) return cached;
  const code = readFileSync(join(sheetsDir(), 'Code.js'), 'utf8');
  const context = createContext({});
  new Script(code, { filename: 'Code.js' }).runInContext(context);
  const makeDate = runInContext('(ms) => new Date(ms)', context) as (ms: number) => Date;
  cached = {
    context,
    code,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    date: makeDate,
  };
  return cached;
}

/** Midnight JST of a 'YYYY-MM-DD' date, in milliseconds. */
export function jstMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) - 9 * 3_600_000;
}

/** The spreadsheet serial number of a 'YYYY-MM-DD' date (days since 1899-12-30). */
export function serialOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** True for a Date of any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
