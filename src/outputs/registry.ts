// Every extra output the build writes after the pages, in order. Add new outputs here.
import type { SiteConfig } from '../config.js';
import { aliasesOutput } from '../syndication/aliases.js';
import { sitemapsOutput } from '../syndication/sitemaps.js';
import type { SiteOutput, StandaloneOutput } from './types.js';

/**
 * A fresh set per build, since outputs may gather state while observing pages. The feeds load their
 * library (feed: about 25 ms) only for a site that has them.
 */
export async function createOutputs(config: SiteConfig): Promise<SiteOutput[]> {
  // Aliases come last: they check their redirect pages against every page and syndication file.
  return [...await standaloneOutputs(config), sitemapsOutput(), aliasesOutput()];
}

/** The outputs made from the site alone, which another thread can make (see outputs/thread.ts). */
export async function standaloneOutputs(config: SiteConfig): Promise<StandaloneOutput[]> {
  const search = config.search ? (await import('../search/index-output.js')).searchIndex() : undefined;
  const feeds = config.feeds ? (await import('../syndication/feeds.js')).feedsOutput() : undefined;
  return [...(search ? [search] : []), ...(feeds ? [feeds] : [])];
}
