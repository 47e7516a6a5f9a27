// An article's topics: its front-matter tags first, then the entities found in its text.
import type { Topic } from '../types.js';
import { topicSlug, type FoundEntity } from '../topics/extract.js';

/** Topics are keyed by slug, so a tag and an entity of the same name are one topic. */
export function topicsOf(tags: string[], entities: FoundEntity[]): Topic[] {
  const topics = new Map<string, Topic>();
  for (const tag of tags) {
    const slug = topicSlug(tag);
    if (slug && !topics.has(slug)) topics.set(slug, { name: tag, slug, kind: 'tag' });
  }
  for (const entity of entities) {
    const slug = topicSlug(entity.name);
    if (slug && !topics.has(slug)) topics.set(slug, { name: entity.name, slug, kind: entity.kind });
  }
  return [...topics.values()];
}
