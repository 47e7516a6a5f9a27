// Prints problems the way editors read them: file:line:column, what is wrong, how to fix it, the code.
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Problem } from './types.js';

export function formatProblems(problems: Problem[], options: { color?: boolean } = {}): string {
  const files = new Map<string, VFile>();
  for (const problem of sortProblems(problems)) {
    let file = files.get(problem.file);
    if (!file) files.set(problem.file, file = new VFile({ path: problem.file }));
    const reason = problem.hint ? `${problem.message} Hint: ${problem.hint}` : problem.message;
    const message = file.message(reason, {
      place: problem.line ? { line: problem.line, column: problem.column ?? 1 } : undefined,
      ruleId: problem.code, source: 'dateline',
    });
    message.fatal = problem.severity === 'error';
  }
  return reporter([...files.values()], { color: options.color ?? false });
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
