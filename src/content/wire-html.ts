// HTML for wire stories, written straight from the few mdast shapes the wire parser makes. Going
// through mdast-util-to-hast, hast-util-sanitize and hast-util-to-html cost a tenth of a wire parse for
// markup this simple; the output is byte for byte what that pipeline gives. Any other shape (a future
// wire feature) makes `wireHtml` return undefined, and the caller takes the general pipeline.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { escapeText } from './html-escape.js';

/** Thrown from inside the renderer when the tree holds something only the general pipeline knows. */
class Unsupported extends Error {}

/**
 * Renders the tree as the general pipeline would (blocks joined by `\n`), or undefined when it holds
 * a node this renderer does not know. Every tag comes from the fixed set here and all text is
 * escaped, so nothing in the source can become markup: the guarantee the sanitiser gives.
 */
export function wireHtml(tree: Root): string | undefined {
  try {
    return tree.children.map(blockHtml).join('\n');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function blockHtml(node: RootContent): string {
  if (node.type === 'heading') return headingHtml(node);
  if (node.type !== 'paragraph') throw new Unsupported();
  const hName = hNameOf(node);
  if (hName === undefined) return `<p>${textHtml(node.children)}</p>`;
  if (hName !== 'figure' || node.children.length !== 1) throw new Unsupported();
  return `<figure>${captionHtml(node.children[0] as unknown as RootContent)}</figure>`;
}

function headingHtml(node: Heading): string {
  if (node.data !== undefined) throw new Unsupported();
  return `<h${node.depth}>${textHtml(node.children)}</h${node.depth}>`;
}

/** `<figcaption>` of text and a credit in `<small class="credit">`, as `captionNode` in wire.ts marks it up. */
function captionHtml(node: RootContent): string {
  if (node.type !== 'paragraph' || hNameOf(node) !== 'figcaption') throw new Unsupported();
  let html = '';
  for (const child of node.children) {
    if (child.type === 'text') html += lineHtml(child.value);
    else if (child.type === 'emphasis' && isCredit(child.data)) html += `<small class="credit">${textHtml(child.children)}</small>`;
    else throw new Unsupported();
  }
  return `<figcaption>${html}</figcaption>`;
}

function isCredit(data: unknown): boolean {
  const { hName, hProperties, ...rest } = (data ?? {}) as { hName?: unknown; hProperties?: Record<string, unknown> };
  const className = hProperties?.className;
  return hName === 'small' && Object.keys(rest).length === 0 && Object.keys(hProperties ?? {}).length === 1 &&
    Array.isArray(className) && className.length === 1 && className[0] === 'credit';
}

/** The escaped text of children that must all be text nodes. */
function textHtml(children: readonly PhrasingContent[]): string {
  let html = '';
  for (const child of children) {
    if (child.type !== 'text') throw new Unsupported();
    html += lineHtml(child.value);
  }
  return html;
}

/** `data.hName` when `data` holds only that; undefined when there is no `data`. */
function hNameOf(node: Paragraph): string | undefined {
  const data = node.data as Record<string, unknown> | undefined;
  if (data === undefined) return undefined;
  const keys = Object.keys(data);
  if (keys.length !== 1 || typeof data.hName !== 'string') throw new Unsupported();
  return data.hName;
}

/**
 * Escaped text on one line. mdast-util-to-hast trims spaces and tabs around line endings, which wire
 * text never has; such text is refused.
 */
function lineHtml(value: string): string {
  if (value.includes('\n') || value.includes('\r')) throw new Unsupported();
  return escapeText(value);
}
