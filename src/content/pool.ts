// The parse stage's parser: the build's worker threads for large jobs, so both cores parse while the
// main thread reads files; in-process for small ones, where handing files over costs more than it saves.
import type { SourceFile } from '../types.js';
import type { Workers } from '../workers/pool.js';
import type { ParseOptions, ParseResult } from './article.js';
import type { ParseTask } from './parse-worker.js';

/** Below this many files to parse at once, one thread is faster than the workers. */
const WORKER_THRESHOLD = 200;
const BATCH = 40;

/** `hashes[i]` is `hashBytes(contents[i])`, when known, so it is not computed again. */
export type Parser = ((sources: Pick<SourceFile, 'path' | 'format'>[], contents: Uint8Array[], hashes?: string[]) => Promise<ParseResult[]>) & {
  /** The workers were started for this job: the caller should give them its thread often. */
  readonly threaded: boolean;
};

let parserModule: Promise<typeof import('./article.js')> | undefined;

/**
 * The parser, for this thread, loaded on first use: a warm build, or one whose workers parse every
 * file, never loads it here. The dev server loads it once started, so a first save does not wait for it.
 */
export function loadParser(): Promise<typeof import('./article.js')> {
  return parserModule ??= loadWholeParser();
}

/** This thread parses any format, so it loads the Markdown stack too (worker threads load it on need). */
async function loadWholeParser(): Promise<typeof import('./article.js')> {
  const [parser] = await Promise.all([import('./article.js'), import('./body.js').then((body) => body.loadMarkdownStack())]);
  return parser;
}

/** `expected`: about how many files will need parsing; enough of them start the workers at once. */
export function createParser(options: ParseOptions, workers: Workers | undefined, expected = 0): Parser {
  const threaded = !!workers && expected >= WORKER_THRESHOLD;
  if (threaded) workers.start();
  return Object.assign(async (sources: Pick<SourceFile, 'path' | 'format'>[], contents: Uint8Array[], hashes?: string[]) => {
    if (sources.length === 0) return [];
    if (!workers || sources.length < WORKER_THRESHOLD) {
      const { parseArticle } = await loadParser();
      return sources.map((source, i) => parseArticle(source, contents[i] as Uint8Array, options, hashes?.[i]));
    }
    const batches: Promise<ParseResult[]>[] = [];
    for (let start = 0; start < sources.length; start += BATCH) {
      const task: ParseTask = { sources: sources.slice(start, start + BATCH), contents: contents.slice(start, start + BATCH),
        hashes: hashes?.slice(start, start + BATCH), options };
      batches.push(workers.parse(task));
    }
    return (await Promise.all(batches)).flat();
  }, { threaded });
}
