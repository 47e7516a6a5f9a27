// Makes the folders of a staging tree with one mkdir per folder. `mkdirSync(…, { recursive: true })`
// first tries the deepest folder and climbs on failure, so a fresh tree costs two or three calls per
// folder; on a busy disk each costs a fraction of a millisecond, which over thousands of pages adds up.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export class DirMaker {
  private readonly made = new Set<string>();
  private readonly root: string;

  /** `root` exists; folders below it are made as needed, parents first. */
  constructor(root: string) {
    this.root = path.resolve(root);
    this.made.add(this.root);
  }

  ensure(dir: string): void {
    if (this.made.has(dir)) return;
    const parent = path.dirname(dir);
    if (parent !== dir && !this.made.has(parent)) {
      if (!dir.startsWith(this.root)) return void mkdirSync(dir, { recursive: true });
      this.ensure(parent);
    }
    try {
      mkdirSync(dir);
    } catch (error) {
      // The writer thread may have made it first (see staging.ts).
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    this.made.add(dir);
  }
}
