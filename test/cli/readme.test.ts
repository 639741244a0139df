/**
 * The README's tour of the command-line tool shows real output: each `$ npx cloud-ops-terms …`
 * line of a ```console block is run (in process, LANG=ja_JP.UTF-8) and must print exactly the
 * lines under it. The README's sample record is SAMPLE_CONTRACT.
 *
 * 第13条2項「…当該書面が当社に到達した日の翌月末日を契約者の解約希望日とみなすものとします。」 — one of the answers
 * the tour shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTRACT } from '../../src/index.js';
import { run } from '../../src/cli/program.js';
import { ROOT } from '../support/examples.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Shown {
  readonly argv: string[];
  readonly output: string;
}

function consoleCommands(markdown: string): Shown[] {
  const shown: Shown[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { argv: string[]; lines: string[] } | undefined;
    for (const line of (block[1] ?? '').split('\n')) {
      const command = /^\$ npx cloud-ops-terms(.*)$/.exec(line);
      if (command) {
        if (current) shown.push({ argv: current.argv, output: current.lines.join('\n') });
        current = { argv: (command[1] ?? '').trim().split(/\s+/).filter(Boolean), lines: [] };
      } else if (current) current.lines.push(line);
    }
    if (current) shown.push({ argv: current.argv, output: current.lines.join('\n') });
  }
  return shown;
}

async function output(argv: string[]): Promise<string> {
  let out = '';
  const stdout = new Writable({
    write(chunk: Buffer, _e, done) {
      out += chunk.toString();
      done();
    },
  });
  const code = await run(argv, {
    stdin: new PassThrough(),
    stdout,
    stderr: stdout,
    env: { LANG: 'ja_JP.UTF-8' },
    now: () => new Date('2026-01-15T03:00:00Z'),
  });
  expect(code).toBe(0);
  return out;
}

describe('README: the command-line tool', () => {
  const commands = consoleCommands(readme);

  it('has a tour', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(commands.map((c) => [c.argv.join(' '), c] as const))('$ npx cloud-ops-terms %s', async (_name, c) => {
    expect((await output(c.argv)).trimEnd()).toBe(c.output.trimEnd());
  });

  it('shows the sample contract as it is', () => {
    const json = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## The contract record')))?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(SAMPLE_CONTRACT);
  });
});
