// What the render stage writes to: the staged output of a build, or the live folder of the dev server.
import type { StageOutcome } from './stage-files.js';
import type { Manifest } from './writer.js';

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * The output group of the site's pages. Its key stands for every page at once, so a build of a
 * site that has not changed keeps them all without making and keying each page's data.
 */
export const PAGES = 'pages';

/** Where another thread stages files of some output groups itself, for an output that allows it. */
export interface StagingTarget {
  staging: string;
  outDir: string;
  /** The last build's hash of each file of those groups, so a file with the same bytes is not written again. */
  previousHashes: Map<string, string>;
}

export interface OutputSink {
  /** Keeps a file untouched when the last build made it from inputs with this key; true if kept. */
  keepIfFresh(file: string, key: string): Promise<boolean>;
  /** Keeps every file of an output group whose inputs have not changed: how many, or undefined if they changed. */
  keepGroupIfFresh(group: string, key: string): Promise<number | undefined>;
  /** Keeps an output group's files from the last build as they are, to be made again later. */
  keepGroup(group: string): Promise<void>;
  /** A file as this build leaves it: written now, or kept from the last build. */
  readCurrent(file: string): Promise<string>;
  /** Writes a file; `key` names its inputs, `group` the output that made it. */
  write(file: string, content: string | Uint8Array, key?: string, group?: string): Promise<void>;
  finishGroup(group: string, key: string): void;
  /** Where another thread may stage these groups' files; absent where files come only through `write`. */
  stagingFor?(groups: string[]): StagingTarget;
  /** Records a file another thread staged for `group` (see `stagingFor`). */
  adopt?(file: string, outcome: StageOutcome, group: string): void;
  commit(): Promise<WriteSummary>;
  abort(): Promise<void>;
}

/** What both outputs share: the last build's manifest, and keeping a group as that build left it. */
export abstract class KeepsLastBuild {
  constructor(protected readonly previous: Manifest) {}

  abstract keepGroupIfFresh(group: string, key: string): Promise<number | undefined>;

  /** Keeps an output group's files from the last build as they are, to be made again later. */
  async keepGroup(group: string): Promise<void> {
    const key = this.previous.groups[group];
    if (key !== undefined) await this.keepGroupIfFresh(group, key);
  }
}
