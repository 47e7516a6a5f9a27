// Writes deterministic synthetic news archives for the benchmark, and edits one article in place
// for incremental-rebuild runs. The prose itself comes from ./article.ts.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { composeArticle, extraSentence } from './article.js';
import { between, mixSeed, mulberry32 } from './random.js';

export interface GenerateOptions {
  /** How many articles to write. */
  count: number;
  /** `wire` writes `.txt`, `markdown` writes `.md`, `mixed` alternates (even indexes wire). */
  format: 'wire' | 'markdown' | 'mixed';
  /** Same seed and options ⇒ byte-identical files. */
  seed: number;
  /** Folder to write into; created if missing. */
  outDir: string;
  /** First publication day, `YYYY-MM-DD`. */
  startDate?: string;
  /** Nest files as `YYYY/MM/` subfolders. */
  folders?: boolean;
}

export const defaults = { startDate: '2015-01-01', folders: true } satisfies Partial<GenerateOptions>;

/** Bounded concurrency: enough writes in flight to keep the disk busy without exhausting file handles. */
const BATCH_SIZE = 64;
const DAY_MS = 86_400_000;

/** File names start with the zero-padded index, so `touchArticle` can find an article by index alone. */
const indexPrefix = (index: number): string => `${String(index).padStart(6, '0')}-`;

function parseStartDate(startDate: string): number {
  const time = Date.parse(`${startDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || new Date(time).toISOString().slice(0, 10) !== startDate) {
    throw new Error(`generateArchive: startDate "${startDate}" is not a calendar date; expected YYYY-MM-DD, e.g. 2015-01-01`);
  }
  return time;
}

/** Publication days, one per article in index order: 10–30 articles on weekdays, 5–12 at weekends. */
function* publicationDays(startDate: string, seed: number): Generator<string, never> {
  const rng = mulberry32(mixSeed(seed, -1));
  for (let day = parseStartDate(startDate); ; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    const articles = weekday === 0 || weekday === 6 ? between(rng, 5, 12) : between(rng, 10, 30);
    const iso = new Date(day).toISOString().slice(0, 10);
    for (let n = 0; n < articles; n++) yield iso;
  }
}

interface ArticleFile {
  /** Path relative to the archive folder. */
  path: string;
  bytes: Buffer;
}

function articleFile(index: number, date: string, options: Required<GenerateOptions>): ArticleFile {
  const format = options.format === 'mixed' ? (index % 2 === 0 ? 'wire' : 'markdown') : options.format;
  const { slug, text } = composeArticle({ seed: options.seed, index, date, format });
  const name = `${indexPrefix(index)}${slug}.${format === 'wire' ? 'txt' : 'md'}`;
  const folder = options.folders ? `${date.slice(0, 4)}/${date.slice(5, 7)}/` : '';
  return { path: `${folder}${name}`, bytes: Buffer.from(text, 'utf8') };
}

async function writeBatch(outDir: string, files: ArticleFile[], madeDirs: Set<string>): Promise<void> {
  for (const dir of new Set(files.map((file) => join(outDir, file.path, '..')))) {
    if (madeDirs.has(dir)) continue;
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  await Promise.all(files.map((file) => writeFile(join(outDir, file.path), file.bytes)));
}

/** Writes `count` synthetic articles into `outDir`; returns how many files and bytes were written. */
export async function generateArchive(options: GenerateOptions): Promise<{ files: number; bytes: number }> {
  const resolved: Required<GenerateOptions> = { ...defaults, ...options };
  if (!Number.isInteger(resolved.count) || resolved.count < 0) {
    throw new Error(`generateArchive: count must be a whole number ≥ 0, got ${resolved.count}`);
  }
  const days = publicationDays(resolved.startDate, resolved.seed);
  const madeDirs = new Set<string>();
  let bytes = 0;
  // Compose the next batch while the previous one is being written; at most one batch is in flight.
  let writing = Promise.resolve();
  for (let start = 0; start < resolved.count; start += BATCH_SIZE) {
    const batch: ArticleFile[] = [];
    for (let index = start; index < Math.min(resolved.count, start + BATCH_SIZE); index++) {
      batch.push(articleFile(index, days.next().value, resolved));
    }
    await writing;
    writing = writeBatch(resolved.outDir, batch, madeDirs);
    for (const file of batch) bytes += file.bytes.length;
  }
  await writing;
  return { files: resolved.count, bytes };
}

/** Appends a sentence to the body of one generated article (deterministic), returning its path. */
export async function touchArticle(outDir: string, index: number): Promise<string> {
  const prefix = indexPrefix(index);
  const entries = await readdir(outDir, { recursive: true });
  const found = entries.find((entry) => basename(entry).startsWith(prefix) && /\.(txt|md)$/.test(entry));
  if (found === undefined) {
    throw new Error(`touchArticle: no article ${index} (${prefix}*.txt or .md) under ${outDir}; run generateArchive first`);
  }
  const path = join(outDir, found);
  const text = await readFile(path, 'utf8');
  const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? defaults.startDate;
  // Seeding by the current length makes repeated touches add different sentences, so every touch is a real change.
  const sentence = extraSentence(mixSeed(index, text.length), date);
  // Every generated article ends with a prose paragraph, so the sentence joins it.
  await writeFile(path, `${text.trimEnd()} ${sentence}\n`);
  return path;
}
