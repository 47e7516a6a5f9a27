// Reads the demo archive in Chromium as a reader would, at phone and desktop width, in light and dark:
// axe finds nothing, nothing fails to load, nothing scrolls sideways, and the page says what it is by role.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, projectRoot, remove, tempDir } from '../helpers/site.js';
import { axeViolations, launchChromium, serveFolder, type StaticServer } from './helpers.js';

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;
const SCREENSHOTS = path.join(projectRoot, 'docs/screenshots');

let out: string;
let server: StaticServer;
let browser: Browser;
const pages: Record<'home' | 'article' | 'month' | 'archive' | 'topic', string> = {
  home: '/', article: '', month: '/2023/07/', archive: '/archive/', topic: '',
};

beforeAll(async () => {
  out = await tempDir('dateline-browser-');
  const result = await buildInto(path.join(projectRoot, 'content'), out);
  expect(result.ok).toBe(true);
  const [slug] = await readdir(path.join(out, '2023/07/20'), { withFileTypes: true })
    .then((entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  pages.article = `/2023/07/20/${slug}/`;
  server = await serveFolder(out);
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await remove(out);
});

interface Visit {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/** Opens a page and records every console error and every request that failed or was answered 4xx/5xx. */
async function visit(sitePath: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<Visit> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`); });
  await page.goto(server.origin + sitePath, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, problems, close: () => context.close() };
}

describe('every page type, at phone and desktop width, in light and dark', () => {
  for (const name of ['home', 'article', 'month', 'archive', 'topic'] as const) {
    for (const [widthName, viewport] of Object.entries(WIDTHS)) {
      for (const scheme of SCHEMES) {
        it(`${name} at ${viewport.width} px, ${scheme}: no axe violations, no errors, no sideways scroll`, async () => {
          if (name === 'topic') pages.topic ||= await firstTopicOfArticle();
          const { page, problems, close } = await visit(pages[name], viewport, scheme);
          try {
            expect(await axeViolations(page)).toEqual([]);
            expect(problems).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(0);
            if (name !== 'archive') await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${widthName}-${scheme}.png`) });
          } finally {
            await close();
          }
        });
      }
    }
  }
});

/** The first topic the sample article links to, found as a reader would: in the article's list of topics. */
async function firstTopicOfArticle(): Promise<string> {
  const { page, close } = await visit(pages.article, WIDTHS.desktop, 'light');
  try {
    const topics = page.getByRole('article').getByRole('list').filter({ has: page.getByRole('link') }).last();
    const href = await topics.getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
    return href as string;
  } finally {
    await close();
  }
}

describe('reading the sample article', () => {
  it('has the landmarks, one headline, a readable date and the site sections a reader expects', async () => {
    const { page, problems, close } = await visit(pages.article, WIDTHS.desktop, 'light');
    try {
      for (const role of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(role).count()).resolves.toBe(1);
      const sections = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
      expect(await sections.allTextContents()).toEqual(['Latest', 'Archive', 'Topics', 'Search', 'Feeds', 'About']);
      const headline = page.getByRole('heading', { level: 1 });
      await expect(headline.count()).resolves.toBe(1);
      expect(await headline.innerText()).toMatch(/^Iranian Defense Minister/);
      const article = page.getByRole('article').first();
      expect(await article.getAttribute('lang')).toBe('en');
      const date = article.locator('time').first();
      expect([await date.getAttribute('datetime'), await date.innerText()]).toEqual(['2023-07-20', '20 July 2023']);
      expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toContain("Iran's outreach to South America");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('offers a skip link first, shows where the focus is, and the Feeds link leads to the feeds', async () => {
    const { page, close } = await visit(pages.article, WIDTHS.phone, 'dark');
    try {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.innerText()).toBe('Skip to content');
      expect(await focused.isVisible()).toBe(true);
      const outline = await focused.evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth));
      expect(outline).toBeGreaterThanOrEqual(2);
      // Following a link within the page completes after the key press returns, so poll for it.
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).hash).toBe('#main');
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Feeds' }).click();
      const feeds = () => page.locator(':target').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      await expect.poll(feeds).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
    } finally {
      await close();
    }
  });

  it('asks for each preloaded font once, and reads in Source Serif 4', async () => {
    const context = await browser.newContext({ viewport: WIDTHS.desktop });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname); });
    try {
      await page.goto(server.origin + pages.article, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      expect(fonts.filter((font) => font.endsWith('latin-400-normal.woff2'))).toHaveLength(1);
      expect(new Set(fonts).size).toBe(fonts.length);
      expect(await page.evaluate(() => document.fonts.check('1rem "Source Serif 4"'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('prints the story without the site around it', async () => {
    const { page, close } = await visit(pages.article, WIDTHS.desktop, 'light');
    try {
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Site' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('navigation', { name: 'Previous and next article' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'article-print.png'), fullPage: true });
    } finally {
      await close();
    }
  });
});

describe('reading the listings', () => {
  it('the month shows a calendar whose days link to the day, and the month\'s articles', async () => {
    const { page, close } = await visit(pages.month, WIDTHS.phone, 'light');
    try {
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('July 2023');
      const calendar = page.getByRole('table', { name: 'Days of July 2023 with articles' });
      expect(await calendar.getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])))
        .toEqual([['20', '/2023/07/20/']]);
      await expect(page.getByRole('link', { name: /^Iranian Defense Minister/ }).getAttribute('href')).resolves.toBe(pages.article);
    } finally {
      await close();
    }
  });

  it('the front page leads with the newest article and names itself for screen readers', async () => {
    const { page, close } = await visit(pages.home, WIDTHS.desktop, 'light');
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest articles');
      const first = page.getByRole('main').getByRole('article').first();
      expect(await first.getByRole('link').first().getAttribute('href')).toBe(pages.article);
      await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older →' }).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});
