// Sorts file-system events into the kinds of rebuild they need, as Zola's `ChangeKind` does: an
// article change re-parses that file; a template, asset or config change re-renders everything.
import path from 'node:path';
import { isIgnoredName } from '../content/discover.js';

export type ChangeKind = 'content' | 'templates' | 'config';

export interface Change {
  kind: ChangeKind;
  /** Absolute path of the file that changed. */
  file: string;
  event: 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir';
}

export interface WatchedPaths {
  contentDir: string;
  templatesDir: string;
  configFile: string;
}

const CONTENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** The kind of a change, or undefined for files Dateline does not read (backups, hidden files…). */
export function classify(file: string, event: Change['event'], paths: WatchedPaths): Change | undefined {
  const absolute = path.resolve(file);
  if (absolute === path.resolve(paths.configFile)) return { kind: 'config', file: absolute, event };
  if (isInside(absolute, paths.templatesDir)) return { kind: 'templates', file: absolute, event };
  if (!isInside(absolute, paths.contentDir)) return undefined;
  const relative = path.relative(paths.contentDir, absolute).split(path.sep);
  if (relative.some(isIgnoredName)) return undefined;
  const isDir = event === 'addDir' || event === 'unlinkDir';
  if (!isDir && !CONTENT_EXTENSIONS.has(path.extname(absolute).toLowerCase())) return undefined;
  return { kind: 'content', file: absolute, event };
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(path.resolve(dir), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The broadest rebuild a batch of changes needs. */
export function rebuildScope(changes: Change[]): 'config' | 'templates' | 'content' | 'none' {
  if (changes.some((change) => change.kind === 'config')) return 'config';
  if (changes.some((change) => change.kind === 'templates')) return 'templates';
  return changes.length ? 'content' : 'none';
}
