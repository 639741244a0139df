// The tool's `--batch` (compact rows written, the default `--fields`) in one process, two builds in
// turns, so a loaded machine slows both alike: `node --max-old-space-size=64
// test/bench/cli-batch-pair.mjs BEFORE.mjs AFTER.mjs FILE ROUNDS [more flags…]`, each build a bundle
// of src/cli/program.ts (`npx esbuild src/cli/program.ts --bundle --platform=node --format=esm
// --target=node20 --outfile=/tmp/after.mjs`; the same from a checkout of the commit before). Each
// round runs `run(['--batch', FILE, '--as-of', '2031-01-01', '--quiet', …])` into a sink that hashes
// the bytes: the first round prints both builds' byte counts and MD5s (they must agree), then the
// median contracts per second of CPU (the process's, the collector's threads included) and of wall
// time, after two warm-up rounds. The order alternates round by round; run it both ways round
// (BEFORE AFTER, then AFTER BEFORE): the module imported second ran a few per cent faster in A/A runs.
// LINES=N when FILE does not hold 20,000 records.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

const [before, after, file, roundsArg = '10', ...extra] = process.argv.slice(2);
const builds = [before, after];
const runs = [];
for (const b of builds) runs.push((await import(pathToFileURL(resolve(b)).href)).run);

async function once(run) {
  const hash = createHash('md5');
  let bytes = 0;
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done();
    },
  });
  const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}, now: () => new Date(0) };
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const code = await run(['--batch', file, '--as-of', '2031-01-01', '--quiet', ...extra], io);
  const cpu = process.cpuUsage(cpu0);
  return {
    code,
    cpu: (cpu.user + cpu.system) / 1e6,
    wall: (performance.now() - wall0) / 1e3,
    bytes,
    md5: hash.digest('hex'),
  };
}

const results = [[], []];
const rounds = Number(roundsArg);
for (let r = 0; r < rounds + 2; r++) {
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    const x = await once(runs[i]);
    if (r === 0) process.stdout.write(`${builds[i]}: exit ${x.code}, ${x.bytes} bytes, md5 ${x.md5}\n`);
    if (r >= 2) results[i].push(x);
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const lines = Number(process.env.LINES ?? 20_000);
for (const i of [0, 1]) {
  const cpu = median(results[i].map((x) => x.cpu));
  const wall = median(results[i].map((x) => x.wall));
  process.stdout.write(
    `${builds[i]}: median ${Math.round(lines / cpu)}/s of CPU (${cpu.toFixed(3)} s), ${Math.round(lines / wall)}/s of wall (${wall.toFixed(3)} s)\n`,
  );
}
const ratio = median(results[0].map((x) => x.cpu)) / median(results[1].map((x) => x.cpu));
process.stdout.write(`after / before (CPU medians): ${ratio.toFixed(3)}\n`);
