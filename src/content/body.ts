// One parser per format (commonmark.js for Markdown, our own for wire) into the same mdast, the same
// transforms, sanitised HTML out. Trees without raw HTML are written to HTML directly (wire-html.ts,
// markdown-html.ts): the same bytes for far less work, falling back to the general pipeline in
// markdown-stack.ts for anything those decline. That stack is loaded only once something needs it.
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { SourceFile } from '../types.js';
import { collectFacts, countWords, demoteHeadings, scanTree, type BodyFacts } from './facts.js';
import { markdownHtml } from './markdown-html.js';
import { wireHtml } from './wire-html.js';
import { parseWireText, type WireData } from './wire.js';

type MarkdownStack = typeof import('./markdown-stack.js');
let markdownStack: MarkdownStack | undefined;

/**
 * Loads what Markdown needs (markdown-stack.ts); `renderBody` needs it for Markdown, and for a wire
 * tree the direct writer declines, which the wire parser makes none of today.
 */
export async function loadMarkdownStack(): Promise<void> {
  markdownStack ??= await import('./markdown-stack.js');
}

/** Thrown by `renderBody` when it needs the Markdown stack before `loadMarkdownStack` has loaded it. */
export class MarkdownStackNotLoaded extends Error {
  constructor() {
    super('The Markdown stack is not loaded: await loadMarkdownStack() before parsing Markdown.');
  }
}

function loadedMarkdownStack(): MarkdownStack {
  if (!markdownStack) throw new MarkdownStackNotLoaded();
  return markdownStack;
}

export interface RenderedBody {
  html: string;
  facts: BodyFacts;
  /** The date line of a wire file; absent for Markdown. */
  wire?: WireData;
}

/** Parses a body (front matter removed) and renders it to sanitised HTML. */
export function renderBody(format: SourceFile['format'], text: string, lineOffset: number): RenderedBody {
  const { tree, wire } = parseTree(format, text, lineOffset);
  // One walk finds the headings to demote, the images and whether there is raw HTML.
  const scan = scanTree(tree);
  demoteHeadings(scan.headings);
  const withRawHtml = scan.hasHtml;
  const direct = withRawHtml ? undefined : directHtml(format, tree);
  const { html, hast } = direct === undefined ? loadedMarkdownStack().pipelineHtml(tree, withRawHtml) : { html: direct, hast: undefined };
  const facts = collectFacts(tree, scan.images);
  return { html: html && !html.endsWith('\n') ? `${html}\n` : html, facts: safeFacts(facts, withRawHtml ? hast : undefined), wire };
}

/** Positions count from the start of the file, front matter included, so problems name the right line. */
function parseTree(format: SourceFile['format'], text: string, lineOffset: number): { tree: Root; wire?: WireData } {
  if (format === 'wire') return parseWireText(text, lineOffset);
  return { tree: loadedMarkdownStack().parseMarkdown(text, lineOffset) };
}

/** HTML written straight from a tree without raw HTML, or undefined where only the pipeline is sure. */
function directHtml(format: SourceFile['format'], tree: Root): string | undefined {
  return format === 'wire' ? wireHtml(tree) : markdownHtml(tree);
}

/**
 * Facts leave the sanitiser's reach (listings, metadata), so the lead image must be a web address;
 * and words inside raw HTML blocks count, so an article written as HTML is not taken for empty.
 */
function safeFacts(facts: BodyFacts, sanitised: HastRoot | undefined): BodyFacts {
  const url = facts.image?.url;
  const image = !url || /^(https?:\/\/|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/i.test(url) ? facts.image : undefined;
  if (!sanitised) return { ...facts, image };
  const text = loadedMarkdownStack().textOf(sanitised);
  return { ...facts, image, text, wordCount: countWords(text) };
}
