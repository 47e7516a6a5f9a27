// Reads what later stages need from an article's mdast: paragraphs, captions, image, words.
import type { Image, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

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

export function collectFacts(tree: Root): BodyFacts {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  for (const node of tree.children) {
    if (isFigure(node)) captions.push(captionText(node));
    else if (node.type === 'paragraph') paragraphs.push(toString(node, TEXT_ONLY));
  }
  let image: BodyFacts['image'];
  const imagesWithoutAlt: BodyFacts['imagesWithoutAlt'] = [];
  visit(tree, 'image', (node: Image) => {
    image ??= { url: node.url, alt: node.alt ?? '' };
    if (!node.alt?.trim()) imagesWithoutAlt.push({ url: node.url, line: node.position?.start.line });
  });
  const text = tree.children.map((node) => toString(node, TEXT_ONLY)).join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return { paragraphs, captions, text, wordCount, image, imagesWithoutAlt };
}

/** A caption's own words, without the `Credit: …` line the wire parser marked up. */
function captionText(node: RootContent): string {
  const figcaption = (node as { children: RootContent[] }).children[0] as { children?: RootContent[] } | undefined;
  const first = figcaption?.children?.[0];
  return first ? toString(first).trim() : '';
}

/** The page's `<h1>` is the headline: shift body headings so the highest is an `<h2>`. */
export function demoteHeadings(tree: Root): void {
  let highest = 6;
  visit(tree, 'heading', (node) => {
    highest = Math.min(highest, node.depth);
  });
  if (highest >= 2) return;
  visit(tree, 'heading', (node) => {
    node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
  });
}
