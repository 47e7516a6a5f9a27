// Compiles src/ into dist/ before `npm run build`, `dev`, `bench` and the tests, when it has to:
// loading the TypeScript compiler takes about two seconds even when nothing changed, as long as
// building a thousand articles. tsc runs when dist/ is missing, when a file under src/ (or a folder:
// a file added or removed), a tsconfig or package.json is newer than the last compile, or with --force.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The latest modification time among the compile's inputs, in milliseconds. */
function newestInput(root) {
  const src = path.join(root, 'src');
  const files = [src, ...INPUTS.map((file) => path.join(root, file)),
    ...readdirSync(src, { recursive: true, withFileTypes: true }).map((entry) => path.join(entry.parentPath, entry.name))];
  return Math.max(...files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
}

/** Whether dist/ must be compiled again: `stamp` is touched with the start time of each compile. */
export function compileNeeded(root, stamp) {
  if (!existsSync(path.join(root, 'dist', 'cli.js')) || !existsSync(stamp)) return true;
  return newestInput(root) > statSync(stamp).mtimeMs;
}

/**
 * Compiles when `compileNeeded` says so, or always with `force`. A failed compile ends the process
 * with tsc's exit code: tsc has printed what is wrong, and a stack trace of this script would bury it.
 */
export function compileIfNeeded(force = false) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const stamp = path.join(root, 'node_modules', '.cache', 'dateline-compiled');
  if (!force && !compileNeeded(root, stamp)) return;
  // Stamped with the start: a source saved while tsc runs is newer, so the next build compiles again.
  const started = new Date();
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      { cwd: root, stdio: 'inherit' });
  } catch (error) {
    process.exit(error.status ?? 1);
  }
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${started.toISOString()}\n`);
  utimesSync(stamp, started, started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) compileIfNeeded(process.argv.includes('--force'));
