// Checks on one output file: its hash, its place inside the output, whether the last build left the
// same bytes there. Shared by both outputs and the writer thread.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function hashOf(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}

/** Resolves a relative output path, refusing anything that would land outside `root`. */
export function resolveInside(root: string, file: string): string {
  const target = path.resolve(root, file);
  if (!target.startsWith(root + path.sep)) throw new Error(`Refusing to write outside the output folder: ${file}`);
  return target;
}

/** Whether the last build's file at this path already has these bytes, so it need not be written again. */
export function keptAsIs(outDir: string, file: string, previousHash: string | undefined, hash: string): boolean {
  return previousHash === hash && existsSync(resolveInside(outDir, file));
}
