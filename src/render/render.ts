// The render stage: one page spec in, one HTML document out; a template mistake becomes a problem.
import type nunjucks from 'nunjucks';
import type { Problem } from '../types.js';
import type { PageSpec } from '../site/pages.js';

export class TemplateError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export function renderPage(env: nunjucks.Environment, page: PageSpec, extra: Record<string, unknown> = {}): string {
  try {
    return env.render(page.template, { page, ...page.data, ...extra });
  } catch (error) {
    throw new TemplateError(templateProblem(page.template, error));
  }
}

/** Nunjucks puts the template and position in its message: `(article.njk) [Line 4, Column 9]`. */
export function templateProblem(template: string, error: unknown): Problem {
  const message = (error as Error).message ?? String(error);
  const where = /\(([^()]+\.\w+)\)\s*\[Line (\d+), Column (\d+)\]/.exec(message);
  const detail = message.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? message;
  return {
    file: `templates/${where?.[1]?.split(/[\\/]/).pop() ?? template}`,
    line: where ? Number(where[2]) : undefined,
    column: where ? Number(where[3]) : undefined,
    code: 'template-error', severity: 'error',
    message: `The template failed: ${detail.replace(/^Error:\s*/, '')}`,
    hint: 'Fix the template at the line shown; `{{ … }}` and `{% … %}` must be balanced.',
  };
}
