// Three passes of contractTimelinesAsync over an NDJSON file in one process, CPU time each:
// `node test/bench/batch-passes.mjs FILE ASOF [PACKAGE]` (PACKAGE: a built index.js, default dist/index.js).
// Used by memo-tables.sh; the first pass includes the warm-up.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [file, asOf, pkg = 'dist/index.js'] = process.argv.slice(2);
const { contractTimelinesAsync } = await import(pathToFileURL(resolve(pkg)).href);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
for (let pass = 1; pass <= 3; pass++) {
  const start = process.cpuUsage();
  let n = 0;
  for await (const _row of contractTimelinesAsync(lines, { asOf, input: 'ndjson' })) n++;
  const used = process.cpuUsage(start);
  process.stdout.write(
    `pass ${pass}: ${n} contracts, ${Math.round(n / ((used.user + used.system) / 1e6))} contracts/s (CPU)\n`,
  );
}
