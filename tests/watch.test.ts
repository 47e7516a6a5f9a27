// The dev server's watcher must hand over every save, including one made the moment a rebuild ends:
// chokidar drops change events while an earlier event's throttle is set, and a busy rebuild keeps it
// set. An editor's last save must always reach the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchProject, type Watcher } from '../src/dev/watch.js';
import { remove, tempDir } from './helpers/site.js';

let dir: string;
let watcher: Watcher | undefined;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(path.join(dir, 'content'));
  await mkdir(path.join(dir, 'templates'));
});
afterAll(async () => {
  await watcher?.close();
  await remove(dir);
});

/** Blocks the event loop, as rendering pages does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* rendering */ }
}

describe('watching for saves', () => {
  it('hands over every one of 40 saves made as soon as the rebuild of the one before ends', async () => {
    const file = path.join(dir, 'content', 'story.txt');
    writeFileSync(file, 'date 2023-07-20 Start.\n');
    let seen = '';
    watcher = watchProject({ contentDir: path.join(dir, 'content'), templatesDir: path.join(dir, 'templates'),
      configFile: path.join(dir, 'dateline.config.yaml') }, async () => {
      seen = readFileSync(file, 'utf8');
      busy(30);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const missed: number[] = [];
    for (let n = 1; n <= 40; n++) {
      const text = `date 2023-07-20 Save number ${n}.\n`;
      writeFileSync(file, text);
      const deadline = Date.now() + 3000;
      while (seen !== text && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
      if (seen !== text) missed.push(n);
    }
    expect(missed).toEqual([]);
  }, 150_000);
});
