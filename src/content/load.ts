// Reads every content file and gets its parse: from the cache when the bytes are known, else from
// the parser (worker threads for large jobs). Only metadata stays in memory; bodies go to the cache.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ParseCache, CachedParse } from '../cache/parse-cache.js';
import type { Problem, SourceFile } from '../types.js';
import { hashBytes, type ParseOptions } from './article.js';
import type { Progress } from '../build.js';
import type { Workers } from '../workers/pool.js';
import { createParser, type Parser } from './pool.js';

/** Files handed to the parser per round while the next round is read. */
const ROUND = 512;
/** Files read at once when reading must not block this thread (libuv's pool has four threads). */
const READS_IN_FLIGHT = 16;

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

/** Small local files read faster synchronously than through the thread pool's round trips. */
async function readRound(sources: SourceFile[]): Promise<ReadRound> {
  return roundOf(sources.map((source) => {
    try {
      return readFileOf(source, readFileSync(source.absolutePath));
    } catch (error) {
      return unreadable(source, error);
    }
  }));
}

/**
 * Reads without blocking this thread, for when workers parse: a blocked main thread cannot hand
 * them their next batch, so they would sit idle while it reads; and a disk whose cache is cold
 * answers several reads at once far sooner than one after another.
 */
async function readRoundAsync(sources: SourceFile[]): Promise<ReadRound> {
  const read: (ReadFile | Problem)[] = new Array(sources.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      const source = sources[i] as SourceFile;
      read[i] = await readFile(source.absolutePath).then((bytes) => readFileOf(source, bytes), (error) => unreadable(source, error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, sources.length) }, reader));
  return roundOf(read);
}

/** Parses with the build's worker threads when given. */
export async function loadContent(sources: SourceFile[], options: ParseOptions, cache: ParseCache, workers?: Workers,
  progress?: Progress): Promise<LoadedContent> {
  const articles: CachedParse[] = [];
  const problems: Problem[] = [];
  // More files than the cache holds: most will need parsing (a first build, a new archive).
  const parser = createParser(options, workers, sources.length - cache.size);
  const read = parser.threaded ? readRoundAsync : readRound;
  let readMs = 0;
  let parsing: Promise<void> = Promise.resolve();
  let reading = read(sources.slice(0, ROUND));
  for (let start = 0; start < sources.length; start += ROUND) {
    const started = performance.now();
    const { files, problems: unread } = await reading;
    readMs += performance.now() - started;
    problems.push(...unread);
    // The next round is read while this one parses.
    if (start + ROUND < sources.length) reading = read(sources.slice(start + ROUND, start + 2 * ROUND));
    await parsing;
    progress?.('parse', articles.length, sources.length);
    parsing = parseRound(files, parser, cache, articles, problems);
  }
  await parsing;
  return { articles, problems, readMs };
}

/** Cache hits are taken as they are; misses are parsed and stored. Problems are reported either way. */
async function parseRound(files: ReadFile[], parser: Parser, cache: ParseCache, articles: CachedParse[], problems: Problem[]): Promise<void> {
  const misses: ReadFile[] = [];
  for (const file of files) {
    const cached = cache.get(file.hash);
    if (!cached) {
      misses.push(file);
      continue;
    }
    // The same bytes may sit at another path: metadata carries the path it was found at.
    const meta = cached.meta.source === file.source.path ? cached.meta : { ...cached.meta, source: file.source.path };
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
    articles.push(parse);
  });
}
