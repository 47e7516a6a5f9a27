// The topics index: topics grouped by kind, each with how many articles it lists.
import type { TopicKind } from '../types.js';
import type { TopicArchive } from './model.js';
import { topicPath } from './routes.js';

const GROUPS: { kind: TopicKind; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'place', label: 'Places' },
  { kind: 'organisation', label: 'Organisations' },
  { kind: 'tag', label: 'Tags' },
];

export function topicIndex(topics: TopicArchive[]) {
  return GROUPS.map(({ kind, label }) => ({
    kind, label,
    topics: topics
      .filter((archive) => archive.topic.kind === kind)
      .map((archive) => ({ name: archive.topic.name, url: topicPath(archive.topic.slug), count: archive.articles.length }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
  })).filter((group) => group.topics.length > 0);
}
