// The site's one config file, `dateline.config.yaml` at the project root, read and validated.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from './types.js';

export interface SiteConfig {
  /** Site name, in the header, titles and feeds. */
  title: string;
  /** One sentence about the site, for the home page description and feeds. */
  description: string;
  /** Absolute URL the site is served from, with a trailing slash; its path is the prefix of every link. */
  baseUrl: string;
  /** Language of the site and default language of articles (BCP 47). */
  language: string;
  /** Locale for dates shown to readers (BCP 47), e.g. `en-GB` for "20 July 2023". */
  locale: string;
  /** IANA time zone that decides what "today" is (for `new` and future-dated articles). */
  timeZone: string;
  /** Articles per listing page. */
  perPage: number;
  /** Name of the publisher, for structured data and the footer. */
  publisher: string;
  /** Licence and attribution line shown in every page's footer (plain text). */
  footer: string;
  /** Build the in-browser search index and page. */
  search: boolean;
  /** Write RSS, Atom and JSON feeds for the site and every topic. */
  feeds: boolean;
  /**
   * What a topic's feeds carry: `summary`, each article's summary and link, as Hugo's taxonomy feeds
   * do; `full`, the whole article, as the site's own feeds always do.
   */
  topicFeeds: 'summary' | 'full';
  /** Show up to four related articles on each article page. */
  related: boolean;
  /**
   * Where topics come from: `all`, the front matter's tags and the people, places and organisations
   * found in the text; `tags`, the tags (and categories) alone, as Hugo's taxonomies are.
   */
  topics: 'all' | 'tags';
}

export const defaults: SiteConfig = {
  title: 'Dateline',
  description: 'A news archive.',
  baseUrl: 'http://localhost:8080/',
  language: 'en',
  locale: 'en-GB',
  timeZone: 'UTC',
  perPage: 20,
  publisher: 'Dateline',
  footer: '',
  search: true,
  feeds: true,
  topicFeeds: 'summary',
  related: true,
  topics: 'all',
};

export const CONFIG_FILE = 'dateline.config.yaml';

export class ConfigError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
  }
}

/** Reads the config file if there is one; a missing file means the defaults. */
export async function loadConfig(root: string, overrides: Partial<SiteConfig> = {}): Promise<SiteConfig> {
  const file = path.join(root, CONFIG_FILE);
  let raw: unknown = {};
  try {
    raw = yaml.load(await readFile(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ConfigError([yamlProblem(error)]);
  }
  return validateConfig({ ...(raw as object), ...definedOnly(overrides) }, Object.keys(definedOnly(overrides)) as (keyof SiteConfig)[]);
}

/** The command-line flag that overrides each setting, to name in a problem with the value it gave. */
const FLAGS: Partial<Record<keyof SiteConfig, string>> = { baseUrl: '--base-url', topics: '--topics', search: '--no-search', feeds: '--no-feeds', related: '--no-related' };

function definedOnly(values: Partial<SiteConfig>): Partial<SiteConfig> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

function yamlProblem(error: unknown): Problem {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  return { file: CONFIG_FILE, line: mark && mark.line + 1, column: mark && mark.column + 1, code: 'invalid-config',
    severity: 'error', message: `The config is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    hint: 'Write the config as `key: value` lines.' };
}

type Check = (value: unknown) => string | undefined;

const text: Check = (value) => (typeof value === 'string' ? undefined : 'must be text');
const checks: Record<keyof SiteConfig, Check> = {
  title: (value) => text(value) ?? ((value as string).trim() ? undefined : 'must not be empty'),
  description: text,
  baseUrl: (value) => (typeof value === 'string' && /^https?:\/\/[^/]+/.test(value) && URL.canParse(value)
    ? undefined : 'must be an absolute http(s) URL such as https://news.example.org/archive/'),
  language: (value) => (typeof value === 'string' && canonicalLocale(value) ? undefined : 'must be a language tag such as `en`'),
  locale: (value) => (typeof value === 'string' && canonicalLocale(value) ? undefined : 'must be a locale such as `en-GB`'),
  timeZone: (value) => (typeof value === 'string' && isTimeZone(value) ? undefined : 'must be an IANA time zone such as `Europe/London`'),
  perPage: (value) => (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000 ? undefined : 'must be a whole number from 1 to 1000'),
  publisher: text,
  footer: text,
  search: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  feeds: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  topicFeeds: (value) => (value === 'summary' || value === 'full' ? undefined : 'must be `summary` (each article\'s summary and link) or `full`'),
  related: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  topics: (value) => (value === 'all' || value === 'tags' ? undefined : 'must be `all` (tags and names found in the text) or `tags`'),
};

/**
 * Checks every field and reports all mistakes at once; unknown keys are mistakes too (likely typos).
 * A mistake in a setting `fromFlags` names is the command line's, and is reported as such.
 */
export function validateConfig(input: Record<string, unknown>, fromFlags: (keyof SiteConfig)[] = []): SiteConfig {
  const config: Record<string, unknown> = { ...defaults, ...input };
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(config)) {
    const check = checks[key as keyof SiteConfig];
    const fault = check ? check(value) : `is not a setting Dateline knows (known: ${Object.keys(defaults).join(', ')})`;
    if (!fault) continue;
    const flag = fromFlags.includes(key as keyof SiteConfig) ? FLAGS[key as keyof SiteConfig] : undefined;
    problems.push(flag
      ? { file: 'command line', code: 'invalid-config', severity: 'error', message: `\`${flag}\` ${fault}, not \`${String(value)}\`.`,
        hint: 'Run `dateline --help` for the options.' }
      : { file: CONFIG_FILE, code: 'invalid-config', severity: 'error', message: `\`${key}\` ${fault}.`,
        hint: `See the Config section of README.md.` });
  }
  if (problems.length) throw new ConfigError(problems);
  const valid = config as unknown as SiteConfig;
  return { ...valid, baseUrl: valid.baseUrl.endsWith('/') ? valid.baseUrl : `${valid.baseUrl}/` };
}

function canonicalLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
