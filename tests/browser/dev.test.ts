// `npm run dev` as an editor uses it: open the sample article, edit its file, watch the page follow;
// break a file, see the overlay and the last good page; fix it, see the page come back.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, tempDir } from '../helpers/site.js';
import { launchChromium } from './helpers.js';

const CLI = path.join(projectRoot, 'dist/cli.js');
const SAMPLE = '000_61ce3dd94c004aff.txt';

let dir: string;
let server: ChildProcess;
let output = '';
let baseUrl: string;
let browser: Browser;
let page: Page;

function waitForOutput(pattern: RegExp, timeout = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const match = output.match(pattern);
      if (match) return resolve(match);
      if (Date.now() - started > timeout) return reject(new Error(`No ${pattern} in dev output:\n${output}`));
      setTimeout(check, 50);
    };
    check();
  });
}

beforeAll(async () => {
  dir = await tempDir('dateline-dev-');
  await cp(path.join(projectRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  // The whole demo archive, so the figures printed below are for the demo content.
  await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  await writeFile(path.join(dir, 'dateline.config.yaml'), 'title: Dev test\n');
  server = spawn(process.execPath, [CLI, 'dev', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk) => { output += chunk; });
  server.stderr?.on('data', (chunk) => { output += chunk; });
  baseUrl = (await waitForOutput(/Dateline dev server: (http:\/\/\S+)/))[1] as string;
  await waitForOutput(/Watching for changes/);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
});

async function openSample(): Promise<string> {
  await page.goto(baseUrl);
  const href = await page.getByRole('link', { name: /Ashtiani/ }).first().getAttribute('href');
  await page.goto(new URL(href as string, baseUrl).href);
  return page.url();
}

describe('npm run dev', () => {
  it('listens on loopback only and serves nothing outside the site', async () => {
    expect(new URL(baseUrl).hostname).toBe('127.0.0.1');
    for (const attempt of ['..%2f..%2f..%2fetc%2fpasswd', '%2e%2e/%2e%2e/etc/passwd', '..%5c..%5cetc%5cpasswd']) {
      const response = await fetch(`${baseUrl}${attempt}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('shows each edit of the open article without a manual reload', async () => {
    const url = await openSample();
    const file = path.join(dir, 'content', SAMPLE);
    const original = await readFile(file, 'utf8');
    const times: number[] = [];
    for (let n = 1; n <= 5; n++) {
      const marker = `Editor's addition number ${n}.`;
      const started = Date.now();
      await writeFile(file, `${original}\n${marker}\n`);
      await page.getByText(marker).waitFor({ timeout: 20_000 });
      times.push(Date.now() - started);
      expect(page.url()).toBe(url);
    }
    // Figures for the reader of the log; speed itself is measured by `npm run bench`, not asserted here.
    console.log(`edit → page shows it, ms: ${times.join(', ')}`);
    // Feeds (and search) catch up once the edits pause.
    const last = "Editor's addition number 5.";
    const deadline = Date.now() + 20_000;
    const parser = new Parser<unknown, { 'content:encoded'?: string }>({ customFields: { item: ['content:encoded'] } });
    let feed = '';
    while (Date.now() < deadline && !feed.includes(last)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const parsed = await parser.parseString(await (await fetch(`${baseUrl}feed.xml`)).text());
      feed = parsed.items.map((item) => item['content:encoded'] ?? '').join('\n');
    }
    expect(feed).toContain(last);
    await writeFile(file, original);
  });

  it('names a broken file in an overlay, keeps serving the last good page, and recovers', async () => {
    await openSample();
    const broken = path.join(dir, 'content', 'broken.md');
    await writeFile(broken, '---\ntitle: "Unclosed\ndate: 2023-01-01\n---\nBody.\n');
    const overlay = page.getByRole('alertdialog', { name: 'Dateline build error' });
    await overlay.waitFor({ timeout: 20_000 });
    expect(await overlay.textContent()).toContain('broken.md');
    const response = await fetch(page.url());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ashtiani');
    await rm(broken);
    await overlay.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Ashtiani/);
    expect(server.exitCode).toBeNull();
  });

  it('adds its reload script only to what it serves, never to the files on disk', async () => {
    const devSite = path.join(dir, '.dateline-cache/dev-site');
    const html = await readFile(path.join(devSite, 'index.html'), 'utf8');
    expect(html).not.toContain('__dateline');
    expect(await (await fetch(baseUrl)).text()).toContain('__dateline/reload.js');
  });
});
