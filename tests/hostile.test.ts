// Hostile but valid content builds, and builds safely: nothing it carries can run in a reader's
// browser or feed reader, leave the output folder, or go missing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { MANIFEST } from '../src/output/writer.js';
import { dangersIn, elements, parseDocument, parseFragment, textOf } from './helpers/html.js';
import { buildInto, fixture, listFiles, read, remove, tempDir } from './helpers/site.js';
import { siblingsOf, snapshotTree } from './helpers/tree.js';

const CONTENT = path.join(fixture('hostile'), 'content');
const TEXT_FILE = /\.(html|xml|json|txt|css|js|svg)$/;

function decodeXmlText(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(text);
  if (cdata) return cdata[1] ?? '';
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
    return String.fromCodePoint(entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

/**
 * The fields a feed reader renders as HTML, by each format's spec: an RSS item's `description` and
 * `content:encoded`, Atom text constructs of type `html`/`xhtml`, JSON Feed `content_html`. (RSS
 * titles and channel descriptions, Atom names and JSON Feed titles are plain text.)
 */
function feedHtmlFragments(file: string, content: string): string[] {
  if (file.endsWith('.xml')) {
    const items = [...content.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((item) => item[1] ?? '').join('\n');
    const rss = [...items.matchAll(/<(description|content:encoded)\b[^>]*>([\s\S]*?)<\/\1>/g)];
    const atom = [...content.matchAll(/<([a-z]+)\b[^>]*\btype="(?:html|xhtml)"[^>]*>([\s\S]*?)<\/\1>/g)];
    return [...rss, ...atom].map((match) => decodeXmlText(match[2] ?? ''));
  }
  const data = JSON.parse(content) as { version?: string; items?: Record<string, unknown>[] };
  if (!String(data.version ?? '').includes('jsonfeed')) return [];
  return (data.items ?? []).map((item) => item.content_html).filter((value): value is string => typeof value === 'string');
}

describe('building the hostile fixture', () => {
  let dir: string;
  let out: string;
  let result: BuildResult;
  let files: string[];
  let pages: string[];
  const page = (file: string) => read(out, file);
  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, 'public');
    result = await buildInto(CONTENT, out);
    files = await listFiles(out);
    pages = files.filter((file) => file.endsWith('.html'));
  });
  afterAll(() => remove(dir));

  it('succeeds, with a warning for each thing it had to repair', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const warnings = result.problems.map((problem) => `${problem.file} ${problem.code}`).sort();
    expect(warnings).toEqual([
      'duplicate-two.md duplicate-url',
      'slug-absolute.md unsafe-slug',
      'slug-dots.md unsafe-slug',
      'slug-traversal.md unsafe-slug',
      'slug-windows.md unsafe-slug',
      'windows-1252.txt decoded-as-windows-1252',
    ]);
  });

  it('puts no script, event handler, javascript: URL or iframe in any page', async () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) expect({ file, dangers: dangersIn(parseDocument(await page(file))) }).toEqual({ file, dangers: [] });
  });

  it('puts none in any feed either, where a feed reader would render HTML', async () => {
    const feeds = files.filter((file) => /(^|\/)(feed\.xml|atom\.xml|feed\.json)$/.test(file));
    const found: string[] = [];
    for (const file of feeds) {
      for (const fragment of feedHtmlFragments(file, await page(file))) {
        for (const danger of dangersIn(parseFragment(fragment))) found.push(`${file}: ${danger} in "${fragment.slice(0, 60)}"`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('keeps the safe inline HTML and the text of imported HTML blocks', async () => {
    const html = await page('2022/05/10/raw-html-from-an-imported-archive/index.html');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('mc<sup>2</sup>');
    expect(html).toContain('<em>kept</em>');
    expect(html).toContain('A block of imported <b>HTML</b> text that readers still see.');
    expect(html).toContain('<a href="https://example.org/safe">A safe link</a>');
    expect(html).toContain('<td>Kept cell</td>');
    expect(html).not.toContain('display: none');
  });

  it('shows front matter values as the very text written, in every place they appear', async () => {
    const document = parseDocument(await page('2022/05/11/script-alert-title-script-headline-and-quotes/index.html'));
    const title = `<script>alert('title')</script> Headline & "quotes"`;
    expect(textOf(elements(document, 'h1')[0]!)).toBe(title);
    expect(textOf(elements(document, 'title')[0]!)).toContain(title);
    const byline = elements(document).find((node) => String(node.properties.className ?? '').includes('byline'));
    expect(textOf(byline!)).toContain(`</script><script>alert('author')</script>, O'Brien <b>Bold</b>`);
    const topics = elements(document, 'a').map((a) => textOf(a));
    expect(topics).toEqual(expect.arrayContaining([`<img src=x onerror=alert('tag')>`, `"><svg onload=alert('tag2')>`, '{{ site.title }}']));
    for (const script of elements(document, 'script').filter((node) => node.properties.type === 'application/ld+json')) {
      const data = JSON.parse(textOf(script)) as { headline?: string };
      if (data.headline !== undefined) expect(data.headline).toBe(title);
    }
    const topicPage = parseDocument(await page('topics/img-src-x-onerror-alert-tag/index.html'));
    expect(textOf(elements(topicPage, 'h1')[0]!)).toContain(`<img src=x onerror=alert('tag')>`);
  });

  it('shows template syntax in content as text, never evaluated', async () => {
    const markdown = parseDocument(await page('2022/05/12/site-title-and-raw-braces-endraw/index.html'));
    expect(textOf(elements(markdown, 'h1')[0]!)).toBe('{{ site.title }} and {% raw %}braces{% endraw %}');
    const body = textOf(elements(markdown, 'article')[0]!);
    expect(body).toContain('Markdown showing {{ 7 * 7 }} and {% include "base.njk" %} and {# a comment #} as text.');
    expect(body).toContain('{{ range.constructor("return process")() }}');
    const wire = textOf(parseDocument(await page('2022/05/12/wire-lede-that-mentions-site-title/index.html')));
    expect(wire).toContain('{% for x in y %}loops{% endfor %}');
    expect(wire).toContain(`<script>alert('wire')</script> written as text`);
  });

  it('cleans slugs that try to leave the output folder, and writes nothing outside it', async () => {
    for (const slug of ['etc-passwd', 'tmp-dateline-escape-index-html', 'windows-system32', 'article']) {
      expect(files).toContain(`2022/05/13/${slug}/index.html`);
    }
    expect(files.every((file) => /^[\w./-]+$/.test(file) && !file.split('/').includes('..'))).toBe(true);
    expect((await siblingsOf(out)).filter((name) => !name.endsWith('.dateline-nocache'))).toEqual(['public']);
    expect(existsSync('/tmp/dateline-escape')).toBe(false);
    expect(existsSync(path.join(dir, 'etc'))).toBe(false);
  });

  it('reads text that is not UTF-8 as Windows-1252, with every character intact', async () => {
    const article = files.find((file) => /^2022\/08\/01\/[^/]+\/index\.html$/.test(file));
    const text = textOf(parseDocument(await page(article!)));
    expect(text).toContain('“Smart quotes” from an old newsroom system cost € 5 at the café – said the naïve reporter.');
    expect(text).toContain('Second paragraph — with a dash.');
    for (const file of files.filter((name) => TEXT_FILE.test(name))) {
      expect({ file, replacement: (await page(file)).includes('\uFFFD') }).toEqual({ file, replacement: false });
    }
  });

  it('marks Arabic and Hebrew articles right-to-left, from the script or from front matter', async () => {
    const cases = [
      ['2022/06/01/aelnt-wzart-alsht-alywm-en-afttah-mstshfa-jdyd/index.html', 'ar'],
      ['2022/06/02/article/index.html', 'he'],
      ['2022/06/03/headline-written-in-latin-letters/index.html', 'fa'],
    ];
    for (const [file, lang] of cases) {
      const document = parseDocument(await page(file!));
      for (const node of [elements(document, 'html')[0]!, elements(document, 'article')[0]!]) {
        expect({ file, lang: node.properties.lang, dir: node.properties.dir }).toEqual({ file, lang, dir: 'rtl' });
      }
    }
  });

  it('gives both articles that want the same URL a page of their own', async () => {
    expect(await page('2022/07/01/same-headline-on-the-same-day/index.html')).toContain('This is article one of two');
    expect(await page('2022/07/01/same-headline-on-the-same-day-2/index.html')).toContain('This is article two of two');
  });

  it('leaves out drafts, future articles, hidden, backup and temporary files', async () => {
    for (const file of files.filter((name) => TEXT_FILE.test(name))) {
      const text = await page(file);
      for (const marker of ['DRAFT-MARKER', 'FUTURE-MARKER', 'IGNORED-MARKER']) expect({ file, marker, found: text.includes(marker) }).toEqual({ file, marker, found: false });
    }
  });

  it('includes future articles with --future', async () => {
    const other = path.join(dir, 'with-future');
    expect((await buildInto(CONTENT, other, { future: true })).ok).toBe(true);
    expect((await listFiles(other)).some((file) => file.startsWith('2999/01/01/'))).toBe(true);
  });

  it('treats front matter keys like __proto__ as plain data', async () => {
    expect(files).toContain('2022/08/04/keys-that-are-not-fields/index.html');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops invisible control characters, which would make feeds invalid XML', async () => {
    const html = await page('2022/08/05/zero-width-rtl-override-and-emoji/index.html');
    expect(html).toContain('📰');
    for (const file of files.filter((name) => TEXT_FILE.test(name))) {
      expect({ file, controls: /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(await page(file)) }).toEqual({ file, controls: false });
    }
  });
});

describe('a byte-order mark and CRLF line endings', () => {
  it('give exactly the output of the clean file', async () => {
    const dir = await tempDir();
    const outputs: Record<string, string>[] = [];
    for (const variant of ['windows', 'clean']) {
      const content = path.join(dir, variant, 'content');
      await mkdir(content, { recursive: true });
      for (const name of ['bom-crlf.txt', 'bom-crlf.md']) {
        const bytes = await readFile(path.join(CONTENT, name), 'utf8');
        expect(bytes.startsWith('\uFEFF') && bytes.includes('\r\n')).toBe(true);
        await writeFile(path.join(content, name), variant === 'clean' ? bytes.slice(1).replace(/\r\n/g, '\n') : bytes);
      }
      const out = path.join(dir, variant, 'public');
      expect((await buildInto(content, out)).problems).toEqual([]);
      // The manifest is the writer's own bookkeeping, keyed by source bytes; readers never see it.
      const { [MANIFEST]: _manifest, ...pages } = await snapshotTree(out);
      outputs.push(pages);
    }
    expect(Object.keys(outputs[0]!).length).toBeGreaterThan(5);
    expect(outputs[0]).toEqual(outputs[1]);
    await remove(dir);
  });
});

describe('a 2 MB article', () => {
  it('builds, whole', async () => {
    const dir = await tempDir();
    const content = path.join(dir, 'content');
    await mkdir(content);
    const paragraph = (n: number) => `Paragraph ${n} of a very long report, with enough words in it to fill the page for a reader who scrolls.`;
    const body = Array.from({ length: 19_000 }, (_, n) => paragraph(n + 1)).join('\n\n');
    expect(body.length).toBeGreaterThan(2_000_000);
    await writeFile(path.join(content, 'long.md'), `---\ntitle: The longest report\ndate: 2022-09-01\n---\n${body}\n`);
    await writeFile(path.join(content, 'long.txt'), ` date 2022-09-02 ${body}\n`);
    const out = path.join(dir, 'public');
    const result = await buildInto(content, out);
    expect(result.ok).toBe(true);
    expect(await read(out, '2022/09/01/longest-report/index.html')).toContain(paragraph(19_000));
    const wire = (await listFiles(out)).find((file) => file.startsWith('2022/09/02/') && file.endsWith('/index.html') && file.split('/').length === 5);
    expect(await read(out, wire!)).toContain(paragraph(19_000));
    await remove(dir);
  }, 120_000);
});
