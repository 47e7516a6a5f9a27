// Scores inferHeadline against a corpus with known headlines (manifest.tsv), beside the naive
// "whole first sentence" baseline, so rule changes are judged on numbers rather than anecdotes.
// Usage: npx --yes tsx scripts/eval-headlines.ts [corpusDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstSentence, inferHeadline } from '../src/content/headline.js';

interface Sample {
  file: string;
  truth: string;
  /** The `source` column (wikinews-en, globalvoices-en), so each source is scored on its own. */
  source: string;
  paragraphs: string[];
}

const DEFAULT_CORPUS = '/work/shared/corpus/real';
const EXAMPLE_COUNT = 12;
/** Timed passes after a warm-up one, so the figure is steady-state rather than JIT start-up. */
const TIMED_PASSES = 20;

/** Seed format: optional whitespace/BOM, `date YYYY-MM-DD `, then paragraphs between blank lines. */
function readParagraphs(text: string): string[] {
  const body = text.replace(/^[\s\uFEFF]*date \d{4}-\d{2}-\d{2}[ \t]*/, '');
  return body.split(/\r?\n[ \t]*\r?\n/).map((p) => p.trim());
}

/** Reads manifest.tsv by its header names, so added or reordered columns do not matter. */
function loadCorpus(dir: string): Sample[] {
  const [header = '', ...rows] = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split(/\r?\n/);
  const columns = header.split('\t');
  const fileColumn = columns.indexOf('file');
  const headlineColumn = columns.indexOf('headline');
  const sourceColumn = columns.indexOf('source');
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const cells = row.split('\t');
      const file = cells[fileColumn] ?? '';
      const truth = cells[headlineColumn] ?? '';
      const source = cells[sourceColumn] ?? '';
      return { file, truth, source, paragraphs: readParagraphs(readFileSync(join(dir, file), 'utf8')) };
    });
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((t) => t !== '');
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** Bag-of-words overlap: each word counts as often as it occurs in both. */
function wordOverlap(guess: string, truth: string): Score {
  const truthCounts = new Map<string, number>();
  for (const t of tokens(truth)) truthCounts.set(t, (truthCounts.get(t) ?? 0) + 1);
  const guessTokens = tokens(guess);
  let overlap = 0;
  for (const t of guessTokens) {
    const left = truthCounts.get(t) ?? 0;
    if (left > 0) {
      overlap += 1;
      truthCounts.set(t, left - 1);
    }
  }
  if (overlap === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = overlap / guessTokens.length;
  const recall = overlap / tokens(truth).length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function report(name: string, guesses: string[], samples: Sample[]): void {
  const scores = guesses.map((g, i) => wordOverlap(g, samples[i]?.truth ?? ''));
  const average = (key: keyof Score): string => mean(scores.map((s) => s[key])).toFixed(3);
  const lengths = guesses.map((g) => g.length);
  const over = (limit: number): number => lengths.filter((n) => n > limit).length;
  console.log(
    `${name.padEnd(14)} F1 ${average('f1')} (P ${average('precision')} R ${average('recall')})` +
      `  length mean ${mean(lengths).toFixed(1)} max ${Math.max(0, ...lengths)}` +
      `  over 80: ${over(80)}  over 100: ${over(100)}` +
      `  words ${mean(guesses.map((g) => tokens(g).length)).toFixed(1)}`,
  );
}

/** Scores both guessers on the samples picked by `keep`, under a heading naming the group. */
function reportGroup(
  heading: string,
  samples: Sample[],
  baseline: string[],
  inferred: string[],
  keep: (sample: Sample) => boolean,
): void {
  const picked = samples.flatMap((s, i) => (keep(s) ? [i] : []));
  if (picked.length === 0) return;
  const subset = picked.map((i) => samples[i] as Sample);
  console.log(`${heading} (${picked.length} articles)`);
  report('  baseline', picked.map((i) => baseline[i] ?? ''), subset);
  report('  inferred', picked.map((i) => inferred[i] ?? ''), subset);
}

function main(): void {
  const args = process.argv.slice(2);
  // --all prints every article's guess and truth (one tab-separated line each) for diffing runs.
  const printAll = args.includes('--all');
  const dir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
  const samples = loadCorpus(dir);
  const baseline = samples.map((s) => firstSentence(s.paragraphs.find((p) => p !== '') ?? ''));
  const inferred = samples.map((s) => inferHeadline(s.paragraphs));
  if (printAll) {
    samples.forEach((s, i) => console.log(`${s.file}\t${inferred[i]}\t${s.truth}`));
    return;
  }
  const started = performance.now();
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    for (const s of samples) inferHeadline(s.paragraphs);
  }
  const perArticleMs = (performance.now() - started) / Math.max(samples.length * TIMED_PASSES, 1);

  console.log(`${samples.length} articles from ${dir}`);
  report('baseline', baseline, samples);
  report('inferHeadline', inferred, samples);
  for (const source of [...new Set(samples.map((s) => s.source))].sort()) {
    reportGroup(source || '(no source)', samples, baseline, inferred, (s) => s.source === source);
  }
  console.log(`time per article: ${perArticleMs.toFixed(4)} ms (${TIMED_PASSES} warm passes)`);
  const truths = samples.map((s) => s.truth);
  console.log(
    `true headlines: length mean ${mean(truths.map((t) => t.length)).toFixed(1)}` +
      `  words ${mean(truths.map((t) => tokens(t).length)).toFixed(1)}`,
  );

  const step = Math.max(1, Math.floor(samples.length / EXAMPLE_COUNT));
  for (let i = 0; i < samples.length; i += step) {
    const sample = samples[i];
    console.log(`\n[${sample?.file}]\n  inferred: ${inferred[i]}\n  true:     ${sample?.truth}`);
  }
}

main();
