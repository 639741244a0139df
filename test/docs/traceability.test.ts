/**
 * The traceability matrix (docs/traceability.md, docs/traceability.json) is
 * generated from the code by `npm run traceability`. It must list every
 * provision of the terms with a status, be what the code says today, and no
 * `basis` or `ref` anywhere may name a provision that does not exist.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVISIONS } from '../../src/index.js';
import { readTermsStructure } from '../support/terms-structure.js';
import {
  JSON_PATH,
  MARKDOWN_PATH,
  type TraceabilityBuild,
  buildTraceability,
  parentOf,
  readReview,
  refsInTitle,
  unknownRefsInMarkdown,
  unknownRefsInSource,
} from '../tools/traceability.js';
import { renderJson, renderMarkdown } from '../tools/traceability-render.js';

let build: TraceabilityBuild;
beforeAll(() => {
  build = buildTraceability();
}, 60_000);

const entry = (ref: string) => {
  const found = build.matrix.provisions.find((p) => p.ref === ref);
  if (!found) throw new Error(`${ref} is not in the matrix`);
  return found;
};

describe('the traceability matrix', () => {
  it('lists every provision of the terms and of the specification, in document order', () => {
    const parsed = readTermsStructure().map((p) => p.ref);
    expect(build.matrix.provisions.map((p) => p.ref)).toEqual(parsed);
    expect(parsed).toEqual([...PROVISIONS]);
  });

  it('gives every provision a status, keeps no stale reason, and finds no ref that does not exist', () => {
    expect(build.problems).toEqual([]);
  });

  it('counts each status once, adding up to every provision', () => {
    const { computed, declared } = build.matrix.counts;
    expect(computed + declared + build.matrix.counts['not-computable']).toBe(PROVISIONS.length);
  });

  it('is not stale: docs/traceability.md and .json are what `npm run traceability` writes today', () => {
    const hint = 'run `npm run traceability` and commit docs/traceability.md and docs/traceability.json';
    expect(readFileSync(MARKDOWN_PATH, 'utf8'), hint).toBe(renderMarkdown(build.matrix));
    expect(readFileSync(JSON_PATH, 'utf8'), hint).toBe(renderJson(build.matrix));
  });

  it('gives each not-computable provision its reviewed reason', () => {
    const { notComputable } = readReview();
    for (const p of build.matrix.provisions.filter((e) => e.status === 'not-computable')) {
      expect(p.reason, p.ref).toBeTruthy();
      if (!p.derived) expect(p.reason).toBe(notComputable[p.ref]);
    }
  });
});

describe('what the analysis finds (checked by hand against the source)', () => {
  it('第13条2項 is computed by customerTermination, which cites I-04, and exercised by article-13 tests', () => {
    const e = entry('13.2');
    expect(e.status).toBe('computed');
    expect(e.citedBy).toContain('customerTermination');
    expect(e.interpretations).toContain('I-04');
    const files = e.tests.map((i) => build.matrix.tests[i]?.file);
    expect(files).toContain('test/articles/article-13.test.ts');
  });

  it('the items of 第22条1項 are cited through the PROHIBITED_ACTS list they stand in', () => {
    for (let n = 1; n <= 11; n++) expect(entry(`22.1.${n}`).citedBy).toContain('PROHIBITED_ACTS');
  });

  it('第2条 defines terms: looked up, not computed (definedTerm is a reviewed look-up)', () => {
    expect(entry('2.1.1').status).toBe('declared');
    expect(entry('2.1.1').citedBy).toEqual(expect.arrayContaining(['DEFINED_TERMS', 'definedTerm']));
    expect(entry('2').derived).toBe(true);
  });

  it('a function without input gives a fixed answer: 第10条2項 is declared', () => {
    expect(entry('10.2').status).toBe('declared');
    expect(entry('10.2').citedBy).toEqual(['changeNoticeFailureLiability']);
  });

  it('第1条1項 is not computable, with its reason', () => {
    expect(entry('1.1').status).toBe('not-computable');
    expect(entry('1.1').reason).toMatch(/premise/);
  });

  it('第17条3項 exists only from 2019-06-01 (I-14)', () => {
    expect(entry('17.3').versions).toEqual(['2019-06-01']);
    expect(entry('17.2').versions).toEqual(['2017-03-01', '2019-06-01']);
  });

  it('every symbol it names is a public export with its source file', () => {
    for (const s of build.matrix.symbols) expect(s.file, s.name).toMatch(/^src\/.+\.ts$/);
    const named = new Set(build.matrix.provisions.flatMap((p) => p.citedBy));
    expect(new Set(build.matrix.symbols.map((s) => s.name))).toEqual(named);
  });
});

describe('the rules of the analysis', () => {
  it('reads the provisions a test title names', () => {
    expect(refsInTitle('第13条1項・2項: the termination date (I-04)')).toEqual(['13.1', '13.2']);
    expect(refsInTitle('第20条3項–5項: misuse of the ID')).toEqual(['20.3', '20.4', '20.5']);
    expect(refsInTitle('第22条1項9号 and 第29条')).toEqual(['22.1.9', '29']);
    expect(refsInTitle('第2条3号')).toEqual(['2.1.3']);
    expect(refsInTitle('an added option service (9.7) and spec.1.1.1')).toEqual(['9.7', 'spec.1.1.1']);
    // Not refs: a rate, an amount, a month count, a paragraph that does not exist.
    expect(refsInTitle('14.6% a year; 1,196.72 yen; 1.5 months; 13.6')).toEqual([]);
  });

  it('finds the parent of a provision', () => {
    expect(parentOf('14.1.9')).toBe('14.1');
    expect(parentOf('2.1.3')).toBe('2');
    expect(parentOf('13.2')).toBe('13');
    expect(parentOf('spec.1.1.2')).toBe('spec.1.1');
    expect(parentOf('spec.2')).toBe('spec');
    expect(parentOf('history')).toBeNull();
  });

  it('reports a basis or ref that names a provision that does not exist, in code and in docs', () => {
    const source = [
      "const a = basis('13.6');",
      "const b = { ref: '14.1.11', basis: ['13.2', '31'] };",
      '// @ts-expect-error a type test',
      "basis('13.7');",
      "const c = isProvisionRef('13.8');",
    ].join('\n');
    expect(unknownRefsInSource(source, 'x.ts')).toEqual([
      "x.ts:1: '13.6' is not a provision of the terms",
      "x.ts:2: '14.1.11' is not a provision of the terms",
      "x.ts:2: '31' is not a provision of the terms",
    ]);
    expect(unknownRefsInMarkdown("//=> { deadline: '2027-04-02', basis: ['10.1', '10.3'] }", 'x.md')).toEqual([
      "x.md:1: '10.3' is not a provision of the terms",
    ]);
  });
});
