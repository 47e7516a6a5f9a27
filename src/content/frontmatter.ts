// Front matter: YAML between `---` lines at the top of a file, split as gray-matter split it. Dates
// stay strings (YAML core schema), because a YAML timestamp would become an instant and shift by zone.
import yaml from 'js-yaml';
import type { Problem } from '../types.js';

export interface FrontMatter {
  /** The parsed mapping (empty when the file has none). */
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** How many lines the front matter took, so body positions can point into the file. */
  lineOffset: number;
  /** Raw YAML, for finding the line of a field in messages. */
  raw: string;
}

function parseYaml(source: string): Record<string, unknown> {
  const value: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterShapeError();
  return value as Record<string, unknown>;
}

class FrontMatterShapeError extends Error {
  constructor() {
    super('front matter must be a mapping of `key: value` lines');
  }
}

/** Splits and parses front matter; a YAML mistake becomes a problem with its line and column. */
export function readFrontMatter(file: string, text: string): { frontMatter?: FrontMatter; problems: Problem[] } {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: { data: {}, body: text, lineOffset: 0, raw: '' }, problems: [] };
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { problems: [{
      file, line: 1, column: 1, code: 'invalid-front-matter', severity: 'error',
      message: 'The front matter opened with `---` is never closed.',
      hint: 'Add a line with only `---` after the last front matter field.',
    }] };
  }
  try {
    const { raw, body } = splitFrontMatter(text);
    // Comments alone are no YAML to parse (nor white space YAML would reject, such as a lone tab).
    const data = raw.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : parseYaml(raw);
    const lineOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
    return { frontMatter: { data, body, lineOffset, raw }, problems: [] };
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
}

/**
 * gray-matter's split, for text that opens with a `---` line and has a closing one: the YAML runs
 * from after the opening `---` to the first `\n---`, and the body starts after that, less a line
 * break. Doing it here spares what gray-matter did for every file besides: copy the whole text into
 * a Buffer and look it up in its cache, keyed by the whole text, though a call with options never
 * uses that cache.
 */
function splitFrontMatter(text: string): { raw: string; body: string } {
  const rest = text.slice('---'.length);
  const close = rest.indexOf('\n---');
  return { raw: rest.slice(0, close), body: rest.slice(close + '\n---'.length).replace(/^\r?\n?/, '') };
}

function yamlProblem(file: string, error: unknown): Problem {
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
    hint: 'Write front matter as `key: value` lines between two `---` lines.',
  };
}

/**
 * Where the value of `key:` starts in the file (1-based), for pointing an editor at a bad field; the
 * opening `---` line when the key is missing. The raw YAML starts on the `---` line, so index = line − 1.
 */
export function positionOfField(frontMatter: FrontMatter, key: string): { line: number; column: number } {
  const lines = frontMatter.raw.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (index < 0) return { line: 1, column: 1 };
  const afterKey = (lines[index] ?? '').slice(key.length + 1);
  const value = afterKey.search(/\S/);
  return { line: index + 1, column: value < 0 ? 1 : key.length + 2 + value };
}
