// A dev session keeps the parsed archive in memory between rebuilds: a change re-parses only the
// files it touched, and the render stage rewrites only pages whose inputs changed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { configOverrides, type BuildOptions } from '../build.js';
import { parseFingerprint } from '../cache/fingerprint.js';
import { ParseCache, type CachedParse } from '../cache/parse-cache.js';
import { ConfigError, loadConfig, type SiteConfig } from '../config.js';
import { todayIn } from '../content/date.js';
import { discoverContent } from '../content/discover.js';
import { loadContent } from '../content/load.js';
import { parseOptionsOf } from '../content/parse-options.js';
import { loadParser } from '../content/pool.js';
import { startWorkers } from '../workers/pool.js';
import { DirectOutput } from '../output/direct.js';
import type { Manifest } from '../output/writer.js';
import { TemplateError } from '../render/render.js';
import { rewriteArticlePages, writeSite, type WriteSiteInput } from '../render/write-site.js';
import { hasErrors } from '../report.js';
import { collectSite } from '../site/collect.js';
import type { RoutedArticle, Site } from '../site/model.js';
import type { Problem, SourceFile } from '../types.js';
import { rebuildScope, type Change } from './changes.js';

export interface RebuildResult {
  ok: boolean;
  problems: Problem[];
  /** Output files written or removed (relative to the output folder). */
  changedFiles: string[];
  milliseconds: number;
  articles: number;
}

export class DevSession {
  private config!: SiteConfig;
  private cache!: ParseCache;
  /** Parsed articles and per-file problems, by source path. */
  private readonly parsed = new Map<string, CachedParse>();
  private readonly fileProblems = new Map<string, Problem[]>();
  private manifest?: Manifest;
  /** The site of the last full rebuild, and its articles by source path, for the quick path. */
  private site?: Site;
  private routed = new Map<string, RoutedArticle>();
  private onPages?: (changedFiles: string[]) => void;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BuildOptions, private readonly siteUrl: (config: SiteConfig) => string) {}

  get outDir(): string {
    return this.options.outDir;
  }

  /** The first build: every file, feeds and search included. */
  async start(): Promise<RebuildResult> {
    const result = await this.exclusive(() => this.run(true, async () => {
      await this.loadConfig();
      await this.reloadAll();
    }));
    // An edit is parsed in this thread: load the parser now, so that a first save need not wait for it.
    void loadParser().catch(() => undefined);
    return result;
  }

  /**
   * Rebuilds the pages a batch of changes affects; `onPages` hears which files changed as soon as they
   * are written. Feeds, sitemaps and search keep their last version until `refreshExtras`.
   */
  async rebuild(changes: Change[], onPages?: (changedFiles: string[]) => void): Promise<RebuildResult> {
    const scope = rebuildScope(changes);
    return this.exclusive(async () => {
      this.onPages = onPages;
      const quick = scope === 'content' ? await this.rebuildBodiesOnly(changes) : undefined;
      if (quick) return quick;
      return this.run(false, async () => {
        if (scope === 'config') {
          await this.loadConfig();
          await this.reloadAll();
        } else {
          // Articles saved in the same moment as a template are read again too.
          const edited = changes.filter((change) => change.kind === 'content');
          if (edited.length) await this.reloadContent(edited);
        }
      });
    });
  }

  /** Brings feeds, sitemaps and the search index up to date with the pages (run when edits pause). */
  async refreshExtras(): Promise<RebuildResult> {
    return this.exclusive(() => {
      this.onPages = undefined;
      return this.run(true, async () => {});
    });
  }

  /** One rebuild at a time: a change arriving mid-rebuild waits for it. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.cache?.close();
  }

  private async run(extras: boolean, prepare: () => Promise<void>): Promise<RebuildResult> {
    const started = performance.now();
    const result = (ok: boolean, problems: Problem[], changedFiles: string[] = []): RebuildResult =>
      ({ ok, problems, changedFiles, milliseconds: performance.now() - started, articles: this.parsed.size });
    try {
      await prepare();
    } catch (error) {
      if (error instanceof ConfigError) return result(false, error.problems);
      throw error;
    }
    const problems = [...this.fileProblems.values()].flat();
    if (hasErrors(problems)) return result(false, problems);
    const today = todayIn(this.config.timeZone).iso;
    const published = [...this.parsed.values()]
      .filter((article) => (this.options.drafts || !article.draft) && (this.options.future || article.meta.date.iso <= today));
    const collected = collectSite(published.map((article) => article.meta));
    problems.push(...collected.problems);
    this.site = collected.site;
    this.routed = new Map(collected.site.articles.map((article) => [article.source, article]));
    const output = await DirectOutput.open(this.options.outDir, this.manifest);
    try {
      const input = { site: collected.site, config: this.config, templatesDir: this.options.templatesDir,
        ...this.cacheReaders(), mode: 'dev', extras,
        onPagesWritten: () => this.onPages?.([...output.changedFiles]) };
      await writeSite(input, output, problems);
      await output.commit();
      this.manifest = output.manifest;
      return result(true, problems, output.changedFiles);
    } catch (error) {
      if (error instanceof TemplateError) return result(false, [...problems, error.problem]);
      throw error;
    }
  }

  /**
   * The quick path for the commonest edit, a change inside an article's body: when its headline,
   * summary, date, topics and every other field shown elsewhere are unchanged, only its own page can
   * differ. Anything else (or any problem) returns undefined and takes the full path.
   */
  private async rebuildBodiesOnly(changes: Change[]): Promise<RebuildResult | undefined> {
    const started = performance.now();
    if (!this.site || !this.manifest || changes.some((change) => change.event !== 'change')) return undefined;
    const sources = [...new Set(changes.map((change) => change.file))].map((file) => this.sourceOf(file));
    const loaded = await loadContent(sources, parseOptionsOf(this.config), this.cache);
    if (hasErrors(loaded.problems) || hasErrors([...this.fileProblems.values()].flat()) || loaded.articles.length !== sources.length) return undefined;
    for (const parsed of loaded.articles) {
      const before = this.parsed.get(parsed.meta.source);
      if (!before || !this.routed.has(parsed.meta.source) || before.draft !== parsed.draft || shownElsewhere(before) !== shownElsewhere(parsed)) return undefined;
    }
    const articles = loaded.articles.map((parsed) => {
      this.parsed.set(parsed.meta.source, parsed);
      this.fileProblems.set(parsed.meta.source, parsed.problems);
      // The site's own article object, so every page that refers to it sees the new version.
      return Object.assign(this.routed.get(parsed.meta.source) as RoutedArticle, { hash: parsed.meta.hash, wordCount: parsed.meta.wordCount });
    });
    const output = DirectOutput.patchOf(this.options.outDir, this.manifest);
    await rewriteArticlePages({ site: this.site, config: this.config, templatesDir: this.options.templatesDir,
      ...this.cacheReaders(), mode: 'dev' }, output, articles);
    this.onPages?.([...output.changedFiles]);
    await output.commit();
    this.manifest = output.manifest;
    return { ok: true, problems: [...this.fileProblems.values()].flat(), changedFiles: output.changedFiles,
      milliseconds: performance.now() - started, articles: this.parsed.size };
  }

  /** Bodies and search words as the parse cache keeps them, for the page writer. */
  private cacheReaders(): Pick<WriteSiteInput, 'bodyOf' | 'wordsOf'> {
    return { bodyOf: (hash) => this.cache.body(hash), wordsOf: (hash) => this.cache.words(hash) };
  }

  private sourceOf(file: string): SourceFile {
    const relative = path.relative(this.options.contentDir, file).split(path.sep).join('/');
    return { path: relative, absolutePath: file, format: /\.txt$/i.test(file) ? 'wire' : 'markdown' };
  }

  private async loadConfig(): Promise<void> {
    const config = await loadConfig(this.options.root, configOverrides(this.options));
    this.config = { ...config, baseUrl: this.siteUrl(config) };
    const fingerprint = parseFingerprint(parseOptionsOf(this.config));
    this.cache?.close();
    this.cache = ParseCache.open(this.options.cacheDir ?? path.join(this.options.root, '.dateline-cache'), fingerprint);
  }

  private async reloadAll(): Promise<void> {
    this.parsed.clear();
    this.fileProblems.clear();
    await this.load(await discoverContent(this.options.contentDir));
  }

  /** Re-reads the files that changed; a folder added or removed means a fresh look at the whole tree. */
  private async reloadContent(changes: Change[]): Promise<void> {
    if (changes.some((change) => change.event === 'addDir' || change.event === 'unlinkDir')) return this.reloadAll();
    const sources: SourceFile[] = [];
    for (const change of changes) {
      const source = this.sourceOf(change.file);
      this.parsed.delete(source.path);
      this.fileProblems.delete(source.path);
      if (existsSync(change.file)) sources.push(source);
    }
    await this.load(sources);
  }

  private async load(sources: SourceFile[]): Promise<void> {
    // Workers start only when many files need parsing (the first load of a large archive).
    const workers = startWorkers();
    const loaded = await loadContent(sources, parseOptionsOf(this.config), this.cache, workers).finally(() => workers?.close());
    for (const article of loaded.articles) this.parsed.set(article.meta.source, article);
    for (const problem of loaded.problems) {
      const list = this.fileProblems.get(problem.file) ?? [];
      list.push(problem);
      this.fileProblems.set(problem.file, list);
    }
  }
}

/** Everything about an article that pages other than its own show: all but its bytes' hash and length. */
function shownElsewhere(article: CachedParse): string {
  return JSON.stringify({ ...article.meta, hash: '', wordCount: 0 });
}
