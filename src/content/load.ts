// Reads every content file and gets its parse: from the cache when the bytes are known, else from
// the parser (worker threads for large jobs). Only metadata stays in memory; bodies go to the cache.
import { readFileSync } from 'node:fs';
import type { ParseCache, CachedParse } from '../cache/parse-cache.js';
import type { Problem, SourceFile } from '../types.js';
import type { ParseOptions } from './article.js';
import { hashBytes } from './source-hash.js';
import type { Progress } from '../build.js';
import type { Workers } from '../workers/pool.js';
import { createParser, type Parser } from './pool.js';
import { SharedValues } from './shared-values.js';

/** Files handed to the parser per round while the next round is read. */
const ROUND = 512;
/** Files read between turns of the event loop while workers parse. */
const READ_SLICE = 8;

export interface LoadedContent {
  articles: CachedParse[];
  problems: Problem[];
  /** Milliseconds spent reading and hashing files (the rest of loading is parsing). */
  readMs: number;
}

interface ReadFile {
  source: SourceFile;
  bytes: Uint8Array;
  hash: string;
}

function unreadable(source: SourceFile, error: unknown): Problem {
  return { file: source.path, code: 'unreadable-file', severity: 'error',
    message: `The file cannot be read: ${(error as Error).message}.`, hint: 'Check the file exists and is readable.' };
}

const readFileOf = (source: SourceFile, bytes: Uint8Array): ReadFile => ({ source, bytes, hash: hashBytes(bytes) });

interface ReadRound {
  files: ReadFile[];
  problems: Problem[];
}

/** A round's files in order, and the problems of those that could not be read. */
function roundOf(read: (ReadFile | Problem)[]): ReadRound {
  return { files: read.filter((entry): entry is ReadFile => 'bytes' in entry), problems: read.filter((entry): entry is Problem => 'code' in entry) };
}

/**
 * Reads a round a slice at a time, giving the event loop a turn between slices so that workers that
 * finish a batch get their next one at once. Reads are synchronous: through libuv's pool each file
 * costs four round trips, and 4,000 files cost 150 ms of CPU instead of 25 ms. On a cold page cache
 * they wait for the disk one at a time, which still keeps ahead of the workers' parsing.
 */
async function readRound(sources: SourceFile[], slice: number): Promise<ReadRound> {
  const read: (ReadFile | Problem)[] = [];
  for (const source of sources) {
    try {
      read.push(readFileOf(source, readFileSync(source.absolutePath)));
    } catch (error) {
      read.push(unreadable(source, error));
    }
    if (read.length % slice === 0) await new Promise(setImmediate);
  }
  return roundOf(read);
}

/** Parses with the build's worker threads when given. */
export async function loadContent(sources: SourceFile[], options: ParseOptions, cache: ParseCache, workers?: Workers,
  progress?: Progress): Promise<LoadedContent> {
  const articles: CachedParse[] = [];
  const problems: Problem[] = [];
  // More files than the cache holds: most will need parsing (a first build, a new archive).
  const parser = createParser(options, workers, sources.length - cache.size);
  // Without workers to feed, a round is read in one go.
  const slice = parser.threaded ? READ_SLICE : Infinity;
  let readMs = 0;
  const shared = new SharedValues();
  let parsing: Promise<void> = Promise.resolve();
  let reading = readRound(sources.slice(0, ROUND), slice);
  for (let start = 0; start < sources.length; start += ROUND) {
    const started = performance.now();
    const { files, problems: unread } = await reading;
    readMs += performance.now() - started;
    problems.push(...unread);
    // The next round is read while this one parses.
    if (start + ROUND < sources.length) reading = readRound(sources.slice(start + ROUND, start + 2 * ROUND), slice);
    await parsing;
    progress?.('parse', articles.length, sources.length);
    parsing = parseRound(files, parser, cache, shared, articles, problems);
  }
  await parsing;
  return { articles, problems, readMs };
}

/** Cache hits are taken as they are; misses are parsed and stored. Problems are reported either way. */
async function parseRound(files: ReadFile[], parser: Parser, cache: ParseCache, shared: SharedValues, articles: CachedParse[],
  problems: Problem[]): Promise<void> {
  const misses: ReadFile[] = [];
  for (const file of files) {
    const cached = cache.get(file.hash);
    if (!cached) {
      misses.push(file);
      continue;
    }
    // The same bytes may sit at another path: metadata carries the path it was found at.
    const meta = cached.meta.source === file.source.path ? cached.meta : { ...cached.meta, source: file.source.path };
    shared.share(meta);
    articles.push({ ...cached, meta });
    problems.push(...cached.problems.map((problem) => ({ ...problem, file: file.source.path })));
  }
  const results = await parser(misses.map((file) => file.source), misses.map((file) => file.bytes), misses.map((file) => file.hash));
  results.forEach((result, i) => {
    problems.push(...result.problems);
    const { article } = result;
    if (!article) return;
    const parse: CachedParse = { meta: article.meta, problems: article.problems, draft: article.draft };
    cache.put((misses[i] as ReadFile).hash, parse, article.html);
    shared.share(parse.meta);
    articles.push(parse);
  });
}
