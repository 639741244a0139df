/**
 * The `cloud-ops-terms` command (package `bin`, and `npm start`): runs the tool with the
 * process's arguments, streams, environment and clock. See program.ts and docs/cli.md.
 */
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
});
