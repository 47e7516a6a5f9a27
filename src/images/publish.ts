// The image stage: a Markdown image next to its article (`![alt](photo.jpg)`) is published beside the
// article's page, with its size (no layout shift), WebP copies for `srcset`, and lazy loading below the fold.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RoutedArticle } from '../site/model.js';
import { outputFileOf } from '../site/routes.js';
import type { Problem } from '../types.js';
import { findImages, imageTag, replaceTags, type ImageTag } from './markup.js';
import { processImage } from './variants.js';

export interface ImageOptions {
  /** The content folder: images are looked up beside each article's source file. */
  contentDir: string;
  /** An article's body HTML, by the hash of its source. */
  bodyOf(hash: string): string | undefined;
}

export interface PublishedImages {
  /** Rewritten bodies, by source hash; an article without images keeps its own. */
  bodies: Map<string, string>;
  /** Originals and their copies, at paths relative to the output folder. */
  files: { file: string; content: Uint8Array }[];
  problems: Problem[];
}

/** The column an article's images fill: the story measure (36rem) on wide screens, the page less its margins on phones. */
const SIZES = '(min-width: 40rem) 36rem, calc(100vw - 2.5rem)';

export async function publishImages(articles: RoutedArticle[], options: ImageOptions): Promise<PublishedImages> {
  const result: PublishedImages = { bodies: new Map(), files: [], problems: [] };
  // The parse stage records an article's first image, so bodies without one are never read here.
  for (const article of articles.filter((candidate) => candidate.image)) {
    const html = options.bodyOf(article.hash);
    if (!html) continue;
    const replacements = [];
    for (const [index, tag] of findImages(html).entries()) {
      const replacement = await publishOne(article, tag, index === 0, options, result);
      if (replacement) replacements.push({ tag, html: replacement });
    }
    if (replacements.length) result.bodies.set(article.hash, replaceTags(html, replacements));
  }
  return result;
}

async function publishOne(article: RoutedArticle, tag: ImageTag, first: boolean, options: ImageOptions, result: PublishedImages): Promise<string | undefined> {
  const src = tag.attributes.get('src') ?? '';
  if (!isBesideArticle(src)) return undefined;
  const relative = path.posix.normalize(safeDecode(src.split(/[?#]/)[0]!));
  const problem = (message: string, hint: string): undefined => {
    result.problems.push({ file: article.source, code: 'missing-image', severity: 'warning', message, hint });
    return undefined;
  };
  if (relative.startsWith('../')) {
    return problem(`The image \`${src}\` is outside the article's folder, so it is not published.`, 'Put the image in the same folder as the article (or below it) and link it as `![What it shows](photo.jpg)`.');
  }
  const onDisk = path.join(options.contentDir, path.dirname(article.source), relative);
  const bytes = await readFile(onDisk).catch(() => undefined);
  if (!bytes) return problem(`The image \`${src}\` was not found next to the article.`, `Add the file at \`${path.posix.join(path.posix.dirname(article.source), relative)}\`, or fix the name in the Markdown.`);
  const processed = await processImage(bytes, relative).catch((error: Error) => problem(`The image \`${src}\` cannot be read: ${error.message}.`, 'Save it again as JPEG, PNG, WebP, AVIF, GIF or SVG.'));
  if (!processed) return undefined;
  const pageDir = path.posix.dirname(outputFileOf(article.url));
  const here = path.posix.dirname(relative);
  result.files.push({ file: path.posix.join(pageDir, relative), content: bytes });
  for (const variant of processed.variants) result.files.push({ file: path.posix.join(pageDir, here, variant.name), content: variant.bytes });
  const attributes = new Map(tag.attributes);
  attributes.set('width', String(processed.width));
  attributes.set('height', String(processed.height));
  if (processed.variants.length) {
    attributes.set('srcset', processed.variants.map((variant) => `${encodeURI(path.posix.join(here, variant.name))} ${variant.width}w`).join(', '));
    attributes.set('sizes', SIZES);
  }
  // The first image before the second paragraph is likely on screen when the page opens: load it at once.
  const aboveTheFold = first && tag.paragraphsBefore < 2;
  attributes.set('loading', aboveTheFold ? 'eager' : 'lazy');
  attributes.set('decoding', 'async');
  return imageTag(attributes);
}

/** Relative paths only: absolute URLs, site paths and data URLs are left as written. */
function isBesideArticle(src: string): boolean {
  return src !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
