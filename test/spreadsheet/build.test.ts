/**
 * The generation step of the Sheets build (src/spreadsheet/build.ts): the
 * top-level functions it writes in front of the bundle, the manifest, and the
 * marking of module constants that lets the bundler drop unused ones.
 */
import { describe, expect, it } from 'vitest';
import {
  APPS_SCRIPT_MANIFEST,
  GLOBAL_NAME,
  appsScriptSource,
  markPureConstants,
  shapesOfBundle,
  type FunctionShape,
} from '../../src/spreadsheet/build.js';

const shape: FunctionShape = {
  name: 'TERMS_LATE_INTEREST',
  args: [
    { key: 'amount', label: '延滞額', type: 'number', optional: false },
    { key: 'dueDate', label: '支払期日', type: 'Date', optional: false },
    { key: 'rounding', label: '端数処理', type: 'string', optional: true },
  ],
  result: 'yen',
};

describe('Code.js', () => {
  it('declares each custom function at the top level, calling the bundle with all its arguments', () => {
    const code = appsScriptSource(`var ${GLOBAL_NAME}=(()=>({}))();`, [shape], '9.9.9');
    expect(code).toContain(
      [
        ' * @param {number} amount 延滞額',
        ' * @param {Date} dueDate 支払期日',
        ' * @param {string} rounding 端数処理（floor（切捨て、既定）・half-up（四捨五入）・ceil（切上げ）（I-06）、省略可）',
        ' * @return {number} 遅延損害金（円）',
        ' * @customfunction',
        ' */',
        'function TERMS_LATE_INTEREST(amount, dueDate, rounding) {',
        `  return ${GLOBAL_NAME}.functions.TERMS_LATE_INTEREST.apply(null, arguments);`,
        '}',
      ].join('\n'),
    );
    expect(code).toContain('cloud-ops-terms 9.9.9');
    // The bundle first, the functions after it (their help then shares gzip's window with the bundle's labels).
    const bundleAt = code.indexOf(`var ${GLOBAL_NAME}=(()=>({}))();`);
    expect(bundleAt).toBeGreaterThan(code.indexOf('cloud-ops-terms 9.9.9'));
    expect(bundleAt).toBeLessThan(code.indexOf('function TERMS_LATE_INTEREST('));
    expect(code.trimEnd().endsWith('.apply(null, arguments);\n}')).toBe(true);
  });

  it('refuses a function that has no help', () => {
    expect(() => appsScriptSource('', [{ ...shape, name: 'TERMS_UNKNOWN' }], '0')).toThrow('no help for TERMS_UNKNOWN');
  });

  it('reads the functions’ shapes from a bundle run in a bare context', () => {
    const bundle = `var ${GLOBAL_NAME} = { SHEET_FUNCTION_SPECS: [{ name: 'TERMS_X', args: [{ key: 'date', label: '日付', type: 'Date', optional: false, read() {} }], result: 'date', run() {} }] };`;
    expect(shapesOfBundle(bundle)).toEqual([
      { name: 'TERMS_X', args: [{ key: 'date', label: '日付', type: 'Date', optional: false }], result: 'date' },
    ]);
  });

  it('comes with a manifest for Tokyo time and the V8 runtime', () => {
    expect(APPS_SCRIPT_MANIFEST).toMatchObject({ timeZone: 'Asia/Tokyo', runtimeVersion: 'V8' });
  });
});

describe('marking module constants pure', () => {
  it('marks the call that initialises a top-level constant, exported or not, typed or not', () => {
    expect(markPureConstants('export const ARTICLE_9 = articleInfo(9);')).toBe(
      'export const ARTICLE_9 = /* @__PURE__ */ articleInfo(9);',
    );
    expect(markPureConstants('const Input = z.object({ date: dateField });')).toBe(
      'const Input = /* @__PURE__ */ z.object({ date: dateField });',
    );
    expect(markPureConstants('export const X: readonly Y[] = groundTable([\n  a,\n]);')).toBe(
      'export const X: readonly Y[] = /* @__PURE__ */ groundTable([\n  a,\n]);',
    );
  });

  it('leaves alone what is not a call, and anything not at the top level', () => {
    for (const source of [
      'export const N = 30;',
      'const PARSED = new Map();',
      'const f = (x: number) => g(x);',
      '  const local = compute(1);',
      'export const L = [a(1)];',
    ]) {
      expect(markPureConstants(source)).toBe(source);
    }
  });
});
