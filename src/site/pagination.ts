// Splits a listing into pages and describes the page links a reader sees.
import { pagedPath } from './routes.js';

export interface PageLink {
  number: number;
  /** Site path of that page. */
  url: string;
  current: boolean;
}

export interface Pagination {
  page: number;
  pageCount: number;
  /** Site path of the previous (newer) and next (older) pages, when there are any. */
  prev?: string;
  next?: string;
  /** Numbered links: first, last and a window around the current page; `undefined` marks a gap. */
  links: (PageLink | undefined)[];
}

/** How many numbered links either side of the current page. */
const WINDOW = 2;

export function paginate<T>(items: T[], perPage: number, listing: string): { items: T[]; pagination: Pagination }[] {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, i) => ({
    items: items.slice(i * perPage, (i + 1) * perPage),
    pagination: describePage(i + 1, pageCount, listing),
  }));
}

export function describePage(page: number, pageCount: number, listing: string): Pagination {
  const shown = new Set([1, pageCount]);
  for (let n = Math.max(1, page - WINDOW); n <= Math.min(pageCount, page + WINDOW); n++) shown.add(n);
  const links: (PageLink | undefined)[] = [];
  for (const n of [...shown].sort((a, b) => a - b)) {
    const last = links.at(-1);
    if (last && n > last.number + 1) links.push(undefined);
    links.push({ number: n, url: pagedPath(listing, n), current: n === page });
  }
  return {
    page, pageCount, links,
    prev: page > 1 ? pagedPath(listing, page - 1) : undefined,
    next: page < pageCount ? pagedPath(listing, page + 1) : undefined,
  };
}
