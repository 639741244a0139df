/**
 * Benchmark of the batch path (issue 8): timelines for generated contracts — varied dates,
 * terms, minimum terms, options, notices (customer, company, non-renewal, discontinuation,
 * extensions) and payments, some late — through
 *
 *   records  `contractTimelines(iterable)`: the library's lazy batch over records;
 *   ndjson   `contractTimelinesAsync(readline over a file)`, each row `JSON.stringify`-ed to a
 *            sink: the path `cloud-ops-terms --batch FILE.ndjson` takes, without the terminal.
 *
 * Run with `npm run bench:timeline` (never timed inside a test). Each measurement runs in
 * its own child process with a 64 MB heap (--max-old-space-size=64), so a path that held
 * the contracts or the rows would run out of memory long before 100,000; the peak RSS and
 * heap are sampled every 1,000 contracts. Throughput is given per second of wall time and
 * per second of the process's CPU time (the fair figure on a shared machine). Options:
 * `--counts 10000,100000`.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { contractTimelines, contractTimelinesAsync } from '../../src/index.js';
import { AS_OF, contracts } from './contracts.js';

interface Measure {
  readonly mode: string;
  readonly count: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly cpuSeconds: number;
  readonly perCpuSecond: number;
  readonly errors: number;
  readonly events: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

function sampler() {
  let rss = 0;
  let heap = 0;
  return {
    sample() {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    },
    get peak() {
      return { peakRssMb: rss / 2 ** 20, peakHeapMb: heap / 2 ** 20 };
    },
  };
}

async function measure(mode: string, count: number, file?: string): Promise<Measure> {
  const memory = sampler();
  let errors = 0;
  let events = 0;
  let n = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  if (mode === 'records') {
    for (const row of contractTimelines(contracts(count), { asOf: AS_OF })) {
      n += 1;
      if (row.ok) events += row.timeline.events.length;
      else errors += 1;
      if (n % 1_000 === 0) memory.sample();
    }
  } else {
    const sink = createWriteStream('/dev/null');
    const lines = createInterface({ input: createReadStream(file as string), crlfDelay: Infinity });
    for await (const row of contractTimelinesAsync(lines, { asOf: AS_OF, input: 'ndjson' })) {
      n += 1;
      if (row.ok) events += row.timeline.events.length;
      else errors += 1;
      if (!sink.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
      if (n % 1_000 === 0) memory.sample();
    }
    sink.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  memory.sample();
  return { mode, count: n, seconds, perSecond: n / seconds, cpuSeconds, perCpuSecond: n / cpuSeconds, errors, events, ...memory.peak };
}

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, mode, count, file] = args;
  const result = await measure(mode as string, Number(count), file);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const countsArg = args.indexOf('--counts');
  const counts = countsArg >= 0 ? (args[countsArg + 1] ?? '').split(',').map(Number) : [10_000, 100_000];
  const dir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const results: Measure[] = [];
  try {
    for (const count of counts) {
      const file = join(dir, `contracts-${count}.ndjson`);
      const out = createWriteStream(file);
      for (const record of contracts(count)) {
        if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise((resolve) => out.end(resolve));
      for (const mode of ['records', 'ndjson']) {
        const child = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', self, '--child', mode, String(count), file], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        if (child.status !== 0) {
          process.stderr.write(child.stderr);
          throw new Error(`${mode} × ${count} failed (exit ${child.status})`);
        }
        results.push(JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measure);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cpu = cpus()[0];
  const lines = [
    `timeline batch benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} (${cpus().length} cores, one used), ${(totalmem() / 2 ** 30).toFixed(0)} GB; heap limit 64 MB per run; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    '',
    '| path | contracts | wall s | contracts/s (wall) | CPU s | contracts/s (CPU) | events/contract | error rows | peak RSS MB | peak heap MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.mode} | ${r.count.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.cpuSeconds.toFixed(1)} | ${Math.round(r.perCpuSecond).toLocaleString('en-US')} | ${(r.events / Math.max(1, r.count - r.errors)).toFixed(1)} | ${r.errors} | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
