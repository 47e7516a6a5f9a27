// Runs the parse stage in a worker thread: a batch of files in, their parse results out.
import type { SourceFile } from '../types.js';
import { parseArticle, type ParseOptions, type ParseResult } from './article.js';

export interface ParseTask {
  sources: Pick<SourceFile, 'path' | 'format'>[];
  contents: Uint8Array[];
  /** The contents' hashes, when the sender has them. */
  hashes?: string[];
  options: ParseOptions;
}

export function parseBatch(task: ParseTask): ParseResult[] {
  return task.sources.map((source, i) => parseArticle(source, task.contents[i] as Uint8Array, task.options, task.hashes?.[i]));
}
