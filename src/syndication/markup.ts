// Escaping for the XML and HTML this folder writes by hand (sitemaps, redirect pages), and the
// rewriting of URLs inside rendered article bodies, which are written with site paths.
import { absoluteUrl } from '../site/routes.js';

/** Escapes text for XML or HTML element content and double- or single-quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Control characters other than tab and newlines are not allowed in XML even as references. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML element content or an attribute value: escaped, and without the characters XML forbids. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(NOT_XML, ''));
}

/** `<name>text</name>`, or nothing for no value. */
export function xmlElement(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${xmlText(value)}</${name}>`;
}

/** Reverses the entity escapes hast-util-to-html produces in attribute values, to read a URL. */
function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** A start tag with a URL attribute: tags without one (most of a body) are passed over in the scan. */
const TAG_WITH_URL = /<[a-zA-Z](?=[^<>]*\s(?:href|src|srcset)=")[^<>]*>/gi;
const URL_ATTRIBUTE = /(\s(href|src|srcset)=)"([^"]*)"/gi;

/** `a.webp 480w, b.webp 800w`: each candidate's URL mapped, its descriptor kept. */
function rewriteSrcset(srcset: string, map: (url: string) => string): string {
  return srcset.split(',').map((candidate) => candidate.trim().replace(/^\S+/, (url) => map(url))).join(', ');
}

/**
 * Rewrites every `href`, `src` and `srcset` URL in sanitised body HTML through `map`. Bodies come
 * from hast-util-to-html, which always double-quotes attributes, and text never holds a raw `<`,
 * so matching inside tags only is exact for them.
 */
export function rewriteUrls(html: string, map: (url: string) => string): string {
  return html.replace(TAG_WITH_URL, (tag) => tag.replace(URL_ATTRIBUTE, (_whole, prefix: string, name: string, value: string) => {
    const url = decodeAttribute(value);
    return `${prefix}"${escapeMarkup(name.toLowerCase() === 'srcset' ? rewriteSrcset(url, map) : map(url))}"`;
  }));
}

/** A link written as a site path (`/2021/03/04/…`), as opposed to relative, absolute or `//host`. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** An absolute URL for a link found in an article: site paths go under the base URL, relative ones under the article. */
export function absoluteContentUrl(url: string, baseUrl: string, articlePath: string): string {
  if (isSitePath(url)) return absoluteUrl(baseUrl, url);
  try {
    return new URL(url, absoluteUrl(baseUrl, articlePath)).href;
  } catch {
    return url;
  }
}
