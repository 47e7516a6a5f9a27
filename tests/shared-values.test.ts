// Articles that name the same topic or share a day hold one copy of it, and nothing about an
// article changes when it does.
import { describe, expect, it } from 'vitest';
import { SharedValues } from '../src/content/shared-values.js';
import type { ArticleMeta, Topic } from '../src/types.js';

function meta(iso: string, topics: Topic[]): ArticleMeta {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { date: { year, month, day, iso }, topics, lang: 'en', dir: 'ltr' } as ArticleMeta;
}

describe('shared values', () => {
  it('gives articles that name the same topic on the same day one copy of each, and keeps what they say', () => {
    const shared = new SharedValues();
    const first = meta('2023-07-20', [{ name: 'Casablanca', slug: 'casablanca', kind: 'place' }]);
    const second = meta('2023-07-20', [{ name: 'Nadia Rahman', slug: 'nadia-rahman', kind: 'person' }, { name: 'Casablanca', slug: 'casablanca', kind: 'place' }]);
    const before = structuredClone(second);
    shared.share(first);
    shared.share(second);
    expect(second).toEqual(before);
    expect(second.topics[1]).toBe(first.topics[0]);
    expect(second.date).toBe(first.date);
  });

  it('keeps topics apart that differ in name, slug or kind, and days apart', () => {
    const shared = new SharedValues();
    const metas = [
      meta('2023-07-20', [{ name: 'Georgia', slug: 'georgia', kind: 'place' }]),
      meta('2023-07-21', [{ name: 'Georgia', slug: 'georgia', kind: 'person' }]),
      meta('2023-07-20', [{ name: 'GEORGIA', slug: 'georgia', kind: 'place' }]),
    ];
    for (const each of metas) shared.share(each);
    expect(new Set(metas.map((each) => each.topics[0])).size).toBe(3);
    expect(metas[1]?.date.iso).toBe('2023-07-21');
    expect(metas[2]?.date).toBe(metas[0]?.date);
  });
});
