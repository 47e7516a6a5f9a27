// Measures a built site's search: the size of its index, and in Debian's Chromium how long a search
// with the page's reader (assets/search-index.js) takes and how many bytes of index a query fetches.
// Figures for the README.
// Usage: node scripts/measure-search.mjs <built site folder> [query…]   (build it first with `npm run build`)
import { readFile, readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [siteDir, ...queries] = process.argv.slice(2);
if (!siteDir) {
  console.error('Usage: node scripts/measure-search.mjs <built site folder> [query…]');
  process.exit(1);
}
const root = path.resolve(siteDir);
const words = queries.length ? queries : ['Ashtiani', 'Bolivia defense', 'minister'];

async function folderSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** A static server on 127.0.0.1 that counts the bytes it sends from the index. */
function serve() {
  const sent = { bytes: 0 };
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    try {
      const body = await readFile(file);
      if (pathname.includes('/search-index/') || pathname.endsWith('/search-index.js')) sent.bytes += body.length;
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sent, origin: `http://127.0.0.1:${server.address().port}` })));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const index = await folderSize(path.join(root, 'search-index'));
console.log(`index: ${index.files} files, ${(index.bytes / 1024 / 1024).toFixed(1)} MB`);

const { server, sent, origin } = await serve();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const query of words) {
    // The first search pays for loading its part of the index, as a reader's would.
    // A page without the search script (and a fresh browser cache), so nothing is loaded before the clock starts.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/about/`);
    sent.bytes = 0;
    const init = await page.evaluate(async () => {
      const started = performance.now();
      const reader = await import('/assets/search-index.js');
      window.index = await reader.openIndex('/search-index/');
      return performance.now() - started;
    });
    const startup = sent.bytes;
    sent.bytes = 0;
    const timed = await page.evaluate(async (words) => {
      const times = [];
      let results = 0;
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        const search = await window.index.search(words);
        if (round === 0) await search.page(0, 20);
        times.push(performance.now() - started);
        results = search.count;
      }
      return { times, results };
    }, query);
    const [first, ...again] = timed.times;
    again.sort((a, b) => a - b);
    console.log(`"${query}": ${timed.results} results; first search ${first.toFixed(1)} ms, repeated ${again[Math.floor(again.length / 2)].toFixed(1)} ms (median); `
      + `start-up ${init.toFixed(0)} ms and ${kb(startup)}, then ${kb(sent.bytes)} for the query and its first 20 results`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
