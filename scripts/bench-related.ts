// Measures related-article scoring on synthetic metadata (no files): how it grows with the archive.
// Usage: npx --yes tsx scripts/bench-related.ts [count…]   (default: 10000 100000)
import { performance } from 'node:perf_hooks';
import { mulberry32, pick, type Rng } from '../src/bench/random.js';
import { adjectives, firstNames, lastNames, nouns, places, tags, verbs } from '../src/bench/words.js';
import { topicSlug } from '../src/topics/extract.js';
import { collectSite } from '../src/site/collect.js';
import { relatedArticles } from '../src/site/related.js';
import type { ArticleMeta, Topic, TopicKind } from '../src/types.js';

/** Topic popularity is skewed as in real news: a few topics everywhere, most in a handful of stories. */
function zipf(rng: Rng, size: number): number {
  return Math.min(size - 1, Math.floor(size ** rng()) - 1);
}

function topicPool(rng: Rng, size: number): Topic[] {
  const kinds: TopicKind[] = ['person', 'place', 'organisation', 'tag'];
  return Array.from({ length: size }, (_, i) => {
    const kind = kinds[i % kinds.length] as TopicKind;
    const name = kind === 'person' ? `${pick(rng, firstNames)} ${pick(rng, lastNames)} ${i}`
      : kind === 'place' ? `${pick(rng, places)} ${i}` : kind === 'tag' ? `${pick(rng, tags)} ${i}` : `${pick(rng, nouns)} Council ${i}`;
    return { name, slug: topicSlug(name), kind };
  });
}

function syntheticArticles(count: number): ArticleMeta[] {
  const rng = mulberry32(count);
  const pool = topicPool(rng, Math.max(50, Math.floor(count / 8)));
  const start = Date.UTC(2000, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const iso = new Date(start + Math.floor(i / 25) * 86_400_000).toISOString().slice(0, 10);
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const topics = new Map<string, Topic>();
    for (let n = 2 + Math.floor(rng() * 7); n > 0; n--) {
      const topic = pool[zipf(rng, pool.length)] as Topic;
      topics.set(topic.slug, topic);
    }
    const title = `${pick(rng, adjectives)} ${pick(rng, nouns)} ${pick(rng, verbs)} in ${pick(rng, places)} ${i}`;
    const summary = `${pick(rng, firstNames)} ${pick(rng, lastNames)} said the ${pick(rng, nouns)} would ${pick(rng, verbs)} the ${pick(rng, adjectives)} ${pick(rng, nouns)} near ${pick(rng, places)}.`;
    return {
      source: `${i}.txt`, hash: String(i), title, titleInferred: true, date: { year, month, day, iso }, slug: `story-${i}`,
      summary, authors: [], tags: [], lang: 'en', dir: 'ltr', aliases: [], topics: [...topics.values()], wordCount: 400,
    } satisfies ArticleMeta;
  });
}

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const count of counts.length ? counts : [10_000, 100_000]) {
  const { site } = collectSite(syntheticArticles(count));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const related = relatedArticles(site);
  const cpu = process.cpuUsage(cpuBefore);
  const ms = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - started;
  const shown = related.reduce((sum, list) => sum + list.length, 0) / count;
  console.log(`${count} articles, ${site.topics.length} topics: ${ms.toFixed(0)} ms CPU (${(ms * 1000 / count).toFixed(1)} µs/article; ${wallMs.toFixed(0)} ms wall), `
    + `${shown.toFixed(2)} related per article`);
}
