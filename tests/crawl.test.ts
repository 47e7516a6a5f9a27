// The whole site as a reader finds it: crawled from the home page, link by link, at the root and
// under a path prefix.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../src/build.js';
import { loadConfig, type SiteConfig } from '../src/config.js';
import { crawlSite, fileOf, findAll, navNamed, regionNamed, relLinks, text, type Crawl, type CrawledPage } from './helpers/crawl.js';
import { generatedContent } from './helpers/generated-site.js';
import { buildInto, listFiles, projectRoot, remove, tempDir } from './helpers/site.js';

const ARTICLE_PAGE = /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;
const DAY_PAGE = /^\/\d{4}\/\d{2}\/\d{2}\/$/;
const DATED_PAGE = /^\/\d{4}\//;

describe.each([
  { where: 'at the root', baseUrl: undefined },
  { where: 'under a path prefix', baseUrl: 'https://news.example.org/archive/' },
])('the generated archive, crawled from the home page $where', ({ baseUrl }) => {
  let dir: string;
  let out: string;
  let result: BuildResult;
  let config: SiteConfig;
  let crawl: Crawl;
  let articlePaths: string[];

  beforeAll(async () => {
    dir = await tempDir();
    out = path.join(dir, 'public');
    result = await buildInto(await generatedContent(dir), out, { baseUrl });
    config = await loadConfig(projectRoot, baseUrl ? { baseUrl } : {});
    crawl = await crawlSite(out, config.baseUrl);
    articlePaths = (await listFiles(out)).filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
  }, 120_000);
  afterAll(() => remove(dir));

  const page = (sitePath: string): CrawledPage => {
    const found = crawl.pages.get(sitePath);
    if (!found) throw new Error(`${sitePath} was not reached from the home page`);
    return found;
  };
  /** Site paths of the links inside an element, in order. */
  const linksIn = (from: string, element: Parameters<typeof findAll>[0] | undefined): string[] => (element
    ? findAll(element, (el) => el.name === 'a' && el.attribs.href !== undefined).map((a) => crawl.sitePathOf(a.attribs.href ?? '', from) ?? '')
    : []);
  /** A listing and the pages after it, by following rel="next". */
  const chainFrom = (first: string): string[] => {
    const chain = [first];
    for (let next = relLinks(page(first).doc, 'next', 'link')[0]; next !== undefined; next = relLinks(page(chain.at(-1) as string).doc, 'next', 'link')[0]) {
      chain.push(crawl.sitePathOf(next, chain.at(-1) as string) ?? next);
      if (chain.length > 1000) throw new Error(`rel="next" from ${first} never ends`);
    }
    return chain;
  };

  it('builds every article', () => {
    expect(result.ok).toBe(true);
    expect(result.articles).toBe(121);
    expect(articlePaths).toHaveLength(121);
  });

  it('reaches every page, and every article within five clicks (home › archive › month › day › article)', async () => {
    const unreached = (await listFiles(out)).filter((file) => file.endsWith('.html') && file !== '404.html')
      .filter((file) => ![...crawl.pages.keys()].some((sitePath) => fileOf(sitePath) === file));
    expect(unreached).toEqual([]);
    const deepest = Math.max(...articlePaths.map((sitePath) => page(sitePath).clicks));
    expect(deepest).toBeLessThanOrEqual(5);
  });

  it('has no broken internal link', () => {
    expect(crawl.broken).toEqual([]);
  });

  it('links pages both ways: each rel="next" page points back with rel="prev", the same in head and body', () => {
    for (const { path: from, doc } of crawl.pages.values()) {
      for (const [rel, back] of [['next', 'prev'], ['prev', 'next']] as const) {
        const inHead = relLinks(doc, rel, 'link');
        const inBody = relLinks(doc, rel, 'a');
        expect(inHead.length, `${from} has more than one <link rel="${rel}">`).toBeLessThanOrEqual(1);
        if (inHead.length) expect(inBody, `${from}: rel="${rel}" in the head and the page differ`).toEqual(inHead);
        for (const href of inBody) {
          const target = page(crawl.sitePathOf(href, from) ?? href);
          const backLinks = [...relLinks(target.doc, back, 'link'), ...relLinks(target.doc, back, 'a')];
          expect(backLinks.map((link) => crawl.sitePathOf(link, target.path)), `${target.path} should link back to ${from}`)
            .toEqual(backLinks.map(() => from));
          expect(backLinks.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('numbers the pages of every listing as many as it has, each number linking its page', () => {
    const firsts = [...crawl.pages.values()].filter(({ doc }) => navNamed(doc, 'Pages') && !relLinks(doc, 'prev', 'link').length);
    expect(firsts.map((first) => first.path)).toContain('/');
    for (const first of firsts) {
      const chain = chainFrom(first.path);
      chain.forEach((sitePath, i) => {
        const nav = navNamed(page(sitePath).doc, 'Pages');
        const current = nav && findAll(nav, (el) => el.attribs['aria-current'] === 'page').map(text);
        expect(current, `${sitePath} should mark itself as page ${i + 1}`).toEqual([String(i + 1)]);
        const numbered = nav ? findAll(nav, (el) => el.name === 'a' && /^\d+$/.test(text(el))) : [];
        for (const link of numbered) expect(chain[Number(text(link)) - 1], `${sitePath}: link ${text(link)}`).toBe(crawl.sitePathOf(link.attribs.href ?? '', sitePath));
        const highest = Math.max(i + 1, ...numbered.map((link) => Number(text(link))));
        expect(highest, `${sitePath}: the last page number`).toBe(chain.length);
      });
    }
  });

  it('pages the home listing by the configured size and lists every article there', () => {
    const chain = chainFrom('/');
    expect(chain).toHaveLength(Math.ceil(121 / config.perPage));
    const listed = new Set(chain.flatMap((sitePath) => linksIn(sitePath, findAll(page(sitePath).doc, (el) => el.name === 'main')[0])
      .filter((target) => ARTICLE_PAGE.test(target))));
    expect([...listed].sort()).toEqual([...articlePaths].sort());
  });

  it('puts breadcrumbs on every dated page, from Home down to the page itself', () => {
    const dated = [...crawl.pages.keys()].filter((sitePath) => DATED_PAGE.test(sitePath));
    expect(dated.length).toBeGreaterThan(121);
    for (const sitePath of dated) {
      const trail = navNamed(page(sitePath).doc, 'Breadcrumb');
      expect(trail, `${sitePath} has breadcrumbs`).toBeDefined();
      const links = linksIn(sitePath, trail);
      expect(links[0]).toBe('/');
      // Every step links a page above this one, and the trail ends on this page, unlinked.
      for (const link of links.slice(1)) expect(sitePath.startsWith(link) && link !== sitePath, `${sitePath}: crumb ${link}`).toBe(true);
      expect(trail && findAll(trail, (el) => el.attribs['aria-current'] === 'page')).toHaveLength(1);
      if (ARTICLE_PAGE.test(sitePath)) expect(links).toEqual(['/', sitePath.slice(0, 6), sitePath.slice(0, 9), sitePath.slice(0, 12)]);
    }
  });

  it('links every day with articles from its month calendar, and shows the same day in other years', () => {
    for (const day of [...crawl.pages.keys()].filter((sitePath) => DAY_PAGE.test(sitePath))) {
      const calendar = findAll(page(day.slice(0, 9)).doc, (el) => el.name === 'table')[0];
      expect(linksIn(day.slice(0, 9), calendar), `the calendar of ${day.slice(0, 9)}`).toContain(day);
    }
    expect(linksIn('/2023/07/20/', regionNamed(page('/2023/07/20/').doc, 'On this day in other years'))).toContain('/2022/07/20/');
  });

  it('links the sample article to its topics, and each topic page back to it', () => {
    const sample = articlePaths.find((sitePath) => sitePath.startsWith('/2023/07/20/')) as string;
    const topics = regionNamed(page(sample).doc, 'Topics');
    const names = topics ? findAll(topics, (el) => el.name === 'a').map(text) : [];
    expect(names).toEqual(expect.arrayContaining(['Iran', 'Bolivia', 'Mohammad Reza Ashtiani', 'IRNA']));
    for (const link of topics ? findAll(topics, (el) => el.name === 'a') : []) {
      const topicPage = crawl.sitePathOf(link.attribs.href ?? '', sample) as string;
      const listed = chainFrom(topicPage).flatMap((sitePath) => linksIn(sitePath, findAll(page(sitePath).doc, (el) => el.name === 'main')[0]));
      expect(listed, `${topicPage} lists the sample article`).toContain(sample);
    }
  });

  it('shows related articles on every article page, each another article', () => {
    for (const sitePath of articlePaths) {
      const related = linksIn(sitePath, regionNamed(page(sitePath).doc, 'Related articles'));
      expect(related.length, `${sitePath} shows related articles`).toBeGreaterThan(0);
      for (const target of related) {
        expect(target).not.toBe(sitePath);
        expect(articlePaths).toContain(target);
      }
    }
  });
});
