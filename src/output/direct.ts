// The dev server's output: files are replaced in place, each by an atomic rename, so a rebuild of
// one article touches a handful of files instead of swapping the whole site.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KeepsLastBuild, PAGES, type OutputSink, type WriteSummary } from './sink.js';
import { hashOf, keptAsIs, resolveInside } from './files.js';
import { MANIFEST, manifestJson, readManifest, type FileRecord, type Manifest } from './writer.js';

export class DirectOutput extends KeepsLastBuild implements OutputSink {
  readonly manifest: Manifest;
  /** Site files written by this rebuild, for live reload to know which pages changed. */
  readonly changedFiles: string[] = [];
  private unchanged = 0;

  /**
   * A patch changes the last manifest in place, for the files it writes (so `previous` is this
   * manifest too, and a patch only writes): at 150,000 pages, copying the manifest and scanning it
   * for removed files cost more than rewriting the page.
   */
  private constructor(readonly outDir: string, previous: Manifest, private readonly patch = false) {
    super(previous);
    this.manifest = patch ? previous : { files: {}, groups: {} };
  }

  /** Rewrites a few files on top of the last rebuild, keeping every other file as it is. */
  static patchOf(outDir: string, previous: Manifest): DirectOutput {
    return new DirectOutput(path.resolve(outDir), previous, true);
  }

  /** Starts a rebuild on top of the last one (or of what is on disk). */
  static async open(outDir: string, previous?: Manifest): Promise<DirectOutput> {
    await mkdir(outDir, { recursive: true });
    return new DirectOutput(path.resolve(outDir), previous ?? await readManifest(outDir));
  }

  async keepIfFresh(file: string, key: string): Promise<boolean> {
    const before = this.previous.files[file];
    // The dev server owns its folder, so the manifest is trusted without a look at the disk.
    if (!before || before[1] !== key || before[2] !== PAGES) return false;
    this.manifest.files[file] = before;
    this.unchanged++;
    return true;
  }

  async keepGroupIfFresh(group: string, key: string): Promise<number | undefined> {
    if (this.previous.groups[group] !== key) return undefined;
    let kept = 0;
    for (const [file, record] of Object.entries(this.previous.files)) {
      if (record[2] !== group) continue;
      this.manifest.files[file] = record;
      kept++;
    }
    this.unchanged += kept;
    this.manifest.groups[group] = key;
    return kept;
  }

  async readCurrent(file: string): Promise<string> {
    return readFile(resolveInside(this.outDir, file), 'utf8');
  }

  async write(file: string, content: string | Uint8Array, key = '', group = ''): Promise<void> {
    const hash = hashOf(content);
    const target = resolveInside(this.outDir, file);
    const kept = keptAsIs(this.outDir, file, this.previous.files[file]?.[0], hash);
    if (!kept) {
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.dateline-tmp`;
      await writeFile(temporary, content);
      await rename(temporary, target);
    }
    this.note(file, [hash, key, group], !kept);
    // A patch changes some of a group's files, so the group's key no longer stands for all of them.
    if (this.patch) delete this.manifest.groups[group];
  }

  /** Records a file of this rebuild: written now (`written`), or left as the last rebuild made it. */
  private note(file: string, record: FileRecord, written: boolean): void {
    this.manifest.files[file] = record;
    if (written) this.changedFiles.push(file);
    else this.unchanged++;
  }

  finishGroup(group: string, key: string): void {
    this.manifest.groups[group] = key;
  }

  async commit(): Promise<WriteSummary> {
    // A patch only writes files; a full rebuild removes those it did not make again.
    const removed = this.patch ? [] : Object.keys(this.previous.files).filter((file) => !(file in this.manifest.files));
    for (const file of removed) {
      await rm(resolveInside(this.outDir, file), { force: true });
      this.changedFiles.push(file);
    }
    // A patch leaves the manifest to the next full rebuild, as writing it costs more than the patch; but
    // the one on disk no longer tells what the pages hold, so a server stopped before then starts afresh.
    if (this.patch) await rm(path.join(this.outDir, MANIFEST), { force: true });
    else await writeFile(path.join(this.outDir, MANIFEST), manifestJson(this.manifest));
    return { written: this.changedFiles.length - removed.length, unchanged: this.unchanged, removed: removed.length };
  }

  async abort(): Promise<void> {}
}
