// Two built packages' batch paths timed in turns in one process, so a loaded machine slows both
// alike: `node test/bench/batch-pair.mjs BEFORE.js AFTER.js FILE ASOF [MODE] [ROUNDS]`, MODE one of
// `timeline` (contractTimelinesAsync), `timeline-nonotes` (the same with `notes: false`; BEFORE must
// know the option) or `bill` (billingRunAsync for the month before ASOF's). Rounds of the first 8,000
// lines of the NDJSON FILE, after three warm-up rounds each; the median and best contracts per
// second of CPU time of each package. Used for docs/performance.md's and docs/quality.md's pairs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rowsOf } from './batch-rows.mjs';

const [before, after, file, asOf, mode = 'timeline-nonotes', roundsArg = '12'] = process.argv.slice(2);
const libs = [await import(pathToFileURL(resolve(before)).href), await import(pathToFileURL(resolve(after)).href)];
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 8000);

async function round(lib) {
  const start = process.cpuUsage();
  let n = 0;
  for await (const _row of rowsOf(lib, lines, asOf, mode)) n++;
  const used = process.cpuUsage(start);
  return n / ((used.user + used.system) / 1e6);
}

const results = [[], []];
for (let r = 0; r < 3; r++) for (const lib of libs) await round(lib);
for (let r = 0; r < Number(roundsArg); r++)
  for (const i of r % 2 ? [1, 0] : [0, 1]) results[i].push(await round(libs[i]));
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const f = (x) => Math.round(x).toLocaleString('en-US');
process.stdout.write(
  `${mode}: before median ${f(median(results[0]))} best ${f(Math.max(...results[0]))} | after median ${f(median(results[1]))} best ${f(Math.max(...results[1]))} | after / before ${(median(results[1]) / median(results[0])).toFixed(3)}\n`,
);
