// The contract for outputs beyond the HTML pages (feeds, sitemaps, redirects, search index):
// each sees every rendered page, then adds its own files to the same staged output.
import type nunjucks from 'nunjucks';
import type { SiteConfig } from '../config.js';
import type { Site } from '../site/model.js';
import type { PageSpec } from '../site/pages.js';
import type { Problem } from '../types.js';

export interface OutputContext {
  site: Site;
  config: SiteConfig;
  /** The nunjucks environment, for outputs that render templates (redirect pages). */
  env: nunjucks.Environment;
  /** Rendered body HTML of an article, by source path. */
  bodyOf(source: string): string | undefined;
  /** An article's words for the search index, as `articleWords` lists them, by the hash of its source. */
  wordsOf(hash: string): string;
  /** Adds a warning to the build's report (an error here would come too late: pages are written). */
  report(problem: Problem): void;
}

export interface OutputFile {
  /** Path relative to the output folder, forward slashes. */
  file: string;
  content: string | Uint8Array;
}

/** One extra output. `observe` is called for every HTML page in build order, `files` once at the end. */
export interface SiteOutput {
  name: string;
  observe?(page: PageSpec, html: string): void | Promise<void>;
  files(context: OutputContext): AsyncIterable<OutputFile> | Iterable<OutputFile>;
}
