// Prints problems the way editors read them: file:line:column, what is wrong, how to fix it, the code.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Problem } from './types.js';

export interface ReportOptions {
  color?: boolean;
  /** Warnings printed per code before the rest are only counted; every error is always printed. */
  warningsPerCode?: number;
}

/** Enough of one kind of warning to see the pattern; an imported archive can raise thousands. */
export const WARNINGS_PER_CODE = 20;

export function formatProblems(problems: Problem[], options: ReportOptions = {}): string {
  const { shown, hidden } = limitWarnings(sortProblems(problems), options.warningsPerCode ?? WARNINGS_PER_CODE);
  const files = new Map<string, VFile>();
  for (const problem of shown) {
    let file = files.get(problem.file);
    if (!file) files.set(problem.file, file = new VFile({ path: problem.file }));
    const reason = problem.hint ? `${problem.message} Hint: ${problem.hint}` : problem.message;
    const message = file.message(reason, {
      place: problem.line ? { line: problem.line, column: problem.column ?? 1 } : undefined,
      ruleId: problem.code, source: 'dateline',
    });
    message.fatal = problem.severity === 'error';
  }
  const report = reporter([...files.values()], { color: options.color ?? false });
  const notes = [...hidden].map(([code, count]) =>
    `${count} more ${code} warning${count === 1 ? '' : 's'} not shown (${count + (options.warningsPerCode ?? WARNINGS_PER_CODE)} in all); --all-warnings lists every one`);
  return [report, ...notes].join('\n');
}

/** The problems to print, and how many warnings of each code were left out. */
function limitWarnings(sorted: Problem[], perCode: number): { shown: Problem[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown = sorted.filter((problem) => {
    if (problem.severity === 'error') return true;
    const count = (seen.get(problem.code) ?? 0) + 1;
    seen.set(problem.code, count);
    if (count <= perCode) return true;
    hidden.set(problem.code, (hidden.get(problem.code) ?? 0) + 1);
    return false;
  });
  return { shown, hidden };
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** "1 article", "2 articles". */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
