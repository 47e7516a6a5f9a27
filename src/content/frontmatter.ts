// Front matter: YAML between `---` lines at the top of a file, split as gray-matter split it, or TOML
// between `+++` lines (Hugo's default, so archives moved from Hugo build as they are). Dates stay
// strings (YAML core schema; TOML dates written back as they were), because a timestamp would
// become an instant and shift by zone.
import yaml from 'js-yaml';
import { parse as parseTomlText, TomlDate, TomlError } from 'smol-toml';
import type { Problem } from '../types.js';

export interface FrontMatter {
  /** The parsed mapping (empty when the file has none). */
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** How many lines the front matter took, so body positions can point into the file. */
  lineOffset: number;
  /** Raw YAML or TOML, for finding the line of a field in messages. */
  raw: string;
}

/** The fence a front matter block opens and closes with, and the language between. */
const FORMATS = {
  '---': { parse: parseYaml, close: /\n---[ \t]*(\n|$)/, field: '`key: value` lines' },
  '+++': { parse: parseToml, close: /\n\+\+\+[ \t]*(\n|$)/, field: '`key = value` lines' },
} as const;
type Fence = keyof typeof FORMATS;

function parseYaml(source: string): Record<string, unknown> {
  const value: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterShapeError();
  return value as Record<string, unknown>;
}

function parseToml(source: string): Record<string, unknown> {
  return datesAsText(parseTomlText(source)) as Record<string, unknown>;
}

/** TOML dates as written (`2023-07-20`, `2023-07-20T10:30:00.000+02:00`), as YAML's stay. */
function datesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesAsText(item)]));
  }
  return value;
}

class FrontMatterShapeError extends Error {
  constructor() {
    super('front matter must be a mapping of `key: value` lines');
  }
}

/** Splits and parses front matter; a YAML mistake becomes a problem with its line and column. */
export function readFrontMatter(file: string, text: string): { frontMatter?: FrontMatter; problems: Problem[] } {
  const fence = /^(---|\+\+\+)[ \t]*\n/.exec(text)?.[1] as Fence | undefined;
  if (!fence) return { frontMatter: { data: {}, body: text, lineOffset: 0, raw: '' }, problems: [] };
  if (!FORMATS[fence].close.test(text.slice(3))) {
    return { problems: [{
      file, line: 1, column: 1, code: 'invalid-front-matter', severity: 'error',
      message: `The front matter opened with \`${fence}\` is never closed.`,
      hint: `Add a line with only \`${fence}\` after the last front matter field.`,
    }] };
  }
  try {
    const { raw, body } = splitFrontMatter(text, fence);
    // Comments alone are nothing to parse (nor white space YAML would reject, such as a lone tab).
    const data = raw.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : FORMATS[fence].parse(raw);
    const lineOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
    return { frontMatter: { data, body, lineOffset, raw }, problems: [] };
  } catch (error) {
    return { problems: [frontMatterProblem(file, fence, error)] };
  }
}

/**
 * gray-matter's split, for text that opens with a fence line and has a closing one: the front matter
 * runs from after the opening fence to the first `\n` and fence, and the body starts after that, less
 * a line break. Doing it here spares what gray-matter did for every file besides: copy the whole text
 * into a Buffer and look it up in its cache, keyed by the whole text, though a call with options
 * never uses that cache.
 */
function splitFrontMatter(text: string, fence: Fence): { raw: string; body: string } {
  const rest = text.slice(fence.length);
  const close = rest.indexOf(`\n${fence}`);
  return { raw: rest.slice(0, close), body: rest.slice(close + fence.length + 1).replace(/^\r?\n?/, '') };
}

function frontMatterProblem(file: string, fence: Fence, error: unknown): Problem {
  if (error instanceof TomlError) {
    // smol-toml counts lines from 1, and the TOML text starts with the rest of the opening `+++` line.
    return {
      file, line: error.line, column: error.column, code: 'invalid-front-matter', severity: 'error',
      message: `The front matter is not valid TOML: ${error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '')}.`,
      hint: 'Check the quoting: text values go in double quotes, as in `title = "Your headline"`.',
    };
  }
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined;
    // The YAML text starts with the rest of the opening `---` line, so its line 0 is the file's line 1.
    return {
      file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1,
      code: 'invalid-front-matter', severity: 'error',
      message: `The front matter is not valid YAML: ${error.reason}.`,
      hint: 'Check the quoting and indentation; quote values that contain `:` or start with `[`, `{`, `*` or `&`.',
    };
  }
  return {
    file, line: 2, column: 1, code: 'invalid-front-matter', severity: 'error',
    message: `The front matter is not valid: ${(error as Error).message}.`,
    hint: `Write front matter as ${FORMATS[fence].field} between two \`${fence}\` lines.`,
  };
}

/**
 * Where the value of `key:` starts in the file (1-based), for pointing an editor at a bad field; the
 * opening `---` line when the key is missing. The raw YAML starts on the `---` line, so index = line − 1.
 */
export function positionOfField(frontMatter: FrontMatter, key: string): { line: number; column: number } {
  const lines = frontMatter.raw.split('\n');
  const index = lines.findIndex((line) => line.startsWith(key) && /^[ \t]*[:=]/.test(line.slice(key.length)));
  if (index < 0) return { line: 1, column: 1 };
  const line = lines[index] ?? '';
  const separator = line.indexOf(line.slice(key.length).trimStart()[0] ?? ':', key.length);
  const value = line.slice(separator + 1).search(/\S/);
  return { line: index + 1, column: value < 0 ? 1 : separator + 2 + value };
}
