// The benchmark's table, and how the build time grows with the archive (the fitted exponent).

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] as number : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface BenchRow {
  format: string;
  count: number;
  pages: number;
  coldMs: number;
  warmMs: number;
  /** An edited article in watch mode (median of five): until its pages were rewritten, and until feeds and search too. */
  editPagesMs: number;
  editAllMs: number;
  pagesPerSecond: number;
  peakRssMb: number;
  /** Percent of cold-build time per stage. */
  stageShare: Record<string, number>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Least-squares slope of log(time) against log(size): 1 means time grows linearly. */
export function growthExponent(rows: BenchRow[]): number | undefined {
  if (rows.length < 2) return undefined;
  const points = rows.map((row) => [Math.log(row.count), Math.log(row.coldMs)] as const);
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const numerator = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const denominator = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return denominator ? numerator / denominator : undefined;
}

export function formatTable(rows: BenchRow[], about: { machine: string; runs: number; site: string }): string {
  const header = ['format', 'articles', 'pages', 'cold', 'warm', 'edit→pages', 'edit→all', 'pages/s', 'peak RSS', 'read/parse/collect/render/write %'];
  const lines = rows.map((row) => [
    row.format, String(row.count), String(row.pages), seconds(row.coldMs), seconds(row.warmMs),
    `${Math.round(row.editPagesMs)} ms`, `${Math.round(row.editAllMs)} ms`, String(row.pagesPerSecond), `${row.peakRssMb} MB`,
    ['read', 'parse', 'collect', 'render', 'write'].map((stage) => row.stageShare[stage] ?? 0).join('/'),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const table = [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(format)];
  const exponents = [...new Set(rows.map((row) => row.format))].map((name) => {
    const exponent = growthExponent(rows.filter((row) => row.format === name));
    return exponent === undefined ? undefined : `${name}: time ∝ articles^${exponent.toFixed(2)}`;
  }).filter(Boolean);
  return [`Dateline benchmark (site: ${about.site}; median of ${about.runs} runs) on ${about.machine}`, '', ...table, '',
    ...(exponents.length ? [`Growth: ${exponents.join('; ')}`] : [])].join('\n');
}
