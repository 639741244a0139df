/**
 * Benchmark of the batch path (issue 8): timelines for generated contracts (contracts.ts) —
 * varied dates, terms, minimum terms, options, notices (customer, company, non-renewal,
 * discontinuation, extensions) and payments, some late — written to an NDJSON file first
 * (not timed), then streamed through
 *
 *   ndjson      `contractTimelinesAsync(readline over the file, { input: 'ndjson' })`: the
 *               library's streaming batch path, each line parsed, validated and computed;
 *   ndjson-nonotes  the same with `{ notes: false }`: no English notes built (what the CLI's
 *               compact rows need; issue 15's target is read on this path);
 *   ndjson-out  the same, each row `JSON.stringify`-ed and written to /dev/null in 64 KB
 *               chunks with backpressure: what `cloud-ops-terms --batch FILE.ndjson > out` does.
 *
 * Run with `npm run bench:timeline` after `npm run build` — it measures the built package
 * (dist/index.js), as services load it; never timed inside a test. Each measurement runs in
 * its own child process with a 64 MB heap (--max-old-space-size=64), so a path that held
 * the contracts or the rows would run out of memory long before 100,000; the peak RSS and
 * heap are sampled every 1,000 contracts. Throughput is given per second of wall time and
 * per second of the process's CPU time (the fair figure on a shared machine), each row with the
 * load average (1, 5, 15 minutes) when it started. Options: `--counts 10000,100000`,
 * `--repeat 3` (each measurement that many times, in fresh processes).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AS_OF, contracts } from './contracts.js';

interface Measure {
  readonly mode: string;
  load?: string;
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

/** The built package, as services load it (`npm run build` first). */
const BUILT = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

async function measure(mode: string, file: string): Promise<Measure> {
  const { contractTimelinesAsync } = (await import(pathToFileURL(BUILT).href)) as typeof import('../../src/index.js');
  const memory = sampler();
  let errors = 0;
  let events = 0;
  let n = 0;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const sink = mode === 'ndjson-out' ? createWriteStream('/dev/null') : undefined;
  let chunk = '';
  const options = mode === 'ndjson-nonotes' ? { notes: false } : undefined;
  for await (const row of contractTimelinesAsync(lines, { asOf: AS_OF, input: 'ndjson' }, options)) {
    n += 1;
    if (row.ok) events += row.timeline.events.length;
    else errors += 1;
    if (sink !== undefined) {
      // As the CLI writes: rows in chunks of about 64 KB, waiting for the sink to drain.
      chunk += `${JSON.stringify(row)}\n`;
      if (chunk.length >= 65_536) {
        const full = !sink.write(chunk);
        chunk = '';
        if (full) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
      }
    }
    if (n % 1_000 === 0) memory.sample();
  }
  if (sink !== undefined) await new Promise<void>((resolve) => sink.end(chunk, () => resolve()));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  memory.sample();
  return {
    mode,
    count: n,
    seconds,
    perSecond: n / seconds,
    cpuSeconds,
    perCpuSecond: n / cpuSeconds,
    errors,
    events,
    ...memory.peak,
  };
}

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, mode, , file] = args;
  const result = await measure(mode as string, file as string);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  if (!existsSync(BUILT)) throw new Error('dist/index.js is missing: run `npm run build` first');
  const countsArg = args.indexOf('--counts');
  const counts = countsArg >= 0 ? (args[countsArg + 1] ?? '').split(',').map(Number) : [10_000, 100_000];
  const repeatArg = args.indexOf('--repeat');
  const repeat = repeatArg >= 0 ? Math.max(1, Number(args[repeatArg + 1]) || 1) : 1;
  const dir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const results: Measure[] = [];
  try {
    for (const count of counts) {
      const file = join(dir, `contracts-${count}.ndjson`);
      const out = createWriteStream(file);
      for (const record of contracts(count)) {
        if (!out.write(`${JSON.stringify(record)}\n`))
          await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise((resolve) => out.end(resolve));
      for (const mode of ['ndjson', 'ndjson-nonotes', 'ndjson-out'])
        for (let run = 0; run < repeat; run++) {
          const load = loadavg()
            .map((l) => l.toFixed(1))
            .join(' ');
          const child = spawnSync(
            process.execPath,
            ['--max-old-space-size=64', '--import', 'tsx', self, '--child', mode, String(count), file],
            {
              encoding: 'utf8',
              maxBuffer: 1 << 20,
            },
          );
          if (child.status !== 0) {
            process.stderr.write(child.stderr);
            throw new Error(`${mode} × ${count} failed (exit ${child.status})`);
          }
          const measured = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as Measure;
          measured.load = load;
          results.push(measured);
        }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const cpu = cpus()[0];
  const lines = [
    `timeline batch benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu?.model ?? 'unknown CPU'} (${cpus().length} cores, one used), ${(totalmem() / 2 ** 30).toFixed(0)} GB; heap limit 64 MB per run; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    '',
    '| path | contracts | load average | wall s | contracts/s (wall) | CPU s | contracts/s (CPU) | events/contract | error rows | peak RSS MB | peak heap MB |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.mode} | ${r.count.toLocaleString('en-US')} | ${r.load ?? ''} | ${r.seconds.toFixed(1)} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.cpuSeconds.toFixed(1)} | ${Math.round(r.perCpuSecond).toLocaleString('en-US')} | ${(r.events / Math.max(1, r.count - r.errors)).toFixed(1)} | ${r.errors} | ${r.peakRssMb.toFixed(0)} | ${r.peakHeapMb.toFixed(0)} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
