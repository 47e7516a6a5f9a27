import { describe, expect, it } from 'vitest';
import { collectSite } from '../src/site/collect.js';
import type { Site } from '../src/site/model.js';
import { defaults, relatedArticles } from '../src/site/related.js';
import type { ArticleMeta, Topic } from '../src/types.js';

const topic = (name: string): Topic => ({ name, slug: name.toLowerCase().replace(/\s+/g, '-'), kind: 'place' });

function meta(slug: string, iso: string, topics: string[], title = slug, summary = ''): ArticleMeta {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return {
    source: `${slug}.md`, hash: slug, title, titleInferred: false, date: { year, month, day, iso }, slug, summary,
    authors: [], tags: [], lang: 'en', dir: 'ltr', aliases: [], topics: topics.map(topic), wordCount: 100,
  };
}

function relatedSlugs(site: Site, slug: string, options = defaults): string[] {
  const article = site.articles.find((entry) => entry.slug === slug);
  if (!article) throw new Error(`no article ${slug}`);
  return (relatedArticles(site, options)[article.index] ?? []).map((index) => site.articles[index]?.slug ?? '?');
}

describe('related articles', () => {
  it('prefers the article that shares a rare topic over one that shares a common topic', () => {
    const everywhere = Array.from({ length: 20 }, (_, i) => meta(`filler-${i}`, '2023-01-02', ['Europe']));
    const { site } = collectSite([
      meta('story', '2023-07-20', ['Europe', 'Ashtiani']),
      meta('same-minister', '2023-01-01', ['Ashtiani']),
      meta('same-continent', '2023-07-19', ['Europe']),
      ...everywhere,
    ]);
    expect(relatedSlugs(site, 'story')[0]).toBe('same-minister');
    // Sharing only the topic on every page is a weak tie: dropped when the strong one is far ahead.
    expect(relatedSlugs(site, 'story', { ...defaults, cutoff: 0.5 })).toEqual(['same-minister']);
    expect(relatedSlugs(site, 'story', { ...defaults, cutoff: 0 })).toHaveLength(defaults.count);
  });

  it('never lists the article itself, nor one that shares nothing with it', () => {
    const { site } = collectSite([
      meta('a', '2023-07-20', ['Iran']), meta('b', '2023-07-19', ['Iran']), meta('c', '2023-07-18', ['Bolivia'], 'Lunar eclipse'),
    ]);
    expect(relatedSlugs(site, 'a')).toEqual(['b']);
    expect(relatedSlugs(site, 'c')).toEqual([]);
  });

  it('leaves out another copy of the same story, filed under the same headline', () => {
    const { site } = collectSite([
      meta('launch', '2005-01-07', ['Boeing'], 'Delta IV Heavy launch fails'),
      meta('launch-again', '2005-01-08', ['Boeing'], 'Delta IV Heavy launch fails'),
      meta('boeing-profit', '2005-01-09', ['Boeing'], 'Boeing profits rise'),
    ]);
    expect(relatedSlugs(site, 'launch')).toEqual(['boeing-profit']);
  });

  it('shows at most the configured number, best first', () => {
    const { site } = collectSite(Array.from({ length: 12 }, (_, i) => meta(`s${i}`, `2023-07-${String(10 + i).padStart(2, '0')}`, ['Iran'])));
    expect(relatedSlugs(site, 's0')).toHaveLength(defaults.count);
    expect(relatedSlugs(site, 's0', { ...defaults, count: 2 })).toHaveLength(2);
  });

  it('breaks ties by newer date, then by URL, whatever order the files came in', () => {
    const articles = [
      meta('a', '2023-07-20', ['Iran']),
      meta('older', '2023-07-01', ['Iran']),
      meta('newer-z', '2023-07-10', ['Iran']),
      meta('newer-b', '2023-07-10', ['Iran']),
    ];
    const forwards = relatedSlugs(collectSite(articles).site, 'a');
    const backwards = relatedSlugs(collectSite([...articles].reverse()).site, 'a');
    expect(forwards).toEqual(['newer-b', 'newer-z', 'older']);
    expect(backwards).toEqual(forwards);
  });

  it('finds articles by shared headline and summary words when they share no topic', () => {
    const { site } = collectSite([
      meta('quake', '2023-07-20', [], 'Earthquake shakes coastal towns', 'The earthquake damaged harbours.'),
      meta('aftershock', '2023-07-21', [], 'Aftershocks follow the earthquake', 'Harbours stay closed.'),
      meta('budget', '2023-07-22', [], 'Parliament passes the budget', 'Taxes rise.'),
    ]);
    expect(relatedSlugs(site, 'quake')).toEqual(['aftershock']);
  });

  it('still relates articles on a topic that is on every page, from those nearest in time', () => {
    const { site } = collectSite(Array.from({ length: 500 }, (_, i) => meta(`day-${i}`, new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), ['News'])));
    const related = relatedSlugs(site, 'day-250');
    expect(related).toHaveLength(defaults.count);
    for (const slug of related) expect(Math.abs(Number(slug.slice(4)) - 250)).toBeLessThanOrEqual(defaults.window);
  });
});
