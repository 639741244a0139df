// The packed package's dependencies (issue 11): the library's runtime dependencies are
// exactly date-fns, decimal.js and zod, and its entry points import no other package; the
// command-line tool may also use tinypool (the thread pool of `bill --jobs`, issue 19),
// which only dist/cli.js and dist/bill-worker.js import. Nothing is peer, optional or
// bundled. Prints the packed and unpacked sizes.
//
// Usage: node .ci/check-package.mjs path/to/cloud-ops-terms-x.y.z.tgz
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ALLOWED = ['date-fns', 'decimal.js', 'zod'];
/** Dependencies of the command-line tool only: never imported by the library's entry points. */
const CLI_ONLY = ['tinypool'];
const ENTRY_POINTS = ['dist/index.js', 'dist/index.cjs'];
const CLI_FILES = ['dist/cli.js', 'dist/bill-worker.js'];

const tarball = process.argv[2];
if (!tarball) throw new Error('usage: node .ci/check-package.mjs <tarball>');
const dir = mkdtempSync(join(tmpdir(), 'check-package-'));
const problems = [];
try {
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  const root = join(dir, 'package');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  const runtime = Object.keys(pkg.dependencies ?? {}).sort();
  const expected = [...ALLOWED, ...CLI_ONLY].sort();
  if (JSON.stringify(runtime) !== JSON.stringify(expected)) {
    problems.push(`runtime dependencies are ${runtime.join(', ') || 'none'}; expected exactly ${expected.join(', ')}`);
  }
  for (const field of ['peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
    if (pkg[field] && Object.keys(pkg[field]).length > 0) problems.push(`${field} must be empty`);
  }

  // Bare specifiers the entry points import or require, builtins aside.
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const file of [...ENTRY_POINTS, ...CLI_FILES]) {
    const allowed = ENTRY_POINTS.includes(file) ? ALLOWED : [...ALLOWED, ...CLI_ONLY];
    const code = readFileSync(join(root, file), 'utf8');
    // Import and export statements (at the start of a line, as bundlers write them), require() and import().
    const statements = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
    const calls = /\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;
    const specifiers = [...code.matchAll(statements), ...code.matchAll(calls)].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) {
      if (s.startsWith('.') || builtins.has(s)) continue;
      const name = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];
      if (!allowed.includes(name))
        problems.push(`${file} imports '${s}', which it may not (the library: ${ALLOWED.join(', ')})`);
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
