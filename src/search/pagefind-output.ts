// The search index: every article page, as rendered, goes into a Pagefind index whose files join the
// staged output under `/pagefind/`, so they are written (or left alone) like any other page.
import * as pagefind from 'pagefind';
import type { OutputFile, SiteOutput } from '../outputs/types.js';
import type { PageSpec } from '../site/pages.js';

export interface Options {
  /**
   * Language of the whole index (ISO 639-1). The search page is in the site's language and Pagefind
   * searches only the index of the page's language, so articles in other languages would otherwise be
   * unfindable; one index in the site's language finds them all, with that language's stemming.
   */
  language: string;
  /** Folder of the Pagefind bundle in the output; the search page loads `pagefind.js` from it. */
  bundleDir: string;
  /** Which rendered pages go into the index. */
  indexes(page: PageSpec): boolean;
  /** Which of Pagefind's files to publish (by path inside the bundle). */
  publishes(file: string): boolean;
}

export const defaults: Options = {
  language: 'en',
  bundleDir: 'pagefind',
  indexes: (page) => page.template === 'article.njk',
  // The search page uses Pagefind's JS API with its own small script, so Pagefind's ready-made
  // interfaces (about 400 kB) and its highlighting script would only be dead weight on the server.
  publishes: (file) => !/^pagefind-(ui|modular-ui|component-ui)\.|^pagefind-highlight\.js$|^playground\//.test(file),
};

export class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`Pagefind could not ${step}: ${errors.join('; ')}`);
  }
}

/**
 * Pagefind runs as one service process per Node process; the index lives there until `files` reads it
 * back and closes the service, which is why a build must not run two of these at once.
 */
export function searchIndex(options: Partial<Options> = {}): SiteOutput {
  const { language, bundleDir, indexes, publishes } = { ...defaults, ...options };
  let index: Promise<pagefind.PagefindIndex> | undefined;
  // Pages are sent without waiting for each answer, so indexing runs beside rendering.
  const added: Promise<pagefind.NewFileResponse>[] = [];

  return {
    name: 'search',
    observe(page, html) {
      if (!indexes(page)) return;
      index ??= openIndex(language);
      // The index is keyed by site path; the search page tells Pagefind the base path to put in front.
      const adding = index.then((opened) => opened.addHTMLFile({ url: page.path, content: html }));
      adding.catch(() => undefined); // reported by `files`; a build that fails before then never asks
      added.push(adding);
    },
    async *files() {
      index ??= openIndex(language);
      yield* await readBundle(index, added, bundleDir, publishes);
    },
  };
}

/** Waits for every page, reads the built index back, and stops the service whatever happened. */
async function readBundle(index: Promise<pagefind.PagefindIndex>, added: Promise<pagefind.NewFileResponse>[],
  bundleDir: string, publishes: Options['publishes']): Promise<OutputFile[]> {
  try {
    const opened = await index;
    const problems = (await Promise.all(added)).flatMap((response) => response.errors);
    if (problems.length) throw new SearchIndexError('index every article', problems);
    const { errors, files } = await opened.getFiles();
    if (errors.length) throw new SearchIndexError('write the index', errors);
    return bundleFiles(files, bundleDir, publishes);
  } finally {
    // Otherwise the service outlives the build; the next build in this process starts a fresh one.
    await pagefind.close();
  }
}

async function openIndex(language: string): Promise<pagefind.PagefindIndex> {
  const { errors, index } = await pagefind.createIndex({ forceLanguage: language.split('-')[0]?.toLowerCase() });
  if (!index) throw new SearchIndexError('start', errors);
  return index;
}

/** Sorted by path, so the same index always reaches the writer in the same order. */
function bundleFiles(files: pagefind.IndexFile[], bundleDir: string, publishes: Options['publishes']): OutputFile[] {
  return files.filter((file) => publishes(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({ file: `${bundleDir}/${file.path}`, content: file.content }));
}
