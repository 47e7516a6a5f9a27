// The worker threads that parse a build's articles on every core. The pool starts on the first task:
// a warm build that parses almost nothing never pays for it. Pages render in the main thread: on two
// cores, handing pages to workers cost more (copying, three busy threads) than it saved.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { ParseTask } from '../content/parse-worker.js';
import type { ParseResult } from '../content/article.js';

export interface Workers {
  parse(task: ParseTask): Promise<ParseResult[]>;
  /** Starts the threads now, so they load their code while this thread reads files. */
  start(): void;
  /** Threads started so far: 0 until the first task. */
  readonly threads: number;
  close(): Promise<void>;
}

const WORKER_HEAP_MB = 256;
const workerFile = fileURLToPath(new URL('../content/parse-worker.js', import.meta.url));

/** One per core, at most 8; `DATELINE_THREADS` sets it (0 or 1: everything in the main thread). */
export function threadCount(): number {
  const asked = Number(process.env.DATELINE_THREADS);
  return Number.isInteger(asked) && asked >= 0 && process.env.DATELINE_THREADS !== '' ? asked : Math.min(os.availableParallelism(), 8);
}

/** Threads started before the build asked for them, which its `startWorkers` takes over. */
let early: Tinypool | undefined;

function newPool(threads: number): Tinypool {
  // A worker is handed its next batch while it parses this one, so it starts on it at once instead of
  // waiting for this thread to hear it finished (1.5 s idle per worker at 100,000 articles); two
  // batches are all a worker holds, and a small heap ceiling makes it collect early, not grow lazily.
  return new Tinypool({ filename: workerFile, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/**
 * Starts the threads at once, for a build sure to parse (no parse cache yet): they load their code
 * while this thread loads the rest of Dateline and the config and lists the content, ~0.2 s sooner.
 */
export function startWorkersEarly(): void {
  const threads = threadCount();
  if (threads >= 2 && existsSync(workerFile)) early ??= newPool(threads);
}

/** Stops threads started early that no build took over (one that failed before parsing). */
export async function stopEarlyWorkers(): Promise<void> {
  const pool = early;
  early = undefined;
  await pool?.destroy();
}

/**
 * Worker threads for a build, or `undefined` where they cannot run: from TypeScript sources (tests),
 * whose workers would need compiled JavaScript, or on a one-core machine, where they only add copying.
 */
export function startWorkers(): Workers | undefined {
  const threads = threadCount();
  if (threads < 2 || !existsSync(workerFile)) return undefined;
  let pool = early;
  early = undefined;
  const started = () => pool ??= newPool(threads);
  return {
    parse: (task) => started().run(task, { name: 'parseBatch' }) as Promise<ParseResult[]>,
    start: () => void started(),
    get threads() { return pool ? threads : 0; },
    close: async () => { await pool?.destroy(); },
  };
}
