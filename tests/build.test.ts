import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { buildInto, fixture, listFiles, read, remove, tempDir } from './helpers/site.js';

describe('building the basic fixture', () => {
  let out: string;
  let result: BuildResult;
  beforeAll(async () => {
    out = path.join(await tempDir(), 'public');
    result = await buildInto(path.join(fixture('basic'), 'content'), out);
  });
  afterAll(() => remove(path.dirname(out)));

  it('succeeds and counts the published articles', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.articles).toBe(3);
  });

  it('writes dated article pages whatever folder the file was in', async () => {
    const files = await listFiles(out);
    expect(files).toContain('2023/07/20/iranian-defense-minister-mohammad-reza-ashtiani-signs/index.html');
    expect(files.filter((file) => /^2021\/03\/04\/[^/]+\/index\.html$/.test(file))).toHaveLength(2);
    expect(files).toContain('2021/03/04/rocket-launches-from-the-new-pad/index.html');
  });

  it('writes home, year, month, day, topic and archive pages', async () => {
    const files = await listFiles(out);
    for (const page of ['index.html', '2023/index.html', '2023/07/index.html', '2023/07/20/index.html', '2021/03/04/index.html',
      'archive/index.html', 'topics/index.html', 'topics/space/index.html', 'about/index.html', '404.html', 'assets/style.css']) {
      expect(files).toContain(page);
    }
  });

  it('leaves out drafts, future articles, hidden files, backups and unknown extensions', async () => {
    const everything = (await Promise.all((await listFiles(out)).filter((file) => file.endsWith('.html')).map((file) => read(out, file)))).join('\n');
    expect(everything).not.toContain('Not ready');
    expect(everything).not.toContain('From the future');
    expect(everything).not.toContain('Hidden');
  });

  it('renders the Markdown article with its metadata', async () => {
    const html = await read(out, '2021/03/04/rocket-launches-from-the-new-pad/index.html');
    expect(html).toContain('<h1>Rocket launches from the new pad</h1>');
    expect(html).toContain('<time datetime="2021-03-04">4 March 2021</time>');
    expect(html).toContain('<h2>Liftoff</h2>');
    expect(html).toContain('<h3>What comes next</h3>');
    expect(html).toContain('By Ada Reporter');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<html lang="en" dir="ltr">');
  });

  it('links every article from the home page', async () => {
    const home = await read(out, 'index.html');
    expect(home.match(/class="item-title"/g)).toHaveLength(3);
    expect(home).toContain('href="/2021/03/04/rocket-launches-from-the-new-pad/"');
  });

  it('gives the same bytes on a second build, and writes nothing then', async () => {
    const before = await Promise.all((await listFiles(out)).map((file) => read(out, file)));
    const again = await buildInto(path.join(fixture('basic'), 'content'), out);
    expect(again.write).toMatchObject({ written: 0, removed: 0 });
    const after = await Promise.all((await listFiles(out)).map((file) => read(out, file)));
    expect(after).toEqual(before);
  });

  it('includes future articles and drafts when asked', async () => {
    const other = path.join(path.dirname(out), 'with-future');
    const withFuture = await buildInto(path.join(fixture('basic'), 'content'), other, { future: true, drafts: true });
    expect(withFuture.articles).toBe(5);
  });
});

describe('a build with bad content', () => {
  it('lists every bad file with a stable code and leaves the output untouched', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'public');
    await mkdir(out);
    await writeFile(path.join(out, 'sentinel.html'), 'the previous site');
    const result = await buildInto(path.join(fixture('invalid'), 'content'), out);
    expect(result.ok).toBe(false);
    const codes = Object.fromEntries(result.problems.filter((p) => p.severity === 'error').map((problem) => [problem.file, problem.code]));
    expect(codes).toEqual({
      'bad-wire-date.txt': 'invalid-date',
      'bad-yaml.md': 'invalid-front-matter',
      'date-only.txt': 'missing-body',
      'empty.txt': 'empty-file',
      'image.txt': 'binary-file',
      'impossible-date.md': 'invalid-date',
      'no-date.txt': 'missing-date',
      'no-title.md': 'invalid-field',
      'vague-date.md': 'invalid-date',
    });
    expect(result.problems.find((problem) => problem.file === 'impossible-date.md')?.line).toBe(3);
    expect(result.problems.find((problem) => problem.file === 'bad-wire-date.txt')).toMatchObject({ line: 1, column: 7 });
    expect(await listFiles(dir)).toEqual(['public/sentinel.html']);
    await remove(dir);
  });
});
