// Reads what later stages need from an article's mdast: paragraphs, captions, image, words.
import type { Heading, Image, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface BodyFacts {
  /** Top-level paragraph texts in order (captions and headings excluded). */
  paragraphs: string[];
  /** Photo caption texts, without credits. */
  captions: string[];
  /** Plain text of the whole body. */
  text: string;
  wordCount: number;
  /** First image, as written in the source. */
  image?: { url: string; alt: string };
  /** Images written without alt text, with their line. */
  imagesWithoutAlt: { url: string; line?: number }[];
}

/** Raw HTML is markup, not words: a summary must never show `<em>` or a script's source as text. */
const TEXT_ONLY = { includeHtml: false };

function isFigure(node: RootContent): boolean {
  return node.type === 'paragraph' && (node.data as { hName?: string } | undefined)?.hName === 'figure';
}

/** What one walk over the tree finds, so each later step need not walk it again. */
export interface TreeScan {
  headings: Heading[];
  /** Images in document order. */
  images: Image[];
  /** Whether any raw HTML node is present (parsing it into elements costs, so only then). */
  hasHtml: boolean;
}

/** One depth-first, pre-order walk (the order `unist-util-visit` uses), collecting what later steps need. */
export function scanTree(tree: Root): TreeScan {
  const scan: TreeScan = { headings: [], images: [], hasHtml: false };
  scanChildren(tree.children, scan);
  return scan;
}

function scanChildren(children: readonly Nodes[], scan: TreeScan): void {
  for (const node of children) {
    if (node.type === 'heading') scan.headings.push(node as Heading);
    else if (node.type === 'image') scan.images.push(node as Image);
    else if (node.type === 'html') scan.hasHtml = true;
    const nested = (node as { children?: Nodes[] }).children;
    if (nested) scanChildren(nested, scan);
  }
}

/** Facts of a tree; `images` are its images in document order, from {@link scanTree}. */
export function collectFacts(tree: Root, images: readonly Image[]): BodyFacts {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const texts: string[] = [];
  for (const node of tree.children) {
    const text = toString(node, TEXT_ONLY);
    texts.push(text);
    if (isFigure(node)) captions.push(captionText(node));
    else if (node.type === 'paragraph') paragraphs.push(text);
  }
  let image: BodyFacts['image'];
  const imagesWithoutAlt: BodyFacts['imagesWithoutAlt'] = [];
  for (const node of images) {
    image ??= { url: node.url, alt: node.alt ?? '' };
    if (!node.alt?.trim()) imagesWithoutAlt.push({ url: node.url, line: node.position?.start.line });
  }
  const text = texts.join('\n\n');
  return { paragraphs, captions, text, wordCount: countWords(text), image, imagesWithoutAlt };
}

/** `isSpace` of each Latin-1 code, 1 or 0. */
const LATIN1_SPACE = Uint8Array.from({ length: 0x100 }, (_, code) => Number(isSpace(code)));

/**
 * Words are runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` counts them,
 * without building the array of words. This runs over every character of every body, so Latin-1 is
 * looked up in a table, and a word start is counted by arithmetic: as a branch it is mispredicted at
 * every word.
 */
export function countWords(text: string): number {
  let words = 0;
  let afterSpace = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 0x100 ? (LATIN1_SPACE[code] ?? 0) : Number(isSpace(code));
    words += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return words;
}

/** JavaScript's `\s`: ASCII white space, NBSP, BOM and the Unicode space separators and line breaks. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A caption's own words, without the `Credit: …` line the wire parser marked up. */
function captionText(node: RootContent): string {
  const figcaption = (node as { children: RootContent[] }).children[0] as { children?: RootContent[] } | undefined;
  const first = figcaption?.children?.[0];
  return first ? toString(first).trim() : '';
}

/** The page's `<h1>` is the headline: shift body headings so the highest is an `<h2>`. */
export function demoteHeadings(headings: readonly Heading[]): void {
  let highest = 6;
  for (const node of headings) highest = Math.min(highest, node.depth);
  if (highest >= 2) return;
  for (const node of headings) node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
}
