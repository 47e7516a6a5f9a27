// The write stage: pages go to a staging folder beside the output, which replaces the output in one
// rename only when the build has succeeded; a failed or killed build leaves the last site as it was.
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST = '.dateline-manifest.json';

interface Manifest {
  /** Output path (relative, forward slashes) → sha1 of its bytes. */
  files: Record<string, string>;
}

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

function hashOf(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

/** Puts the output folder back if a build was killed between the two renames of a swap. */
export async function recoverOutput(outDir: string): Promise<void> {
  const old = `${outDir}.dateline-old`;
  if (await exists(old)) {
    if (await exists(outDir)) await rm(old, { recursive: true, force: true });
    else await rename(old, outDir);
  }
  await rm(`${outDir}.dateline-staging`, { recursive: true, force: true });
}

async function readManifest(outDir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return { files: {} };
  }
}

/** Collects a build's files; nothing reaches the output folder before `commit`. */
export class StagedOutput {
  private readonly files: Record<string, string> = {};
  private readonly unchangedFiles: string[] = [];
  private written = 0;
  private readonly madeDirs = new Set<string>();

  private constructor(readonly outDir: string, private readonly staging: string, private readonly previous: Manifest) {}

  static async open(outDir: string): Promise<StagedOutput> {
    await recoverOutput(outDir);
    const staging = `${outDir}.dateline-staging`;
    await mkdir(staging, { recursive: true });
    return new StagedOutput(outDir, staging, await readManifest(outDir));
  }

  /** Resolves a relative output path, refusing anything that would land outside the output folder. */
  private resolve(root: string, file: string): string {
    const target = path.resolve(root, file);
    if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside the output folder: ${file}`);
    return target;
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  async write(file: string, content: string | Uint8Array): Promise<void> {
    const target = this.resolve(this.staging, file);
    if (file in this.files) throw new Error(`Two pages were written to ${file}`);
    const hash = hashOf(content);
    this.files[file] = hash;
    if (this.previous.files[file] === hash && await exists(this.resolve(this.outDir, file))) {
      this.unchangedFiles.push(file);
      return;
    }
    await this.ensureDir(path.dirname(target));
    await writeFile(target, content);
    this.written++;
  }

  /** Files written before and not now, and whether anything differs from the last build. */
  private removedFiles(): string[] {
    return Object.keys(this.previous.files).filter((file) => !(file in this.files));
  }

  async commit(): Promise<WriteSummary> {
    const removed = this.removedFiles();
    const outputExists = await exists(this.outDir);
    if (outputExists && this.written === 0 && removed.length === 0) {
      await rm(this.staging, { recursive: true, force: true });
      return { written: 0, unchanged: this.unchangedFiles.length, removed: 0 };
    }
    await this.carryOver(this.unchangedFiles);
    await this.carryOver(await this.foreignFiles());
    await writeFile(path.join(this.staging, MANIFEST), JSON.stringify({ files: this.files }));
    await this.swap(outputExists);
    return { written: this.written, unchanged: this.unchangedFiles.length, removed: removed.length };
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Hard-links files from the current output into staging: no copying, and the old site stays intact. */
  private async carryOver(files: string[]): Promise<void> {
    for (const file of files) {
      const target = this.resolve(this.staging, file);
      await this.ensureDir(path.dirname(target));
      await link(this.resolve(this.outDir, file), target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EXDEV' || error.code === 'EPERM') await writeFile(target, await readFile(this.resolve(this.outDir, file)));
        else if (error.code !== 'EEXIST') throw error;
      });
    }
  }

  /** Files in the output that no Dateline build wrote: an operator's own, never touched. */
  private async foreignFiles(): Promise<string[]> {
    if (!(await exists(this.outDir))) return [];
    const entries = await readdir(this.outDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(this.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => file !== MANIFEST && !(file in this.previous.files) && !(file in this.files));
  }

  private async swap(outputExists: boolean): Promise<void> {
    const old = `${this.outDir}.dateline-old`;
    if (outputExists) await rename(this.outDir, old);
    await rename(this.staging, this.outDir);
    if (outputExists) await rm(old, { recursive: true, force: true });
  }
}
