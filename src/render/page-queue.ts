// Renders the pages a build must make, in page order. The first few render in this thread; past that,
// when the output lets other threads stage files, pages go to the worker pool in batches, with a few
// batches in flight so both workers stay busy while this thread routes the next pages, and memory
// stays bounded however large the archive.
import type nunjucks from 'nunjucks';
import type { OutputSink, SharedStaging } from '../output/sink.js';
import type { PageSpec } from '../site/pages.js';
import type { Workers } from '../workers/pool.js';
import { renderPage, TemplateError } from './render.js';
import { PageJson } from './page-json.js';
import type { RenderJob, RenderOutcome, RenderSetup } from './render-worker.js';

/** Pages rendered in this thread before handing the rest to workers: a dev edit never waits for them. */
const IN_THREAD_PAGES = 64;
const BATCH = 32;
const IN_FLIGHT = 6;

/** Called for each rendered page in page order; `html` only when the queue was asked for it. */
export type Rendered = (page: PageSpec, file: string, html: string | undefined) => Promise<void>;

interface Batch {
  jobs: (RenderJob & { page: PageSpec; key: string })[];
  outcomes: Promise<RenderOutcome[]>;
}

export class PageQueue {
  private inThread = 0;
  private jobs: Batch['jobs'] = [];
  private readonly inFlight: Batch[] = [];
  private readonly shared: SharedStaging | undefined;
  private readonly json = new PageJson();

  constructor(private readonly env: nunjucks.Environment, private readonly output: OutputSink, private readonly workers: Workers | undefined,
    private readonly setup: Omit<RenderSetup, 'staging' | 'outDir' | 'inPlace'>, private readonly rendered: Rendered) {
    this.shared = workers ? output.shared : undefined;
  }

  async add(page: PageSpec, file: string, key: string, body: string | undefined): Promise<void> {
    if (!this.shared || this.inThread < IN_THREAD_PAGES) {
      this.inThread++;
      const html = renderPage(this.env, page, { body });
      await this.output.write(file, html, key);
      await this.rendered(page, file, this.setup.wantHtml ? html : undefined);
      return;
    }
    this.jobs.push({ page, pageJson: this.json.write(page), file, body, key, previousHash: this.shared.previousHash(file) });
    if (this.jobs.length >= BATCH) await this.send();
  }

  /** Waits for every page sent so far. */
  async finish(): Promise<void> {
    if (this.jobs.length) await this.send();
    while (this.inFlight.length) await this.settle(this.inFlight.shift() as Batch);
  }

  private async send(): Promise<void> {
    const shared = this.shared as SharedStaging;
    const jobs = this.jobs;
    this.jobs = [];
    const setup: RenderSetup = { ...this.setup, staging: shared.staging, outDir: shared.outDir, inPlace: shared.inPlace };
    const outcomes = (this.workers as Workers).render({ setup, jobs: jobs.map(({ key: _key, page: _page, ...job }) => job) });
    outcomes.catch(() => undefined); // settled in order below; a build that fails first never asks
    this.inFlight.push({ jobs, outcomes });
    if (this.inFlight.length >= IN_FLIGHT) await this.settle(this.inFlight.shift() as Batch);
  }

  private async settle(batch: Batch): Promise<void> {
    const outcomes = await batch.outcomes;
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.problem) throw new TemplateError(outcome.problem);
      const job = batch.jobs[i] as Batch['jobs'][number];
      (this.shared as SharedStaging).recordStaged(job.file, outcome.hash, job.key, outcome.written);
      await this.rendered(job.page, job.file, outcome.html);
    }
  }
}
