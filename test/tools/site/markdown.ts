/**
 * Markdown to HTML for the HTML edition, with `marked`: links mapped to the
 * site, headings with GitHub's anchors, tables that scroll on a phone, and each
 * executed `ts` example shown with the results it gave when the site was built.
 */
import { Marked, type Tokens } from 'marked';
import type { RanExample } from './examples.js';
import { escapeHtml, mapHref, slug } from './layout.js';

export interface MarkdownContext {
  /** The markdown file's path in the repository (`docs/articles/article-13.md`). */
  readonly repoPath: string;
  /** Its examples, run, in order. */
  readonly examples: readonly RanExample[];
  /** Repository files the pages link to, for the build to copy. */
  readonly copies: Set<string>;
}

/** An example's code, each `//=>` line marked with the result the code gave. */
export function exampleHtml(ran: RanExample, ordinal: number): string {
  const byLine = new Map(ran.checks.map((c) => [c.line, c]));
  const lines = ran.example.code.split('\n').map((line, i) => {
    const check = byLine.get(i + 1);
    if (!check) return escapeHtml(line);
    const mark = check.ok
      ? `<span class="ran ok" title="the code gave ${escapeHtml(check.actual)}">✓ ran</span>`
      : `<span class="ran bad">✗ the code gave ${escapeHtml(check.actual)}</span>`;
    return `<span class="expect">${escapeHtml(line)}</span> ${mark}`;
  });
  const passed = ran.checks.filter((c) => c.ok).length;
  const caption = ran.error
    ? `<span class="bad">✗ this example threw: ${escapeHtml(ran.error)}</span>`
    : passed === ran.example.checks && passed === ran.checks.length
      ? `Run when this page was built: ${passed === 0 ? 'it ran without error' : `all ${passed} results as shown`} ✓`
      : `<span class="bad">✗ ${passed} of ${ran.example.checks} results as shown</span>`;
  return (
    `<figure class="example" id="example-${ordinal}"><pre><code class="language-ts">${lines.join('\n')}</code></pre>` +
    `<figcaption>${caption}</figcaption></figure>\n`
  );
}

/** Whether every example of the list ran and gave the results its page shows. */
export function allPassed(examples: readonly RanExample[]): boolean {
  return examples.every((r) => !r.error && r.checks.length === r.example.checks && r.checks.every((c) => c.ok));
}

/** A renderer for one markdown file; call `render` on its parts in document order. */
export function markdownRenderer(context: MarkdownContext) {
  let ordinal = 0;
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Heading['tokens']): string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(slug(token.text))}">${inner}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
        const href = mapHref(context.repoPath, token.href, context.copies);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(href)}"${title}>${this.parser.parseInline(token.tokens)}</a>`;
      },
      image(token: Tokens.Image) {
        const src = mapHref(context.repoPath, token.href, context.copies);
        return `<img src="${escapeHtml(src)}" alt="${escapeHtml(token.text)}" loading="lazy">`;
      },
      code(token: Tokens.Code) {
        const lang = (token.lang ?? '').trim();
        if (/^(ts|typescript)$/.test(lang)) {
          const ran = context.examples[ordinal];
          ordinal += 1;
          if (!ran) throw new Error(`${context.repoPath}: example ${ordinal} was not run`);
          return exampleHtml(ran, ordinal);
        }
        const language = lang.split(/\s/)[0] ?? '';
        const attrs = language === '' ? '' : ` class="language-${escapeHtml(language)}"`;
        return `<pre><code${attrs}>${escapeHtml(token.text)}</code></pre>\n`;
      },
    },
  });
  return {
    render(markdown: string): string {
      const html = marked.parse(markdown, { async: false });
      return html.replace(/<table>/g, '<div class="table-wrap"><table>').replace(/<\/table>/g, '</table></div>');
    },
    /** After the last part: every example of the file was placed. */
    done(): void {
      if (ordinal !== context.examples.length) {
        throw new Error(`${context.repoPath}: ${context.examples.length} examples run, ${ordinal} rendered`);
      }
    },
  };
}
