// Reads bodies and search words out of the parse cache's pack file by offset, in any thread: the
// cache hands another thread the slices of the articles it needs, not its whole index.
import { closeSync, openSync, readSync } from 'node:fs';

/** Where each article's body and words sit in the pack: [offset, body bytes, word bytes]. */
export interface PackSlices {
  file: string;
  slices: Map<string, [offset: number, body: number, words: number]>;
}

/** Reads `length` bytes at `offset` of an open file as UTF-8. */
export function readText(fd: number, offset: number, length: number): string {
  const buffer = Buffer.allocUnsafe(length);
  readSync(fd, buffer, 0, length, offset);
  return buffer.toString('utf8');
}

export class PackReader {
  private readonly fd: number;

  constructor(private readonly pack: PackSlices) {
    this.fd = openSync(pack.file, 'r');
  }

  body(hash: string): string {
    const [offset, body] = this.slice(hash);
    return readText(this.fd, offset, body);
  }

  /** As `ParseCache.words`: '' for an article parsed without words. */
  words(hash: string): string {
    const [offset, body, words] = this.slice(hash);
    return words ? readText(this.fd, offset + body, words) : '';
  }

  close(): void {
    closeSync(this.fd);
  }

  private slice(hash: string): [number, number, number] {
    const slice = this.pack.slices.get(hash);
    if (!slice) throw new Error(`No cached parse for ${hash}`);
    return slice;
  }
}
