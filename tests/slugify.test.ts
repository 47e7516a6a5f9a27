// The slugger's own fast path must give the slugs @sindresorhus/slugify gave: a changed slug is a
// changed URL, and every link to the article breaks.
import packageSlugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSlug, slugFromTitle } from '../src/content/slug.js';
import { slugify } from '../src/content/slugify.js';

describe('slugify', () => {
  it.each([
    ["Conway's Law & Order", 'conways-law-and-order'],
    ['DON’T Panic: NASA’s “Big” Launch — Live…', 'dont-panic-nasas-big-launch-live'],
    ["Rock'n'roll isn't dead", 'rock-n-roll-isnt-dead'],
    ["a's't", 'as-t'],
    ['It’s 5 o’clock', 'its-5-o-clock'],
    ["'s 'tis", 's-tis'],
    ['C++ ^ Java ` Rust', 'c-java-rust'],
    ['Rates rise 0.25% to 5.5%', 'rates-rise-0-25-to-5-5'],
    ['Q&A: what’s next?', 'q-and-a-whats-next'],
    ['--a--b--', 'a-b'],
    ['Zürich and São Paulo', 'zuerich-and-sao-paulo'],
    ['東京', ''],
    ['', ''],
  ])('slugs %j as %j', (title, slug) => {
    expect(slugify(title, { decamelize: false })).toBe(slug);
    expect(slugify(title)).toBe(slug);
  });

  it.each([
    ['iPhone 15 Pro Max', 'iphone-15-pro-max', 'i-phone-15-pro-max'],
    ['FOO360 APIUsage XMLHttpRequest', 'foo360-apiusage-xmlhttprequest', 'foo-360-api-usage-xml-http-request'],
    ['Ærøskøbing ferry 🦄 ♥', 'aeroskobing-ferry-unicorn-love', 'a-eroskobing-ferry-unicorn-love'],
  ])('splits camelCase in %j only when asked', (title, whole, split) => {
    expect(slugify(title, { decamelize: false })).toBe(whole);
    expect(slugify(title)).toBe(split);
  });

  it('agrees with @sindresorhus/slugify on any mix of ASCII, quotes, dashes and other scripts', () => {
    const piece = fc.oneof(
      fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 8 }),
      fc.constantFrom("'s", "'T", '’s', '’', '‘', '“', '”', '–', '—', '…', '&', '^', '`', '\\', 'é', 'ß', 'İ', '🦄', '1️⃣', 'e\u0301'),
    );
    const title = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(title, fc.boolean(), (text, decamelize) => {
      expect(slugify(text, { decamelize })).toBe(packageSlugify(text, { decamelize }));
    }), { numRuns: 2000 });
  });
});

describe('slugFromTitle', () => {
  it.each([
    ['The Art of the Deal & the Law of the Land', 'art-of-the-deal-and-the-law'],
    ['Astronomers find smallest planet yet, orbiting a nearby star in the constellation of Cancer',
      'astronomers-find-smallest-planet-yet-orbiting-a-nearby'],
    ['Nora Murphy resigns after row over heritage site in Oulu', 'nora-murphy-resigns-after-row-over-heritage-site'],
    ['Bridge to close for repairs in the city of', 'bridge-to-close-for-repairs-in-the-city'],
    ['Of mice and men', 'mice-and-men'],
    ['¿Qué pasa?', 'que-pasa'],
    ['The', 'article'],
  ])('makes %j into %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});

describe('cleanSlug', () => {
  it.each([
    ['../etc/passwd', 'etc-passwd', true],
    ['C:\\Windows\\System32', 'c-windows-system32', true],
    ['My Slug!', 'my-slug', true],
    ['ok-slug', 'ok-slug', false],
  ])('cleans %j to %j', (written, slug, changed) => {
    expect(cleanSlug(written)).toEqual({ slug, changed });
  });
});
