// Writes files into a build's staging folder: hashes each, leaves out any the last build already
// made with the same bytes, makes folders as needed. Runs in the writer thread (stage-worker.ts), or
// in the main thread where that cannot start.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DirMaker } from './dirs.js';
import { hashOf, keptAsIs, resolveInside } from './files.js';

export interface StageJob {
  /** Output path, relative, forward slashes. */
  file: string;
  content: string | Uint8Array;
  /** Hash of the file the last build left at this path, if any. */
  previousHash?: string;
}

export interface StageOutcome {
  hash: string;
  /** False when the last build's copy already has these bytes. */
  written: boolean;
}

export class FileStager {
  private readonly dirs: DirMaker;

  constructor(private readonly staging: string, private readonly outDir: string) {
    this.dirs = new DirMaker(staging);
  }

  stage({ file, content, previousHash }: StageJob): StageOutcome {
    const hash = hashOf(content);
    if (keptAsIs(this.outDir, file, previousHash, hash)) return { hash, written: false };
    const target = resolveInside(this.staging, file);
    this.dirs.ensure(path.dirname(target));
    writeFileSync(target, content);
    return { hash, written: true };
  }
}
