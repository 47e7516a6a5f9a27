// Renders a batch of pages in a worker thread and stages each file itself, so both cores render and
// write while the main thread routes pages and keeps the manifest. Only hashes travel back (and the
// HTML, when an output such as search needs to read the pages).
import { renameSync, writeFileSync } from 'node:fs';
import { DirMaker } from '../output/dirs.js';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import type { SiteConfig } from '../config.js';
import { hashOf, keptAsIs, resolveInside } from '../output/writer.js';
import type { PageSpec } from '../site/pages.js';
import type { Problem } from '../types.js';
import { createEnvironment } from './environment.js';
import { renderPage, TemplateError } from './render.js';

export interface RenderSetup {
  templatesDir: string;
  config: SiteConfig;
  assetVersions: [file: string, version: string][];
  /** The build's staging folder, where new files go, and the output, where unchanged ones stay. */
  staging: string;
  outDir: string;
  /** Staging is the live output: write each file aside and rename it into place. */
  inPlace: boolean;
  /** Send each page's HTML back. */
  wantHtml: boolean;
}

export interface RenderJob {
  /** The page spec as JSON (see page-json.ts). */
  pageJson: string;
  file: string;
  body?: string;
  /** Hash of the file the last build left, if any: the same bytes are not written again. */
  previousHash?: string;
}

export interface RenderTask {
  setup: RenderSetup;
  jobs: RenderJob[];
}

export type RenderOutcome = { hash: string; written: boolean; html?: string; problem?: undefined } | { problem: Problem };

let environment: { key: string; env: nunjucks.Environment } | undefined;
let dirs = { staging: '', maker: new DirMaker('/') };

function environmentFor(setup: RenderSetup): nunjucks.Environment {
  const key = JSON.stringify([setup.templatesDir, setup.config, setup.assetVersions]);
  if (environment?.key !== key) {
    const env = createEnvironment({ templatesDir: setup.templatesDir, config: setup.config, assetVersions: new Map(setup.assetVersions) });
    environment = { key, env };
  }
  return environment.env;
}

function stage(setup: RenderSetup, file: string, html: string): void {
  if (dirs.staging !== setup.staging) dirs = { staging: setup.staging, maker: new DirMaker(setup.staging) };
  const target = resolveInside(setup.staging, file);
  dirs.maker.ensure(path.dirname(target));
  if (!setup.inPlace) return writeFileSync(target, html);
  writeFileSync(`${target}.dateline-tmp`, html);
  renameSync(`${target}.dateline-tmp`, target);
}

export function renderBatch({ setup, jobs }: RenderTask): RenderOutcome[] {
  const env = environmentFor(setup);
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) {
    let html: string;
    try {
      html = renderPage(env, JSON.parse(job.pageJson) as PageSpec, { body: job.body });
    } catch (error) {
      if (error instanceof TemplateError) return [...outcomes, { problem: error.problem }];
      throw error;
    }
    const hash = hashOf(html);
    const unchanged = keptAsIs(setup.outDir, job.file, job.previousHash, hash);
    if (!unchanged) stage(setup, job.file, html);
    outcomes.push({ hash, written: !unchanged, html: setup.wantHtml ? html : undefined });
  }
  return outcomes;
}
