// `npm run new -- "Headline"`: a Markdown article dated today in the site's time zone, never overwriting.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/content/date.js';
import { CLI, ensureCompiled } from './helpers/cli.js';
import { remove, tempDir } from './helpers/site.js';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  await ensureCompiled();
  dir = await tempDir();
  await mkdir(path.join(dir, 'content'));
  await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: New test\ntimeZone: Pacific/Kiritimati\nbaseUrl: https://news.example.org/archive/\n');
});
afterAll(() => remove(dir));

describe('dateline new', () => {
  it('creates a dated Markdown article with its front matter and says where it will be published', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'new', 'Council approves the harbour bridge'], { cwd: dir });
    const today = todayIn('Pacific/Kiritimati');
    const file = path.join(dir, 'content', String(today.year), today.iso.slice(5, 7), `${today.iso}-council-approves-the-harbour-bridge.md`);
    const article = matter(await readFile(file, 'utf8'));
    expect(article.data).toMatchObject({ title: 'Council approves the harbour bridge', draft: false });
    expect(String(article.data.date instanceof Date ? article.data.date.toISOString().slice(0, 10) : article.data.date)).toBe(today.iso);
    expect(stdout).toContain(`https://news.example.org/archive/${today.iso.replace(/-/g, '/')}/council-approves-the-harbour-bridge/`);
  });

  it('never overwrites an article, and asks for a headline when none is given', async () => {
    const again = await run(process.execPath, [CLI, 'new', 'Council approves the harbour bridge'], { cwd: dir }).catch((error) => error);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const none = await run(process.execPath, [CLI, 'new'], { cwd: dir }).catch((error) => error);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('npm run new -- "Headline of the story"');
  });
});
