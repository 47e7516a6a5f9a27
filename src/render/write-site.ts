// Renders every page and extra output into a staged output, skipping what the last build already
// made from the same inputs: a page's key covers the templates, config, Dateline's code and the exact
// article versions the page shows; the pages' group key covers all of them at once.
import type { Environment } from 'nunjucks';
import type { SiteConfig } from '../config.js';
import { hashParts, folderHash, renderCodeHash } from '../cache/fingerprint.js';
import { copyAssets, readAssetVersions } from '../output/assets.js';
import { PAGES, type OutputSink } from '../output/sink.js';
import { createOutputs } from '../outputs/registry.js';
import { OutputThread, outputThreadAvailable, type Adopts, type ThreadReadable } from '../outputs/thread.js';
import { isStandalone, type OutputContext, type SiteOutput } from '../outputs/types.js';
import type { RoutedArticle, Site } from '../site/model.js';
import { articlePage, relatedShown, sitePages, type PageOptions, type PageSpec } from '../site/pages.js';
import { outputFileOf } from '../site/routes.js';
import type { Problem } from '../types.js';
import type { Progress } from '../build.js';
import { createEnvironment } from './environment.js';
import { PageKeys } from './page-keys.js';
import { renderPage } from './render.js';

export interface WriteSiteInput {
  site: Site;
  config: SiteConfig;
  templatesDir: string;
  /** Body HTML of an article by the hash of its source. */
  bodyOf(hash: string): string;
  /** Search words of an article by the hash of its source (as the parse cache keeps them). */
  wordsOf(hash: string): string;
  /** How another thread reads bodies and words: given, the outputs that need only the site are made in one. */
  threadReadable?: ThreadReadable;
  /** Extra key material, e.g. whether this is a dev build with the reload script. */
  mode: string;
  /** Called once the pages and assets are written, before feeds, sitemaps and search. */
  onPagesWritten?(): void;
  /** Make feeds, sitemaps and search too (default); false keeps the last ones, for a quick dev rebuild. */
  extras?: boolean;
  progress?: Progress;
}

export interface WriteSiteResult {
  pages: number;
  rendered: number;
  /** Outputs made in a thread of their own while the pages rendered (feeds, search). */
  threadedOutputs: string[];
  /** Milliseconds rendering pages and extra outputs, and handing files to the output. */
  renderMs: number;
  writeMs: number;
}

/** What every page's key starts from: Dateline's code, the templates, the config and the build mode. */
function renderBase(input: WriteSiteInput): string {
  return hashParts(renderCodeHash(), folderHash(input.templatesDir), JSON.stringify(input.config), input.mode);
}

function pageOptions(config: WriteSiteInput['config']): PageOptions {
  return { locale: config.locale, perPage: config.perPage, siteTitle: config.title, siteDescription: config.description, search: config.search,
    related: config.related };
}

/**
 * The environment of the last render, with the key of what it was made from (code, templates, config,
 * mode): kept, it keeps its compiled templates, which a dev server's next rebuild would compile again.
 */
let lastEnvironment: { base: string; env: Environment } | undefined;

async function environmentFor(input: WriteSiteInput, base: string): Promise<Environment> {
  if (lastEnvironment?.base !== base) {
    lastEnvironment = { base, env: createEnvironment({ templatesDir: input.templatesDir, config: input.config,
      assetVersions: await readAssetVersions(input.templatesDir) }) };
  }
  return lastEnvironment.env;
}

/**
 * Renders the pages of articles whose body changed but whose headline, summary, date, topics and
 * place did not: nothing else shows those, so nothing else needs rendering (the dev server's fast path).
 */
export async function rewriteArticlePages(input: WriteSiteInput, output: OutputSink, articles: RoutedArticle[]): Promise<void> {
  const base = renderBase(input);
  const env = await environmentFor(input, base);
  const options = pageOptions(input.config);
  const related = relatedShown(input.site, options, true);
  const keys = new PageKeys(base, input.site.articles);
  for (const article of articles) {
    const page = articlePage(input.site, article, related, options);
    await output.write(outputFileOf(page.path), pageHtml(env, input, page), keys.of(page), PAGES);
  }
}

/** A page rendered, with its article's body if it shows one. */
function pageHtml(env: Environment, input: WriteSiteInput, page: PageSpec): string {
  const article = page.data.article as { hash?: string } | undefined;
  return renderPage(env, page, { body: article?.hash ? input.bodyOf(article.hash) : undefined });
}

export async function writeSite(input: WriteSiteInput, output: OutputSink, problems: Problem[]): Promise<WriteSiteResult> {
  const { site, config, templatesDir } = input;
  const base = renderBase(input);
  const env = await environmentFor(input, base);
  const siteKey = hashParts(base, ...site.articles.map((article) => `${article.hash}@${article.url}`));
  const bySource = new Map(site.articles.map((article) => [article.source, article.hash]));
  const context: OutputContext = {
    site, config, env,
    bodyOf: (source) => { const hash = bySource.get(source); return hash ? input.bodyOf(hash) : undefined; },
    wordsOf: input.wordsOf,
    report: (problem) => problems.push(problem),
  };
  const pending: SiteOutput[] = [];
  for (const extra of await createOutputs(config)) {
    if (input.extras === false) await output.keepGroup(extra.name);
    else if ((await output.keepGroupIfFresh(extra.name, hashParts(siteKey, extra.name))) === undefined) pending.push(extra);
  }
  const timer = new WriteTimer();
  const started = performance.now();
  const thread = startOutputThread(input, output, pending);
  const inThread = thread ? pending.filter((extra) => !thread.names.includes(extra.name)) : pending;
  // The same articles at the same places and paths, through the same code, templates and config:
  // every page is as the last build left it. Outputs still to be made need to see the pages, though.
  const pagesKey = hashParts(siteKey, PAGES, ...site.articles.map((article) => article.source));
  let pages: number | undefined;
  let rendered = 0;
  try {
    pages = inThread.length ? undefined : await timer.time(() => output.keepGroupIfFresh(PAGES, pagesKey));
    let deferred: DeferredPage[] = [];
    if (pages === undefined) {
      ({ pages, rendered, deferred } = await renderPages(input, output, { env, base, pending: inThread, timer }));
      output.finishGroup(PAGES, pagesKey);
    }
    await timer.time(() => copyAssets(templatesDir, output));
    input.onPagesWritten?.();
    for (const { page, file } of deferred) {
      const html = await output.readCurrent(file);
      for (const extra of inThread) await extra.observe?.(page, html);
    }
    for (const extra of inThread) {
      for await (const file of extra.files(context)) await timer.time(() => output.write(file.file, file.content, '', extra.name));
      output.finishGroup(extra.name, hashParts(siteKey, extra.name));
    }
    if (thread) {
      await thread.finish(problems);
      for (const name of thread.names) output.finishGroup(name, hashParts(siteKey, name));
    }
  } finally {
    await thread?.stop();
  }
  return { pages, rendered, threadedOutputs: thread?.names ?? [], writeMs: timer.ms, renderMs: performance.now() - started - timer.ms };
}

/** Starts the outputs that need only the site in a thread of their own, where the build and the output allow it. */
function startOutputThread(input: WriteSiteInput, output: OutputSink, pending: SiteOutput[]): OutputThread | undefined {
  const names = pending.filter(isStandalone).map((extra) => extra.name);
  if (!names.length || !input.threadReadable || !output.stagingFor || !output.adopt || !outputThreadAvailable()) return undefined;
  const job = { ...input.threadReadable, names, site: input.site, config: input.config, target: output.stagingFor(names) };
  return new OutputThread(job, output as Adopts);
}

/** Time spent handing files to the output, told apart from rendering for the benchmark. */
class WriteTimer {
  ms = 0;

  async time<T>(write: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await write();
    this.ms += performance.now() - start;
    return result;
  }
}

/** A page an output still has to see, once the pages are out. */
interface DeferredPage {
  page: PageSpec;
  file: string;
}

/**
 * Renders every page whose key changed, keeping the rest, and shows each to the outputs still to
 * be made. Outputs see pages in build order: once one page is kept rather than rendered, the rest
 * wait until the pages are out (so an open page in dev reloads without waiting for the index).
 */
async function renderPages(input: WriteSiteInput, output: OutputSink,
  { env, base, pending, timer }: { env: Environment; base: string; pending: SiteOutput[]; timer: WriteTimer },
): Promise<{ pages: number; rendered: number; deferred: DeferredPage[] }> {
  const deferred: DeferredPage[] = [];
  let pages = 0;
  let rendered = 0;
  const keys = new PageKeys(base, input.site.articles);
  for (const page of sitePages(input.site, pageOptions(input.config))) {
    if (pages % 500 === 0) input.progress?.('render', pages);
    pages++;
    const file = outputFileOf(page.path);
    const key = keys.of(page);
    if (await timer.time(() => output.keepIfFresh(file, key))) {
      if (pending.length) deferred.push({ page, file });
      continue;
    }
    const html = pageHtml(env, input, page);
    await timer.time(() => output.write(file, html, key, PAGES));
    rendered++;
    if (deferred.length) deferred.push({ page, file });
    else for (const extra of pending) await extra.observe?.(page, html);
  }
  return { pages, rendered, deferred };
}
