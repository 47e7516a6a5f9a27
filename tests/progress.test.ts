// The progress line a long build shows on a terminal.
import { describe, expect, it } from 'vitest';
import { progressText } from '../src/progress.js';

describe('progressText', () => {
  it('gives articles parsed, the rate and the seconds left', () => {
    expect(progressText('parse', 1200, 4000, 500)).toBe('Parsing 1,200 of 4,000 articles · 2,400/s · 2 s left');
  });

  it('gives no rate or time left before anything is done', () => {
    expect(progressText('parse', 0, 4000, 0)).toBe('Parsing 0 of 4,000 articles · 0/s');
  });

  it('counts rendered pages, whose total is not known ahead', () => {
    expect(progressText('render', 3000, undefined, 1500)).toBe('Rendering · 3,000 pages · 2,000/s');
  });
});
