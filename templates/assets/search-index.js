// Reads the search index Dateline writes under `/search-index/` (src/search/index-output.ts): the
// manifest first, then for each query only the shards of its words and the article records of the
// results shown. No DOM here, so the build's tests run the same queries in Node.

/** Letters and digits; anything else separates words (as src/content/search-words.ts cuts articles). */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const NOT_ASCII = /[^\x00-\x7f]/;
/** A query word this long also finds longer words it begins ("minister" finds "ministers"). */
const PREFIX_FROM = 3;

/** A text's words as the index keys them: lower case, no accents, one character words left out. */
export function searchWords(text) {
  const folded = NOT_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '').toLowerCase() : text.toLowerCase();
  const words = new Set();
  for (const [word] of folded.matchAll(WORD)) if (word.length > 1) words.add(word);
  return [...words];
}

/** Whether a word of some text is one the query's words find. */
export function matchesQuery(word, queryWords) {
  const [key] = searchWords(word);
  return key !== undefined && queryWords.some((query) => key === query || (query.length >= PREFIX_FROM && key.startsWith(query)));
}

/** Opens the index in `folder` (a URL ending in `/`); `load` fetches and parses one JSON file. */
export async function openIndex(folder, load = fetchJson) {
  const manifest = await load(`${folder}index.json`);
  if (manifest.version !== 1) throw new Error(`Unknown search index version ${manifest.version}`);
  return new SearchIndex(folder, manifest, load);
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

class SearchIndex {
  constructor(folder, manifest, load) {
    this.folder = folder;
    this.manifest = manifest;
    this.load = load;
    this.shardKeys = new Set(manifest.shards);
    this.files = new Map();
  }

  /** Years newest first and topics the commonest first, each with its number of articles. */
  get years() { return this.manifest.years; }
  get topics() { return this.manifest.topics; }

  /**
   * Articles holding every word of the query (a word also finds longer words it begins) and matching
   * the filters (`year`, `topic`): those with the words in the headline first, then the newest.
   * Gives the matches' count and `page(from, to)`, which loads their records.
   */
  async search(query, filters = {}) {
    const words = searchWords(query);
    const wanted = [
      ...words.map((word) => this.articlesOf(word, word.length >= PREFIX_FROM)),
      ...(filters.year ? [this.articlesOf(`#y${filters.year}`, false)] : []),
      ...(filters.topic ? [this.articlesOf(`#t${filters.topic}`, false)] : []),
    ];
    const sets = await Promise.all(wanted);
    const found = sets.length ? sets.reduce(intersect) : new Map();
    const ranked = [...found].sort(([a, inHeadlineA], [b, inHeadlineB]) => inHeadlineB - inHeadlineA || b - a).map(([article]) => article);
    return { words, count: ranked.length, page: (from, to) => Promise.all(ranked.slice(from, to).map((article) => this.record(article))) };
  }

  /** Article number → how many of the query's words so far its headline holds. */
  async articlesOf(word, prefix) {
    const articles = new Map();
    for (const shard of await Promise.all(this.shardsOf(word, prefix).map((key) => this.file(`words/${hex(key)}.json`)))) {
      for (const [key, entries] of Object.entries(shard)) {
        if (key !== word && !(prefix && key.startsWith(word))) continue;
        let article = -1;
        for (const entry of entries) {
          article += entry >> 1;
          articles.set(article, Math.max(articles.get(article) ?? 0, entry & 1));
        }
      }
    }
    return articles;
  }

  /** The shard a word would be in (that of the longest key it begins with) and, for a prefix, every shard of longer words. */
  shardsOf(word, prefix) {
    const keys = [];
    for (let length = word.length; length > 0; length--) {
      if (this.shardKeys.has(word.slice(0, length))) { keys.push(word.slice(0, length)); break; }
    }
    if (prefix) for (const key of this.manifest.shards) if (key.length > word.length && key.startsWith(word)) keys.push(key);
    return keys;
  }

  /** `{ url, title, date, excerpt }` of an article; the url is a site path (`/2023/07/20/…/`). */
  async record(article) {
    const perFile = this.manifest.articlesPerFile;
    const records = await this.file(`articles/${Math.floor(article / perFile)}.json`);
    const [url, title, date, excerpt] = records[article % perFile];
    return { url, title, date, excerpt };
  }

  /** Each file is fetched once, however many searches need it. */
  file(name) {
    let file = this.files.get(name);
    if (!file) {
      file = this.load(`${this.folder}${name}`);
      file.catch(() => this.files.delete(name));
      this.files.set(name, file);
    }
    return file;
  }
}

/** Articles in both, with their headline counts added up. */
function intersect(a, b) {
  const both = new Map();
  for (const [article, inHeadline] of a) if (b.has(article)) both.set(article, inHeadline + b.get(article));
  return both;
}

/** A shard key's file name: its UTF-8 bytes in hex. */
function hex(key) {
  return [...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
