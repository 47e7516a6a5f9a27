// The parse stage's parser: the build's worker threads for large jobs, so both cores parse while the
// main thread reads files; in-process for small ones, where handing files over costs more than it saves.
import type { Workers } from '../workers/pool.js';
import type { ParseOptions, ParseResult } from './article.js';
import type { ParseTask } from './parse-worker.js';

/** Below this many files to parse, one thread is faster than the workers. */
const WORKER_THRESHOLD = 200;
/** Batches in hand per worker: one parsing and the next ones waiting, so none waits for this thread. */
const QUEUED_PER_THREAD = 3;

/** Files to parse; `hashes[i]` is `hashBytes(contents[i])` when known, so it is not computed again. */
export type ParseBatch = Pick<ParseTask, 'sources' | 'contents' | 'hashes'>;

export interface Parser {
  parse(batch: ParseBatch): Promise<ParseResult[]>;
  /** Workers parse this job: the caller should give them its thread often. */
  readonly threaded: boolean;
  /** Batches worth having in hand at once: enough to keep every worker busy, few enough to bound memory. */
  readonly capacity: number;
}

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
  if (workers && expected >= WORKER_THRESHOLD) {
    workers.start();
    return { threaded: true, capacity: workers.threads * QUEUED_PER_THREAD, parse: (batch) => workers.parse({ ...batch, options }) };
  }
  return {
    threaded: false, capacity: 1,
    async parse({ sources, contents, hashes }) {
      const { parseArticle } = await loadParser();
      return sources.map((source, i) => parseArticle(source, contents[i] as Uint8Array, options, hashes?.[i]));
    },
  };
}
