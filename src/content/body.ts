// One parser per format (commonmark.js for Markdown, our own for wire) into the same mdast, the same
// transforms, sanitised HTML out. Trees without raw HTML are written to HTML directly (wire-html.ts,
// markdown-html.ts): the same bytes for far less work, falling back here for anything those decline.
// Raw HTML in Markdown is parsed and sanitised rather than dropped: archives imported from other
// systems carry `<em>`, `<sup>`, `<table>`… whose text a reader should still get, while scripts,
// event handlers, `javascript:` URLs, iframes and styles never reach a page.
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { SourceFile } from '../types.js';
import { collectFacts, countWords, demoteHeadings, scanTree, type BodyFacts } from './facts.js';
import { alignmentAsClass } from './alignment.js';
import { followPrefixedIds } from './fragments.js';
import { markdownHtml } from './markdown-html.js';
import { parseMarkdown } from './markdown.js';
import { labelTaskBoxes } from './task-lists.js';
import { wireHtml } from './wire-html.js';
import { parseWireText, type WireData } from './wire.js';

/**
 * Attributes GitHub's rules let through on any element that HTML made obsolete (validators reject
 * them, the stylesheet lays out tables and rules): dropped. `width` and `height` stay on images;
 * `align` becomes a class (alignment.ts).
 */
const OBSOLETE = new Set(['axis', 'border', 'cellPadding', 'cellSpacing', 'char', 'charOff', 'charSet', 'clear', 'color',
  'compact', 'frame', 'hSpace', 'height', 'noHref', 'noShade', 'noWrap', 'rev', 'rules', 'vAlign', 'width']);

/**
 * GitHub's sanitising rules, plus the figure and credit markup the wire format produces, less the
 * obsolete attributes. Ids and names get GitHub's `user-content-` prefix, so they cannot clobber page
 * globals (fragments.ts). As there, the only `input` kept is a task list's disabled checkbox
 * (labelled by its item's words: task-lists.ts).
 */
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'small'],
  /** Elements whose content is code or embedded media, not text: dropped whole, not unwrapped. */
  strip: ['script', 'style', 'template', 'iframe', 'frame', 'object', 'embed', 'noscript', 'noembed', 'noframes',
    'svg', 'math', 'textarea', 'select', 'title', 'xmp'],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => typeof name !== 'string' || !OBSOLETE.has(name)),
    small: [['className', 'credit']],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'loading', 'decoding'],
  },
};

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
  const hast = direct === undefined ? sanitisedTree(tree, withRawHtml) : undefined;
  const html = direct ?? toHtml(hast as HastRoot);
  const facts = collectFacts(tree, scan.images);
  return { html: html && !html.endsWith('\n') ? `${html}\n` : html, facts: safeFacts(facts, withRawHtml ? hast : undefined), wire };
}

/** Positions count from the start of the file, front matter included, so problems name the right line. */
function parseTree(format: SourceFile['format'], text: string, lineOffset: number): { tree: Root; wire?: WireData } {
  if (format === 'wire') return parseWireText(text, lineOffset);
  return { tree: parseMarkdown(text, lineOffset) };
}

/** HTML written straight from a tree without raw HTML, or undefined where only the pipeline is sure. */
function directHtml(format: SourceFile['format'], tree: Root): string | undefined {
  return format === 'wire' ? wireHtml(tree) : markdownHtml(tree);
}

/**
 * mdast → hast, with raw HTML parsed into elements (only when there is some: parsing costs) → sanitised.
 * Exported so tests can hold the direct writers to what this pipeline gives.
 */
export function sanitisedTree(tree: Root, withRawHtml: boolean): HastRoot {
  // Footnote ids unprefixed here: the sanitiser prefixes every id, and the links follow them after.
  const hast = toHast(tree, { allowDangerousHtml: withRawHtml, clobberPrefix: '' }) as HastRoot;
  const clean = sanitize(withRawHtml ? raw(hast) : hast, schema) as HastRoot;
  followPrefixedIds(clean, schema.clobberPrefix ?? '');
  alignmentAsClass(clean);
  labelTaskBoxes(clean);
  return clean;
}

/**
 * Facts leave the sanitiser's reach (listings, metadata), so the lead image must be a web address;
 * and words inside raw HTML blocks count, so an article written as HTML is not taken for empty.
 */
function safeFacts(facts: BodyFacts, sanitised: HastRoot | undefined): BodyFacts {
  const url = facts.image?.url;
  const image = !url || /^(https?:\/\/|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/i.test(url) ? facts.image : undefined;
  if (!sanitised) return { ...facts, image };
  const text = textOf(sanitised);
  return { ...facts, image, text, wordCount: countWords(text) };
}

function textOf(hast: HastRoot): string {
  const parts: string[] = [];
  collectText(hast.children, parts);
  return parts.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/** Text node values in document order (pre-order, as `unist-util-visit` would find them). */
function collectText(children: readonly HastNodes[], parts: string[]): void {
  for (const node of children) {
    if (node.type === 'text') parts.push(node.value);
    else if ('children' in node) collectText(node.children, parts);
  }
}
