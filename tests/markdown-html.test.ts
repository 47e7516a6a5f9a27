// Markdown bodies without raw HTML are written to HTML directly (markdown-html.ts). It must give the
// bytes mdast-util-to-hast, hast-util-sanitize and hast-util-to-html give, or decline.
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdownStack, renderBody } from '../src/content/body.js';
import { demoteHeadings, scanTree } from '../src/content/facts.js';
import { markdownHtml } from '../src/content/markdown-html.js';
import { parseMarkdown } from '../src/content/markdown.js';
import { sanitisedTree } from '../src/content/markdown-stack.js';

beforeAll(loadMarkdownStack);

/** The tree renderBody writes from: parsed, headings demoted. */
function treeOf(markdown: string): Root {
  const tree = parseMarkdown(markdown, 0);
  demoteHeadings(scanTree(tree).headings);
  return tree;
}

/** What the general pipeline makes of the tree, with renderBody's final newline. */
function pipelineHtml(tree: Root): string {
  const html = toHtml(sanitisedTree(tree, false));
  return html && !html.endsWith('\n') ? `${html}\n` : html;
}

/** Inputs the direct writer must answer, each one a place where escaping or layout is easy to get wrong. */
const tricky: Record<string, string> = {
  'text that looks like markup': 'Fish & chips < 5 > 3, "quoted" and \'single\', \\<b> \\& &amp; &lt;b&gt; &#96; &quot;',
  'Unicode, NUL and no-break spaces': 'Zürich — “Ιράν” 😀\u00a0x \u0000 \u202e',
  'headings demoted below the page title': '# One\n\n## Two\n\n###### Six\n\nSetext\n===',
  'tight, loose and nested lists': '- a\n- b\n  - c\n\n    d\n- e\n\n1. x\n\n   y\n2. z',
  'lists that start elsewhere': '0. zero\n1. one\n\n7) seven\n\n123456789. big',
  'list items holding other blocks, or nothing': '-\n- > quote\n-     code\n- ```\n  fenced\n  ```\n- ---',
  'code with an odd info string': '~~~a"b&c<d\'e`f extra words\n<x> & "y"\n\n~~~\n\n```\n```\n\n    indented\n    \ttab',
  'empty and nested blockquotes': '>\n\n> > deep\n> back',
  'hard breaks, and spaces the pipeline trims after them': 'a\\\n[ b](http://x)\nc  \n`  d `\ne\\\n\tf  \n** g**\nh\t\ni',
  'links with titles and characters to escape': '[t&u](http://e.org/?a=1&b=\'2\' "T & \\"q\\" \'x\' `y`") [r](./a.html#f) [m](mailto:me@e.org) [e]()',
  'autolinks and reference links': '<http://e.org/a&b> <me@example.org> [ref] [Ref][] ![img][ref]\n\n[ref]: https://e.org/r?x="1" \'Title\'',
  'images with and without alt text': '![alt "q" & <x> *em*](http://e.org/i.png \'T\') ![](pic.png) ![a](<a b.png>)',
  'inline code across lines': '`a\nb` ``x ` y`` ` `',
  'a thematic break between paragraphs': 'a\n\n***\n\nb\n\n- - -',
  'tables aligned or not, with short, long and empty rows': '| a | *b* | c |\n|:--|:-:|--:|\n| 1 |\n| 1 | 2 | 3 | 4 |\n|  | `x` |\n\n| only |\n| --- |',
  'struck-out text, alone and around other marks': '~~gone~~ and ~~**bold** [l](http://e.org)~~ ~one~',
};

describe('the direct Markdown writer', () => {
  for (const [name, markdown] of Object.entries(tricky)) {
    it(`gives the pipeline's bytes: ${name}`, () => {
      const tree = treeOf(markdown);
      expect(markdownHtml(tree)).toBeDefined();
      expect(renderBody('markdown', markdown, 0).html).toBe(pipelineHtml(tree));
    });
  }

  it('escapes text and attributes as hast-util-to-html does', () => {
    expect(renderBody('markdown', '[\\<a> & "b"](/?x=1&y=\'2\' "`t` & \\"u\\"")', 0).html)
      .toBe('<p><a href="/?x=1&#x26;y=&#x27;2&#x27;" title="&#x60;t&#x60; &#x26; &#x22;u&#x22;">&#x3C;a> &#x26; "b"</a></p>\n');
  });

  it('declines URLs whose protocol the sanitiser strips, which the pipeline then renders', () => {
    for (const markdown of ['[x](javascript:alert(1))', '[x](HTTP://e.org)', '[x](ftp://e.org)', '![x](mailto:me@e.org)', '![x](data:image/png;base64,AA)']) {
      const tree = treeOf(markdown);
      expect(markdownHtml(tree)).toBeUndefined();
      expect(renderBody('markdown', markdown, 0).html).toBe(pipelineHtml(tree));
    }
    expect(renderBody('markdown', '[x](javascript:alert(1))', 0).html).toBe('<p><a>x</a></p>\n');
  });

  it('declines what mdast-util-to-hast would change or only it knows: URLs to encode, `data`, task items', () => {
    const paragraph = (children: unknown[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] } as Root);
    expect(markdownHtml(paragraph([{ type: 'link', url: 'a b', children: [] }]))).toBeUndefined();
    expect(markdownHtml(paragraph([{ type: 'image', url: 'é.png', alt: 'x' }]))).toBeUndefined();
    expect(markdownHtml(paragraph([{ type: 'text', value: 'x', data: { hName: 'span' } }]))).toBeUndefined();
    expect(markdownHtml(paragraph([{ type: 'footnoteReference', identifier: '1', label: '1' }]))).toBeUndefined();
    expect(markdownHtml({ type: 'root', children: [{ type: 'table', align: ['justify'],
      children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [] }] }] }] } as unknown as Root)).toBeUndefined();
    const task: Root = { type: 'root', children: [{ type: 'list', ordered: false, spread: false,
      children: [{ type: 'listItem', checked: true, spread: false, children: [] }] }] };
    expect(markdownHtml(task)).toBeUndefined();
  });
});

/** Markdown made of the constructs articles use, with characters that need escaping or trimming. */
const markdownText = (() => {
  const text = fc.array(fc.oneof(
    fc.constantFrom('word', 'Zürich', ' ', '  ', '\t', '&', '<', '>', '"', "'", '`', '\\', '*', '_', '[', ']', '%', '😀', '\n', '  \n', '\\\n'),
    fc.string({ maxLength: 3 }),
  ), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const url = fc.tuple(fc.constantFrom('', 'http://', 'https://', 'mailto:', 'javascript:', 'HTTP://', './', '#'),
    fc.constantFrom('e.org', 'a?b=1&c=2', "it's", '%41', '%zz', 'a b', 'é')).map(([scheme, rest]) => scheme + rest);
  const title = fc.constantFrom('', ' "T & \'q\'"', " '`t`'");
  const inline = fc.oneof(text, text.map((t) => `*${t}*`), text.map((t) => `**${t}**`), text.map((t) => `\`${t}\``),
    fc.tuple(text, url, title).map(([t, u, ti]) => `[${t}](<${u}>${ti})`), fc.tuple(text, url, title).map(([t, u, ti]) => `![${t}](<${u}>${ti})`));
  const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
  const cellText = line.map((l) => l.replace(/[|\n]/g, ' '));
  const table = fc.tuple(fc.array(cellText, { minLength: 1, maxLength: 3 }), fc.constantFrom('---', ':--', ':-:', '--:'),
    fc.array(fc.array(cellText, { maxLength: 4 }), { maxLength: 3 }))
    .map(([head, delimiter, rows]) => [head, head.map(() => delimiter), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
  const block = fc.oneof(line, line.map((l) => `## ${l}`), line.map((l) => `> ${l}`), fc.constantFrom('---', '```js\n<x> & y\n```'), table,
    line.map((l) => `~~${l}~~`),
    fc.tuple(fc.constantFrom('- ', '1. ', '3) '), fc.array(line, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([marker, items, loose]) => items.map((item) => marker + item).join(loose ? '\n\n' : '\n')));
  return fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n\n'));
})();

describe('the direct Markdown writer on any Markdown', () => {
  it('gives the pipeline\'s bytes wherever it answers, and renderBody always does', () => {
    fc.assert(fc.property(markdownText, (markdown) => {
      const tree = treeOf(markdown);
      if (scanTree(tree).hasHtml) return;
      const direct = markdownHtml(tree);
      const expected = pipelineHtml(tree);
      if (direct !== undefined) expect(direct && `${direct}\n`).toBe(expected);
      expect(renderBody('markdown', markdown, 0).html).toBe(expected);
    }), { numRuns: 1500 });
  });
});
