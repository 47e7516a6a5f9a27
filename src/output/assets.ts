// Static assets live with the templates (`templates/assets/`) and are copied to `/assets/`.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { OutputSink } from './sink.js';

async function assetFiles(templatesDir: string): Promise<string[]> {
  const dir = path.join(templatesDir, 'assets');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A short content hash per asset, so a changed stylesheet gets a new URL and old caches miss. */
export async function readAssetVersions(templatesDir: string): Promise<Map<string, string>> {
  const versions = new Map<string, string>();
  for (const file of await assetFiles(templatesDir)) {
    const bytes = await readFile(path.join(templatesDir, 'assets', file));
    versions.set(file, createHash('sha1').update(bytes).digest('hex').slice(0, 10));
  }
  return versions;
}

export async function copyAssets(templatesDir: string, output: OutputSink): Promise<void> {
  for (const file of await assetFiles(templatesDir)) {
    await output.write(`assets/${file}`, await readFile(path.join(templatesDir, 'assets', file)));
  }
}
