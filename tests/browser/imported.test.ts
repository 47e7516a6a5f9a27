// An article moved over from Hugo, read in Chromium: its GFM table, task list and footnotes must be as
// accessible as the rest of the site, fit a phone, and the footnote links must lead there and back.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInto, fixture, projectRoot, remove, tempDir } from '../helpers/site.js';
import { axeViolations, launchChromium, serveFolder, type StaticServer } from './helpers.js';

const ARTICLE = '/2023/07/20/council-passes-a-smaller-budget-after-a-late/';
const SCREENSHOTS = path.join(projectRoot, 'docs/screenshots');

let out: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  out = await tempDir('dateline-imported-');
  expect((await buildInto(fixture('imported/content'), out)).ok).toBe(true);
  server = await serveFolder(out);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) await remove(out);
});

describe('a Hugo article with a table, a task list and footnotes', () => {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    it(`at ${name} width: no axe violations, no sideways scroll, the table readable by role`, async () => {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        await page.goto(server.origin + ARTICLE, { waitUntil: 'load' });
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        const table = page.getByRole('table');
        expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Department', '2022', '2023', 'Change']);
        expect(await table.getByRole('cell', { name: '44.9' }).evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('right');
        expect(await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => [(box as HTMLInputElement).checked, (box as HTMLInputElement).disabled])))
          .toEqual([[true, true], [false, true], [false, true]]);
        await page.screenshot({ path: path.join(SCREENSHOTS, `imported-article-${name}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }

  it('leads from the footnote mark to the note and back', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(server.origin + ARTICLE, { waitUntil: 'load' });
      // The jump lands after click() returns, so poll for the new target.
      const target = () => page.locator(':target').innerText();
      await page.locator('a[data-footnote-ref]').click();
      await expect.poll(target).toContain('Two members were absent');
      await page.getByRole('link', { name: 'Back to reference 1' }).click();
      await expect.poll(target).toBe('1');
    } finally {
      await context.close();
    }
  });
});
