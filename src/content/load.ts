// Reads every content file and gets its parse: from the cache when the bytes are known, else from
// the parser (worker threads for large jobs). Only metadata stays in memory; bodies go to the cache.
import { readFileSync } from 'node:fs';
import type { ParseCache, CachedParse } from '../cache/parse-cache.js';
import type { Problem, SourceFile } from '../types.js';
import { hashBytes, type ParseOptions } from './article.js';
import type { Progress } from '../build.js';
import type { Workers } from '../workers/pool.js';
import { createParser, type Parser } from './pool.js';

/** Files handed to the parser per round while the next round is read. */
const ROUND = 512;

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

/** Small local files read faster synchronously than through the thread pool's round trips. */
function readRound(sources: SourceFile[], problems: Problem[]): ReadFile[] {
  const read: ReadFile[] = [];
  for (const source of sources) {
    try {
      const bytes = readFileSync(source.absolutePath);
      read.push({ source, bytes, hash: hashBytes(bytes) });
    } catch (error) {
      problems.push({ file: source.path, code: 'unreadable-file', severity: 'error',
        message: `The file cannot be read: ${(error as Error).message}.`, hint: 'Check the file exists and is readable.' });
    }
  }
  return read;
}

/** Parses with the build's worker threads when given. */
export async function loadContent(sources: SourceFile[], options: ParseOptions, cache: ParseCache, workers?: Workers,
  progress?: Progress): Promise<LoadedContent> {
  const articles: CachedParse[] = [];
  const problems: Problem[] = [];
  // More files than the cache holds: most will need parsing (a first build, a new archive).
  const parser = createParser(options, workers, sources.length - cache.size);
  let readMs = 0;
  let parsing: Promise<void> = Promise.resolve();
  for (let start = 0; start < sources.length; start += ROUND) {
    const started = performance.now();
    const files = readRound(sources.slice(start, start + ROUND), problems);
    readMs += performance.now() - started;
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
