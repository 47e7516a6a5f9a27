// Redirect pages at an article's old addresses (`aliases:` in front matter), so links into the
// archive survive a new headline or slug. An alias is a site path; it can never leave the output.
import type { SiteConfig } from '../config.js';
import type { RoutedArticle, Site } from '../site/model.js';
import { absoluteUrl, basePathOf, linkTo, outputFileOf } from '../site/routes.js';
import type { OutputContext, OutputFile, SiteOutput } from '../outputs/types.js';
import type { Problem } from '../types.js';
import { escapeMarkup } from './markup.js';
import { feedLinks, NEWS_SITEMAP, ROBOTS, SITEMAP } from './paths.js';

/** Where an alias's redirect page goes, or why it cannot have one. */
export type AliasTarget = { file: string } | { unsafe: string };

/**
 * Reads an alias as a site path: query and fragment dropped (a static file cannot vary by them),
 * percent-escapes decoded so `%2e%2e` is seen for what it is, and refused when any segment is `..`,
 * hidden (`.well-known`, the build manifest) or holds control characters. `/old/story` and
 * `/old/story/` both become `old/story/index.html`; `/old/story.html` stays a file.
 */
export function aliasFile(alias: string): AliasTarget {
  const text = alias.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')) return { unsafe: 'is a full address, not a path on this site' };
  const path = text.replace(/[?#].*$/s, '').replace(/\\/g, '/');
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { unsafe: 'has a broken percent-escape' };
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return { unsafe: 'climbs out with `..`' };
    if (segment.startsWith('.')) return { unsafe: 'names a hidden file or folder' };
    if (/[\u0000-\u001f\u007f/\\]/.test(segment)) return { unsafe: 'holds a control character or an encoded slash' };
    segments.push(segment);
  }
  const joined = segments.join('/');
  return { file: /\.html?$/i.test(joined) ? joined : outputFileOf(`/${joined}${joined ? '/' : ''}`) };
}

/** A page that sends readers and crawlers on at once, and asks search engines to keep the article instead. */
export function redirectPage(article: RoutedArticle, config: SiteConfig): string {
  const target = escapeMarkup(absoluteUrl(config.baseUrl, article.url));
  const title = escapeMarkup(article.title);
  return `<!DOCTYPE html>
<html lang="${escapeMarkup(article.lang)}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${target}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>This article has moved to <a href="${escapeMarkup(linkTo(basePathOf(config.baseUrl), article.url))}">${title}</a>.</p>
</body>
</html>
`;
}

/** Files other than pages that an alias must not take: the feeds, sitemaps, robots.txt and assets. */
function reservedFiles(site: Site): string[] {
  const listings = ['/', ...site.topics.map((archive) => `/topics/${archive.topic.slug}/`)];
  return [...listings.flatMap((listing) => feedLinks(listing, '').map((link) => link.path)), SITEMAP, NEWS_SITEMAP, ROBOTS]
    .map((path) => path.slice(1));
}

/** Every file taken so far, and every folder they need: an alias may be neither, nor need a file as a folder. */
class TakenPaths {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  add(file: string): void {
    this.files.add(file);
    const parts = file.split('/');
    for (let n = 1; n < parts.length; n++) this.folders.add(parts.slice(0, n).join('/'));
  }

  /** Assets and sitemap parts are written by name patterns this output does not see. */
  collides(file: string): boolean {
    if (file.startsWith('assets/') || /^sitemap-\d+\.xml(\/|$)/.test(file)) return true;
    if (this.files.has(file) || this.folders.has(file)) return true;
    const parts = file.split('/');
    for (let n = 1; n < parts.length; n++) if (this.files.has(parts.slice(0, n).join('/'))) return true;
    return false;
  }
}

export function aliasesOutput(): SiteOutput {
  const pageFiles = new Set<string>();
  return {
    name: 'aliases',
    observe(page) {
      pageFiles.add(outputFileOf(page.path));
    },
    files: (context: OutputContext) => aliasFiles(context, pageFiles),
  };
}

function aliasFiles({ site, config, report }: OutputContext, pageFiles: Set<string>): OutputFile[] {
  // Listing every file taken cost a second at 100,000 articles, and most archives have no aliases.
  if (!site.articles.some((article) => article.aliases.length > 0)) return [];
  const taken = new TakenPaths();
  for (const file of [...pageFiles, ...reservedFiles(site)]) taken.add(file);
  const files: OutputFile[] = [];
  for (const article of site.articles) {
    for (const alias of article.aliases) {
      const target = aliasFile(alias);
      if ('unsafe' in target) {
        report(aliasProblem(article, 'unsafe-alias', `The alias \`${alias}\` ${target.unsafe}; no redirect was written.`,
          'Write the old address as a path on this site, such as `/2019/05/01/old-slug/`.'));
      } else if (target.file === outputFileOf(article.url)) {
        // The article's own address (an imported permalink that Dateline's scheme gives anyway): nothing to redirect.
      } else if (taken.collides(target.file)) {
        report(aliasProblem(article, 'alias-collision', `The alias \`${alias}\` is the address of another page or file; no redirect was written.`,
          'Remove the alias, or give it an address no page uses.'));
      } else {
        taken.add(target.file);
        files.push({ file: target.file, content: redirectPage(article, config) });
      }
    }
  }
  return files;
}

function aliasProblem(article: RoutedArticle, code: 'unsafe-alias' | 'alias-collision', message: string, hint: string): Problem {
  return { file: article.source, code, severity: 'warning', message, hint };
}
