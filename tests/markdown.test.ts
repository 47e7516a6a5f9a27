// Markdown bodies: parsed by commonmark.js into mdast. The HTML must be what CommonMark says, raw HTML
// sanitised, and problems must name the line in the file, front matter included.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/content/article.js';
import { loadMarkdownStack, renderBody } from '../src/content/body.js';

beforeAll(loadMarkdownStack);

const html = (markdown: string) => renderBody('markdown', markdown, 0).html;

describe('the summary divider of Hugo, Jekyll and WordPress posts', () => {
  it('drops a `<!--more-->` line between paragraphs, keeping the lines below where they were', () => {
    expect(html('Lede.\n\n<!--more-->\n\nRest.\n')).toBe('<p>Lede.</p>\n<p>Rest.</p>\n');
    expect(html('<!-- more -->\n\nOnly.\n')).toBe('<p>Only.</p>\n');
    const { facts } = renderBody('markdown', 'Lede.\n\n<!--more-->\n\n![](x.jpg)\n', 10);
    expect(facts.imagesWithoutAlt).toEqual([{ url: 'x.jpg', line: 15 }]);
  });

  it('leaves a divider where something could hold it, and the sanitiser drops it as before', () => {
    expect(html('```\n\n<!--more-->\n\n```\n')).toContain('&#x3C;!--more-->');
    // Another comment open before it: CommonMark ends that comment at the divider's `-->`, and so does this.
    expect(html('<!-- note\n\n<!--more-->\n\nafter -->\n\nText.\n')).toBe('\n<p>after --></p>\n<p>Text.</p>\n');
    expect(html('Lede.\n<!--more-->\nRest.\n')).toBe('<p>Lede.</p>\n\n<p>Rest.</p>\n');
  });
});

describe('Markdown bodies', () => {
  it('renders CommonMark blocks: headings (demoted below the page title), lists, quotes, code, rules', () => {
    expect(html('# Top\n\nPara *em* **strong** `code`.\n\n> Quote\n\n- a\n- b\n\n1. one\n2. two\n\n```js extra\nlet x = 1;\n```\n\n---\n'))
      .toBe('<h2>Top</h2>\n<p>Para <em>em</em> <strong>strong</strong> <code>code</code>.</p>\n<blockquote>\n<p>Quote</p>\n</blockquote>\n'
        + '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n'
        + '<pre><code class="language-js">let x = 1;\n</code></pre>\n<hr>\n');
  });

  it('keeps loose lists loose and starts ordered lists where the source does', () => {
    expect(html('3. three\n\n4. four\n')).toBe('<ol start="3">\n<li>\n<p>three</p>\n</li>\n<li>\n<p>four</p>\n</li>\n</ol>\n');
  });

  it('resolves reference links and images, with titles, and soft and hard line breaks', () => {
    expect(html('[Site][s] and ![Map][m]\nnext  \nline\n\n[s]: https://example.org "Home"\n[m]: map.png\n'))
      .toBe('<p><a href="https://example.org" title="Home">Site</a> and <img src="map.png" alt="Map">\nnext<br>\nline</p>\n');
  });

  it('sanitises raw HTML: keeps text and harmless tags, drops scripts, handlers and javascript: links', () => {
    const out = html('<p onclick="x()">Hi <sup>2</sup></p>\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) <em onmouseover="y()">e</em>\n\n![A map](map.png)\n');
    expect(out).toContain('<img src="map.png" alt="A map">');
    expect(out).toContain('Hi <sup>2</sup>');
    expect(out).not.toMatch(/onclick|onmouseover|<script|alert\(1\)<\/script>|javascript:/);
    expect(out).toContain('<em>e</em>');
  });

  it('reads the lead image and its alt text from reference images too', () => {
    const { facts } = renderBody('markdown', 'Intro.\n\n![Flooded *street*][photo]\n\n[photo]: street.jpg\n', 0);
    expect(facts.image).toEqual({ url: 'street.jpg', alt: 'Flooded street' });
  });

  it('names the line of an image without alt text as a line of the file, front matter counted', () => {
    const file = '---\ntitle: Storm\ndate: 2023-07-20\n---\n\nFirst paragraph.\n\nSecond paragraph,\nrunning on\n![](flood.jpg)\n';
    const result = parseArticle({ path: 'storm.md', format: 'markdown' }, new TextEncoder().encode(file), { defaultLang: 'en', findTopics: true });
    const warning = result.problems.find((problem) => problem.code === 'missing-alt-text');
    expect(warning).toMatchObject({ file: 'storm.md', line: 10 });
    expect(file.split('\n')[9]).toBe('![](flood.jpg)');
  });
});
