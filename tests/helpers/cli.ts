// The compiled command line, for tests that run `dateline` as a user would: as a separate process.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './site.js';

export const CLI = path.join(projectRoot, 'dist/cli.js');

/**
 * `npm test` compiles before running; a lone `vitest run` may find dist/ missing or older than src/,
 * so compile then, as `npm run build` would. tsc emits even when some file has a type error, which
 * the typecheck reports.
 */
export async function ensureCompiled(): Promise<void> {
  await promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts/compile.mjs')], { cwd: projectRoot }).catch(() => undefined);
}
