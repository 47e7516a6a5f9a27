// Every extra output the build writes after the pages, in order. Add new outputs here.
import type { SiteOutput } from './types.js';

/** A fresh set per build, since outputs may gather state while observing pages. */
export function createOutputs(): SiteOutput[] {
  return [];
}
