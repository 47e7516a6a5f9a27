// Property-based tests: the wire parser, the slugger, the word count, decoding and the path logic
// hold up on any string at all, not only on the examples someone thought of.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/content/article.js';
import { loadMarkdownStack } from '../src/content/body.js';
import { parseDate } from '../src/content/date.js';
import { decodeContent, normaliseText } from '../src/content/decode.js';
import { countWords } from '../src/content/facts.js';
import { readFrontMatter } from '../src/content/frontmatter.js';
import { cleanSlug, slugFromTitle } from '../src/content/slug.js';
import { parseWireText } from '../src/content/wire.js';
import { StagedOutput } from '../src/output/writer.js';
import { articlePath, outputFileOf, topicPath } from '../src/site/routes.js';
import { remove, tempDir } from './helpers/site.js';

/** Any text: ASCII, full Unicode (with lone surrogates), and text shaped like wire copy and front matter. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(
    fc.constantFrom(' date 2023-07-20 ', 'date 2023-02-30', '\n', '\n\n', '\r\n', '\uFEFF', '---\n', 'title: x\n', '(credit: AP)', ':', '.', '..', '/',
      '\\', '%2e%2e', '\u0000', '\u202E', 'Ιράν', 'إيران', 'איראן', '{{ x }}', '<script>'),
    fc.string({ maxLength: 12 }),
  ), { maxLength: 30 }).map((parts) => parts.join('')),
);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function withoutPositions(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

/** Writes a wire tree back as wire text: the inverse of the parser for what it produced. */
function renderWire(dateText: string, tree: Root): string {
  const blocks = tree.children.map((node: RootContent) => {
    const name = (node.data as { hName?: string } | undefined)?.hName;
    if (name !== 'figure') return toString(node);
    const caption = toString((node as { children: RootContent[] }).children[0]!);
    return `${caption.replace(/ Credit: (.*)$/s, ' (credit: $1)')}`;
  });
  const [first = '', ...rest] = blocks;
  return [` date ${dateText} ${first}`, ...rest].join('\n\n');
}

describe('the wire parser', () => {
  it('never throws, and gives the same tree for the same text', () => {
    fc.assert(fc.property(anyText, fc.nat(50), (text, offset) => {
      const first = parseWireText(text, offset);
      expect(withoutPositions(parseWireText(text, offset))).toEqual(withoutPositions(first));
      expect(first.wire.dateLine).toBeGreaterThanOrEqual(offset + 1);
      if (first.wire.dateText !== undefined) expect(first.wire.dateText).toMatch(/^\S+$/);
    }), { numRuns: 500 });
  });

  it('reads back what it wrote: parse(render(parse(text))) = parse(text)', () => {
    const paragraph = fc.array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('Iran', 'said.', 'demands:', '(credit: Reuters)')), { minLength: 1, maxLength: 12 })
      .map((words) => words.join(' ').replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
      const once = parseWireText(` date 2023-07-20 ${paragraphs.join('\n\n')}`);
      if (once.tree.children.length === 0) return;
      const twice = parseWireText(renderWire('2023-07-20', once.tree));
      expect(withoutPositions(twice.tree)).toEqual(withoutPositions(once.tree));
    }), { numRuns: 300 });
  });
});

describe('the slugger', () => {
  it('makes a non-empty [a-z0-9-] slug of at most 60 characters from any headline', () => {
    fc.assert(fc.property(anyText, (title) => {
      const slug = slugFromTitle(title);
      expect(slug).toMatch(SLUG);
      expect(slug.length).toBeLessThanOrEqual(60);
      expect(slugFromTitle(title)).toBe(slug);
    }), { numRuns: 500 });
  });

  it('cleans any slug an editor writes to [a-z0-9-], and leaves a clean slug alone', () => {
    fc.assert(fc.property(anyText, (written) => {
      const { slug, changed } = cleanSlug(written);
      expect(slug).toMatch(SLUG);
      expect(slug.length).toBeLessThanOrEqual(100);
      expect(changed).toBe(slug !== written);
      expect(cleanSlug(slug)).toEqual({ slug, changed: false });
    }), { numRuns: 500 });
  });
});

describe('the word count', () => {
  it('counts runs of non-space characters, as splitting on \\s does, whatever the spaces', () => {
    const spaced = fc.array(fc.oneof(
      fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff', '\u0085'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(anyText, spaced), (text) => {
      expect(countWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    }), { numRuns: 1000 });
  });
});

describe('decoding', () => {
  it('turns any bytes into text with no BOM, no CR, no control characters and no replacement characters', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const { text, problems } = decodeContent('any.txt', bytes);
      if (problems.some((problem) => problem.code === 'binary-file')) return;
      expect(text).not.toMatch(/[\r\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      if (problems.some((problem) => problem.code === 'decoded-as-windows-1252')) expect(text).not.toContain('\uFFFD');
      expect(normaliseText(text)).toBe(text);
    }), { numRuns: 500 });
  });

  it('reads the same article from UTF-8 with or without a BOM and CRLF', () => {
    fc.assert(fc.property(anyText, (text) => {
      const clean = decodeContent('a.txt', Buffer.from(text.replace(/\r/g, ''), 'utf8')).text;
      const windows = decodeContent('a.txt', Buffer.from(`\uFEFF${text.replace(/\r/g, '').replace(/\n/g, '\r\n')}`, 'utf8')).text;
      expect(windows).toBe(clean);
    }), { numRuns: 300 });
  });
});

describe('parsing a whole file', () => {
  beforeAll(loadMarkdownStack);

  it('never throws on any bytes, and answers the same way twice', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), anyText.map((text) => new Uint8Array(Buffer.from(text, 'utf8'))));
    fc.assert(fc.property(bytes, fc.constantFrom('wire', 'markdown') as fc.Arbitrary<'wire' | 'markdown'>, (content, format) => {
      const file = { path: format === 'wire' ? 'a.txt' : 'a.md', format };
      const first = parseArticle(file, content, { defaultLang: 'en', findTopics: true });
      expect(first.article !== undefined || first.problems.some((problem) => problem.severity === 'error')).toBe(true);
      expect(parseArticle(file, content, { defaultLang: 'en', findTopics: true })).toEqual(first);
      if (first.article) expect(first.article.meta.slug).toMatch(SLUG);
    }), { numRuns: 300 });
  });

  it('never throws on any front matter', () => {
    fc.assert(fc.property(anyText, (yaml) => {
      readFrontMatter('a.md', `---\n${yaml}\n---\nBody.\n`);
      readFrontMatter('a.md', yaml);
    }), { numRuns: 300 });
  });

  it('never throws on any date text, and only accepts days that exist', () => {
    fc.assert(fc.property(anyText, (text) => {
      const parsed = parseDate(text);
      if (parsed) expect(new Date(`${parsed.date.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(parsed.date.iso);
    }), { numRuns: 300 });
  });
});

describe('output paths', () => {
  const day = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => {
      const iso = date.toISOString().slice(0, 10);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), iso };
    });

  it('put every article and topic page inside the output folder, whatever its slug was written as', () => {
    const root = path.resolve('/srv/site/public');
    fc.assert(fc.property(day, anyText, (date, written) => {
      for (const sitePath of [articlePath(date, cleanSlug(written).slug), articlePath(date, slugFromTitle(written)), topicPath(slugFromTitle(written))]) {
        const file = path.resolve(root, outputFileOf(sitePath));
        expect(file.startsWith(root + path.sep)).toBe(true);
        expect(file.endsWith(`${path.sep}index.html`)).toBe(true);
      }
    }), { numRuns: 500 });
  });

  describe('the writer', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await tempDir();
    });
    afterAll(() => remove(dir));

    it('refuses any file name that would land outside the output folder, and writes the rest inside it', async () => {
      const out = path.join(dir, 'site', 'public');
      await mkdir(path.dirname(out), { recursive: true });
      const names = fc.oneof(anyText, fc.array(fc.constantFrom('..', '.', '/', 'a', 'b.html', '%2e%2e', '\\', '//', '/etc/passwd'), { minLength: 1, maxLength: 6 })
        .map((parts) => parts.join('/')));
      await fc.assert(fc.asyncProperty(names, async (name) => {
        const output = await StagedOutput.open(out);
        try {
          await output.write(name, 'x').catch(() => undefined);
        } finally {
          await output.abort();
        }
        expect((await readdir(dir)).sort()).toEqual(['site']);
        expect((await readdir(path.join(dir, 'site'))).filter((entry) => !entry.startsWith('public'))).toEqual([]);
      }), { numRuns: 150 });
    });
  });
});
