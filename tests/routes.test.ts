// Absolute URLs for feeds, sitemaps and link previews: what the URL parser gives, for any path,
// including links that authors write in article bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../src/site/routes.js';

/** What the function promises: the URL parser's answer for the path under the base. */
function parsed(baseUrl: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** A result, or that it throws (two backslashes make a URL without a host: the parser refuses it, and so must this). */
function outcome(make: () => string): string {
  try {
    return make();
  } catch {
    return 'throws';
  }
}

const BASES = ['https://example.org', 'https://Example.ORG/news', 'http://a.example:80/x/y/', 'https://h.example/ü/'];

describe('absoluteUrl', () => {
  it('joins plain site paths to the base as the URL parser writes it', () => {
    expect(absoluteUrl('https://Example.ORG/news', '/2023/07/20/bridge-opens/')).toBe('https://example.org/news/2023/07/20/bridge-opens/');
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
    expect(absoluteUrl('https://example.org', 'assets/style.css')).toBe('https://example.org/assets/style.css');
  });

  it('gives what the URL parser gives for any path: dots, escapes, queries, fragments', () => {
    const char = fc.constantFrom(...'aZ09-._~/%?#é \\:@!&\'()*+,;='.split(''));
    fc.assert(fc.property(fc.constantFrom(...BASES), fc.array(char, { maxLength: 24 }).map((chars) => chars.join('')), (base, sitePath) => {
      expect(outcome(() => absoluteUrl(base, sitePath))).toBe(outcome(() => parsed(base, sitePath)));
    }), { numRuns: 3000 });
  });

  it('answers at once for a long plain path that ends in a query or fragment', () => {
    // A pattern that could split the plain prefix many ways took exponential time to fail here.
    for (const tail of ['?q=1', '#corrections', '%20x', '/./x']) {
      const sitePath = `/about/${'editorial-standards-and-corrections'.repeat(3)}${tail}`;
      expect(absoluteUrl('https://example.org/', sitePath)).toBe(parsed('https://example.org/', sitePath));
    }
  });
});
