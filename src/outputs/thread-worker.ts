// The thread that makes the outputs needing only the site (outputs/thread.ts): it reads bodies and
// words from the parse cache's pack, and stages each file as the writer thread would.
import { parentPort, workerData } from 'node:worker_threads';
import { PackReader } from '../cache/pack-reader.js';
import { FileStager } from '../output/stage-files.js';
import type { Problem } from '../types.js';
import { standaloneOutputs } from './registry.js';
import type { ThreadJob, ThreadReply } from './thread.js';
import type { SiteContext } from './types.js';

async function make(job: ThreadJob): Promise<ThreadReply> {
  const reader = new PackReader(job.pack);
  const stager = new FileStager(job.target.staging, job.target.outDir);
  const bySource = new Map(job.site.articles.map((article) => [article.source, article.hash]));
  const problems: Problem[] = [];
  const context: SiteContext = {
    site: job.site, config: job.config,
    bodyOf: (source) => { const hash = bySource.get(source); return hash ? job.bodies.get(hash) ?? reader.body(hash) : undefined; },
    wordsOf: (hash) => reader.words(hash),
    report: (problem) => problems.push(problem),
  };
  const files: Extract<ThreadReply, { files: unknown }>['files'] = [];
  try {
    for (const output of await standaloneOutputs(job.config)) {
      if (!job.names.includes(output.name)) continue;
      for await (const { file, content } of output.files(context)) {
        files.push([file, stager.stage({ file, content, previousHash: job.target.previousHashes.get(file) }), output.name]);
      }
    }
  } finally {
    reader.close();
  }
  return { files, problems };
}

make(workerData as ThreadJob).then(
  (reply) => parentPort?.postMessage(reply),
  (error: NodeJS.ErrnoException) => parentPort?.postMessage({ error: error.message, code: error.code } satisfies ThreadReply),
);
