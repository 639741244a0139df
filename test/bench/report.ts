/**
 * `npm run bench:report` (issue 11): one table of what the library costs, for
 * docs/performance.md — calls per second of every public function of the articles but
 * contractTimeline (validated, strings in), our time / a plain-JS baseline for four
 * of them (validated against the baseline from the same strings, the internal
 * trusted path against the baseline from numbers), the cold import time of the built
 * package in fresh Node processes, and the packed size.
 *
 * Timing: each case loops over 1,024 prepared inputs; after a warm-up, SAMPLES
 * samples of about SAMPLE_MS each; the median ns per call is reported. Run it on an
 * idle machine: other processes on the same cores slow everything, baselines too.
 * Needs `npm run build` first (the script does it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { API_CASES, COMPARISONS, type Case, INPUTS } from './cases.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
const SAMPLE_MS = Number(process.env.BENCH_SAMPLE_MS ?? 150);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 10);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let sink = 0;

/** Median nanoseconds per call of `c`. */
function time(c: Case): number {
  const batch = (rounds: number) => {
    const start = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (let i = 0; i < INPUTS; i++) if (c.call(i) !== undefined) sink++;
    return Number(process.hrtime.bigint() - start);
  };
  // Warm up, and find how many rounds of INPUTS calls take about SAMPLE_MS.
  let rounds = 1;
  while (batch(rounds) < SAMPLE_MS * 1e6 * 0.5 && rounds < 1 << 20) rounds *= 2;
  const samples = Array.from({ length: SAMPLES }, () => batch(rounds) / (rounds * INPUTS)).sort((a, b) => a - b);
  return samples[Math.floor(SAMPLES / 2)] as number;
}

/** Median and minimum milliseconds to import the built package in a fresh Node process. */
function coldImport(kind: 'import' | 'require'): { median: number; min: number } {
  const entry = `${ROOT}dist/index.${kind === 'import' ? 'js' : 'cjs'}`;
  const code =
    kind === 'import'
      ? `const t = process.hrtime.bigint(); await import(${JSON.stringify(entry)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`
      : `const t = process.hrtime.bigint(); require(${JSON.stringify(entry)}); console.log(Number(process.hrtime.bigint() - t) / 1e6);`;
  const args = kind === 'import' ? ['--input-type=module', '-e', code] : ['-e', code];
  const runs = Array.from({ length: IMPORTS }, () =>
    Number(execFileSync(process.execPath, args, { encoding: 'utf8' })),
  );
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)] as number, min: runs[0] as number };
}

function packedSize(): { packed: number; unpacked: number; files: number } {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { size: number; unpackedSize: number; entryCount: number }[];
  if (!info) throw new Error('npm pack --dry-run gave nothing');
  return { packed: info.size, unpacked: info.unpackedSize, files: info.entryCount };
}

const ns = (n: number) => (n < 100 ? n.toFixed(1) : Math.round(n).toLocaleString('en'));
const perSecond = (n: number) => Math.round(1e9 / n).toLocaleString('en');
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const pad = (rows: string[][]) => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map(
    (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`,
  );
};

for (const c of COMPARISONS) {
  if (!c.agree()) throw new Error(`${c.name}: the baseline does not compute what the library computes`);
}

const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};

out(`cloud-ops-terms benchmark — Node ${process.version}, ${process.platform} ${process.arch}`);
out();
out(
  'One table: every public function of the articles, validated (strings in, a result with basis out); for four of them',
);
out('a plain-JS baseline (numbers and Date.UTC; no validation, no basis) and the internal trusted path.');
out();
const comparisons = new Map(COMPARISONS.map((c) => [c.name, c]));
const rows: string[][] = [];
const timed = [...API_CASES.map((c) => c.name), ...COMPARISONS.map((c) => c.name)];
for (const name of [...new Set(timed)]) {
  const c = comparisons.get(name);
  if (c === undefined) {
    const t = time(API_CASES.find((x) => x.name === name) as Case);
    rows.push([name, perSecond(t), ns(t), '', '', '', '', '', '']);
    continue;
  }
  const [v, b, t, bn] = [c.validated, c.baseline, c.trusted, c.baselineNumbers].map(time) as [
    number,
    number,
    number,
    number,
  ];
  rows.push([name, perSecond(v), ns(v), ns(b), ratio(v, b), c.trusted.name, ns(t), ns(bn), ratio(t, bn)]);
}
for (const l of pad([
  [
    'function',
    'calls/s',
    'ns/call',
    'baseline ns',
    'ours/baseline',
    'trusted path',
    'trusted ns',
    'baseline (numbers) ns',
    'trusted/baseline',
  ],
  ...rows,
])) {
  out(l);
}
out('(aims: validated ≤ 3× the baseline from the same strings, trusted ≤ 1.5× the baseline from numbers)');
out();
const esm = coldImport('import');
const cjs = coldImport('require');
const size = packedSize();
out(
  `cold import of dist/index.js (ESM), fresh process, ${IMPORTS} runs: median ${esm.median.toFixed(1)} ms, min ${esm.min.toFixed(1)} ms`,
);
out(
  `cold require of dist/index.cjs (CJS), fresh process, ${IMPORTS} runs: median ${cjs.median.toFixed(1)} ms, min ${cjs.min.toFixed(1)} ms`,
);
out(
  `packed size: ${(size.packed / 1024).toFixed(1)} KiB (${size.files} files, ${(size.unpacked / 1024).toFixed(1)} KiB unpacked)`,
);
if (sink < 0) console.log(sink);
