// The contract for outputs beyond the HTML pages (feeds, sitemaps, redirects, search index):
// each sees every rendered page, then adds its own files to the same staged output.
import type nunjucks from 'nunjucks';
import type { SiteConfig } from '../config.js';
import type { Site } from '../site/model.js';
import type { PageSpec } from '../site/pages.js';
import type { Problem } from '../types.js';

/** What an output made from the site alone sees: no pages, no templates, so any thread can give it. */
export interface SiteContext {
  site: Site;
  config: SiteConfig;
  /** Rendered body HTML of an article, by source path. */
  bodyOf(source: string): string | undefined;
  /** An article's words for the search index, as `articleWords` lists them, by the hash of its source. */
  wordsOf(hash: string): string;
  /** Adds a warning to the build's report (an error here would come too late: pages are written). */
  report(problem: Problem): void;
}

export interface OutputContext extends SiteContext {
  /** The nunjucks environment, for outputs that render templates (redirect pages). */
  env: nunjucks.Environment;
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

/**
 * An output made from the site alone (search index, feeds): it needs no pages, so a build makes it in
 * a thread of its own while this one renders them (outputs/thread.ts).
 */
export interface StandaloneOutput extends SiteOutput {
  standalone: true;
  observe?: undefined;
  files(context: SiteContext): AsyncIterable<OutputFile> | Iterable<OutputFile>;
}

export function isStandalone(output: SiteOutput): output is StandaloneOutput {
  return (output as Partial<StandaloneOutput>).standalone === true;
}
