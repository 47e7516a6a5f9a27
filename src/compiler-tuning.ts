// V8's optimizing compiler, set for a build that ends in seconds. A 4,000-article build on two cores
// spent about a fifth of its CPU time in TurboFan, optimizing the same parser once in every thread and
// the render code in the main one; a smaller inlining budget makes each of those compiles cheaper.
// A large archive runs its code long enough that V8's default budget pays for itself, so it keeps it.
import v8 from 'node:v8';

/** Archives with fewer files than this get the smaller budget; at 16,000 it made no difference either way. */
export const SHORT_BUILD_FILES = 10_000;
/** Bytecode V8 may inline into one optimized function (its default is 920). */
const INLINING_BUDGET = 150;
/** V8 versions the budget was measured on (Node 20 ships 11.3); on others V8 keeps its defaults. */
const MEASURED_V8 = /^11\./;

let tuned = false;

/**
 * Gives V8 the smaller inlining budget for a build of `files` content files. Flags are process-wide
 * and read when a function is optimized, so threads already running follow it too; it is never undone.
 */
export function tuneCompilerFor(files: number): boolean {
  if (!tuned && files < SHORT_BUILD_FILES && MEASURED_V8.test(process.versions.v8)) {
    v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
    tuned = true;
  }
  return tuned;
}
