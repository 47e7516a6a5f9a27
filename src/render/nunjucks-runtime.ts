// Cheaper equivalents of two nunjucks runtime functions that every page calls thousands of times.
// nunjucks patches its own runtime the same way (`installJinjaCompat`); output is unchanged.
import { createRequire } from 'node:module';
import nunjucks from 'nunjucks';

/** The nunjucks release whose `Frame.set` and `escape` these mirror; any other keeps its own. */
export const MIRRORED_NUNJUCKS = '3.2.4';

interface Frame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): Frame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

const runtime = nunjucks.runtime as unknown as { Frame: { prototype: Frame } };
const lib = nunjucks.lib as unknown as { escape(text: string): string };

/** Variable names split at their dots: templates use a few dozen names, each set again and again. */
const nameParts = new Map<string, string[]>();

/**
 * nunjucks' `Frame.set`, splitting each name once rather than on every call: every `{% for %}`
 * item sets eight names (`link`, `loop.index`, `loop.first`…), and the split was a sixth of render time.
 */
function setVariable(this: Frame, name: string, value: unknown, resolveUp?: boolean): void {
  let parts = nameParts.get(name);
  if (!parts) nameParts.set(name, (parts = name.split('.')));
  if (resolveUp) {
    const frame = this.resolve(parts[0] as string, true);
    if (frame) {
      frame.set(name, value);
      return;
    }
  }
  let scope = this.variables;
  for (let i = 0; i < parts.length - 1; i++) {
    const id = parts[i] as string;
    if (!scope[id]) scope[id] = {};
    scope = scope[id] as Record<string, unknown>;
  }
  scope[parts[parts.length - 1] as string] = value;
}

/** The characters nunjucks' `escape` replaces. */
const ESCAPED = /[&"'<>\\]/;

let installed: boolean | undefined;

/** Installs the cheaper functions once per process; true if this nunjucks is the one they mirror. */
export function speedUpNunjucksRuntime(): boolean {
  if (installed !== undefined) return installed;
  const { version } = createRequire(import.meta.url)('nunjucks/package.json') as { version: string };
  installed = version === MIRRORED_NUNJUCKS;
  if (!installed) return false;
  runtime.Frame.prototype.set = setVariable;
  const escape = lib.escape;
  // Most printed values (links, dates, headlines) hold nothing to escape: a test is cheaper than a replace.
  lib.escape = (text) => (ESCAPED.test(text) ? escape(text) : text);
  return true;
}
