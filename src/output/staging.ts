// Hands staged files to a writer thread in batches, a few batches in flight, and reports each file's
// outcome back. Hashing and writing pages cost more than rendering them (each new file and folder is
// a tenth of a millisecond of kernel time); on the writer thread they overlap with rendering the next
// pages. When the writer is behind, this thread stages the next batch itself rather than wait for it,
// so neither core idles. Without the compiled writer script (the TypeScript sources under test) files
// are staged in this thread, by the same code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileStager, type StageJob, type StageOutcome } from './stage-files.js';
import type { StageReply } from './stage-worker.js';

const BATCH = 16;
const IN_FLIGHT = 4;
const workerFile = fileURLToPath(new URL('./stage-worker.js', import.meta.url));

type Done = (outcome: StageOutcome) => void;

export class StagingWrites {
  private worker: Worker | undefined;
  private readonly inThread: FileStager | undefined;
  /** Stages the batches this thread takes on while the writer is behind. */
  private helper: FileStager | undefined;
  /** Batches the writer has finished, counted by the writer itself: readable without a turn of the event loop. */
  private readonly finished = new Int32Array(new SharedArrayBuffer(4));
  private posted = 0;
  private jobs: StageJob[] = [];
  private done: Done[] = [];
  /** Batches sent, oldest first: the writer answers in order. */
  private readonly sent: Done[][] = [];
  private wakers: (() => void)[] = [];
  private failure: Error | undefined;

  constructor(private readonly setup: { staging: string; outDir: string }) {
    if (!existsSync(workerFile)) this.inThread = new FileStager(setup.staging, setup.outDir);
  }

  /** Stages a file; `done` hears its outcome, from the writer or, while it is behind, from this thread. */
  async add(job: StageJob, done: Done): Promise<void> {
    this.throwIfFailed();
    if (this.inThread) return done(this.inThread.stage(job));
    this.jobs.push(job);
    this.done.push(done);
    if (this.jobs.length >= BATCH) this.send();
  }

  /** Waits for every file added so far. */
  async settle(): Promise<void> {
    if (this.jobs.length) this.send();
    while (this.sent.length && !this.failure) await this.reply();
    this.throwIfFailed();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    // Node 20 can let the event loop empty before a terminating worker's exit arrives: after a failed
    // write (a full disk) the process then ended with code 0, the failure never reported and the
    // staging folder left behind. A timer keeps the loop alive until the writer has stopped.
    const alive = setInterval(() => undefined, 1000);
    try {
      await worker.terminate();
    } finally {
      clearInterval(alive);
    }
  }

  private send(): void {
    const [jobs, done] = [this.jobs, this.done];
    this.jobs = [];
    this.done = [];
    if (this.posted - Atomics.load(this.finished, 0) >= IN_FLIGHT) return this.stageHere(jobs, done);
    const worker = this.worker ??= this.start();
    worker.ref();
    worker.postMessage(jobs);
    this.posted++;
    this.sent.push(done);
  }

  /** Stages a batch in this thread; the writer may be making the same folders, which both allow for. */
  private stageHere(jobs: StageJob[], done: Done[]): void {
    this.helper ??= new FileStager(this.setup.staging, this.setup.outDir);
    jobs.forEach((job, i) => done[i]?.((this.helper as FileStager).stage(job)));
  }

  private start(): Worker {
    const worker = new Worker(workerFile, { workerData: { ...this.setup, finished: this.finished } });
    worker.on('message', (reply: StageReply) => {
      const done = this.sent.shift() ?? [];
      if ('error' in reply) this.failure ??= Object.assign(new Error(reply.error), { code: reply.code });
      else reply.outcomes.forEach((outcome, i) => done[i]?.(outcome));
      // An idle writer must not keep the process alive: a failed build may never close it.
      if (!this.sent.length) worker.unref();
      this.wake();
    });
    worker.on('error', (error) => {
      this.failure ??= error;
      this.wake();
    });
    return worker;
  }

  private reply(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
