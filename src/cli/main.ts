/**
 * The `cloud-ops-terms` command (package `bin`, and `npm start`): runs the tool with the
 * process's arguments, streams, environment and clock. See program.ts and docs/cli.md.
 */
import { run } from './program.js';

// A reader that stops early (`cloud-ops-terms --batch big.csv | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
});
