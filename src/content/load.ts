// Reads every content file and gets its parse: from the cache when the bytes are known, else from
// the parser (worker threads for large jobs). Only metadata stays in memory; bodies go to the cache.
// Articles and problems come out in the sources' order, however the parsing was shared out.
import { readFileSync } from 'node:fs';
import type { ParseCache, CachedParse } from '../cache/parse-cache.js';
import type { Problem, SourceFile } from '../types.js';
import type { ParseOptions, ParseResult } from './article.js';
import { hashBytes } from './source-hash.js';
import type { Progress } from '../build.js';
import type { Workers } from '../workers/pool.js';
import { createParser } from './pool.js';
import { SharedValues } from './shared-values.js';

/** Files handed to the parser at once. */
const BATCH = 40;
/** Files read between turns of the event loop while workers parse. */
const READ_SLICE = 8;
/** Files read between progress reports. */
const PROGRESS_EVERY = 500;

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

/** One source's outcome, kept at its place so the result follows the sources' order. */
interface Found {
  parse?: CachedParse;
  problems: Problem[];
}

function readSource(source: SourceFile): ReadFile | Problem {
  try {
    return readFileOf(source, readFileSync(source.absolutePath));
  } catch (error) {
    return unreadable(source, error);
  }
}

/**
 * Reads every file and hands each batch of cache misses to the parser as soon as it is read; a few
 * batches are in hand at once (one with no workers), so contents never pile up in memory. Nothing
 * waits for a round to finish: with rounds of 512 files, each round's last batches left a worker
 * idle, and the workers waited 180 ms each at 4,000 articles. Reads are synchronous: through libuv's
 * pool each file costs four round trips, and 4,000 files cost 150 ms of CPU instead of 25 ms. While
 * workers parse, the event loop gets a turn every few files, so a worker that finishes a batch is
 * answered at once.
 */
export async function loadContent(sources: SourceFile[], options: ParseOptions, cache: ParseCache, workers?: Workers,
  progress?: Progress): Promise<LoadedContent> {
  // More files than the cache holds: most will need parsing (a first build, a new archive).
  const parser = createParser(options, workers, sources.length - cache.size);
  const found: Found[] = new Array(sources.length);
  const shared = new SharedValues();
  const parsing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let batch: (ReadFile & { index: number })[] = [];
  let readMs = 0;

  const parseBatch = (): void => {
    const files = batch;
    batch = [];
    const parsed: Promise<void> = parser.parse({ sources: files.map((file) => file.source), contents: files.map((file) => file.bytes),
      hashes: files.map((file) => file.hash) })
      .then((results) => results.forEach((result, i) => {
        const file = files[i] as ReadFile & { index: number };
        found[file.index] = fromParse(file, result, cache, shared);
      }), (error: unknown) => void (failure ??= { error }))
      .finally(() => parsing.delete(parsed));
    parsing.add(parsed);
  };

  for (let i = 0; i < sources.length; i++) {
    if (i % PROGRESS_EVERY === 0) progress?.('parse', i, sources.length);
    const started = performance.now();
    const read = readSource(sources[i] as SourceFile);
    readMs += performance.now() - started;
    if ('code' in read) found[i] = { problems: [read] };
    else {
      const cached = cache.get(read.hash);
      if (cached) found[i] = fromCache(read, cached, shared);
      else batch.push({ ...read, index: i });
    }
    if (batch.length === BATCH) parseBatch();
    while (parsing.size >= parser.capacity) await Promise.race(parsing);
    if (parser.threaded && i % READ_SLICE === READ_SLICE - 1) await new Promise(setImmediate);
    if (failure) throw failure.error;
  }
  if (batch.length) parseBatch();
  await Promise.all(parsing);
  if (failure) throw failure.error;
  return { articles: found.flatMap((entry) => (entry.parse ? [entry.parse] : [])), problems: found.flatMap((entry) => entry.problems), readMs };
}

/** A cache hit, taken as it is. The same bytes may sit at another path: metadata carries the path it was found at. */
function fromCache(file: ReadFile, cached: CachedParse, shared: SharedValues): Found {
  const meta = cached.meta.source === file.source.path ? cached.meta : { ...cached.meta, source: file.source.path };
  shared.share(meta);
  return { parse: { ...cached, meta }, problems: cached.problems.map((problem) => ({ ...problem, file: file.source.path })) };
}

/** A fresh parse, stored in the cache with its body. */
function fromParse(file: ReadFile, result: ParseResult, cache: ParseCache, shared: SharedValues): Found {
  const { article } = result;
  if (!article) return { problems: result.problems };
  const parse: CachedParse = { meta: article.meta, problems: article.problems, draft: article.draft };
  cache.put(file.hash, parse, article.html, article.words);
  shared.share(parse.meta);
  return { parse, problems: result.problems };
}
