// A one-line progress display for long builds on a terminal: articles parsed, the rate and the time
// left, then pages rendered. It redraws at most a few times a second and is cleared before the
// summary; when output goes to a file or a pipe, nothing is drawn and only the summary line remains.
import type { Progress } from './build.js';

export interface ProgressLine {
  update: Progress;
  /** Clears the line, leaving the terminal as it was. */
  clear(): void;
}

const REDRAW_MS = 200;

/** What the line says: `Parsing 1,200 of 4,000 articles · 2,310/s · 1 s left`. */
export function progressText(stage: 'parse' | 'render', done: number, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((done / elapsedMs) * 1000) : 0;
  const count = (n: number) => n.toLocaleString('en-GB');
  if (stage === 'render') return `Rendering · ${count(done)} pages · ${count(rate)}/s`;
  const left = total !== undefined && rate > 0 ? ` · ${Math.ceil((total - done) / rate)} s left` : '';
  return `Parsing ${count(done)}${total !== undefined ? ` of ${count(total)}` : ''} articles · ${count(rate)}/s${left}`;
}

export function progressLine(stream: NodeJS.WriteStream): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const started: Record<string, number> = {};
  let drawnAt = 0;
  let drawn = false;
  return {
    update(stage, done, total) {
      const now = performance.now();
      started[stage] ??= now;
      if (now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      drawn = true;
      stream.write(`\r\x1b[K${progressText(stage, done, total, now - (started[stage] as number))}`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
