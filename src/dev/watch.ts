// Watches content, templates and the config with chokidar, and hands batches of changes to one
// rebuild at a time: events arriving during a rebuild wait for the next.
import chokidar from 'chokidar';
import { classify, type Change, type WatchedPaths } from './changes.js';

/** Editors save in bursts (write, rename, chmod): wait this long for a burst to end. */
const SETTLE_MS = 15;

export interface Watcher {
  close(): Promise<void>;
}

export function watchProject(paths: WatchedPaths, onChanges: (changes: Change[]) => Promise<void>): Watcher {
  const watcher = chokidar.watch([paths.contentDir, paths.templatesDir, paths.configFile], {
    ignoreInitial: true,
    ignored: (file: string) => /(^|[/\\])(\.git|node_modules)([/\\]|$)/.test(file),
  });
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    running = running.then(() => onChanges(batch)).catch((error: Error) => {
      process.stderr.write(`Dateline dev: rebuild failed unexpectedly: ${error.stack ?? error.message}\n`);
    });
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    watcher.on(event, (file: string) => {
      const change = classify(file, event, paths);
      if (!change) return;
      pending.push(change);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, SETTLE_MS);
    });
  }
  return { close: () => watcher.close() };
}
