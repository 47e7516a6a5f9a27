// Byte-for-byte pictures of a folder, to prove a failed or killed build left the output as it was.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (relative path → sha256 of its bytes), in sorted order; empty when `dir` is missing. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
  const snapshot: Record<string, string> = {};
  for (const file of files) snapshot[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return snapshot;
}

/** Names in the folder that holds `dir`: a build must leave no staging or half-swapped folder behind. */
export async function siblingsOf(dir: string): Promise<string[]> {
  return (await readdir(path.dirname(dir))).sort();
}
