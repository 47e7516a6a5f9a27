// What a build is asked to do: folders, cache, overrides of the config. Apart from the build itself,
// so the command line can read its options without loading the whole of Dateline first.
import path from 'node:path';
import type { SiteConfig } from './config.js';

export interface BuildOptions {
  /** Project root: where the config and templates live. */
  root: string;
  contentDir: string;
  outDir: string;
  templatesDir: string;
  /** Where parsed articles are cached between builds; `undefined` with `cache: false` uses none. */
  cacheDir?: string;
  /** Keep the parse cache between builds (`--no-cache` turns it off). */
  cache?: boolean;
  /** Overrides the config's base URL (`--base-url`). */
  baseUrl?: string;
  /** Include articles dated after today (`--future`). */
  future?: boolean;
  /** Include drafts (`--drafts`). */
  drafts?: boolean;
  /** Override the config's `search`, `feeds`, `related` and `topics` (`--no-search`, `--no-feeds`, `--no-related`, `--topics`). */
  search?: boolean;
  feeds?: boolean;
  related?: boolean;
  topics?: SiteConfig['topics'];
  /** Told how far the long stages have got, for a progress display. */
  progress?: Progress;
}

/** Articles parsed so far (of `total`), or pages rendered so far. */
export type Progress = (stage: 'parse' | 'render', done: number, total?: number) => void;

export function defaultBuildOptions(root: string): BuildOptions {
  return {
    root, contentDir: path.join(root, 'content'), outDir: path.join(root, 'public'), templatesDir: path.join(root, 'templates'),
    cacheDir: path.join(root, '.dateline-cache'), cache: true,
  };
}
