// Page keys: a hash of everything a page shows, so a build can keep a page whose key has not changed
// instead of rendering it again. Every page of a cold build is keyed, so keys must be cheap to make.
import { hash } from 'node:crypto';
import type { PageSpec } from '../site/pages.js';
import { hashParts } from '../cache/fingerprint.js';

/** Characters of an article's version token: 64 bits, ample to tell versions apart. */
const VERSION_CHARS = 16;

/** What stands for an article in a key: its exact version (the hash of its source) and its place. */
interface ArticleRef {
  hash: string;
  url: string;
}

/**
 * The keys of one render pass, all starting from `base` (code, templates, config, mode). A page's
 * data goes in as one string: strings after their length, which keeps it unambiguous without
 * escaping, and a site article as a short token of its version and place, from which anything else
 * the page shows of it follows. An article is on many pages (listings, neighbours, related lists):
 * its token is worked out once per pass, which keeps the string short and its making cheap.
 */
export class PageKeys {
  /** The site's articles, told apart by identity: asking every object for a `hash` cost more than the rest. */
  private readonly articles: Set<object>;
  private readonly versions = new Map<object, string>();
  private text = '';

  constructor(private readonly base: string, articles: readonly ArticleRef[]) {
    this.articles = new Set(articles);
  }

  /** `hashParts(base, text of the page)`, with the text built in place: one long string copied once, not three times. */
  of(page: PageSpec): string {
    this.text = `${this.base}\0`;
    this.add(page);
    this.text += '\0';
    return hash('sha1', this.text);
  }

  /** Appends a value to the text; one growing string, not a string per nested value. */
  private add(value: unknown): void {
    if (value === null || typeof value !== 'object') {
      this.text += typeof value === 'string' ? `${value.length}'${value}` : String(value);
    } else if (Array.isArray(value)) {
      this.text += '[';
      for (const item of value) {
        this.add(item);
        this.text += ',';
      }
      this.text += ']';
    } else {
      this.addObject(value as Record<string, unknown>);
    }
  }

  private addObject(object: Record<string, unknown>): void {
    if (this.articles.has(object)) {
      this.text += this.versionOf(object as unknown as ArticleRef);
      return;
    }
    this.text += '{';
    for (const name in object) {
      this.text += `${name}:`;
      this.add(object[name]);
      this.text += ',';
    }
    this.text += '}';
  }

  /** `@` and 16 hex characters standing for the article's hash and URL: a change to either changes it. */
  private versionOf(article: ArticleRef): string {
    let version = this.versions.get(article);
    if (version === undefined) {
      version = `@${hashParts(article.hash, article.url).slice(0, VERSION_CHARS)}`;
      this.versions.set(article, version);
    }
    return version;
  }
}
