// Runs the parse stage in a worker thread: a batch of files in, their parse results out.
import type { SourceFile } from '../types.js';
import { parseArticle, type ParseOptions, type ParseResult } from './article.js';
import { loadMarkdownStack, MarkdownStackNotLoaded } from './body.js';

export interface ParseTask {
  sources: Pick<SourceFile, 'path' | 'format'>[];
  contents: Uint8Array[];
  /** The contents' hashes, when the sender has them. */
  hashes?: string[];
  options: ParseOptions;
}

/** A worker loads the Markdown stack with its first Markdown file: one given only wire text never does. */
export async function parseBatch(task: ParseTask): Promise<ParseResult[]> {
  if (task.sources.some((source) => source.format === 'markdown')) await loadMarkdownStack();
  try {
    return parseAll(task);
  } catch (error) {
    // Wire text needs the stack only for a tree its direct writer declines (the wire parser makes
    // none today): the batch is then parsed again with it, as parsing is pure.
    if (!(error instanceof MarkdownStackNotLoaded)) throw error;
    await loadMarkdownStack();
    return parseAll(task);
  }
}

function parseAll(task: ParseTask): ParseResult[] {
  return task.sources.map((source, i) => parseArticle(source, task.contents[i] as Uint8Array, task.options, task.hashes?.[i]));
}
