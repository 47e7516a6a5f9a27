// Front matter: YAML between `---` lines at the top of a file, read with gray-matter. Dates stay
// strings (YAML core schema), because a YAML timestamp would become an instant and shift by zone.
import matter from 'gray-matter';
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

const engines = {
  yaml: (source: string): object => {
    const value = yaml.load(source, { schema: yaml.CORE_SCHEMA });
    if (value === null || value === undefined) return {};
    if (typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterShapeError();
    return value;
  },
};

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
    const parsed = matter(text, { engines });
    const consumed = text.length - parsed.content.length;
    const lineOffset = text.slice(0, consumed).split('\n').length - 1;
    return { frontMatter: { data: parsed.data, body: parsed.content, lineOffset, raw: parsed.matter }, problems: [] };
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
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
