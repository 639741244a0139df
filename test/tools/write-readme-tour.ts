/**
 * Rewrites the README's tour of the command-line tool (`npm run readme:tour`): each
 * `$ npx cloud-ops-terms …` line of a ```console block is run in process, as
 * test/cli/readme.test.ts runs it (LANG=ja_JP.UTF-8, the clock at 2026-01-15 JST), and the
 * lines under it are replaced by what it prints. The test fails when the README and the
 * tool disagree; this writes what the tool says, for a person to read before committing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/program.js';

const path = fileURLToPath(new URL('../../README.md', import.meta.url));

async function output(argv: string[]): Promise<string> {
  let out = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  await run(argv, {
    stdin: new PassThrough(),
    stdout,
    stderr: stdout,
    env: { LANG: 'ja_JP.UTF-8' },
    now: () => new Date('2026-01-15T03:00:00Z'),
  });
  return out.trimEnd();
}

async function main(): Promise<void> {
  const readme = readFileSync(path, 'utf8');
  let result = readme;
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    const commands = (block[1] ?? '').split('\n').filter((line) => line.startsWith('$ npx cloud-ops-terms'));
    let fresh = '';
    for (const command of commands) {
      const argv = command.slice('$ npx cloud-ops-terms'.length).trim().split(/\s+/).filter(Boolean);
      fresh += `${command}\n${await output(argv)}\n`;
    }
    result = result.replace(block[0], `\`\`\`console\n${fresh}\`\`\``);
  }
  writeFileSync(path, result);
  process.stdout.write(
    result === readme ? 'README.md: the tour was already up to date\n' : 'README.md: tour rewritten\n',
  );
}

await main();
