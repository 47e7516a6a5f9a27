// The parse cache: what the parse stage made of each file, keyed by the hash of its bytes, kept on
// disk between builds. Metadata sits in an append-only index; bodies sit in a pack file and are read
// back one at a time when their page is rendered, so memory holds metadata only.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ArticleMeta, Problem } from '../types.js';
import { readText, type PackSlices } from './pack-reader.js';

/** What the parse stage found in one file, without its body. */
export interface CachedParse {
  meta: ArticleMeta;
  problems: Problem[];
  draft: boolean;
}

interface IndexEntry extends CachedParse {
  /** Hash of the source bytes. */
  h: string;
  /** Byte offset and length of the body in the pack. */
  o: number;
  n: number;
  /** Length of the search words, which follow the body in the pack (absent: none). */
  w?: number;
}

/** Bytes of new bodies held before they are appended: one write per batch, not two per file. */
const FLUSH_BYTES = 1 << 20;

export interface CacheStats {
  hits: number;
  misses: number;
}

/** Whether a cache folder holds any parses, for any parse options. */
export function parseCacheExists(dir: string): boolean {
  try {
    return readdirSync(dir).some((file) => file.startsWith('parse-') && file.endsWith('.index.jsonl'));
  } catch {
    return false;
  }
}

/** One cache generation: the files are named by a fingerprint of the parser and its options. */
export class ParseCache {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly used = new Set<string>();
  private indexFd: number;
  private packFd: number;
  private packSize: number;
  /** Entries put since the last flush: their bodies, and their index lines. */
  private unflushed: { bodies: Buffer[]; bytes: number; index: string } = { bodies: [], bytes: 0, index: '' };
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  private constructor(private readonly indexFile: string, private readonly packFile: string, private readonly temporary: boolean) {
    this.load();
    this.indexFd = openSync(indexFile, 'a');
    this.packFd = openSync(packFile, 'a+');
    this.packSize = fstatSync(this.packFd).size;
  }

  /** Opens the cache for a fingerprint in `dir`; a temporary cache's folder is deleted on close (`--no-cache`). */
  static open(dir: string, fingerprint: string, temporary = false): ParseCache {
    mkdirSync(dir, { recursive: true });
    return new ParseCache(path.join(dir, `parse-${fingerprint}.index.jsonl`), path.join(dir, `parse-${fingerprint}.pack`), temporary);
  }

  private load(): void {
    if (!existsSync(this.indexFile) || !existsSync(this.packFile)) {
      rmSync(this.indexFile, { force: true });
      rmSync(this.packFile, { force: true });
      return;
    }
    const packSize = statSync(this.packFile).size;
    for (const line of readFileSync(this.indexFile, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as IndexEntry;
        // A build killed mid-append can leave a line whose body never reached the pack.
        if (entry.o + entry.n + (entry.w ?? 0) <= packSize) this.entries.set(entry.h, entry);
      } catch {
        // A torn last line from a killed build: skip it; the file will be parsed again.
      }
    }
  }

  /** Parses held, for any files. */
  get size(): number {
    return this.entries.size;
  }

  get(hash: string): CachedParse | undefined {
    const entry = this.entries.get(hash);
    if (entry) {
      this.used.add(hash);
      this.stats.hits++;
    } else {
      this.stats.misses++;
    }
    return entry;
  }

  /** Stores a parse with its body and, for a site with search, its words. */
  put(hash: string, parse: CachedParse, html: string, words?: string): void {
    const bodyBytes = Buffer.byteLength(html);
    const body = Buffer.from(words ? html + words : html, 'utf8');
    const entry: IndexEntry = { h: hash, ...parse, o: this.packSize, n: bodyBytes, ...(words ? { w: body.length - bodyBytes } : {}) };
    this.packSize += body.length;
    this.unflushed.bodies.push(body);
    this.unflushed.bytes += body.length;
    this.unflushed.index += `${JSON.stringify(entry)}\n`;
    this.entries.set(hash, entry);
    this.used.add(hash);
    if (this.unflushed.bytes >= FLUSH_BYTES) this.flush();
  }

  /** Bodies first, then their index lines: a build killed in between leaves no line without its body. */
  private flush(): void {
    const { bodies, index } = this.unflushed;
    if (!index) return;
    writeSync(this.packFd, Buffer.concat(bodies));
    writeSync(this.indexFd, index);
    this.unflushed = { bodies: [], bytes: 0, index: '' };
  }

  /** The rendered body of a cached file. */
  body(hash: string): string {
    const entry = this.entry(hash);
    return this.read(entry.o, entry.n);
  }

  /** The search words of a cached file, as `articleWords` lists them ('' when it was parsed without them). */
  words(hash: string): string {
    const entry = this.entry(hash);
    return entry.w ? this.read(entry.o + entry.n, entry.w) : '';
  }

  /** Where these articles' bodies and words sit in the pack, for another thread's `PackReader`. */
  slicesOf(hashes: Iterable<string>): PackSlices {
    this.flush();
    const slices: PackSlices['slices'] = new Map();
    for (const hash of hashes) {
      const entry = this.entry(hash);
      slices.set(hash, [entry.o, entry.n, entry.w ?? 0]);
    }
    return { file: this.packFile, slices };
  }

  private entry(hash: string): IndexEntry {
    const entry = this.entries.get(hash);
    if (!entry) throw new Error(`No cached parse for ${hash}`);
    return entry;
  }

  private read(offset: number, length: number): string {
    this.flush();
    return readText(this.packFd, offset, length);
  }

  private readBytes(offset: number, length: number): Buffer {
    this.flush();
    const buffer = Buffer.allocUnsafe(length);
    readSync(this.packFd, buffer, 0, length, offset);
    return buffer;
  }

  /** Rewrites the files without entries this build did not use, once they are mostly dead weight. */
  compact(): void {
    this.flush();
    if (this.temporary || this.entries.size < 1000 || this.used.size * 2 > this.entries.size) return;
    const index: string[] = [];
    const bodies: Buffer[] = [];
    let offset = 0;
    for (const hash of [...this.used].sort()) {
      const entry = this.entries.get(hash) as IndexEntry;
      const body = this.readBytes(entry.o, entry.n + (entry.w ?? 0));
      index.push(JSON.stringify({ ...entry, o: offset }));
      bodies.push(body);
      offset += body.length;
    }
    closeSync(this.indexFd);
    closeSync(this.packFd);
    // Index first out, last in: a build killed in between finds no index and starts the cache afresh.
    writeFile(`${this.packFile}.tmp`, Buffer.concat(bodies));
    writeFile(`${this.indexFile}.tmp`, Buffer.from(index.length ? `${index.join('\n')}\n` : ''));
    rmSync(this.indexFile, { force: true });
    renameSync(`${this.packFile}.tmp`, this.packFile);
    renameSync(`${this.indexFile}.tmp`, this.indexFile);
    this.indexFd = openSync(this.indexFile, 'a');
    this.packFd = openSync(this.packFile, 'a+');
  }

  close(): void {
    this.flush();
    closeSync(this.indexFd);
    closeSync(this.packFd);
    if (this.temporary) rmSync(path.dirname(this.indexFile), { recursive: true, force: true });
  }
}

function writeFile(file: string, content: Buffer): void {
  const fd = openSync(file, 'w');
  writeSync(fd, content);
  closeSync(fd);
}
