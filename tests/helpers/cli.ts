// The compiled command line, for tests that run `dateline` as a user would: as a separate process.
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './site.js';

export const CLI = path.join(projectRoot, 'dist/cli.js');

async function newestSource(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const times = await Promise.all(entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs));
  return Math.max(0, ...times);
}

/**
 * `npm test` compiles before running; a lone `vitest run` may find dist/ missing or older than src/,
 * so compile then. tsc emits even when some file has a type error, which the typecheck reports.
 */
export async function ensureCompiled(): Promise<void> {
  const built = await stat(CLI).then((info) => info.mtimeMs, () => 0);
  if (built >= await newestSource(path.join(projectRoot, 'src'))) return;
  const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: projectRoot }).catch(() => undefined);
}
