// Searches the demo archive in Chromium as a reader does: a word in the header's search box, a result
// that links the article, and the article itself; at the site root and under a base path.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, projectRoot, remove, tempDir } from '../helpers/site.js';
import { axeViolations, launchChromium, serveFolder, type StaticServer } from './helpers.js';

const content = path.join(projectRoot, 'content');
/** The index loads over the network and the machine may be busy: wait for results, not for a clock. */
const PATIENTLY = { timeout: 30_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface ServedSite {
  server: StaticServer;
  /** Where the home page is, e.g. `/` or `/archive/`. */
  home: string;
  /** Path of the sample wire story about Iran and Bolivia, under the base path. */
  sample: string;
  close(): Promise<void>;
}

/** Builds the demo content for a base path and serves it there, as a host would. */
async function serveDemo(basePath: string): Promise<ServedSite> {
  const root = await tempDir('dateline-search-');
  // The host's document root is a folder inside the temporary one, so whatever a build leaves beside
  // its output is removed with it too.
  const docRoot = path.join(root, 'www');
  const out = path.join(docRoot, ...basePath.split('/').filter(Boolean));
  const result = await buildInto(content, out, basePath === '/' ? {} : { baseUrl: `https://news.example.org${basePath}` })
    .catch(async (error: unknown) => { await remove(root); throw error; });
  if (!result.ok) await remove(root);
  expect(result.ok).toBe(true);
  const [slug] = (await readdir(path.join(out, '2023/07/20'), { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const server = await serveFolder(docRoot);
  return {
    server, home: basePath, sample: `${basePath}2023/07/20/${slug?.name}/`,
    close: async () => { await server.close(); await remove(root); },
  };
}

async function openPage(site: ServedSite, sitePath: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.server.origin + sitePath);
  return page;
}

/** Types into the header's search box on the home page and submits it with Enter. */
async function searchFromHome(site: ServedSite, words: string): Promise<Page> {
  const page = await openPage(site, site.home);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill(words);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === `${site.home}search/`);
  return page;
}

function resultLink(page: Page, href: string) {
  return page.getByRole('main').getByRole('listitem').filter({ has: page.locator(`a[href="${href}"]`) });
}

describe('search at the site root', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveDemo('/'); });
  afterAll(() => site?.close());

  it('finds the sample article from the header box and follows the result to it', async () => {
    const page = await searchFromHome(site, 'Ashtiani');
    const result = resultLink(page, site.sample);
    await expect.poll(() => result.count(), PATIENTLY).toBe(1);
    await expect.poll(() => page.getByRole('status').textContent(), PATIENTLY).toMatch(/match.*Ashtiani/);
    expect(await result.locator('time').textContent()).toBe('20 July 2023');
    expect(await result.locator('mark').first().textContent()).toMatch(/Ashtiani/i);
    const headline = await result.getByRole('link').textContent();
    await result.getByRole('link').click();
    await page.waitForURL(site.server.origin + site.sample);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(headline);
    await page.context().close();
  });

  it('narrows the results to a year and a topic, and keeps them in the address', async () => {
    const page = await searchFromHome(site, 'minister');
    const results = page.getByRole('main').getByRole('listitem');
    await expect.poll(() => results.count(), PATIENTLY).toBeGreaterThan(1);
    const everyYear = await results.count();
    await page.getByLabel('Year').selectOption('2023');
    await expect.poll(() => results.locator('time').allTextContents(), PATIENTLY).toEqual(['20 July 2023']);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2023');
    await page.getByLabel('Year').selectOption('');
    await page.getByLabel('Topic').selectOption('Bolivia');
    // Poll for the filtered list itself: while the results are redrawn the list is briefly empty.
    await expect.poll(() => resultLink(page, site.sample).count(), PATIENTLY).toBe(1);
    await expect.poll(() => results.count(), PATIENTLY).toBeLessThan(everyYear);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('Bolivia');
    await page.context().close();
  });

  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    it(`at ${name} width: results with marked words, no axe violations, no sideways scroll`, async () => {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}/search/?q=minister`);
        const results = page.getByRole('main').getByRole('listitem');
        await expect.poll(() => results.count(), PATIENTLY).toBeGreaterThan(1);
        // Every result shows its day, and the query's words are marked where its excerpt has them.
        expect(await results.locator('time').count()).toBe(await results.count());
        expect((await page.getByRole('main').locator('mark').allTextContents()).every((word) => /^minister/i.test(word))).toBe(true);
        expect(await page.getByRole('main').locator('mark').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(projectRoot, 'docs/screenshots', `search-${name}.png`) });
      } finally {
        await context.close();
      }
    });
  }

  it('says without JavaScript that search needs it, and still takes the header form to the search page', async () => {
    const page = await openPage(site, site.home, false);
    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Bolivia');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.server.origin}/search/?q=Bolivia`);
    expect(await page.getByRole('main').textContent()).toMatch(/search runs in your browser and needs JavaScript/);
    expect(await page.getByRole('searchbox', { name: 'Words to find' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: /archive by date/ }).count()).toBe(1);
    await page.context().close();
  });
});

describe('search under a base path', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveDemo('/archive/'); });
  afterAll(() => site?.close());

  it('finds the sample article for "Bolivia" and links it under the base path', async () => {
    const page = await searchFromHome(site, 'Bolivia');
    const result = resultLink(page, site.sample);
    await expect.poll(() => result.count(), PATIENTLY).toBe(1);
    await result.getByRole('link').click();
    await page.waitForURL(site.server.origin + site.sample);
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
