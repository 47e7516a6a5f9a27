// Reads and parses every content file. Files are read a few at a time so a large archive neither
// waits on one file at a time nor opens thousands at once.
import { readFile } from 'node:fs/promises';
import type { ParsedArticle, Problem, SourceFile } from '../types.js';
import { parseArticle, type ParseOptions } from './article.js';

const READ_CONCURRENCY = 32;

export interface LoadedContent {
  articles: ParsedArticle[];
  problems: Problem[];
}

export async function loadContent(sources: SourceFile[], options: ParseOptions): Promise<LoadedContent> {
  const articles: ParsedArticle[] = [];
  const problems: Problem[] = [];
  for (let start = 0; start < sources.length; start += READ_CONCURRENCY) {
    const batch = sources.slice(start, start + READ_CONCURRENCY);
    const contents = await Promise.all(batch.map((source) => readFile(source.absolutePath).catch((error: Error) => error)));
    batch.forEach((source, i) => {
      const bytes = contents[i];
      if (bytes instanceof Error) {
        problems.push({ file: source.path, code: 'unreadable-file', severity: 'error',
          message: `The file cannot be read: ${bytes.message}.`, hint: 'Check the file exists and is readable.' });
        return;
      }
      const result = parseArticle(source, bytes as Buffer, options);
      problems.push(...result.problems);
      if (result.article) articles.push(result.article);
    });
  }
  return { articles, problems };
}
