// Where every page lives. Paths here are site paths (`/2023/07/20/slug/`); the base URL's path is
// added only when a link is rendered, so moving the site under a prefix changes one place.
import type { CalendarDate } from '../types.js';
import { pad2 } from '../content/date.js';

export function articlePath(date: CalendarDate, slug: string): string {
  return `/${date.iso.slice(0, 4)}/${pad2(date.month)}/${pad2(date.day)}/${slug}/`;
}

export function yearPath(year: number): string {
  return `/${String(year).padStart(4, '0')}/`;
}

export function monthPath(year: number, month: number): string {
  return `${yearPath(year)}${pad2(month)}/`;
}

export function dayPath(date: CalendarDate): string {
  return `${monthPath(date.year, date.month)}${pad2(date.day)}/`;
}

export function topicPath(slug: string): string {
  return `/topics/${slug}/`;
}

/** Page n of a listing: the listing itself for page 1, then `page/2/`, `page/3/`… */
export function pagedPath(listing: string, page: number): string {
  return page <= 1 ? listing : `${listing}page/${page}/`;
}

/** The file a site path is written to, relative to the output folder. */
export function outputFileOf(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return relative;
}

/** The path part of the base URL, always starting and ending with `/`. */
export function basePathOf(baseUrl: string): string {
  const pathname = new URL(baseUrl).pathname;
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A root-relative link under the base path: `/archive/2023/` for `/2023/`. */
export function linkTo(basePath: string, sitePath: string): string {
  // Every link on every page comes here: counting the leading slashes is cheaper than a regex.
  let start = 0;
  while (sitePath.charCodeAt(start) === SLASH) start++;
  return basePath + (start ? sitePath.slice(start) : sitePath);
}

const SLASH = 0x2f;

/**
 * Paths the URL parser would give back unchanged: no dot segments, nothing to escape, no query or
 * fragment. Every segment but the last ends in `/`, so a path that fails fails at once: with the
 * slash optional, a long plain prefix before a `?` could be split 2^n ways before the match gave up.
 */
const PLAIN_PATH = /^(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)?$/;
/** Base URLs as the URL parser writes them, a few per build. */
const normalisedBases = new Map<string, string>();

/** An absolute URL, where a standard asks for one (feeds, sitemaps, canonical links). */
export function absoluteUrl(baseUrl: string, sitePath: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const relative = sitePath.replace(/^\/+/, '');
  // Every page asks for a few: parsing each costs more than the rest of its head.
  if (PLAIN_PATH.test(relative)) {
    let normalised = normalisedBases.get(base);
    if (normalised === undefined) normalisedBases.set(base, normalised = new URL(base).href);
    if (normalised.endsWith('/') && !normalised.includes('?') && !normalised.includes('#')) return normalised + relative;
  }
  return new URL(relative, base).href;
}
