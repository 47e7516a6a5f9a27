// The whole build, one call per stage: discover → parse → collect → route → render → write.
import path from 'node:path';
import { loadConfig, type SiteConfig } from './config.js';
import { todayIn } from './content/date.js';
import { discoverContent } from './content/discover.js';
import { loadContent } from './content/load.js';
import { copyAssets, readAssetVersions } from './output/assets.js';
import { StagedOutput, type WriteSummary } from './output/writer.js';
import { createEnvironment } from './render/environment.js';
import { renderPage, TemplateError } from './render/render.js';
import { publishImages, type PublishedImages } from './images/publish.js';
import { hasErrors } from './report.js';
import { createOutputs } from './outputs/registry.js';
import { collectSite } from './site/collect.js';
import type { Site } from './site/model.js';
import { sitePages } from './site/pages.js';
import { outputFileOf } from './site/routes.js';
import type { ParsedArticle, Problem } from './types.js';

export interface BuildOptions {
  /** Project root: where the config and templates live. */
  root: string;
  contentDir: string;
  outDir: string;
  templatesDir: string;
  /** Overrides the config's base URL (`--base-url`). */
  baseUrl?: string;
  /** Include articles dated after today (`--future`). */
  future?: boolean;
  /** Include drafts (`--drafts`). */
  drafts?: boolean;
}

export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  articles: number;
  pages: number;
  write?: WriteSummary;
}

export function defaultBuildOptions(root: string): BuildOptions {
  return { root, contentDir: path.join(root, 'content'), outDir: path.join(root, 'public'), templatesDir: path.join(root, 'templates') };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const config = await loadConfig(options.root, { baseUrl: options.baseUrl });
  const sources = await discoverContent(options.contentDir);
  const loaded = await loadContent(sources, { defaultLang: config.language });
  const problems = [...loaded.problems];
  if (hasErrors(problems)) return { ok: false, problems, articles: 0, pages: 0 };
  const published = selectPublished(loaded.articles, config, options);
  const collected = collectSite(published.map((article) => article.meta));
  problems.push(...collected.problems);
  const bodies = new Map(published.map((article) => [article.meta.hash, article.html]));
  const images = await publishImages(collected.site.articles, { contentDir: options.contentDir, bodyOf: (hash) => bodies.get(hash) });
  problems.push(...images.problems);
  try {
    const { pages, write } = await renderAndWrite(options, config, collected.site, published, problems, images);
    return { ok: true, problems, articles: published.length, pages, write };
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, problems: [...problems, error.problem], articles: 0, pages: 0 };
    throw error;
  }
}

/** Drafts and articles dated after today (in the site's time zone) wait unless asked for. */
function selectPublished(articles: ParsedArticle[], config: SiteConfig, options: BuildOptions): ParsedArticle[] {
  const today = todayIn(config.timeZone).iso;
  return articles.filter((article) => (options.drafts || !article.draft) && (options.future || article.meta.date.iso <= today));
}

async function renderAndWrite(options: BuildOptions, config: SiteConfig, site: Site, articles: ParsedArticle[], problems: Problem[], images: PublishedImages) {
  const assetVersions = await readAssetVersions(options.templatesDir);
  const env = createEnvironment({ templatesDir: options.templatesDir, config, assetVersions });
  const bodies = new Map(articles.map((article) => [article.meta.source, images.bodies.get(article.meta.hash) ?? article.html]));
  const outputs = createOutputs(config);
  const output = await StagedOutput.open(options.outDir);
  try {
    for (const image of images.files) await output.write(image.file, image.content);
    let pages = 0;
    for (const page of sitePages(site, { locale: config.locale, perPage: config.perPage, siteTitle: config.title, siteDescription: config.description })) {
      const source = (page.data.article as { source?: string } | undefined)?.source;
      const html = renderPage(env, page, { body: source ? bodies.get(source) : undefined });
      await output.write(outputFileOf(page.path), html);
      for (const extra of outputs) await extra.observe?.(page, html);
      pages++;
    }
    await copyAssets(options.templatesDir, output);
    const context = { site, config, env, bodyOf: (source: string) => bodies.get(source), report: (problem: Problem) => problems.push(problem) };
    for (const extra of outputs) {
      for await (const file of extra.files(context)) await output.write(file.file, file.content);
    }
    return { pages, write: await output.commit() };
  } catch (error) {
    await output.abort();
    throw error;
  }
}
