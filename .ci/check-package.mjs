// The packed package's dependencies (issue 11): the runtime dependencies are exactly
// date-fns, decimal.js and zod; nothing is peer, optional or bundled; the library's
// entry points import no other package. Prints the packed and unpacked sizes.
//
// Usage: node .ci/check-package.mjs path/to/cloud-ops-terms-x.y.z.tgz
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALLOWED = ['date-fns', 'decimal.js', 'zod'];
const ENTRY_POINTS = ['dist/index.js', 'dist/index.cjs'];

const tarball = process.argv[2];
if (!tarball) throw new Error('usage: node .ci/check-package.mjs <tarball>');
const dir = mkdtempSync(join(tmpdir(), 'check-package-'));
const problems = [];
try {
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  const root = join(dir, 'package');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  const runtime = Object.keys(pkg.dependencies ?? {}).sort();
  if (JSON.stringify(runtime) !== JSON.stringify(ALLOWED)) {
    problems.push(`runtime dependencies are ${runtime.join(', ') || 'none'}; expected exactly ${ALLOWED.join(', ')}`);
  }
  for (const field of ['peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
    if (pkg[field] && Object.keys(pkg[field]).length > 0) problems.push(`${field} must be empty`);
  }

  // Bare specifiers the entry points import or require, builtins aside.
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const file of ENTRY_POINTS) {
    const code = readFileSync(join(root, file), 'utf8');
    // Import and export statements (at the start of a line, as bundlers write them), require() and import().
    const statements = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
    const calls = /\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;
    const specifiers = [...code.matchAll(statements), ...code.matchAll(calls)].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) {
      if (s.startsWith('.') || builtins.has(s)) continue;
      const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
      if (!ALLOWED.includes(name)) problems.push(`${file} imports '${s}', which is not a runtime dependency`);
    }
  }

  const unpacked = execFileSync('du', ['-sb', root], { encoding: 'utf8' }).split('\t')[0];
  const kib = (n) => `${(Number(n) / 1024).toFixed(1)} KiB`;
  console.log(`runtime dependencies: ${runtime.join(', ')}`);
  console.log(`packed size: ${kib(statSync(tarball).size)}, unpacked: ${kib(unpacked)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length > 0) {
  for (const p of problems) console.error(`package check: ${p}`);
  process.exit(1);
}
console.log('package check: ok');
