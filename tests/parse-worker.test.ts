// A parse worker loads the Markdown stack only when a batch has Markdown in it: one given only wire
// text is spared the modules' loading time, and parses exactly as it would with them.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/content/article.js';
import { MarkdownStackNotLoaded, renderBody } from '../src/content/body.js';
import { parseBatch, type ParseTask } from '../src/content/parse-worker.js';

const encode = (text: string) => new TextEncoder().encode(text);
const options = { defaultLang: 'en' };
const wire = { path: 'probe.txt', format: 'wire' as const };
const markdown = { path: 'storm.md', format: 'markdown' as const };
const wireText = 'date 2021-03-04 NASA launched the probe on Tuesday, officials said.\n\nIt carries six instruments.\n';
const markdownText = '---\ntitle: Storm\ndate: 2021-03-04\n---\nThe storm *passed*.\n';

describe('the parse worker', () => {
  it('parses wire text without the Markdown stack, which Markdown needs', async () => {
    const task: ParseTask = { sources: [wire], contents: [encode(wireText)], options };
    const [result] = await parseBatch(task);
    expect(result?.article?.html).toBe('<p>NASA launched the probe on Tuesday, officials said.</p>\n<p>It carries six instruments.</p>\n');
    expect(() => renderBody('markdown', 'The storm *passed*.\n', 0)).toThrow(MarkdownStackNotLoaded);
  });

  it('loads the Markdown stack for a batch with Markdown in it', async () => {
    const task: ParseTask = { sources: [wire, markdown], contents: [encode(wireText), encode(markdownText)], options };
    const results = await parseBatch(task);
    expect(results[1]?.article?.html).toBe('<p>The storm <em>passed</em>.</p>\n');
    expect(results).toEqual(task.sources.map((source, i) => parseArticle(source, task.contents[i]!, options)));
  });
});
