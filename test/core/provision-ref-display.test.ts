/**
 * What an editor shows: the `basis` of a result reads `ProvisionRef[]`, a name a
 * reader can follow, not the 188 strings of the provision list. Checked with the
 * compiler the editor uses (TypeScript's own `typeToString`, as a hover prints it).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('../../src/probe-basis-display.ts', import.meta.url));
const source = `import { customerTermination, lateInterest, basis } from './index.js';
export const a = customerTermination({ noticeReceivedOn: '2027-05-20' }).basis;
export const b = lateInterest({ amount: 1, dueDate: '2027-05-31', paidOn: '2027-06-30' });
export const c = basis('13.2');
`;

function displayed(): Record<string, string> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === probe ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || exists(name);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe);
  if (file === undefined) throw new Error('probe not compiled');
  const out: Record<string, string> = {};
  for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(file) as ts.Symbol)) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, file);
    const basis = symbol.name === 'b' ? type.getProperty('basis') : undefined;
    out[symbol.name] = checker.typeToString(
      basis === undefined ? type : checker.getTypeOfSymbolAtLocation(basis, file),
    );
  }
  return out;
}

describe('ProvisionRef in hovers', () => {
  it('a result’s basis displays as ProvisionRef[], not the union of every provision', () => {
    expect(displayed()).toEqual({ a: 'ProvisionRef[]', b: 'ProvisionRef[]', c: 'ProvisionRef[]' });
  }, 60_000);
});
