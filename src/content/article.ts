// The parse stage: one file's bytes in, its metadata and rendered body out. Pure, so it can run in
// a worker and be cached by the hash of the bytes.
import type { ArticleMeta, ParsedArticle, Problem, SourceFile } from '../types.js';
import { extractEntities } from '../topics/extract.js';
import { renderBody } from './body.js';
import { parseDate, type ParsedDate } from './date.js';
import { decodeContent } from './decode.js';
import { FieldReader } from './fields.js';
import { readFrontMatter } from './frontmatter.js';
import { hashBytes } from './source-hash.js';
import { articleWords } from './search-words.js';
import { inferHeadline } from './headline.js';
import type { ParseOptions } from './parse-options.js';
import { directionOf, isLanguageTag, scriptLanguage } from './lang.js';
import { cleanSlug, slugFromTitle } from './slug.js';
import { topicsOf } from './topics.js';

export type { ParseOptions } from './parse-options.js';

export type ParseResult = { article: ParsedArticle; problems: Problem[] } | { article?: undefined; problems: Problem[] };

/**
 * Parses one content file. Errors leave `article` undefined; warnings come with the article.
 * `hash` is `hashBytes(bytes)` when the caller has it already (the loader hashes every file to look
 * it up in the cache), so the bytes are not hashed twice.
 */
export function parseArticle(source: Pick<SourceFile, 'path' | 'format'>, bytes: Uint8Array, options: ParseOptions,
  hash?: string): ParseResult {
  const file = source.path;
  const decoded = decodeContent(file, bytes);
  if (decoded.problems.some((problem) => problem.severity === 'error')) return { problems: decoded.problems };
  if (decoded.text.trim() === '') {
    return { problems: [{ file, code: 'empty-file', severity: 'error', message: 'The file is empty.',
      hint: 'Write the article, or delete the file.' }] };
  }
  const { frontMatter, problems: fmProblems } = readFrontMatter(file, decoded.text);
  if (!frontMatter) return { problems: [...decoded.problems, ...fmProblems] };
  const fields = new FieldReader(file, frontMatter);
  const body = renderBody(source.format, frontMatter.body, frontMatter.lineOffset);
  const problems: Problem[] = [...decoded.problems];

  const date = readDate(source.format, fields, body.wire, file, problems);
  if (body.facts.paragraphs.length === 0 && body.facts.text.trim() === '') {
    problems.push({ file, line: frontMatter.lineOffset + 1, code: 'missing-body', severity: 'error',
      message: 'The article has no text.', hint: source.format === 'wire'
        ? 'Write the first paragraph on the date line, after `date YYYY-MM-DD`.' : 'Write the article below the front matter.' });
  }
  const title = fields.string('title') || undefined;
  if (source.format === 'markdown' && !title) {
    fields.fail('title', 'The article has no `title`.', 'Add `title: Your headline` to the front matter.');
  }
  const lang = readLang(fields, body.facts.text, options.defaultLang);
  // Hugo's two default taxonomies are tags and categories; Jekyll writes categories as a list or as
  // words apart, and one `category` whole. All are topics here.
  const tags = [...fields.list('tags'), ...fields.words('categories'), ...fields.list('category')];
  const [authors, aliases, draft] = [[...fields.list('authors'), ...fields.list('author')], readAliases(fields), fields.boolean('draft')];
  const updated = readUpdated(fields);
  const credit = readCredit(fields);
  problems.push(...fields.problems);
  if (!date || problems.some((problem) => problem.severity === 'error')) return { problems };

  const headline = title ?? inferHeadline(body.facts.paragraphs);
  const slug = readSlug(fields, headline, file, problems);
  const entities = options.findTopics
    ? extractEntities({ title: title ?? '', paragraphs: body.facts.paragraphs, captions: body.facts.captions }) : [];
  const meta: ArticleMeta = {
    source: file,
    hash: hash ?? hashBytes(bytes),
    title: headline,
    titleInferred: !title,
    date: date.date,
    dateTime: date.dateTime,
    updated,
    slug,
    summary: fields.string('summary') || fields.string('description') || body.facts.paragraphs[0] || '',
    authors,
    tags,
    lang,
    dir: directionOf(lang),
    aliases,
    topics: topicsOf(tags, entities),
    wordCount: body.facts.wordCount,
    image: body.facts.image?.url,
    credit,
  };
  for (const image of body.facts.imagesWithoutAlt) {
    problems.push({ file, line: image.line, code: 'missing-alt-text', severity: 'warning',
      message: `The image \`${image.url}\` has no alt text.`, hint: 'Describe the image: `![What it shows](file.jpg)`.' });
  }
  // The headline and a front matter summary are found too, though the body may not hold their words.
  const words = options.searchWords ? articleWords(headline, `${meta.summary}\n${body.facts.text}`) : undefined;
  const article: ParsedArticle = { meta, html: body.html, problems, draft, words };
  return { article, problems };
}

/** A file named as Jekyll names posts: the day, a hyphen, then the title. */
const JEKYLL_NAME = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]+$/;

function readDate(format: SourceFile['format'], fields: FieldReader, wire: { dateText?: string; dateLine: number; dateColumn: number } | undefined,
  file: string, problems: Problem[]): ParsedDate | undefined {
  if (fields.has('date')) {
    const text = fields.string('date') ?? '';
    const parsed = parseDate(text);
    if (!parsed) fields.fail('date', `\`${text}\` is not a real date.`, 'Write the date as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+HH:MM` with a time.', 'invalid-date');
    return parsed;
  }
  if (format === 'markdown') {
    // Jekyll's posts are named by their day (`2023-07-20-title.md`) and need no date field.
    const named = JEKYLL_NAME.exec(file);
    const fromName = named?.[1] ? parseDate(named[1]) : undefined;
    if (!fromName) fields.fail('date', 'The article has no `date`.', 'Add `date: YYYY-MM-DD` to the front matter.', 'missing-date');
    return fromName;
  }
  if (!wire?.dateText) {
    problems.push({ file, line: wire?.dateLine ?? 1, column: 1, code: 'missing-date', severity: 'error',
      message: 'The first line has no date.', hint: 'Start the file with `date YYYY-MM-DD` and then the first paragraph.' });
    return undefined;
  }
  const parsed = parseDate(wire.dateText);
  if (!parsed) {
    problems.push({ file, line: wire.dateLine, column: wire.dateColumn, code: 'invalid-date', severity: 'error',
      message: `\`${wire.dateText}\` is not a real date.`, hint: 'Write the date line as `date YYYY-MM-DD`, with a day that exists.' });
  }
  return parsed;
}

function readCredit(fields: FieldReader): ArticleMeta['credit'] {
  const credit = { text: fields.string('credit'), url: readUrl(fields, 'source_url'), licence: fields.string('licence'),
    licenceUrl: readUrl(fields, 'licence_url') };
  return Object.values(credit).some(Boolean) ? credit : undefined;
}

/** Only http(s) addresses become links: a `javascript:` URL in front matter must never reach a page. */
function readUrl(fields: FieldReader, key: string): string | undefined {
  const text = fields.string(key);
  if (!text) return undefined;
  if (/^https?:\/\/[^\s]+$/i.test(text) && URL.canParse(text)) return text;
  fields.fail(key, `\`${key}\` must be an http(s) address.`, `Write \`${key}: https://…\`.`);
  return undefined;
}

/**
 * Old addresses that should lead here: `aliases`, and an Eleventy `permalink` when it is a plain
 * site path (not a template, not `false`), so links into an imported archive keep working.
 */
function readAliases(fields: FieldReader): string[] {
  const permalink = fields.value('permalink');
  const plainPath = typeof permalink === 'string' && permalink.startsWith('/') && !/[{}%]/.test(permalink);
  return plainPath ? [...fields.list('aliases'), permalink.trim()] : fields.list('aliases');
}

function readUpdated(fields: FieldReader): string | undefined {
  const text = fields.string('updated');
  if (!text) return undefined;
  const parsed = parseDate(text);
  if (!parsed) fields.fail('updated', `\`${text}\` is not a real date.`, 'Write `updated: YYYY-MM-DD` or a date-time with offset.', 'invalid-date');
  return parsed && (parsed.dateTime ?? parsed.date.iso);
}

function readSlug(fields: FieldReader, headline: string, file: string, problems: Problem[]): string {
  const written = fields.string('slug');
  if (!written) return slugFromTitle(headline);
  const { slug, changed } = cleanSlug(written);
  if (changed) {
    problems.push({ file, code: 'unsafe-slug', severity: 'warning',
      message: `The slug \`${written}\` is not URL-safe; it was cleaned to \`${slug}\`.`,
      hint: 'Use lowercase letters, digits and hyphens only.' });
  }
  return slug;
}

function readLang(fields: FieldReader, text: string, defaultLang: string): string {
  const written = fields.string('lang');
  if (written && isLanguageTag(written)) return written;
  if (written) fields.fail('lang', `\`${written}\` is not a language tag.`, 'Use a BCP 47 tag such as `en`, `en-GB` or `ar`.');
  return scriptLanguage(text) ?? defaultLang;
}
