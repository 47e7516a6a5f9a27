// A pool of worker threads for the parse stage, so both cores parse while the main thread reads
// files and writes pages. Small jobs run in-process: starting workers costs more than it saves.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { SourceFile } from '../types.js';
import { parseArticle, type ParseOptions, type ParseResult } from './article.js';
import type { ParseTask } from './parse-worker.js';

/** Below this many files to parse, one thread is faster than starting workers. */
export const WORKER_THRESHOLD = 300;
const BATCH = 40;

export interface Parser {
  /** `hashes[i]` is `hashBytes(contents[i])`, when known, so it is not computed again. */
  parse(sources: Pick<SourceFile, 'path' | 'format'>[], contents: Uint8Array[], hashes?: string[]): Promise<ParseResult[]>;
  close(): Promise<void>;
}

const workerFile = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

export function createParser(options: ParseOptions, expectedFiles: number): Parser {
  // Workers need compiled JavaScript; running from TypeScript sources (tests), parse in-process.
  if (expectedFiles < WORKER_THRESHOLD || !existsSync(workerFile)) {
    return {
      parse: async (sources, contents, hashes) =>
        sources.map((source, i) => parseArticle(source, contents[i] as Uint8Array, options, hashes?.[i])),
      close: async () => {},
    };
  }
  const threads = Math.max(1, Math.min(os.availableParallelism(), 8));
  const pool = new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads });
  return {
    async parse(sources, contents, hashes) {
      const batches: Promise<ParseResult[]>[] = [];
      for (let start = 0; start < sources.length; start += BATCH) {
        const task: ParseTask = { sources: sources.slice(start, start + BATCH), contents: contents.slice(start, start + BATCH),
          hashes: hashes?.slice(start, start + BATCH), options };
        batches.push(pool.run(task) as Promise<ParseResult[]>);
      }
      return (await Promise.all(batches)).flat();
    },
    close: () => pool.destroy(),
  };
}
