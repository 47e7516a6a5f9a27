// Builds a fixture folder into a fresh temporary output, for whole-site tests.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/build.js';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export function fixture(name: string): string {
  return path.join(projectRoot, 'tests/fixtures', name);
}

export async function tempDir(prefix = 'dateline-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function buildInto(contentDir: string, outDir: string, extra: Partial<BuildOptions> = {}): Promise<BuildResult> {
  return build({ root: projectRoot, contentDir, outDir, templatesDir: path.join(projectRoot, 'templates'), ...extra });
}

/** Every file under a folder, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
}

export async function read(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8');
}

export async function remove(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
