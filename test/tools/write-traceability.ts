/**
 * `npm run traceability`: writes docs/traceability.md and docs/traceability.json
 * from the code, and refreshes the 第2条 table of docs/glossary.md. Exits with 1, after writing, when the matrix has problems (a
 * provision without a status, a stale reason, a ref that does not exist).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { GLOSSARY_PATH, refreshGlossary } from './glossary.js';
import { JSON_PATH, MARKDOWN_PATH, buildTraceability } from './traceability.js';
import { renderJson, renderMarkdown } from './traceability-render.js';

const { matrix, problems } = buildTraceability();
writeFileSync(MARKDOWN_PATH, renderMarkdown(matrix));
writeFileSync(JSON_PATH, renderJson(matrix));
writeFileSync(GLOSSARY_PATH, refreshGlossary(readFileSync(GLOSSARY_PATH, 'utf8')));
const { computed, declared } = matrix.counts;
console.log(
  `traceability: ${matrix.provisions.length} provisions — ${computed} computed, ${declared} declared, ` +
    `${matrix.counts['not-computable']} not computable; ${matrix.tests.length} tests`,
);
if (problems.length > 0) {
  console.error(problems.map((p) => `  ${p}`).join('\n'));
  process.exitCode = 1;
}
