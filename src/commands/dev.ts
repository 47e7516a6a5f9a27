// `dateline dev`: build, serve on loopback, watch, rebuild what changed and reload open pages.
import path from 'node:path';
import { configOverrides, type BuildOptions } from '../build.js';
import { CONFIG_FILE, loadConfig } from '../config.js';
import { DevSession, type RebuildResult } from '../dev/session.js';
import { DevServer } from '../dev/server.js';
import { watchProject } from '../dev/watch.js';
import { counted, formatProblems, hasErrors } from '../report.js';
import { basePathOf } from '../site/routes.js';

/** How long edits must pause before feeds, sitemaps and search are made again. */
const EXTRAS_DELAY_MS = 1000;

export interface DevOptions {
  build: BuildOptions;
  port: number;
  host: string;
  /** Whether `--out` was given; otherwise the dev site lives in the cache folder, apart from `public/`. */
  outGiven: boolean;
}

/** Site paths a changed output file shows, for open pages to know whether to reload. */
export function changedPaths(files: string[], basePath: string): string[] {
  const paths = new Set<string>();
  for (const file of files) {
    if (file.startsWith('assets/')) paths.add('*');
    else if (file === 'index.html') paths.add(basePath);
    else if (file.endsWith('/index.html')) paths.add(basePath + file.slice(0, -'index.html'.length));
    else if (file.endsWith('.html')) paths.add(basePath + file);
  }
  return [...paths];
}

function report(result: RebuildResult, server: DevServer, basePath: string, label: string, alreadySent = new Set<string>()): void {
  const ms = Math.round(result.milliseconds);
  if (result.problems.length) process.stderr.write(`${formatProblems(result.problems, { color: process.stderr.isTTY })}\n`);
  if (!result.ok || hasErrors(result.problems)) {
    process.stderr.write(`${label === 'Built' ? 'Build' : 'Rebuild'} failed in ${ms} ms: the last good pages are still served.\n`);
    server.send('problems', { text: formatProblems(result.problems) });
    return;
  }
  process.stdout.write(`${label} in ${ms} ms: ${counted(result.articles, 'article')}, ${counted(result.changedFiles.length, 'file')} changed\n`);
  server.send('built', { paths: changedPaths(result.changedFiles, basePath).filter((page) => !alreadySent.has(page)) });
}

export async function runDev(options: DevOptions): Promise<number> {
  const build = { ...options.build };
  if (!options.outGiven) build.outDir = path.join(build.cacheDir ?? path.join(build.root, '.dateline-cache'), 'dev-site');
  const config = await loadConfig(build.root, configOverrides(build));
  const basePath = basePathOf(config.baseUrl);
  const server = new DevServer({ root: build.outDir, basePath, host: options.host, port: options.port });
  const url = await server.listen().catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EADDRINUSE' ? `Port ${options.port} is in use: try --port ${options.port + 1}.` : error.message);
  });
  const origin = new URL(url).origin;
  const session = new DevSession(build, () => `${origin}${basePath}`);
  report(await session.start(), server, basePath, 'Built');
  process.stdout.write(`Dateline dev server: ${url}\n`);
  // Feeds, sitemaps and search are brought up to date once edits pause, so they never delay a page.
  let extrasTimer: NodeJS.Timeout | undefined;
  const refreshLater = () => {
    extrasTimer = setTimeout(async () => {
      const result = await session.refreshExtras();
      if (!result.ok) report(result, server, basePath, 'Rebuilt');
    }, EXTRAS_DELAY_MS);
  };
  const watcher = watchProject({ contentDir: build.contentDir, templatesDir: build.templatesDir, configFile: path.join(build.root, CONFIG_FILE) },
    async (changes) => {
      clearTimeout(extrasTimer);
      // Open pages reload as soon as their HTML is written; feeds, sitemaps and search follow.
      const sent = new Set<string>();
      const early = (files: string[]) => {
        const paths = changedPaths(files, basePath);
        paths.forEach((page) => sent.add(page));
        server.send('built', { paths });
      };
      report(await session.rebuild(changes, early), server, basePath, 'Rebuilt', sent);
      refreshLater();
    });
  // The address comes first, so the site can be read at once; on a large archive watching starts seconds later.
  void watcher.ready.then(() => process.stdout.write('Watching for changes: saves now show on open pages.\n'));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearTimeout(extrasTimer);
  await watcher.close();
  await server.close();
  session.close();
  return 0;
}
