import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, touchArticle, type GenerateOptions } from '../src/bench/generate.js';

type Format = GenerateOptions['format'];
const COUNT = 50;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every article in an archive, by path relative to it (forward slashes), in index order. */
async function readArchive(dir: string): Promise<Map<string, string>> {
  const entries = (await readdir(dir, { recursive: true })).filter((entry) => /\.(txt|md)$/.test(entry));
  const paths = entries.map((entry) => entry.split('\\').join('/')).sort((a, b) => index(a) - index(b));
  const files = new Map<string, string>();
  for (const path of paths) files.set(path, await readFile(join(dir, path), 'utf8'));
  return files;
}

const index = (path: string): number => Number(/(\d+)-[^/]*$/.exec(path)?.[1]);
const countWords = (text: string): number => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
const WIRE_DATE_LINE = /^ date (\d{4})-(\d{2})-(\d{2}) \S/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

async function generate(name: string, format: Format, seed: number, extra: Partial<GenerateOptions> = {}) {
  const outDir = join(root, name);
  const result = await generateArchive({ count: COUNT, format, seed, outDir, ...extra });
  return { outDir, result, files: await readArchive(outDir) };
}

describe.each<Format>(['wire', 'markdown', 'mixed'])('generateArchive, %s', (format) => {
  let first: Awaited<ReturnType<typeof generate>>;
  let again: Awaited<ReturnType<typeof generate>>;
  let otherSeed: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    first = await generate(`${format}-a`, format, 7);
    again = await generate(`${format}-b`, format, 7);
    otherSeed = await generate(`${format}-c`, format, 8);
  });

  it('writes the requested number of files under YYYY/MM/ and reports their bytes', () => {
    expect(first.files.size).toBe(COUNT);
    expect(first.result.files).toBe(COUNT);
    const bytes = [...first.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(first.result.bytes).toBe(bytes);
    for (const path of first.files.keys()) expect(path).toMatch(/^\d{4}\/\d{2}\/\d{6}-[a-z0-9-]+\.(txt|md)$/);
  });

  it('gives byte-identical files for the same seed', () => {
    expect([...again.files]).toEqual([...first.files]);
  });

  it('gives different files for a different seed', () => {
    expect([...otherSeed.files.values()]).not.toEqual([...first.files.values()]);
  });

  it('keeps every article between 400 and 900 words', () => {
    for (const [path, text] of first.files) {
      const body = path.endsWith('.md') ? matter(text).content : text.replace(WIRE_DATE_LINE, '');
      const words = countWords(body);
      expect(words, path).toBeGreaterThanOrEqual(400);
      expect(words, path).toBeLessThanOrEqual(900);
    }
  });

  it('uses the extension its format asks for', () => {
    for (const path of first.files.keys()) {
      const wire = format === 'wire' || (format === 'mixed' && index(path) % 2 === 0);
      expect(path.endsWith(wire ? '.txt' : '.md'), path).toBe(true);
    }
  });
});

describe('wire articles', () => {
  let files: string[];
  beforeAll(async () => {
    files = [...(await generate('wire-shape', 'wire', 11)).files.values()];
  });

  it('start with the date and the lede on the first line, with no headline', () => {
    for (const text of files) {
      const [firstLine = '', secondLine] = text.split('\n');
      const match = WIRE_DATE_LINE.exec(firstLine);
      expect(match, firstLine).not.toBeNull();
      expect(isCalendarDate(Number(match?.[1]), Number(match?.[2]), Number(match?.[3]))).toBe(true);
      expect(countWords(firstLine)).toBeGreaterThan(15);
      expect(firstLine).toMatch(/\.$/);
      expect(secondLine).toBe('');
    }
  });

  it('have 1–3 subheadings of 2–6 words with no final punctuation', () => {
    for (const text of files) {
      const paragraphs = text.trim().split('\n\n');
      const headings = paragraphs.filter((p) => !/[.:!?")]$/.test(p));
      expect(headings.length).toBeGreaterThanOrEqual(1);
      expect(headings.length).toBeLessThanOrEqual(3);
      for (const heading of headings) expect(countWords(heading)).toBeGreaterThanOrEqual(2);
      for (const heading of headings) expect(countWords(heading)).toBeLessThanOrEqual(6);
    }
  });

  it('sometimes introduce a quote with a colon and sometimes carry a credited caption', () => {
    const all = files.join('\n\n');
    expect(all).toMatch(/:\n\n"[^\n]+"\n/);
    expect(all).toMatch(/\. \(credit: [^/\n)]+\/[^/\n)]+\)\n/);
  });
});

describe('Markdown articles', () => {
  let files: string[];
  beforeAll(async () => {
    files = [...(await generate('markdown-shape', 'markdown', 12)).files.values()];
  });

  it('have front matter that gray-matter parses, with a calendar date', () => {
    for (const text of files) {
      const { data } = matter(text);
      expect(typeof data.title).toBe('string');
      expect(data.date).toBeInstanceOf(Date);
      expect(Number.isNaN((data.date as Date).getTime())).toBe(false);
      const raw = /^date: (\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/m.exec(text);
      expect(raw, text.slice(0, 200)).not.toBeNull();
      expect(isCalendarDate(Number(raw?.[1]), Number(raw?.[2]), Number(raw?.[3]))).toBe(true);
      expect(data.authors).toEqual(expect.arrayContaining([expect.any(String)]));
      expect((data.tags as string[]).length).toBeGreaterThanOrEqual(1);
      expect((data.tags as string[]).length).toBeLessThanOrEqual(4);
    }
  });

  it('escape titles so quotes and apostrophes survive YAML', () => {
    for (const text of files) {
      const written = /^title: (".*")$/m.exec(text)?.[1] ?? '';
      expect(matter(text).data.title).toBe(JSON.parse(written));
    }
    const titles = files.map((text) => matter(text).data.title as string);
    expect(titles.some((title) => /["']/.test(title))).toBe(true);
  });

  it('use subheadings, quotes, links, lists and date-times with an offset somewhere in the archive', () => {
    const all = files.join('\n');
    for (const pattern of [/^## \S/m, /^> \S/m, /\]\(https:\/\/example\.org\//, /^- \S/m, /^date: \S+T\S+[+-]\d{2}:\d{2}$/m]) {
      expect(all).toMatch(pattern);
    }
  });
});

describe('generateArchive options', () => {
  it('writes flat when folders is false, starting on startDate', async () => {
    const { files } = await generate('flat', 'mixed', 3, { folders: false, startDate: '2020-02-29' });
    for (const path of files.keys()) expect(path).not.toContain('/');
    expect(files.values().next().value).toMatch(/^ date 2020-02-29 /);
  });

  it('rejects a start date that is not a calendar date', async () => {
    await expect(generateArchive({ count: 1, format: 'wire', seed: 1, outDir: join(root, 'bad'), startDate: '2019-02-29' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('touchArticle', () => {
  it('changes exactly one file by appending to its last paragraph, differently each time', async () => {
    const { outDir, files: before } = await generate('touch', 'mixed', 5);
    const path = await touchArticle(outDir, 17);
    const after = await readArchive(outDir);
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed).toHaveLength(1);
    expect(path.split('\\').join('/')).toBe(join(outDir, changed[0] ?? '').split('\\').join('/'));
    const original = before.get(changed[0] ?? '') ?? '';
    const touched = after.get(changed[0] ?? '') ?? '';
    expect(touched.startsWith(original.trimEnd() + ' ')).toBe(true);
    expect(touched.slice(original.trimEnd().length)).not.toContain('\n\n');
    await touchArticle(outDir, 17);
    expect(await readFile(path, 'utf8')).not.toBe(touched);
  });

  it('names the missing index when there is no such article', async () => {
    const { outDir } = await generate('touch-missing', 'wire', 5);
    await expect(touchArticle(outDir, COUNT + 1)).rejects.toThrow(/no article 51/);
  });
});
