// Every extra output the build writes after the pages, in order. Add new outputs here.
import type { SiteConfig } from '../config.js';
import { aliasesOutput } from '../syndication/aliases.js';
import { sitemapsOutput } from '../syndication/sitemaps.js';
import type { SiteOutput } from './types.js';

/**
 * A fresh set per build, since outputs may gather state while observing pages. The config is given up
 * front for outputs that are set up before the first page (the search index needs the site's language).
 * The search index and the feeds load their libraries (Pagefind, feed: about 25 ms) only for a site
 * that has them.
 */
export async function createOutputs(config: SiteConfig): Promise<SiteOutput[]> {
  const search = config.search ? (await import('../search/pagefind-output.js')).searchIndex({ language: config.language }) : undefined;
  const feeds = config.feeds ? (await import('../syndication/feeds.js')).feedsOutput() : undefined;
  // Aliases come last: they check their redirect pages against every page and syndication file.
  return [...(search ? [search] : []), ...(feeds ? [feeds] : []), sitemapsOutput(), aliasesOutput()];
}
