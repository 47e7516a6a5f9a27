// Makes the outputs that need only the site (search index, feeds) in a thread of their own, started
// before the pages render: on two cores they come out while this thread renders, where they used to
// follow it (about a fifth of a default build). That thread stages their files itself, hashing and
// writing, and reports each file's outcome for the manifest; their contents never cross back.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SiteConfig } from '../config.js';
import type { PackSlices } from '../cache/pack-reader.js';
import type { OutputSink, StagingTarget } from '../output/sink.js';
import type { StageOutcome } from '../output/stage-files.js';
import type { Site } from '../site/model.js';
import type { Problem } from '../types.js';
import { threadCount } from '../workers/pool.js';

/** How another thread reads what the build's `bodyOf` and `wordsOf` give. */
export interface ThreadReadable {
  /** The parse cache's pack, for the published articles. */
  pack: PackSlices;
  /** Bodies changed since they were cached (image sizes added), by hash. */
  bodies: Map<string, string>;
}

export interface ThreadJob extends ThreadReadable {
  /** The outputs to make, by name (see `standaloneOutputs`). */
  names: string[];
  site: Site;
  config: SiteConfig;
  target: StagingTarget;
}

/** Each file staged, with its output's name, and the problems reported; or why the thread failed. */
export type ThreadReply =
  | { files: [file: string, outcome: StageOutcome, group: string][]; problems: Problem[] }
  | { error: string; code?: string };

/** A ceiling, not a reservation: at 100,000 articles the site and the index's postings take a few hundred MB. */
const HEAP_MB = 1536;
const workerFile = fileURLToPath(new URL('./thread-worker.js', import.meta.url));

/** Whether to use a thread: the compiled script is there (not under the TypeScript sources) and threads are allowed. */
export function outputThreadAvailable(): boolean {
  return existsSync(workerFile) && threadCount() > 1;
}

export type Adopts = Required<Pick<OutputSink, 'adopt'>>;

/** Outputs being made in another thread; `finish` records their files in the output. */
export class OutputThread {
  readonly names: string[];
  private readonly worker: Worker;
  private readonly reply: Promise<ThreadReply>;

  constructor(job: ThreadJob, private readonly output: Adopts) {
    this.names = job.names;
    this.worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    // Settled here, not where it is awaited: a failure while the pages render must not go unhandled.
    this.reply = new Promise<ThreadReply>((resolve) => {
      this.worker.once('message', resolve);
      this.worker.once('error', (error) => resolve({ error: error.message, code: (error as NodeJS.ErrnoException).code }));
      this.worker.once('exit', (code) => resolve({ error: `The thread making ${job.names.join(' and ')} stopped (exit code ${code}).` }));
    });
  }

  /** Waits for the thread, records its files in the output and its problems in `problems`. */
  async finish(problems: Problem[]): Promise<void> {
    const reply = await this.reply;
    if ('error' in reply) throw Object.assign(new Error(reply.error), { code: reply.code });
    for (const [file, outcome, group] of reply.files) this.output.adopt(file, outcome, group);
    problems.push(...reply.problems);
  }

  /** Stops the thread, finished or not: a failed build must not leave it writing into staging. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
