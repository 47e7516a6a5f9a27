// GitHub Flavored Markdown: tables, ~~strikethrough~~, footnotes, task lists and bare links, as Hugo and
// GitHub render them. Archives moved over from other generators carry these, and without them a table
// reaches the reader as rows of pipes. micromark (remark's parser) knows GFM; commonmark.js, which
// parses everything else about twenty times faster, does not. GFM adds only these constructs to
// CommonMark, so a body that holds none of their marks parses the same either way: only a body
// with a mark that could start one goes through micromark.
import type { Image, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * A table's delimiter row: only pipes, colons, dashes and blanks, with a dash and a pipe or colon
 * (`:-` under one column is a table too; a bare `---` is a rule or a heading's underline).
 */
const DELIMITER_ROW = /^(?=[^\n]*[|:])(?=[^\n]*-)[ \t|:-]+\r?$/m;
/** A task-list item's box (the item may sit anywhere: in a quote, a nested list, after a lazy line). */
const TASK_BOX = /\[[ xX]\]/;
/** Whether the body holds a mark that could start a GFM construct other than a bare address. */
export function mayUseGfm(text: string): boolean {
  return text.includes('~') || text.includes('[^') ||
    DELIMITER_ROW.test(text) ||
    (text.includes('[') && TASK_BOX.test(text));
}

/**
 * The start of a bare web or mail address, where GFM makes a link of one: a protocol, `www.`, or
^ * `user@host`. Only text can hold one: the same characters in a link's destination are no address.
 */
const ADDRESS = /(?:https?|mailto|xmpp):|www\.|@/i;

/**
 * Whether the text of a CommonMark tree holds what GFM could make a link of: outside code, and
 * outside links (an autolink's text is its address, and GFM makes no link inside a link).
 */
export function mentionsAddress(node: Nodes): boolean {
  if (node.type === 'text') return ADDRESS.test(node.value);
  return 'children' in node && node.type !== 'link' && node.children.some(mentionsAddress);
}

/**
 * The mdast of a GFM body; `lineOffset` lines of front matter came before it. As in markdown.ts,
 * only images carry a position (their line in the file, for the missing-alt-text warning).
 */
export function parseGfm(text: string, lineOffset: number): Root {
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  keepImagePositions(tree, lineOffset);
  return tree;
}

function keepImagePositions(node: Nodes, lineOffset: number): void {
  if (node.type === 'image') {
    const start = (node as Image).position?.start;
    const point = start && { line: start.line + lineOffset, column: 1, offset: (start.offset ?? 0) - (start.column - 1) };
    node.position = point && { start: point, end: point };
  } else {
    delete node.position;
  }
  if ('children' in node) for (const child of node.children) keepImagePositions(child, lineOffset);
}
