/**
 * Benchmark of the billing run (issue 19): the built tool itself,
 *
 *   cloud-ops-terms bill --month 2030-12 --batch contracts.ndjson --format csv --quiet > /dev/null
 *
 * over generated contracts (contracts.ts: varied terms, options, notices, payments, some late),
 * written to an NDJSON file first (not timed). Each run is a child process with a 64 MB heap
 * (`--max-old-space-size=64`), so a path that held the contracts or the rows would fail long
 * before 100,000. `/usr/bin/time` gives the child's CPU seconds and peak RSS; the load
 * average (`uptime`) is printed beside each figure, since the machine may be shared.
 *
 * Run with `npm run bench:bill` after `npm run build`. Options: `--counts 10000,100000`,
 * `--repeat 3`, `--format csv|ndjson`, `--month YYYY-MM`, `--jobs N`; `--timeline` times the
 * timeline batch instead (`cloud-ops-terms --batch FILE`, compact rows; `--fields full` for the
 * full rows). `--against OTHER/cli.js` times another build in turns with this one (before, then
 * after, each repeat), so that a load that comes and goes weighs on both alike.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, contracts } from './contracts.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};

/** One run of the tool: wall and CPU seconds, peak RSS, and the load average before it. */
function runOnce(cli: string, file: string, count: number, format: string, month: string, extra: readonly string[]) {
  const load = loadavg()[0] as number;
  const stats = join(tmpdir(), `bill-bench-time-${process.pid}`);
  const started = process.hrtime.bigint();
  const child = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%U %S %M',
      '-o',
      stats,
      process.execPath,
      '--max-old-space-size=64',
      cli,
      ...(timeline
        ? ['--as-of', AS_OF, '--batch', file]
        : ['bill', '--month', month, '--as-of', AS_OF, '--batch', file, '--format', format, '--quiet']),
      ...extra,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`bill × ${count} failed (exit ${child.status}): ${child.stderr}`);
  const [user, system, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
  rmSync(stats, { force: true });
  const cpuSeconds = (user ?? 0) + (system ?? 0);
  return {
    count,
    seconds,
    perSecond: count / seconds,
    cpuSeconds,
    perCpuSecond: count / cpuSeconds,
    rssMb: (rssKb ?? 0) / 1024,
    load,
  };
}

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const counts = option('counts', '10000,100000').split(',').map(Number);
const repeat = Number(option('repeat', '3'));
const format = option('format', 'csv');
const month = option('month', '2030-12');
const extra = [
  ...(args.includes('--fields') ? ['--fields', option('fields', 'full')] : []),
  ...(args.includes('--jobs') ? ['--jobs', option('jobs', '1')] : []),
];
/** `--timeline`: the timeline batch (`cloud-ops-terms --batch FILE > /dev/null`, compact rows) instead of the bill. */
const timeline = args.includes('--timeline');
/** `--against FILE`: a second build (its dist/cli.js), run before this one in each repeat. */
const against = option('against', '');
const builds: [string, string][] =
  against === ''
    ? [['', CLI]]
    : [
        ['before ', against],
        ['after ', CLI],
      ];
const dir = mkdtempSync(join(tmpdir(), 'bill-bench-'));
const rows: string[] = [];
try {
  for (const count of counts) {
    const file = join(dir, `contracts-${count}.ndjson`);
    const out = createWriteStream(file);
    for (const record of contracts(count)) {
      if (!out.write(`${JSON.stringify(record)}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise((resolve) => out.end(resolve));
    for (let r = 1; r <= repeat; r++) {
      for (const [build, cli] of builds) {
        const m = runOnce(cli, file, count, format, month, extra);
        rows.push(
          `| ${m.count.toLocaleString('en-US')} | ${build}${r} | ${m.seconds.toFixed(2)} | ${Math.round(m.perSecond).toLocaleString('en-US')} | ${m.cpuSeconds.toFixed(2)} | ${Math.round(m.perCpuSecond).toLocaleString('en-US')} | ${m.rssMb.toFixed(0)} | ${m.load.toFixed(1)} |`,
        );
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const cpu = cpus()[0];
process.stdout.write(
  `${[
    `bill benchmark — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} (${cpus().length} cores), \`${timeline ? '--batch (timeline rows)' : `bill --month ${month} --format ${format}`}${extra.length > 0 ? ` ${extra.join(' ')}` : ''}\`, heap limit 64 MB`,
    '',
    '| contracts | run | wall s | contracts/s (wall) | CPU s | contracts/s (CPU) | peak RSS MB | load (1 min) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n')}\n`,
);
