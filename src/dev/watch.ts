// Watches content, templates and the config with chokidar, and hands batches of changes to one
// rebuild at a time: events arriving during a rebuild wait for the next.
import { statSync } from 'node:fs';
import chokidar from 'chokidar';
import { classify, type Change, type WatchedPaths } from './changes.js';

/** Editors save in bursts (write, rename, chmod): wait this long for a burst to end. */
const SETTLE_MS = 15;

/**
 * chokidar drops a file's change event while the 5 ms throttle of the event before is set (reading the
 * file sets one too, by its access time), and a timer clears that throttle, which a busy event loop
 * (a rebuild) runs late: a save made just after a rebuild could go unseen, and the page never show it
 * (chokidar #1084, #1333; under load, 14 of 60 saves here). So after a rebuild, once chokidar's timers
 * have run and twice more, the files it read are looked at again: any that changed since make a
 * batch of their own.
 */
const RECHECK_MS = [20, 250, 1000];

export interface Watcher {
  /** Settles once every folder is watched (chokidar's first scan; 10 s at 100,000 files): saves made before may go unseen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** What a file looked like when a batch took it, to tell whether it changed since. */
function signatureOf(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

export function watchProject(paths: WatchedPaths, onChanges: (changes: Change[]) => Promise<void>): Watcher {
  const watcher = chokidar.watch([paths.contentDir, paths.templatesDir, paths.configFile], {
    ignoreInitial: true,
    ignored: (file: string) => /(^|[/\\])(\.git|node_modules)([/\\]|$)/.test(file),
  });
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let closed = false;
  const add = (change: Change) => {
    pending.push(change);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };
  // Each file as the latest batch that took it saw it.
  const taken = new Map<string, { change: Change; signature: string | undefined }>();
  const recheck = (files: string[]) => {
    if (closed) return;
    for (const file of files) {
      const entry = taken.get(file);
      const now = signatureOf(file);
      if (!entry || now === undefined || now === entry.signature) continue;
      entry.signature = now;
      add({ ...entry.change, event: 'change' });
    }
  };
  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    running = running.then(async () => {
      const read = batch.filter((change) => change.event === 'add' || change.event === 'change');
      for (const change of read) taken.set(change.file, { change, signature: signatureOf(change.file) });
      const files = read.map((change) => change.file);
      await onChanges(batch);
      for (const delay of RECHECK_MS) setTimeout(() => recheck(files), delay);
    }).catch((error: Error) => {
      process.stderr.write(`Dateline dev: rebuild failed unexpectedly: ${error.stack ?? error.message}\n`);
    });
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    watcher.on(event, (file: string) => {
      const change = classify(file, event, paths);
      if (change) add(change);
    });
  }
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: () => {
      closed = true;
      return watcher.close();
    },
  };
}
