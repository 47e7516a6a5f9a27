// Every extra output the build writes after the pages, in order. Add new outputs here.
import type { SiteConfig } from '../config.js';
import { searchIndex } from '../search/pagefind-output.js';
import { aliasesOutput } from '../syndication/aliases.js';
import { feedsOutput } from '../syndication/feeds.js';
import { sitemapsOutput } from '../syndication/sitemaps.js';
import type { SiteOutput } from './types.js';

/**
 * A fresh set per build, since outputs may gather state while observing pages. The config is given up
 * front for outputs that are set up before the first page (the search index needs the site's language).
 */
export function createOutputs(config: SiteConfig): SiteOutput[] {
  // Aliases come last: they check their redirect pages against every page and syndication file.
  return [
    ...(config.search ? [searchIndex({ language: config.language })] : []),
    ...(config.feeds ? [feedsOutput()] : []),
    sitemapsOutput(),
    aliasesOutput(),
  ];
}
