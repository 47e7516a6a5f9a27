// How the index's words are shared out among files. A reader's query fetches only the shards of its
// words, so a shard should be small; but a file per word would be hundreds of thousands of files. Words
// are grouped by their first letter, and a group larger than the budget is split by the next letter,
// and so on: common beginnings ("co", "re") get small shards of their own, rare ones share.
import type { Postings } from './postings.js';

export interface Shard {
  /** What every word in the shard begins with, and no word of a longer key's shard. */
  key: string;
  /** The words (and filter keys), sorted. */
  keys: string[];
}

/** Shards of every key, sorted by key; the same postings always give the same shards. */
export function shardsOf(postings: Map<string, Postings>, budget: number): Shard[] {
  const sorted = [...postings.keys()].sort();
  // What a key costs in its shard's JSON: its quoted text and about three characters per article.
  const sizes = sorted.map((key) => key.length + 4 + 3 * (postings.get(key) as Postings).length);
  const shards: Shard[] = [];
  split(0, sorted.length, 1);
  return shards;

  /** Shards the keys from `start` to `end` (which share their first `depth - 1` characters). */
  function split(start: number, end: number, depth: number): void {
    for (let first = start; first < end;) {
      const prefix = (sorted[first] as string).slice(0, depth);
      // A key shorter than the depth is a group of its own: longer keys it begins go to deeper shards.
      const whole = prefix.length < depth;
      let last = first + 1;
      let size = sizes[first] as number;
      while (!whole && last < end && (sorted[last] as string).startsWith(prefix)) size += sizes[last++] as number;
      if (size <= budget || whole || last - first === 1) shards.push({ key: prefix, keys: sorted.slice(first, last) });
      else split(first, last, depth + 1);
      first = last;
    }
  }
}
