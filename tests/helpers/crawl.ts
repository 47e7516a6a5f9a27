// Crawls a built site from its home page the way a reader or a search engine would: following every
// internal `<a href>` (and form, such as the search box), and checking every internal address it meets (links, styles, scripts, images)
// maps to a file in the output, under the base URL's path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { listFiles } from './site.js';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];

export interface CrawledPage {
  /** Site path, without the base path: `/2023/07/`. */
  path: string;
  doc: Document;
  /** Fewest clicks from the home page (breadth-first, so the first visit is the shortest). */
  clicks: number;
}

export interface BrokenLink {
  /** Site path of the page the link is on. */
  from: string;
  /** The address as written in the page. */
  href: string;
}

export interface Crawl {
  /** Every HTML page reached from the home page, by site path. */
  pages: Map<string, CrawledPage>;
  broken: BrokenLink[];
  /** Resolves an address written on a page to a site path, or undefined when it leaves the site. */
  sitePathOf: (href: string, from: string) => string | undefined;
}

/** Attributes that point at another file of the site. */
const ADDRESSES: [tag: string, attribute: string][] = [['a', 'href'], ['form', 'action'], ['link', 'href'], ['script', 'src'], ['img', 'src']];
/** What a reader can follow to another page: a link, or a form such as the search box. */
const FOLLOWED = new Set(['a', 'form']);

export async function crawlSite(outDir: string, baseUrl: string): Promise<Crawl> {
  const files = new Set(await listFiles(outDir));
  const resolve = resolverFor(baseUrl);
  const pages = new Map<string, CrawledPage>();
  const broken: BrokenLink[] = [];
  const queue = ['/'];
  const clicks = new Map([['/', 0]]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const doc = parseDocument(await readFile(path.join(outDir, fileOf(next)), 'utf8'));
    const depth = clicks.get(next) ?? 0;
    pages.set(next, { path: next, doc, clicks: depth });
    for (const [tag, attribute] of ADDRESSES) {
      for (const element of DomUtils.getElementsByTagName(tag, doc)) {
        const href = element.attribs[attribute];
        const target = href === undefined ? undefined : resolve(href, next);
        if (href === undefined || target === undefined) continue;
        // A path outside the base path, or one with no file behind it, is a link the reader cannot follow.
        if (!target.underBase || !files.has(fileOf(target.sitePath))) {
          broken.push({ from: next, href });
          continue;
        }
        const page = target.sitePath;
        if (FOLLOWED.has(tag) && fileOf(page).endsWith('.html') && !clicks.has(page)) {
          clicks.set(page, depth + 1);
          queue.push(page);
        }
      }
    }
  }
  return { pages, broken, sitePathOf: (href, from) => { const target = resolve(href, from); return target?.underBase ? target.sitePath : undefined; } };
}

/** Addresses on the site's own host become site paths (query and fragment dropped); others are left alone. */
function resolverFor(baseUrl: string) {
  const base = new URL(baseUrl);
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return (href: string, from: string): { sitePath: string; underBase: boolean } | undefined => {
    const url = new URL(href, new URL(basePath + from.replace(/^\//, ''), base.origin));
    if (url.origin !== base.origin) return undefined;
    const underBase = url.pathname.startsWith(basePath);
    return { underBase, sitePath: underBase ? `/${decodeURIComponent(url.pathname.slice(basePath.length))}` : url.pathname };
  };
}

/** The output file behind a site path: `index.html` for a folder. */
export function fileOf(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The elements of a page that match a test, in document order. */
export function findAll(root: Document | Element, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, root.children);
}

export function text(element: Element): string {
  return DomUtils.textContent(element).replace(/\s+/g, ' ').trim();
}

/** The region a heading names: a `<section>`, `<footer>` or `<nav>` whose heading reads `name`. */
export function regionNamed(doc: Document, name: string): Element | undefined {
  const heading = findAll(doc, (element) => /^h[1-6]$/.test(element.name) && text(element) === name)[0];
  return heading?.parent && DomUtils.isTag(heading.parent) ? heading.parent : undefined;
}

/** A `<nav>` by its accessible name (`aria-label`). */
export function navNamed(doc: Document, label: string): Element | undefined {
  return findAll(doc, (element) => element.name === 'nav' && element.attribs['aria-label'] === label)[0];
}

/** Links with a given `rel`, from `<link>` in the head or `<a>` in the body. */
export function relLinks(doc: Document, rel: string, tag: 'link' | 'a'): string[] {
  return findAll(doc, (element) => element.name === tag && (element.attribs.rel ?? '').split(/\s+/).includes(rel))
    .map((element) => element.attribs.href ?? '');
}
