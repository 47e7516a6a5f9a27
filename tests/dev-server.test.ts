// A page served just before a rebuild ends must still hear of it: its script starts listening only
// after the page has loaded, and an editor's save in between would otherwise never reach the page
// (the dev browser test's first edit went unseen this way on a busy machine).
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevServer } from '../src/dev/server.js';
import { remove, tempDir } from './helpers/site.js';

let dir: string;
let server: DevServer;
let base: string;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(path.join(dir, 'story'));
  await writeFile(path.join(dir, 'story', 'index.html'), '<!DOCTYPE html><title>Story</title><body><p>First.</p></body>');
  server = new DevServer({ root: dir, basePath: '/', host: '127.0.0.1', port: 0 });
  base = await server.listen();
});
afterAll(async () => {
  await server.close();
  await remove(dir);
});

/** The events a page's stream opens with, read until `count` have come or a second has passed. */
function firstEvents(streamPath: string, count: number): Promise<{ event: string; data: unknown }[]> {
  return new Promise((resolve, reject) => {
    const events: { event: string; data: unknown }[] = [];
    const request = http.get(new URL(streamPath, base), (response) => {
      let text = '';
      const done = () => { request.destroy(); resolve(events); };
      const timer = setTimeout(done, 1000);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
          const block = text.slice(0, end);
          text = text.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
        if (events.length >= count) { clearTimeout(timer); done(); }
      });
    });
    request.on('error', reject);
  });
}

/** Where the page's script listens, as the script it is served says. */
async function streamOf(pagePath: string): Promise<string> {
  const html = await (await fetch(new URL(pagePath, base))).text();
  const script = /<script src="([^"]+)" defer><\/script><\/body>/.exec(html)?.[1] as string;
  const code = await (await fetch(new URL(script, base))).text();
  return JSON.parse(/new EventSource\(("[^"]+")\)/.exec(code)?.[1] as string) as string;
}

describe('dev server', () => {
  it('tells a page of a rebuild that ended after the page was served but before its script listened', async () => {
    const stream = await streamOf('/story/');
    server.send('built', { paths: ['/story/'] });
    server.send('built', { paths: ['/other/'] });
    const [first] = await firstEvents(stream, 1);
    expect(first?.event).toBe('built');
    expect((first?.data as { paths: string[] }).paths.sort()).toEqual(['/other/', '/story/']);
  });

  it('tells a page served after the last rebuild nothing on connecting', async () => {
    const stream = await streamOf('/story/');
    expect(await firstEvents(stream, 1)).toEqual([]);
  });

  it('has a page reload whole when more rebuilds passed than it remembers', async () => {
    const stream = await streamOf('/story/');
    for (let n = 0; n < 150; n++) server.send('built', { paths: [`/page-${n}/`] });
    const [first] = await firstEvents(stream, 1);
    expect(first).toEqual({ event: 'built', data: { paths: ['*'] } });
  });
});
