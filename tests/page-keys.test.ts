// Page keys: a key must change whenever what the page shows would, and only then.
import { describe, expect, it } from 'vitest';
import { PageKeys } from '../src/render/page-keys.js';
import { collectSite } from '../src/site/collect.js';
import type { Site } from '../src/site/model.js';
import { articlePage, sitePages, type PageOptions, type PageSpec } from '../src/site/pages.js';
import type { ArticleMeta } from '../src/types.js';

const options: PageOptions = { locale: 'en-GB', perPage: 2, siteTitle: 'Keys', siteDescription: 'Key tests' };

function meta(slug: string, iso: string, hash = slug, title = slug): ArticleMeta {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return {
    source: `${slug}.md`, hash, title, titleInferred: false, date: { year, month, day, iso }, slug, summary: `About ${slug}.`,
    authors: [], tags: [], lang: 'en', dir: 'ltr', aliases: [], topics: [], wordCount: 100,
  };
}

const metas = (): ArticleMeta[] => [meta('a', '2023-07-20'), meta('b', '2023-07-19'), meta('c', '2023-07-18'), meta('d', '2023-05-01')];

/** The page of `slug`, showing the articles `related` names as its related ones. */
function pageOf(site: Site, slug: string, related: string[]): PageSpec {
  const index = (name: string) => site.articles.findIndex((article) => article.slug === name);
  const lists = site.articles.map(() => [] as number[]);
  lists[index(slug)] = related.map(index);
  return articlePage(site, site.articles[index(slug)]!, lists, options);
}

function articleKey(articles: ArticleMeta[], related = ['d']): string {
  const { site } = collectSite(articles);
  return new PageKeys('base', site.articles).of(pageOf(site, 'b', related));
}

describe('page keys', () => {
  it('are the same for the same page, in any render pass', () => {
    expect(articleKey(metas())).toBe(articleKey(metas()));
  });

  it('change when the page itself, a neighbour or a related article changes version', () => {
    const before = articleKey(metas());
    for (const slug of ['b', 'a', 'c', 'd']) {
      const changed = metas().map((entry) => (entry.slug === slug ? { ...entry, hash: `${slug}-edited`, title: `${slug} edited` } : entry));
      expect(articleKey(changed), slug).not.toBe(before);
    }
  });

  it('change when a related article moves, though its version does not', () => {
    const moved = metas().map((entry) => (entry.slug === 'd' ? { ...entry, slug: 'd-moved' } : entry));
    expect(articleKey(moved, ['d-moved'])).not.toBe(articleKey(metas()));
  });

  it('change when the related list changes, in membership or order', () => {
    const keys = [[], ['d'], ['d', 'a'], ['a', 'd']].map((related) => articleKey(metas(), related));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('change with the base (code, templates, config) and with any value, wherever strings split', () => {
    const { site } = collectSite(metas());
    const page = (data: Record<string, unknown>): PageSpec => ({ path: '/x/', template: 't.njk', title: 'T', description: '', breadcrumbs: [], data });
    const keys = new PageKeys('base', site.articles);
    const variants = [{ a: 'ab', b: 'c' }, { a: 'a', b: 'bc' }, { a: ['ab', 'c'] }, { a: ['a', 'bc'] }, { a: 1 }, { a: '1' }, { a: [[1], 2] }, { a: [1, [2]] }, {}];
    const all = variants.map((data) => keys.of(page(data)));
    expect(new Set(all).size).toBe(all.length);
    expect(new PageKeys('other base', site.articles).of(page({}))).not.toBe(keys.of(page({})));
  });

  it('cover every field of an article object that is not one of the site articles', () => {
    const { site } = collectSite(metas());
    const copy = { ...site.articles[0]! };
    const page = (article: object): PageSpec => ({ path: '/x/', template: 't.njk', title: 'T', description: '', breadcrumbs: [], data: { article } });
    const keys = new PageKeys('base', site.articles);
    expect(keys.of(page({ ...copy, summary: 'Changed.' }))).not.toBe(keys.of(page(copy)));
  });

  it('differ for every page of a site', () => {
    const { site } = collectSite(metas());
    const keys = new PageKeys('base', site.articles);
    const all = [...sitePages(site, options)].map((page) => keys.of(page));
    expect(new Set(all).size).toBe(all.length);
  });
});
