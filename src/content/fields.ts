// Typed reading of front matter fields: each wrong value becomes a problem naming its line.
import type { Problem } from '../types.js';
import { positionOfField, type FrontMatter } from './frontmatter.js';

/** Reads fields from one file's front matter and collects what is wrong with them. */
export class FieldReader {
  readonly problems: Problem[] = [];

  constructor(private readonly file: string, private readonly frontMatter: FrontMatter) {}

  /** The field as written, for a field whose type varies (Eleventy's `permalink` may be `false`). */
  value(key: string): unknown {
    return this.frontMatter.data[key];
  }

  has(key: string): boolean {
    const value = this.value(key);
    return value !== undefined && value !== null && value !== '';
  }

  fail(key: string, message: string, hint: string, code: Problem['code'] = 'invalid-field'): void {
    this.problems.push({
      file: this.file, ...positionOfField(this.frontMatter, key),
      code, severity: 'error', message, hint,
    });
  }

  string(key: string): string | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.fail(key, `\`${key}\` must be text.`, `Write \`${key}: some text\` on one line.`);
    return undefined;
  }

  /** A list of strings; a single string is taken as a list of one. */
  list(key: string): string[] {
    const value = this.value(key);
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
    if (Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item))) {
      return value.map((item) => String(item).trim()).filter(Boolean);
    }
    this.fail(key, `\`${key}\` must be a list of text values.`, `Write \`${key}: [first, second]\`.`);
    return [];
  }

  /** A list as `list` reads it, but a single string is words apart: Jekyll's `categories: news politics` is two. */
  words(key: string): string[] {
    const value = this.value(key);
    return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : this.list(key);
  }

  boolean(key: string): boolean {
    const value = this.value(key);
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    this.fail(key, `\`${key}\` must be true or false.`, `Write \`${key}: true\` or \`${key}: false\`.`);
    return false;
  }
}
