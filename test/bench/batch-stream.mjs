// One streamed pass of a built package's batch path over an NDJSON file, as `npm run bench:timeline`
// does it but with plain node (no tsx loader) and any package, so two packages can be run in turns:
// `node --max-old-space-size=64 test/bench/batch-stream.mjs PACKAGE.js FILE ASOF [MODE]`, MODE
// `timeline`, `timeline-nonotes` (`notes: false`) or `bill` (billingRunAsync for the month before
// ASOF's). Prints the contracts per second of wall and CPU time and the peak heap.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { rowsOf } from './batch-rows.mjs';

const [pkg, file, asOf, mode = 'timeline'] = process.argv.slice(2);
const lib = await import(pathToFileURL(resolve(pkg)).href);
const cpu = process.cpuUsage();
const started = process.hrtime.bigint();
let n = 0;
let heap = 0;
const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
for await (const _row of rowsOf(lib, lines, asOf, mode)) {
  n++;
  if (n % 1000 === 0) heap = Math.max(heap, process.memoryUsage().heapUsed);
}
const used = process.cpuUsage(cpu);
const wall = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(
  `${mode} ${pkg}: ${n} contracts, ${Math.round(n / wall)}/s wall, ${Math.round(n / ((used.user + used.system) / 1e6))}/s CPU, peak heap ${(heap / 2 ** 20).toFixed(0)} MB\n`,
);
