/**
 * Benchmark of the billing run (issue 19): the built tool itself,
 *
 *   cloud-ops-terms bill --month 2030-12 --batch contracts.ndjson --format csv --quiet > /dev/null
 *
 * over generated contracts (contracts.ts: varied terms, options, notices, payments, some late),
 * written to an NDJSON file first (not timed). Each run is a child process with a 64 MB heap
 * (`--max-old-space-size=64`), so a path that held the contracts or the rows would fail long
 * before 100,000. `/usr/bin/time` gives the child's CPU seconds and peak RSS. Beside each
 * figure: the load average as the run started, and the CPU seconds the rest of the machine
 * used while it ran (every core's busy time, `os.cpus()`, less the run's own) — the load
 * average counts the benchmark's own runs of the last minute, so only the second says whether
 * anything else ran.
 *
 * Run with `npm run bench:bill` after `npm run build`. Options: `--counts 10000,100000`,
 * `--repeat 3`, `--format csv|ndjson`, `--month YYYY-MM`, `--jobs N`, `--speedup`; `--timeline` times the
 * timeline batch instead (`cloud-ops-terms --batch FILE`, compact rows; `--fields full` for the
 * full rows). `--against OTHER/cli.js` times another build in turns with this one (before, then
 * after, each repeat), so that a load that comes and goes weighs on both alike.
 *
 * `--speedup` (issue 19 §4) times, in turns each repeat, `--jobs 1` and `--jobs 2` (which goes
 * first alternates, so that a machine that speeds up or slows down over the minutes weighs on
 * both alike), and the ceiling: two `--jobs 1` processes on the whole book at once (twice the
 * work, so the pair's speed-up is 2 × one alone ÷ the slower of the two) — what two cores give
 * when nothing is shared or started twice for the same records.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** Every core's busy time so far, in seconds (user, nice, system and interrupts). */
function busySeconds(): number {
  let ms = 0;
  for (const { times } of cpus()) ms += times.user + times.nice + times.sys + times.irq;
  return ms / 1000;
}

/** The CPU seconds the rest of the machine used during a run: the cores' busy time less the run's own, never below 0. */
const others = (busyBefore: number, ownCpu: number) => Math.max(0, busySeconds() - busyBefore - ownCpu);

/** One run of the tool: wall and CPU seconds, peak RSS, the load average before it, the rest of the machine's CPU during it. */
function runOnce(cli: string, file: string, count: number, format: string, month: string, extra: readonly string[]) {
  const load = loadavg()[0] as number;
  const stats = join(tmpdir(), `bill-bench-time-${process.pid}`);
  const busy = busySeconds();
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
    others: others(busy, cpuSeconds),
  };
}

/** {@link runOnce} as a promise, so that two runs can go at once (`--speedup`'s ceiling). */
function runAsync(cli: string, file: string, count: number, extra: readonly string[], tag: string) {
  const stats = join(tmpdir(), `bill-bench-time-${process.pid}-${tag}`);
  const args = ['bill', '--month', month, '--as-of', AS_OF, '--batch', file, '--format', format, '--quiet'];
  const started = process.hrtime.bigint();
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%U %S %M', '-o', stats, process.execPath, '--max-old-space-size=64', cli, ...args, ...extra],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return new Promise<{ seconds: number; cpuSeconds: number; rssMb: number }>((resolve, reject) => {
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`bill × ${count} failed (exit ${status})`));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [user, system, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
      rmSync(stats, { force: true });
      resolve({ seconds, cpuSeconds: (user ?? 0) + (system ?? 0), rssMb: (rssKb ?? 0) / 1024 });
    });
  });
}

/** One timed `--jobs N` run for `--speedup`, with the load before it and the rest of the machine's CPU during it. */
async function jobsRun(file: string, count: number, jobs: number) {
  const load = (loadavg()[0] as number).toFixed(1);
  const busy = busySeconds();
  const run = await runAsync(CLI, file, count, ['--jobs', String(jobs)], `jobs${jobs}`);
  return { ...run, load, others: others(busy, run.cpuSeconds) };
}

/**
 * `--speedup`: one repeat of `--jobs 1` and `--jobs 2` (`--jobs 2` first in even repeats) and
 * two `--jobs 1` at once, as table rows.
 */
async function speedupRound(file: string, count: number, r: number): Promise<string[]> {
  const n = count.toLocaleString('en-US');
  let one: Awaited<ReturnType<typeof jobsRun>>;
  let two: Awaited<ReturnType<typeof jobsRun>>;
  if (r % 2 === 1) {
    one = await jobsRun(file, count, 1);
    two = await jobsRun(file, count, 2);
  } else {
    two = await jobsRun(file, count, 2);
    one = await jobsRun(file, count, 1);
  }
  const l3 = (loadavg()[0] as number).toFixed(1);
  const busy = busySeconds();
  const pair = await Promise.all([
    runAsync(CLI, file, count, ['--jobs', '1'], 'a'),
    runAsync(CLI, file, count, ['--jobs', '1'], 'b'),
  ]);
  const slower = Math.max(pair[0].seconds, pair[1].seconds);
  const cpuPair = pair[0].cpuSeconds + pair[1].cpuSeconds;
  const rest = others(busy, cpuPair);
  const order = r % 2 === 1 ? ['1st', '2nd'] : ['2nd', '1st'];
  return [
    `| ${n} | ${r} | \`--jobs 1\` (${order[0]}) | ${one.seconds.toFixed(2)} | ${one.cpuSeconds.toFixed(2)} | 1.00 | ${one.rssMb.toFixed(0)} | ${one.load} | ${one.others.toFixed(2)} |`,
    `| ${n} | ${r} | \`--jobs 2\` (${order[1]}) | ${two.seconds.toFixed(2)} | ${two.cpuSeconds.toFixed(2)} | ${(one.seconds / two.seconds).toFixed(2)} | ${two.rssMb.toFixed(0)} | ${two.load} | ${two.others.toFixed(2)} |`,
    `| ${n} | ${r} | 2 × \`--jobs 1\` at once | ${slower.toFixed(2)} | ${cpuPair.toFixed(2)} | ${((2 * one.seconds) / slower).toFixed(2)} | ${Math.max(pair[0].rssMb, pair[1].rssMb).toFixed(0)} | ${l3} | ${rest.toFixed(2)} |`,
  ];
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
/** `--speedup`: `--jobs 1` against `--jobs 2` and against two `--jobs 1` at once (the ceiling). */
const speedup = args.includes('--speedup');
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
      if (speedup) {
        rows.push(...(await speedupRound(file, count, r)));
        continue;
      }
      for (const [build, cli] of builds) {
        const m = runOnce(cli, file, count, format, month, extra);
        rows.push(
          `| ${m.count.toLocaleString('en-US')} | ${build}${r} | ${m.seconds.toFixed(2)} | ${Math.round(m.perSecond).toLocaleString('en-US')} | ${m.cpuSeconds.toFixed(2)} | ${Math.round(m.perCpuSecond).toLocaleString('en-US')} | ${m.rssMb.toFixed(0)} | ${m.load.toFixed(1)} | ${m.others.toFixed(2)} |`,
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
    ...(speedup
      ? [
          '| contracts | run | what | wall s | CPU s | speed-up (wall) | peak RSS MB | load (1 min) | others’ CPU s |',
          '|---:|---:|---|---:|---:|---:|---:|---:|---:|',
        ]
      : [
          '| contracts | run | wall s | contracts/s (wall) | CPU s | contracts/s (CPU) | peak RSS MB | load (1 min) | others’ CPU s |',
          '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ]),
    ...rows,
  ].join('\n')}\n`,
);
