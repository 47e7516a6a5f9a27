// The writer thread: stages batches of files the main thread has rendered, so hashing and the
// file-system calls run on the second core while the main thread renders the next pages.
import { parentPort, workerData } from 'node:worker_threads';
import { FileStager, type StageJob, type StageOutcome } from './stage-files.js';

export type StageReply = { outcomes: StageOutcome[] } | { error: string };

const { staging, outDir } = workerData as { staging: string; outDir: string };
const stager = new FileStager(staging, outDir);

parentPort?.on('message', (jobs: StageJob[]) => {
  try {
    parentPort?.postMessage({ outcomes: jobs.map((job) => stager.stage(job)) } satisfies StageReply);
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message } satisfies StageReply);
  }
});
