// What only Markdown needs, loaded on first need (see `loadMarkdownStack` in body.ts): commonmark.js and
// micromark's GFM, and remark's general mdast → hast → sanitised HTML pipeline for trees the direct
// writers decline.
// Loading these modules costs a worker about 0.15 s, which one that parses only wire text is spared.
// Raw HTML in Markdown is parsed and sanitised rather than dropped: archives imported from other
// systems carry `<em>`, `<sup>`, `<table>`… whose text a reader should still get, while scripts,
// event handlers, `javascript:` URLs, iframes and styles never reach a page.
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { alignmentAsClass } from './alignment.js';
import { followPrefixedIds } from './fragments.js';
import { labelTaskBoxes } from './task-lists.js';

export { parseMarkdown } from './markdown.js';

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

/** The general pipeline's HTML for a tree, and the sanitised tree it was written from. */
export function pipelineHtml(tree: Root, withRawHtml: boolean): { html: string; hast: HastRoot } {
  const hast = sanitisedTree(tree, withRawHtml);
  return { html: toHtml(hast), hast };
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

/** The text a reader gets from a sanitised tree, blank lines squeezed. */
export function textOf(hast: HastRoot): string {
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
