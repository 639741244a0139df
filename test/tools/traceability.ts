/**
 * The traceability matrix: from every provision of the terms (and of the
 * service specification) to the public code that cites it, the tests that
 * exercise it, the interpretations it depends on and the versions of the terms
 * it exists in. Built by static analysis of src/ and test/ with the TypeScript
 * compiler API, so it picks up new modules (src/lifecycle, src/spreadsheet …)
 * without being told about them.
 *
 * The rules (also written out at the top of docs/traceability.md):
 *
 * - **Citations.** A declaration cites a provision when its code (outside type
 *   positions) holds the provision as a string: a literal whose contextual type
 *   is `ProvisionRef` (a `basis(...)` argument, a `ref:` field, a typed
 *   parameter), or any literal with the shape of a dotted ref (`'22.1.9'`,
 *   `'spec.1.5'`) — an `as const` table or a comparison. A declaration also
 *   cites what the declarations it uses cite (helpers, lists, other functions),
 *   except the list of all provisions in src/core/provisions.ts.
 * - **Status.** `computed`: cited by a public function (a value export of the
 *   package root) that takes input. `declared`: cited only by public constants
 *   (typed lists, phrases) or by functions without parameters (fixed answers).
 *   A paragraph or article that is not cited itself takes the best status of its
 *   parts (`derived`). Otherwise `not-computable`, with the reason written in
 *   docs/traceability-review.json; a provision with none of these is a problem.
 * - **Tests.** An `it`/`test` exercises a provision when its body (with the
 *   `.each` table and the local helpers it calls) uses a declaration of src/ that
 *   cites it, holds the provision as a dotted string or a `basis`/`ref` value, or
 *   when its title or an enclosing `describe` title names it (`第13条2項`,
 *   `第3条1項・3項`, `第20条3項–5項`, `(9.7)`). Each executed docs example
 *   (test/docs/examples.test.ts) counts as a test named by its place.
 * - **Interpretations.** The I-xx that the citing public declarations mention in
 *   their source and TSDoc, or that the internal helpers they use mention.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { ADDED_IN, PROVISIONS, type ProvisionRef, citeJa, versionsOf } from '../../src/core/provisions.js';
import {
  ROOT,
  type Example,
  markdownExamples,
  markdownFiles,
  sourceFiles,
  tsdocExamples,
} from '../support/examples.js';
import { readTermsStructure } from '../support/terms-structure.js';
import { filesUnder } from './files.js';

export type Status = 'computed' | 'declared' | 'not-computable';

/** A public value of the package that cites provisions. */
export interface TraceSymbol {
  readonly name: string;
  readonly kind: 'function' | 'constant' | 'class';
  /** Path from the repository root (no line: the matrix must not go stale when code moves). */
  readonly file: string;
  /** A function that takes input (its citations make a provision `computed`). */
  readonly computes: boolean;
}

export interface TraceTest {
  readonly file: string;
  /** `describe › … › it` titles, or `docs/….md example 3` for a docs example. */
  readonly name: string;
}

export interface TraceEntry {
  readonly ref: string;
  /** The Japanese citation (`第13条2項`). */
  readonly cite: string;
  /** The article (`'13'`), `'spec'` or `'history'`. */
  readonly article: string;
  readonly parent: string | null;
  readonly level: 'article' | 'paragraph' | 'item' | 'part' | 'history';
  /** The provision's own text, as docs/terms/terms-ja.txt writes it. */
  readonly text: string;
  readonly status: Status;
  /** The status comes from the provision's paragraphs or items, not from a citation of its own. */
  readonly derived: boolean;
  readonly reason?: string;
  /** Public declarations that cite this provision itself. */
  readonly citedBy: string[];
  /** Indexes into {@link Traceability.tests}. */
  readonly tests: number[];
  readonly interpretations: string[];
  readonly versions: string[];
}

export interface Traceability {
  readonly counts: Record<Status, number>;
  readonly symbols: TraceSymbol[];
  /** Every test that exercises a provision, in file order. */
  readonly tests: TraceTest[];
  readonly provisions: TraceEntry[];
}

export interface TraceabilityBuild {
  readonly matrix: Traceability;
  /** Missing statuses, stale reasons, refs that do not exist: each fails the freshness test. */
  readonly problems: string[];
}

export const REVIEW_PATH = join(ROOT, 'docs/traceability-review.json');
export const MARKDOWN_PATH = join(ROOT, 'docs/traceability.md');
export const JSON_PATH = join(ROOT, 'docs/traceability.json');

const KNOWN: ReadonlySet<string> = new Set(PROVISIONS);
/** The shape of a dotted ref: a string like this is a citation wherever it stands. */
const DOTTED = /^(?:\d{1,2}(?:\.\d{1,2}){1,2}|spec(?:\.\d{1,2}){1,3})$/;
const INTERPRETATION = /\bI-\d{2}\b/g;

const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

/** The parent of a provision: the longest proper prefix that is itself a provision. */
export function parentOf(ref: string): string | null {
  const parts = ref.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (KNOWN.has(candidate)) return candidate;
  }
  return null;
}

function levelOf(ref: string): TraceEntry['level'] {
  if (ref === 'history') return 'history';
  if (ref.startsWith('spec')) return 'part';
  const depth = ref.split('.').length;
  if (depth === 1) return 'article';
  return depth === 2 ? 'paragraph' : 'item';
}

/** What people decided: why a provision is not computable, and which functions only look a text up. */
export interface Review {
  /** Provision → the reason no code computes it. */
  readonly notComputable: Record<string, string>;
  /** Public functions that return a text of the terms rather than a date, amount or decision. */
  readonly lookups: Record<string, string>;
}

export function readReview(): Review {
  return JSON.parse(readFileSync(REVIEW_PATH, 'utf8')) as Review;
}

// ---------------------------------------------------------------------------
// The TypeScript program

interface Analysis {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly refType: ts.Type;
}

function analysis(): Analysis {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const provisions = program.getSourceFile(join(ROOT, 'src/core/provisions.ts'));
  let refType: ts.Type | undefined;
  provisions?.forEachChild((n) => {
    if (ts.isTypeAliasDeclaration(n) && n.name.text === 'ProvisionRef') refType = checker.getTypeAtLocation(n.name);
  });
  if (!refType) throw new Error('type ProvisionRef not found in src/core/provisions.ts');
  return { program, checker, refType };
}

const isSrc = (file: string) => rel(file).startsWith('src/');
const isTest = (file: string) => rel(file).startsWith('test/');
/** The list of every provision: citing it is not citing each provision. */
const isProvisionTable = (file: string) => rel(file) === 'src/core/provisions.ts';

function isInTypePosition(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return true;
    if (ts.isStatement(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

/** The property the literal is the value of (directly or as an array element), `basis` or `ref`, or the call it is an argument of, `basis()`. */
function propertyOf(node: ts.Node): string | undefined {
  let n = node.parent;
  if (n && ts.isArrayLiteralExpression(n)) n = n.parent;
  if (n && ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name))) return n.name.text;
  if (n && ts.isCallExpression(n) && ts.isIdentifier(n.expression)) return `${n.expression.text}()`;
  return undefined;
}

/**
 * The provision a string literal cites, if it cites one. In src/ a dotted
 * string always does; in a test only a `basis`/`ref` value or an argument typed
 * as a provision does — and not an argument of the vocabulary of provisions
 * itself (`citeJa('13.2')` tests the citation, not 第13条2項).
 */
function literalRef(a: Analysis, node: ts.Node, inTest: boolean): string | undefined {
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return undefined;
  const value = node.text;
  if (!KNOWN.has(value) || isInTypePosition(node)) return undefined;
  if (DOTTED.test(value) && !inTest) return value;
  const property = propertyOf(node);
  if (property === 'basis' || property === 'ref') return value;
  const contextual = a.checker.getContextualType(node as ts.Expression);
  if (!contextual || !a.checker.isTypeAssignableTo(contextual, a.refType)) return undefined;
  return inTest && callsVocabulary(a, node) ? undefined : value;
}

/** The literal is an argument of a function of src/core/provisions.ts or basis.ts. */
function callsVocabulary(a: Analysis, node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n && !ts.isStatement(n); n = n.parent) {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      const files = declarationsOf(a, n.expression).map((d) => rel(d.getSourceFile().fileName));
      if (files.some((f) => f === 'src/core/provisions.ts' || f === 'src/core/basis.ts')) return true;
    }
  }
  return false;
}

/** The declarations an identifier stands for (aliases followed). */
function declarationsOf(a: Analysis, id: ts.Identifier): ts.Declaration[] {
  let symbol = a.checker.getSymbolAtLocation(id);
  if (!symbol) {
    // `{ foo }` shorthand: the value symbol.
    if (ts.isShorthandPropertyAssignment(id.parent)) symbol = a.checker.getShorthandAssignmentValueSymbol(id.parent);
    if (!symbol) return [];
  }
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = a.checker.getAliasedSymbol(symbol);
  return symbol.declarations ?? [];
}

/** The declaration of src/ that holds `decl`: a top-level function, class or variable. */
function topLevelOf(decl: ts.Node): ts.Node | undefined {
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if (n.parent && ts.isSourceFile(n.parent)) {
      if (ts.isVariableStatement(n)) {
        // The declarator that holds `decl`.
        return n.declarationList.declarations.find((d) => d.pos <= decl.pos && decl.end <= d.end) ?? n;
      }
      return n;
    }
  }
  return undefined;
}

interface Facts {
  /** Provisions the declaration cites, directly or through what it uses. */
  readonly refs: Set<string>;
  /** I-xx its own text and the internal helpers it uses mention. */
  readonly interpretations: Set<string>;
}

/**
 * Walks code, collecting the provisions it cites and the declarations it uses.
 * `follow` decides, for a declaration used, what to add.
 */
function walk(
  a: Analysis,
  root: ts.Node,
  visitRef: (ref: string) => void,
  visitDecl: (decl: ts.Declaration) => void,
): void {
  const inTest = isTest(root.getSourceFile().fileName);
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) return;
    if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isImportDeclaration(node)) return;
    const ref = literalRef(a, node, inTest);
    if (ref) visitRef(ref);
    if (ts.isIdentifier(node) && !isDeclarationName(node)) for (const d of declarationsOf(a, node)) visitDecl(d);
    node.forEachChild(visit);
  };
  visit(root);
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent;
  return (
    ((ts.isVariableDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p) || ts.isParameter(p)) &&
      p.name === id) ||
    (ts.isPropertyAssignment(p) && p.name === id) ||
    (ts.isPropertyAccessExpression(p) && p.name === id && false)
  );
}

/** Facts about the top-level declarations of src/, memoised; `isPublic` stops the I-xx walk at public ones. */
function srcFacts(a: Analysis, isPublic: (decl: ts.Node) => boolean) {
  const memo = new Map<ts.Node, Facts>();
  const facts = (top: ts.Node): Facts => {
    const known = memo.get(top);
    if (known) return known;
    const own: Facts = { refs: new Set(), interpretations: new Set() };
    memo.set(top, own); // cycles see what is known so far
    if (isProvisionTable(top.getSourceFile().fileName)) return own;
    const text = ts.isVariableDeclaration(top) ? top.parent.parent.getFullText() : top.getFullText();
    for (const m of text.matchAll(INTERPRETATION)) own.interpretations.add(m[0]);
    walk(
      a,
      top,
      (ref) => own.refs.add(ref),
      (decl) => {
        const file = decl.getSourceFile().fileName;
        if (!isSrc(file)) return;
        const other = topLevelOf(decl);
        if (!other || other === top) return;
        const f = facts(other);
        for (const r of f.refs) own.refs.add(r);
        if (!isPublic(other)) for (const i of f.interpretations) own.interpretations.add(i);
      },
    );
    return own;
  };
  return facts;
}

// ---------------------------------------------------------------------------
// Public symbols

interface PublicSymbol extends TraceSymbol {
  readonly node: ts.Node;
}

function publicSymbols(a: Analysis): PublicSymbol[] {
  const index = a.program.getSourceFile(join(ROOT, 'src/index.ts'));
  const moduleSymbol = index && a.checker.getSymbolAtLocation(index);
  if (!moduleSymbol) throw new Error('src/index.ts not found');
  const out: PublicSymbol[] = [];
  for (const exported of a.checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? a.checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Value)) continue;
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!decl) continue;
    const top = topLevelOf(decl);
    if (!top) continue;
    const sf = top.getSourceFile();
    let kind: TraceSymbol['kind'] = 'constant';
    let params = 0;
    if (ts.isFunctionDeclaration(top)) {
      kind = 'function';
      params = top.parameters.length;
    } else if (ts.isClassDeclaration(top)) kind = 'class';
    else if (
      ts.isVariableDeclaration(top) &&
      top.initializer &&
      (ts.isArrowFunction(top.initializer) || ts.isFunctionExpression(top.initializer))
    ) {
      kind = 'function';
      params = top.initializer.parameters.length;
    }
    out.push({
      name: exported.name,
      kind,
      file: rel(sf.fileName),
      computes: kind === 'function' && params > 0,
      node: top,
    });
  }
  return out.sort((x, y) => x.file.localeCompare(y.file) || x.node.pos - y.node.pos || x.name.localeCompare(y.name));
}

// ---------------------------------------------------------------------------
// Tests

const TEST_CALLS = new Set(['it', 'test', 'describe']);

/** `it`, `it.each(t)`, `describe.skip` …: the root name, and the `.each` table if any. */
function testCall(call: ts.CallExpression): { name: string; table?: ts.NodeArray<ts.Expression> } | undefined {
  let callee: ts.Expression = call.expression;
  let table: ts.NodeArray<ts.Expression> | undefined;
  if (
    ts.isCallExpression(callee) &&
    ts.isPropertyAccessExpression(callee.expression) &&
    callee.expression.name.text === 'each'
  ) {
    table = callee.arguments;
    callee = callee.expression.expression;
  }
  while (ts.isPropertyAccessExpression(callee)) callee = callee.expression;
  if (!ts.isIdentifier(callee) || !TEST_CALLS.has(callee.text)) return undefined;
  return table ? { name: callee.text, table } : { name: callee.text };
}

function titleOf(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return undefined;
}

/**
 * The provisions a test title names: `第13条2項`, `第13条1項・2項`, `第20条3項–5項`,
 * `第22条1項9号`, `第29条`, and dotted refs such as `(9.7)` or `spec.1.1.1`.
 */
export function refsInTitle(title: string): string[] {
  const out: string[] = [];
  const add = (ref: string) => {
    if (KNOWN.has(ref)) out.push(ref);
  };
  for (const m of title.matchAll(/第(\d{1,2})条((?:\d{1,2}[項号][・–-]?)*)/g)) {
    const article = m[1] as string;
    const tokens = [...(m[2] ?? '').matchAll(/(\d{1,2})([項号])([・–-])?/g)].map((t) => ({
      n: Number(t[1]),
      kind: t[2] as '項' | '号',
      range: t[3] === '–' || t[3] === '-',
    }));
    if (tokens.length === 0) add(article);
    let paragraph = 1;
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const at = (n: number) => (t.kind === '項' ? `${article}.${n}` : `${article}.${paragraph}.${n}`);
      if (t.kind === '項') paragraph = t.n;
      if (t.kind === '項' && next?.kind === '号' && !t.range) return; // 1項9号: the item, not the paragraph
      add(at(t.n));
      if (t.range && next && next.kind === t.kind) for (let n = t.n + 1; n < next.n; n++) add(at(n));
    });
  }
  for (const m of title.matchAll(/(?<![\d.,])(spec(?:\.\d{1,2}){1,3}|\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.]*\d|\s*%)/g))
    add(m[1] as string);
  return [...new Set(out)];
}

function testsOf(a: Analysis, factsOf: (top: ts.Node) => Facts): { test: TraceTest; refs: Set<string> }[] {
  const out: { test: TraceTest; refs: Set<string> }[] = [];
  // Declarations of test files (helpers, locals): the provisions their code uses.
  const memo = new Map<ts.Node, Set<string>>();
  const refsOfTestDecl = (decl: ts.Node): Set<string> => {
    const known = memo.get(decl);
    if (known) return known;
    const refs = new Set<string>();
    memo.set(decl, refs);
    const body = ts.isVariableDeclaration(decl)
      ? decl.initializer
      : ts.isFunctionDeclaration(decl)
        ? decl.body
        : undefined;
    if (body) collect(body, refs);
    return refs;
  };
  const collect = (root: ts.Node, refs: Set<string>) =>
    walk(
      a,
      root,
      (ref) => refs.add(ref),
      (decl) => {
        const file = decl.getSourceFile().fileName;
        if (isSrc(file)) {
          const top = topLevelOf(decl);
          if (top) for (const r of factsOf(top).refs) refs.add(r);
        } else if (isTest(file) && (ts.isVariableDeclaration(decl) || ts.isFunctionDeclaration(decl))) {
          if (decl.pos <= root.pos && root.end <= decl.end) return; // itself
          for (const r of refsOfTestDecl(decl)) refs.add(r);
        }
      },
    );

  for (const sf of a.program.getSourceFiles()) {
    const file = rel(sf.fileName);
    // The matrix's own test checks the matrix, not the rules.
    if (!/^test\/.*\.test(-d)?\.ts$/.test(file) || file === 'test/docs/traceability.test.ts') continue;
    const visit = (node: ts.Node, titles: string[], inherited: string[]): void => {
      if (ts.isCallExpression(node)) {
        const call = testCall(node);
        const title = call && titleOf(node.arguments[0]);
        if (call && title !== undefined) {
          const here = [...inherited, ...refsInTitle(title)];
          if (call.name === 'describe') {
            for (const arg of node.arguments.slice(1)) visit(arg, [...titles, title], here);
            return;
          }
          const refs = new Set(here);
          for (const arg of node.arguments.slice(1)) collect(arg, refs);
          for (const arg of call.table ?? []) collect(arg, refs);
          out.push({ test: { file, name: [...titles, title].join(' › ') }, refs });
          return;
        }
      }
      node.forEachChild((child) => visit(child, titles, inherited));
    };
    visit(sf, [], []);
  }
  return out;
}

const VOCABULARY = new Set(['basis()', 'citeJa()', 'versionsOf()', 'isProvisionRef()', 'articleInfo()']);

/**
 * The executed docs examples (README, docs/, TSDoc), each as a test of the
 * public names it uses, of the dotted refs it passes (not to the vocabulary of
 * provisions) and of the `basis: [...]` its `//=>` lines expect.
 */
function exampleTests(symbolRefs: ReadonlyMap<string, Set<string>>): { test: TraceTest; refs: Set<string> }[] {
  const examples: Example[] = [...markdownFiles().flatMap(markdownExamples), ...sourceFiles().flatMap(tsdocExamples)];
  const ordinal = new Map<string, number>();
  return examples.map((example) => {
    const file = example.where.replace(/:\d+$/, '');
    const n = (ordinal.get(file) ?? 0) + 1;
    ordinal.set(file, n);
    const refs = new Set<string>();
    const sf = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) for (const r of symbolRefs.get(node.text) ?? []) refs.add(r);
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && KNOWN.has(node.text)) {
        const property = propertyOf(node);
        if (property === 'basis' || property === 'ref' || (DOTTED.test(node.text) && !VOCABULARY.has(property ?? ''))) {
          refs.add(node.text);
        }
      }
      node.forEachChild(visit);
    };
    visit(sf);
    // `//=> { …, basis: ['10.1'] }` lines are comments: read their basis too.
    for (const m of example.code.matchAll(/basis:\s*\[([^\]]*)\]/g)) {
      if (!/^\s*\/\/=>/m.test(m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      for (const q of (m[1] ?? '').matchAll(/'([^']+)'/g)) if (KNOWN.has(q[1] as string)) refs.add(q[1] as string);
    }
    return { test: { file: 'test/docs/examples.test.ts', name: `${file} example ${n}` }, refs };
  });
}

// ---------------------------------------------------------------------------
// Refs that do not exist

/** A statement under `// @ts-expect-error`: a type test that a wrong ref does not compile. */
function expectsError(node: ts.Node): boolean {
  let n: ts.Node = node;
  while (n.parent && !ts.isSourceFile(n.parent) && !ts.isBlock(n.parent)) n = n.parent;
  return /@ts-expect-error/.test(n.getFullText().slice(0, n.getStart() - n.getFullStart()));
}

const REF_SHAPE = /^(?:\d{1,2}(?:\.\d{1,3}){0,2}|spec(?:\.\d{1,3}){0,3}|history)$/;

/**
 * In TypeScript source: every `basis(...)` / `citeJa(...)` argument, `basis: [...]`
 * element and `ref: '…'` value with the shape of a ref must name a provision
 * that exists (a line under `// @ts-expect-error` is a type test and is skipped).
 */
export function unknownRefsInSource(text: string, where: string): string[] {
  const problems: string[] = [];
  const sf = ts.createSourceFile(where, text, ts.ScriptTarget.ES2022, true);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const property = propertyOf(node);
      const checked = property === 'basis' || property === 'ref' || property === 'basis()' || property === 'citeJa()';
      if (checked && REF_SHAPE.test(node.text) && !KNOWN.has(node.text) && !expectsError(node)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        problems.push(`${where}:${line}: '${node.text}' is not a provision of the terms`);
      }
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return problems;
}

/** The same in markdown: `basis: [...]`, `basis(...)` and `ref: '…'` anywhere on a line. */
export function unknownRefsInMarkdown(text: string, where: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\b(?:basis\s*:\s*\[|basis\(|citeJa\(|ref\s*:\s*)([^\])\n]*)/g)) {
      for (const q of (m[1] ?? '').matchAll(/'([^']*)'/g)) {
        const value = q[1] as string;
        if (REF_SHAPE.test(value) && !KNOWN.has(value))
          problems.push(`${where}:${i + 1}: '${value}' is not a provision of the terms`);
      }
    }
  });
  return problems;
}

/** Refs that do not exist anywhere in src/, test/, README.md and docs/. */
export function unknownRefs(): string[] {
  const files = [...sourceFiles(), ...filesUnder(join(ROOT, 'test'), '.ts')].filter(
    (f) => !rel(f).startsWith('test/tools/'),
  );
  return [
    ...files.flatMap((f) => unknownRefsInSource(readFileSync(f, 'utf8'), rel(f))),
    ...markdownFiles().flatMap((f) => unknownRefsInMarkdown(readFileSync(f, 'utf8'), rel(f))),
  ];
}

// ---------------------------------------------------------------------------
// The matrix

const RANK: Record<Status, number> = { computed: 3, declared: 2, 'not-computable': 1 };

export function buildTraceability(): TraceabilityBuild {
  const a = analysis();
  const problems: string[] = [];
  const symbols = publicSymbols(a);
  const review = readReview();
  const publicNodes = new Set(symbols.map((s) => s.node));
  const factsOf = srcFacts(a, (n) => publicNodes.has(n));

  const citing = new Map<string, PublicSymbol[]>();
  const symbolRefs = new Map<string, Set<string>>();
  for (const s of symbols) {
    const f = factsOf(s.node);
    symbolRefs.set(s.name, f.refs);
    for (const r of f.refs) citing.set(r, [...(citing.get(r) ?? []), s]);
  }
  const tests = [...testsOf(a, factsOf), ...exampleTests(symbolRefs)];
  const usedTests = tests.filter((t) => t.refs.size > 0).sort((x, y) => x.test.file.localeCompare(y.test.file) || 0);

  const structure = new Map(readTermsStructure().map((p) => [p.ref, p.lines.join('\n')]));
  const reasons = review.notComputable;
  for (const ref of Object.keys(reasons))
    if (!KNOWN.has(ref)) problems.push(`docs/traceability-review.json: '${ref}' is not a provision`);
  for (const name of Object.keys(review.lookups)) {
    if (!symbols.some((s) => s.name === name && s.kind === 'function'))
      problems.push(`docs/traceability-review.json: lookup '${name}' is not a public function`);
  }
  const children = new Map<string, string[]>();
  for (const ref of PROVISIONS) {
    const p = parentOf(ref);
    if (p) children.set(p, [...(children.get(p) ?? []), ref]);
  }

  const own = (ref: string): Status | undefined => {
    const by = citing.get(ref) ?? [];
    if (by.some((s) => s.computes && review.lookups[s.name] === undefined)) return 'computed';
    return by.length > 0 ? 'declared' : undefined;
  };
  const statusMemo = new Map<string, { status: Status | undefined; derived: boolean }>();
  const statusOf = (ref: string): { status: Status | undefined; derived: boolean } => {
    const known = statusMemo.get(ref);
    if (known) return known;
    let result: { status: Status | undefined; derived: boolean } = { status: own(ref), derived: false };
    if (result.status === undefined && reasons[ref] !== undefined)
      result = { status: 'not-computable', derived: false };
    if (result.status === undefined) {
      const parts = (children.get(ref) ?? []).map((c) => statusOf(c).status);
      if (parts.length > 0 && parts.every((s) => s !== undefined)) {
        const best = parts.reduce((x, y) => (RANK[x as Status] >= RANK[y as Status] ? x : y)) as Status;
        result = { status: best, derived: true };
      }
    }
    statusMemo.set(ref, result);
    return result;
  };

  const entries: TraceEntry[] = PROVISIONS.map((ref): TraceEntry => {
    const { status, derived } = statusOf(ref);
    const by = citing.get(ref) ?? [];
    if (status === undefined)
      problems.push(
        `${ref} (${citeJa(ref)}) has no status: cite it from code or give the reason in docs/traceability-review.json`,
      );
    if (own(ref) !== undefined && reasons[ref] !== undefined) {
      problems.push(
        `docs/traceability-review.json: ${ref} is ${own(ref)} now (${by.map((s) => s.name).join(', ')}); remove its reason`,
      );
    }
    const interpretations = new Set<string>();
    for (const s of by) for (const i of factsOf(s.node).interpretations) interpretations.add(i);
    const entry: TraceEntry = {
      ref,
      cite: citeJa(ref),
      article: ref.split('.')[0] as string,
      parent: parentOf(ref),
      level: levelOf(ref),
      text: structure.get(ref) ?? '',
      status: status ?? 'not-computable',
      derived,
      citedBy: by.map((s) => s.name),
      tests: usedTests.flatMap((t, i) => (t.refs.has(ref) ? [i] : [])),
      interpretations: [...interpretations].sort(),
      versions: versionsOf(ref as ProvisionRef),
    };
    const reason =
      reasons[ref] ??
      (status === 'not-computable' && derived ? 'Its parts are not computable (see below).' : undefined);
    return reason === undefined ? entry : { ...entry, reason };
  });

  problems.push(...unknownRefs());
  for (const ref of Object.keys(ADDED_IN)) if (!KNOWN.has(ref)) problems.push(`ADDED_IN names '${ref}'`);

  const counts: Record<Status, number> = { computed: 0, declared: 0, 'not-computable': 0 };
  for (const e of entries) counts[e.status] += 1;
  const used = new Set(entries.flatMap((e) => e.citedBy));
  return {
    matrix: {
      counts,
      tests: usedTests.map((t) => t.test),
      symbols: symbols
        .filter((s) => used.has(s.name))
        .map(({ node: _node, ...s }) => ({ ...s, computes: s.computes && review.lookups[s.name] === undefined })),
      provisions: entries,
    },
    problems,
  };
}
