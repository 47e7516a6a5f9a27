// The write stage: pages go to a staging folder beside the output, which replaces the output in one
// rename only when the build has succeeded; a failed or killed build leaves the last site as it was.
// A manifest remembers each file's hash and the key of the inputs it was made from, so the next build
// can skip rendering what did not change and write only what did.
import { existsSync, linkSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DirMaker } from './dirs.js';
import { StagingWrites } from './staging.js';
import { resolveInside } from './files.js';
import { KeepsLastBuild, PAGES, type OutputSink, type StagingTarget, type WriteSummary } from './sink.js';
import type { StageOutcome } from './stage-files.js';

export const MANIFEST = '.dateline-manifest.json';

/** A written file: hash of its bytes, the key of its inputs, and the output group that made it ('' for none). */
export type FileRecord = [hash: string, key: string, group: string];

export interface Manifest {
  /** Output path (relative, forward slashes) → its record. */
  files: Record<string, FileRecord>;
  /** Output group (feeds, sitemaps, search…) → the key of the inputs it was made from. */
  groups: Record<string, string>;
}

export type { WriteSummary } from './sink.js';

/** Puts the output folder back if a build was killed between the two renames of a swap. */
export async function recoverOutput(outDir: string): Promise<void> {
  const old = `${outDir}.dateline-old`;
  if (existsSync(old)) {
    if (existsSync(outDir)) await rm(old, { recursive: true, force: true });
    else await rename(old, outDir);
  }
  await rm(`${outDir}.dateline-staging`, { recursive: true, force: true });
}

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const manifest = JSON.parse(await readFile(path.join(outDir, MANIFEST), 'utf8')) as Manifest;
    return manifest.groups && manifest.files ? manifest : { files: {}, groups: {} };
  } catch {
    return { files: {}, groups: {} };
  }
}

/** The manifest with its entries sorted, so the same site always gives the same bytes. */
export function manifestJson(manifest: Manifest): string {
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ files: sorted(manifest.files), groups: sorted(manifest.groups) });
}

/** Collects a build's files; nothing reaches the output folder before `commit`. */
export class StagedOutput extends KeepsLastBuild implements OutputSink {
  private readonly manifest: Manifest = { files: {}, groups: {} };
  private readonly unchangedFiles: string[] = [];
  private written = 0;
  private readonly writes: StagingWrites;
  /** Folders for the files carried over from the last build. */
  private readonly dirs: DirMaker;

  private constructor(readonly outDir: string, private readonly staging: string, previous: Manifest) {
    super(previous);
    this.writes = new StagingWrites({ staging, outDir });
    this.dirs = new DirMaker(staging);
  }

  static async open(outDir: string): Promise<StagedOutput> {
    await recoverOutput(outDir);
    const staging = `${outDir}.dateline-staging`;
    await mkdir(staging, { recursive: true });
    return new StagedOutput(path.resolve(outDir), path.resolve(staging), await readManifest(outDir));
  }

  private record(file: string, record: FileRecord): void {
    if (file in this.manifest.files) throw new Error(`Two outputs were written to ${file}`);
    this.manifest.files[file] = record;
  }

  /**
   * True, and the file is kept as it is, when the last build made it from inputs with this key.
   * Then the caller need not render it at all.
   */
  async keepIfFresh(file: string, key: string): Promise<boolean> {
    const before = this.previous.files[file];
    if (!before || before[1] !== key || before[2] !== PAGES || !existsSync(resolveInside(this.outDir, file))) return false;
    this.record(file, before);
    this.unchangedFiles.push(file);
    return true;
  }

  /** Keeps every file of an output group whose inputs have not changed since the last build. */
  async keepGroupIfFresh(group: string, key: string): Promise<number | undefined> {
    if (this.previous.groups[group] !== key) return undefined;
    const files = Object.entries(this.previous.files).filter(([, record]) => record[2] === group);
    for (const [file] of files) if (!existsSync(resolveInside(this.outDir, file))) return undefined;
    for (const [file, record] of files) {
      this.record(file, record);
      this.unchangedFiles.push(file);
    }
    this.manifest.groups[group] = key;
    return files.length;
  }

  /** A file as this build leaves it: from staging if written now, else the last build's copy. */
  async readCurrent(file: string): Promise<string> {
    await this.writes.settle();
    const staged = resolveInside(this.staging, file);
    return readFile(existsSync(staged) ? staged : resolveInside(this.outDir, file), 'utf8');
  }

  /**
   * Stages a file; `key` names the inputs it was made from, `group` the output that made it. The
   * writer thread hashes and writes it while this thread goes on; `commit` waits for it.
   */
  async write(file: string, content: string | Uint8Array, key = '', group = ''): Promise<void> {
    resolveInside(this.staging, file); // refused here, where the caller can be told, not in the writer
    const record: FileRecord = ['', key, group];
    this.record(file, record);
    await this.writes.add({ file, content, previousHash: this.previous.files[file]?.[0] }, (outcome) => this.staged(file, record, outcome));
  }

  private staged(file: string, record: FileRecord, { hash, written }: StageOutcome): void {
    record[0] = hash;
    if (written) this.written++;
    else this.unchangedFiles.push(file);
  }

  stagingFor(groups: string[]): StagingTarget {
    const previousHashes = new Map<string, string>();
    for (const [file, [hash, , group]] of Object.entries(this.previous.files)) if (groups.includes(group)) previousHashes.set(file, hash);
    return { staging: this.staging, outDir: this.outDir, previousHashes };
  }

  adopt(file: string, outcome: StageOutcome, group: string): void {
    const record: FileRecord = ['', '', group];
    this.record(file, record);
    this.staged(file, record, outcome);
  }

  /** Marks a group finished, remembering the key its files were made from. */
  finishGroup(group: string, key: string): void {
    this.manifest.groups[group] = key;
  }

  private removedFiles(): string[] {
    return Object.keys(this.previous.files).filter((file) => !(file in this.manifest.files));
  }

  async commit(): Promise<WriteSummary> {
    await this.writes.settle();
    await this.writes.close();
    const removed = this.removedFiles();
    const outputExists = existsSync(this.outDir);
    const manifestText = manifestJson(this.manifest);
    const manifestChanged = manifestText !== manifestJson(this.previous);
    if (outputExists && this.written === 0 && removed.length === 0 && !manifestChanged) {
      await rm(this.staging, { recursive: true, force: true });
      return { written: 0, unchanged: this.unchangedFiles.length, removed: 0 };
    }
    await this.carryOver(this.unchangedFiles);
    await this.carryOver(await this.foreignFiles());
    await writeFile(path.join(this.staging, MANIFEST), manifestText);
    await this.swap(outputExists);
    return { written: this.written, unchanged: this.unchangedFiles.length, removed: removed.length };
  }

  async abort(): Promise<void> {
    await this.writes.settle().catch(() => undefined);
    await this.writes.close();
    await rm(this.staging, { recursive: true, force: true });
  }

  /** Hard-links files from the current output into staging: no copying, and the old site stays intact. */
  private async carryOver(files: string[]): Promise<void> {
    for (const file of files) {
      const target = resolveInside(this.staging, file);
      this.dirs.ensure(path.dirname(target));
      const source = resolveInside(this.outDir, file);
      try {
        linkSync(source, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EXDEV' || code === 'EPERM') writeFileSync(target, readFileSync(source));
        else if (code !== 'EEXIST') throw error;
      }
    }
  }

  /** Files in the output that no Dateline build wrote: an operator's own, never touched. */
  private async foreignFiles(): Promise<string[]> {
    if (!existsSync(this.outDir)) return [];
    const entries = await readdir(this.outDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(this.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => file !== MANIFEST && !(file in this.previous.files) && !(file in this.manifest.files));
  }

  private async swap(outputExists: boolean): Promise<void> {
    const old = `${this.outDir}.dateline-old`;
    if (outputExists) await rename(this.outDir, old);
    await rename(this.staging, this.outDir);
    if (outputExists) await rm(old, { recursive: true, force: true });
  }
}
