/**
 * Extracts code examples from markdown and TSDoc and turns them into
 * runnable modules, so that a wrong `//=>` result fails the test suite.
 *
 * An example is a fenced block marked `ts` or `typescript` (add `no-run` after
 * the language to show code that must not run). Inside it, a statement
 * followed by a line `//=> value` is checked: the statement's value (or, for
 * `const x = …;`, the value of `x`) must deep-equal `value`. Imports from
 * 'cloud-ops-terms' are pointed at src/index.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC_INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

export interface Example {
  /** `file:line` of the opening fence. */
  readonly where: string;
  readonly code: string;
  /** How many `//=>` checks it has. */
  readonly checks: number;
}

const FENCE = /^\s*```(ts|typescript)(\s+no-run)?\s*$/;

function blocks(lines: string[], file: string, lineOffset = 0): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i] ?? '');
    if (!m) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '');
    if (m[2]) continue;
    const where = `${relative(ROOT, file)}:${start + 1 + lineOffset}`;
    const code = body.join('\n');
    out.push({ where, code, checks: body.filter((l) => l.trim().startsWith('//=>')).length });
  }
  return out;
}

/** The ts/typescript fences of a markdown file. */
export function markdownExamples(file: string): Example[] {
  return blocks(readFileSync(file, 'utf8').split('\n'), file);
}

/** The fenced examples inside the TSDoc comments of a source file. */
export function tsdocExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\/\*\*/.test(lines[i] ?? '')) continue;
    const start = i;
    const comment: string[] = [];
    for (; i < lines.length; i++) {
      comment.push((lines[i] ?? '').replace(/^\s*\/?\*+\/?\s?/, ''));
      if ((lines[i] ?? '').includes('*/')) break;
    }
    out.push(...blocks(comment, file, start));
  }
  return out;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth <= 0 && quote === undefined;
}

/**
 * The example as an ES module whose default export runs it, calling
 * `check(actual, expected, where)` for each `//=>`.
 */
export function toModule(example: Example): string {
  const lines = example.code.split('\n');
  const imports: string[] = [];
  const body: string[] = [];
  let start = 0; // where the statement being read begins in `body`
  let last: [number, number] | undefined; // the last complete statement
  const BLOCK =
    /^(?:\}\s*)?(?:try|if|for|while|do|else|switch|catch|finally|function|async\s+function)\b|^\}\s*(?:catch|finally|else)\b/;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (/^import\s/.test(trimmed)) {
      imports.push(line.replace(/(['"])cloud-ops-terms\1/, JSON.stringify(SRC_INDEX)));
      continue;
    }
    if (trimmed.startsWith('//=>')) {
      let expected = trimmed.slice(4).trim();
      while (!balanced(expected) && /^\s*\/\//.test(lines[i + 1] ?? '')) {
        i += 1;
        expected += ` ${(lines[i] ?? '').trim().replace(/^\/\/\s?/, '')}`;
      }
      if (!last) throw new Error(`${example.where}: a //=> line with no statement before it`);
      const [from, to] = last;
      const statement = body
        .slice(from, to)
        .map((l) => l.replace(/;\s*\/\/.*$/, ';'))
        .join('\n')
        .trim()
        .replace(/;$/, '');
      const where = `${example.where} (line ${i + 1} of the example)`;
      const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)(?:\s*:[^=]+)?\s*=/.exec(statement);
      const check = decl
        ? [`${statement};`, `__check(${decl[1]}, (${expected}), ${JSON.stringify(where)});`]
        : [`__check((${statement}), (${expected}), ${JSON.stringify(where)});`];
      body.splice(from, to - from, ...check);
      start = body.length;
      last = undefined;
      continue;
    }
    body.push(line);
    if (start === body.length - 1 && (trimmed === '' || trimmed.startsWith('//'))) {
      start = body.length;
      continue;
    }
    const local = body.slice(start).join('\n').trim();
    const code = trimmed.replace(/;\s*\/\/.*$/, ';'); // a trailing comment after a statement
    if (BLOCK.test(local) && code.endsWith('{')) {
      start = body.length;
      last = undefined;
    } else if (balanced(local) && /[;}]$/.test(code)) {
      last = [start, body.length];
      start = body.length;
    }
  }
  return [
    ...imports,
    'export default async function (__check: (a: unknown, e: unknown, w: string) => void): Promise<void> {',
    ...body.map((l) => `  ${l}`),
    '}',
    '',
  ].join('\n');
}

/** Every markdown file under docs/ (but not the terms' text) plus README.md. */
export function markdownFiles(): string[] {
  const files = [join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files.push(full);
    }
  };
  walk(join(ROOT, 'docs'));
  return files.sort();
}

/** Every TypeScript source file under src/. */
export function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) files.push(full);
    }
  };
  walk(join(ROOT, 'src'));
  return files.sort();
}
