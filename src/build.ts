// The whole build, one call per stage: discover → parse → collect → route → render → write.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashParts, parseFingerprint } from './cache/fingerprint.js';
import { ParseCache, type CachedParse } from './cache/parse-cache.js';
import { tuneCompilerFor } from './compiler-tuning.js';
import { loadConfig, type SiteConfig } from './config.js';
import { todayIn } from './content/date.js';
import { discoverContent } from './content/discover.js';
import { loadContent } from './content/load.js';
import { parseOptionsOf } from './content/parse-options.js';
import { hashOf } from './output/files.js';
import { StagedOutput, type WriteSummary } from './output/writer.js';
import { TemplateError } from './render/render.js';
import { writeSite } from './render/write-site.js';
import { publishImages } from './images/publish.js';
import { hasErrors } from './report.js';
import { collectSite } from './site/collect.js';
import { relatedArticlesKept } from './site/related-memo.js';
import { startWorkers } from './workers/pool.js';
import type { Problem } from './types.js';
import type { BuildOptions } from './build-options.js';

export { defaultBuildOptions, type BuildOptions, type Progress } from './build-options.js';

/** What the command line overrides in the config file. */
export function configOverrides(options: BuildOptions): Partial<SiteConfig> {
  return { baseUrl: options.baseUrl, search: options.search, feeds: options.feeds, related: options.related, topics: options.topics };
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  articles: number;
  pages: number;
  /** Pages rendered this time; the rest were unchanged since the last build. */
  rendered?: number;
  /** Files whose parse came from the cache, and files parsed afresh. */
  cache?: { hits: number; misses: number };
  /** Milliseconds per stage, for the benchmark. */
  stages?: StageTimes;
  /** Worker threads that parsed articles (0: all in this thread). */
  threads?: number;
  /** Outputs made in a thread of their own while the pages rendered. */
  threadedOutputs?: string[];
  write?: WriteSummary;
}

export interface StageTimes {
  read: number;
  parse: number;
  collect: number;
  render: number;
  write: number;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const config = await loadConfig(options.root, configOverrides(options));
  const sources = await discoverContent(options.contentDir);
  tuneCompilerFor(sources.length);
  const cache = openCache(options, config);
  try {
    const loadStarted = performance.now();
    const workers = startWorkers();
    const loaded = await loadContent(sources, parseOptionsOf(config), cache, workers, options.progress)
      .finally(() => workers?.close());
    const stages: StageTimes = { read: loaded.readMs, parse: performance.now() - loadStarted - loaded.readMs, collect: 0, render: 0, write: 0 };
    const collectStarted = performance.now();
    const problems = [...loaded.problems];
    const stats = { ...cache.stats };
    if (hasErrors(problems)) return { ok: false, problems, articles: 0, pages: 0, cache: stats };
    const published = selectPublished(loaded.articles, config, options);
    const collected = collectSite(published.map((article) => article.meta));
    problems.push(...collected.problems);
    if (config.related && options.cache !== false && options.cacheDir) relatedArticlesKept(collected.site, options.cacheDir);
    const images = await publishImages(collected.site.articles, { contentDir: options.contentDir, bodyOf: (hash) => cache.body(hash) });
    problems.push(...images.problems);
    stages.collect = performance.now() - collectStarted;
    const output = await StagedOutput.open(options.outDir);
    try {
      for (const image of images.files) await output.write(image.file, image.content);
      const input = { site: collected.site, config, templatesDir: options.templatesDir, bodyOf: (hash: string) => images.bodies.get(hash) ?? cache.body(hash),
        wordsOf: (hash: string) => cache.words(hash),
        threadReadable: { pack: cache.slicesOf(collected.site.articles.map((article) => article.hash)), bodies: images.bodies },
        mode: `build ${imagesKey(images.files)}`, progress: options.progress };
      const { pages, rendered, threadedOutputs, renderMs, writeMs } = await writeSite(input, output, problems);
      const commitStarted = performance.now();
      const write = await output.commit();
      cache.compact();
      Object.assign(stages, { render: renderMs, write: writeMs + performance.now() - commitStarted });
      return { ok: true, problems, articles: published.length, pages, rendered, cache: stats, write, stages, threads: workers?.threads ?? 0, threadedOutputs };
    } catch (error) {
      await output.abort();
      if (error instanceof TemplateError) return { ok: false, problems: [...problems, error.problem], articles: 0, pages: 0 };
      throw error;
    }
  } finally {
    cache.close();
  }
}

/** Pages show image sizes, so a changed image must change the key of the pages that show it. */
function imagesKey(files: { file: string; content: string | Uint8Array }[]): string {
  return hashParts(...files.flatMap((image) => [image.file, hashOf(image.content)]));
}

function openCache(options: BuildOptions, config: SiteConfig): ParseCache {
  const fingerprint = parseFingerprint(parseOptionsOf(config));
  if (options.cache === false || !options.cacheDir) {
    return ParseCache.open(mkdtempSync(path.join(os.tmpdir(), 'dateline-nocache-')), fingerprint, true);
  }
  return ParseCache.open(options.cacheDir, fingerprint);
}

/** Drafts and articles dated after today (in the site's time zone) wait unless asked for. */
function selectPublished(articles: CachedParse[], config: SiteConfig, options: BuildOptions): CachedParse[] {
  const today = todayIn(config.timeZone).iso;
  return articles.filter((article) => (options.drafts || !article.draft) && (options.future || article.meta.date.iso <= today));
}
