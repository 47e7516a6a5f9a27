// The data types every stage passes to the next: discover → parse → collect → route → render → write.

/** A calendar day, with no time and no zone: 2023-07-20 is 20 July 2023 everywhere. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** `YYYY-MM-DD`, the form used in URLs and `<time datetime>`. */
  iso: string;
}

export type ProblemCode =
  | 'unreadable-file'
  | 'binary-file'
  | 'empty-file'
  | 'invalid-front-matter'
  | 'invalid-date'
  | 'missing-date'
  | 'missing-body'
  | 'invalid-field'
  | 'invalid-config'
  | 'template-error'
  | 'duplicate-url'
  | 'unsafe-slug'
  | 'decoded-as-windows-1252'
  | 'missing-alt-text'
  | 'missing-image'
  | 'unsafe-alias'
  | 'alias-collision';

/** One thing wrong with the input, reported to the editor with where and how to fix it. */
export interface Problem {
  /** The file, relative to the content folder (or the config/template path). */
  file: string;
  /** 1-based line, when the parser knows it. */
  line?: number;
  /** 1-based column, when the parser knows it. */
  column?: number;
  /** Stable identifier that tests and tools match on; the wording may change. */
  code: ProblemCode;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
}

export type TopicKind = 'person' | 'place' | 'organisation' | 'tag';

/** A subject an article is about: a tag from front matter or an entity found in the text. */
export interface Topic {
  /** Display name, as readers should see it ("Mohammad Reza Ashtiani"). */
  name: string;
  /** ASCII slug used in `/topics/<slug>/`; unique across kinds. */
  slug: string;
  kind: TopicKind;
}

/** One content file, as discovery found it. */
export interface SourceFile {
  /** Path relative to the content folder, with forward slashes. */
  path: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Content format, from the extension. */
  format: 'wire' | 'markdown';
}

/** Everything the listings, feeds and routes need to know about an article; no body. */
export interface ArticleMeta {
  /** Source path relative to the content folder. */
  source: string;
  /** Hex sha256 of the source bytes: the cache key of everything derived from the file alone. */
  hash: string;
  /** Headline shown in `<h1>`, listings and feeds. */
  title: string;
  /** True when the headline was inferred from a wire lede rather than given. */
  titleInferred: boolean;
  /** Publication day. */
  date: CalendarDate;
  /** Full ISO 8601 date-time with offset, when the front matter gave a time. */
  dateTime?: string;
  /** Last update, ISO 8601 (date or date-time with offset). */
  updated?: string;
  /** URL segment under the day, ASCII-safe. */
  slug: string;
  /** The dek: first paragraph of a wire story, or front matter `summary`. Plain text. */
  summary: string;
  authors: string[];
  /** Tags from front matter, as written. */
  tags: string[];
  /** BCP 47 language tag. */
  lang: string;
  /** Writing direction, from the language or the script. */
  dir: 'ltr' | 'rtl';
  /** Old URLs (site-relative paths) that should redirect here. */
  aliases: string[];
  /** Subjects: tags first, then entities found in the text. */
  topics: Topic[];
  /** Number of words in the body, for reading time. */
  wordCount: number;
  /** First image in the body, site-relative, if any. */
  image?: string;
  /** Where the article first appeared and under what licence (`credit`, `source_url`, `licence`…). */
  credit?: Credit;
}

/** Attribution for an article taken from elsewhere, shown on its page as licences such as CC BY ask. */
export interface Credit {
  /** Who to credit, e.g. "Wikinews contributors, Wikinews". */
  text?: string;
  /** The original's address. */
  url?: string;
  /** Licence name, e.g. "CC BY 2.5". */
  licence?: string;
  licenceUrl?: string;
}

/** An article after parsing: metadata plus its rendered body. */
export interface ParsedArticle {
  meta: ArticleMeta;
  /** Body HTML (mdast → hast → sanitised → HTML, as remark-html does), without the headline. */
  html: string;
  /** Warnings found while parsing (errors make `meta` absent instead). */
  problems: Problem[];
  /** Whether the article is a draft (left out of the build). */
  draft: boolean;
  /** The article's words for the search index (`articleWords`: the headline's, a line break, the rest's), when the site has search. */
  words?: string;
}
