// The writer thread: stages batches of files the main thread has rendered, so hashing and the
// file-system calls run on the second core while the main thread renders the next pages.
import { parentPort, workerData } from 'node:worker_threads';
import { FileStager, type StageJob, type StageOutcome } from './stage-files.js';

/** The outcomes of a batch, or why it failed: the message and the file system's code (`ENOSPC`…). */
export type StageReply = { outcomes: StageOutcome[] } | { error: string; code?: string };

const { staging, outDir, finished } = workerData as { staging: string; outDir: string; finished: Int32Array };
const stager = new FileStager(staging, outDir);

parentPort?.on('message', (jobs: StageJob[]) => {
  try {
    const outcomes = jobs.map((job) => stager.stage(job));
    // Counted before the reply: the main thread reads it to know how far behind this thread is.
    Atomics.add(finished, 0, 1);
    parentPort?.postMessage({ outcomes } satisfies StageReply);
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message, code: (error as NodeJS.ErrnoException).code } satisfies StageReply);
  }
});
