// The nunjucks environment: templates from the project's `templates/`, autoescaping on, and the
// filters templates use to turn site paths and calendar dates into what readers see.
import nunjucks from 'nunjucks';
import type { SiteConfig } from '../config.js';
import type { CalendarDate } from '../types.js';
import { formatLongDate, isoInstant } from '../content/date.js';
import { absoluteUrl, basePathOf, linkTo } from '../site/routes.js';
import { addSyndicationHelpers } from '../syndication/template-helpers.js';
import { speedUpNunjucksRuntime } from './nunjucks-runtime.js';

export interface EnvironmentOptions {
  templatesDir: string;
  config: SiteConfig;
  /** Content hashes of static assets, to version their URLs so browsers may cache them for good. */
  assetVersions: Map<string, string>;
}

export function createEnvironment({ templatesDir, config, assetVersions }: EnvironmentOptions): nunjucks.Environment {
  speedUpNunjucksRuntime();
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), {
    autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true,
  });
  const basePath = basePathOf(config.baseUrl);
  const dateOptions = { locale: config.locale };
  env.addFilter('url', (sitePath: string) => linkTo(basePath, String(sitePath ?? '/')));
  env.addFilter('absolute', (sitePath: string) => absoluteUrl(config.baseUrl, String(sitePath ?? '/')));
  env.addFilter('longDate', (date: CalendarDate) => formatLongDate(date, dateOptions));
  env.addFilter('instant', (date: CalendarDate, dateTime?: string) => isoInstant(date, dateTime));
  env.addFilter('json', (value: unknown) => new nunjucks.runtime.SafeString(safeJson(value)));
  env.addGlobal('site', config);
  env.addGlobal('basePath', basePath);
  addSyndicationHelpers(env, config);
  env.addGlobal('asset', (file: string) => {
    const version = assetVersions.get(file);
    return `${linkTo(basePath, `/assets/${file}`)}${version ? `?v=${version}` : ''}`;
  });
  return env;
}

/** Characters that could end or confuse a `<script>` element, or a JavaScript string in it. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;

/** JSON safe inside a `<script>` element: no `</script>` or `<!--` can close or confuse it. */
export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  // One test spares most pages' structured data five passes that would change nothing.
  if (!UNSAFE_IN_SCRIPT.test(json)) return json;
  return json
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
