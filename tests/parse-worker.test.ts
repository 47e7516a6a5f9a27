// A parse worker loads the Markdown stack only when a batch needs it: one given only wire text is
// spared the modules' loading time, and parses exactly as it would with them. The tests run in
// order: the first needs the stack not yet loaded.
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../src/content/article.js';
import { MarkdownStackNotLoaded, renderBody } from '../src/content/body.js';
import { parseBatch, type ParseTask } from '../src/content/parse-worker.js';

/** Set to make the direct wire writer decline, as it would for a tree shape it does not know. */
const writer = vi.hoisted(() => ({ declines: false }));
vi.mock('../src/content/wire-html.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/content/wire-html.js')>();
  return { wireHtml: (...args: Parameters<typeof real.wireHtml>) => (writer.declines ? undefined : real.wireHtml(...args)) };
});

const encode = (text: string) => new TextEncoder().encode(text);
const options = { defaultLang: 'en', findTopics: true };
const wire = { path: 'probe.txt', format: 'wire' as const };
const markdown = { path: 'storm.md', format: 'markdown' as const };
const wireText = 'date 2021-03-04 NASA launched the probe on Tuesday, officials said.\n\nIt carries six instruments.\n';
const wireHtml = '<p>NASA launched the probe on Tuesday, officials said.</p>\n<p>It carries six instruments.</p>\n';
const markdownText = '---\ntitle: Storm\ndate: 2021-03-04\n---\nThe storm *passed*.\n';

describe('the parse worker', () => {
  it('parses wire text without the Markdown stack, which Markdown needs', async () => {
    const [result] = await parseBatch({ sources: [wire], contents: [encode(wireText)], options });
    expect(result?.article?.html).toBe(wireHtml);
    expect(() => renderBody('markdown', 'The storm *passed*.\n', 0)).toThrow(MarkdownStackNotLoaded);
  });

  it('loads the stack for a wire tree only the general pipeline can write, with the same result', async () => {
    writer.declines = true;
    try {
      const [result] = await parseBatch({ sources: [wire], contents: [encode(wireText)], options });
      expect(result?.article?.html).toBe(wireHtml);
    } finally {
      writer.declines = false;
    }
  });

  it('parses a batch with Markdown in it as parseArticle does', async () => {
    const task: ParseTask = { sources: [wire, markdown], contents: [encode(wireText), encode(markdownText)], options };
    const results = await parseBatch(task);
    expect(results[1]?.article?.html).toBe('<p>The storm <em>passed</em>.</p>\n');
    expect(results).toEqual(task.sources.map((source, i) => parseArticle(source, task.contents[i]!, options)));
  });
});
