// HTML for Markdown bodies without raw HTML, written straight from the mdast markdown.ts makes. Going
// through mdast-util-to-hast, hast-util-sanitize and hast-util-to-html cost about two thirds of a
// Markdown article's parse; the output here is byte for byte what that pipeline gives (tests hold it to
// that). It declines (returns undefined, and the caller takes the pipeline) for any node it does not
// know, any node with `data`, a URL that mdast-util-to-hast would percent-encode, and a URL whose
// protocol the sanitiser would strip: those are rare, and only the pipeline is sure to get them right.
import type { Code, Heading, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { escapeAttribute, escapeText } from './html-escape.js';

/** Thrown from inside the writer when the tree holds something only the general pipeline knows. */
class Unsupported extends Error {}

/** The protocols body.ts's schema (GitHub's) lets through, per attribute; case matters, as there. */
const HREF_PROTOCOLS = ['http', 'https', 'irc', 'ircs', 'mailto', 'xmpp'];
const SRC_PROTOCOLS = ['http', 'https'];
/**
 * Column alignments a GFM table can give (mdast's); any other value, which no parser makes, is left to
 * the pipeline and alignment.ts.
 */
const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * URLs that mdast-util-to-hast's `normalizeUri` leaves as they are: only the ASCII it keeps, and `%`
 * only when two letters or digits follow. Anything else it would percent-encode.
 */
const PLAIN_URL = /^(?:[!#$&-;=?-Z_a-z~]|%[\dA-Za-z]{2})*$/;

/**
 * Renders the tree as the general pipeline would (blocks joined by `\n`), or undefined when it holds
 * something this writer declines. Every tag comes from the fixed set here and all text and attribute
 * values are escaped, so nothing in the source can become markup: the guarantee the sanitiser gives.
 */
export function markdownHtml(tree: Root): string | undefined {
  try {
    refuseData(tree);
    return tree.children.map(blockHtml).join('\n');
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** `data` can rename a node's element or add properties (`hName`, `hProperties`): only the pipeline knows. */
function refuseData(node: Nodes): void {
  if (node.data !== undefined) throw new Unsupported();
}

function blockHtml(node: RootContent): string {
  refuseData(node);
  switch (node.type) {
    case 'paragraph':
      return `<p>${phrasingHtml(node.children, false)}</p>`;
    case 'heading':
      return headingHtml(node);
    case 'blockquote':
      return `<blockquote>\n${wrapped(node.children.map(blockHtml))}</blockquote>`;
    case 'list':
      return listHtml(node);
    case 'code':
      return codeHtml(node);
    case 'thematicBreak':
      return '<hr>';
    case 'table':
      return tableHtml(node);
    default:
      throw new Unsupported();
  }
}

/**
 * A GFM table as mdast-util-to-hast lays it out: the first row in `thead`, the rest in `tbody`, each
 * row as wide as the alignment row (missing cells empty, extra ones dropped), and each alignment as
 * the class alignment.ts makes of it.
 */
function tableHtml(node: Table): string {
  const align = node.align ?? [];
  const rows = node.children.map((row, index) => {
    refuseData(row);
    const tag = index === 0 ? 'th' : 'td';
    const width = node.align ? align.length : row.children.length;
    const cells: string[] = [];
    for (let i = 0; i < width; i++) {
      const cell = row.children[i];
      if (cell) refuseData(cell);
      const alignment = align[i];
      if (alignment && !ALIGNMENTS.has(alignment)) throw new Unsupported();
      cells.push(`<${tag}${alignment ? ` class="align-${alignment}"` : ''}>${cell ? phrasingHtml(cell.children, false) : ''}</${tag}>`);
    }
    return `<tr>\n${wrapped(cells)}</tr>`;
  });
  const [head, ...body] = rows;
  const parts = [...(head ? [`<thead>\n${wrapped([head])}</thead>`] : []), ...(body.length ? [`<tbody>\n${wrapped(body)}</tbody>`] : [])];
  return `<table>\n${wrapped(parts)}</table>`;
}

/** Children of a blockquote or list: each on its own line, as mdast-util-to-hast's `wrap(…, true)`. */
function wrapped(parts: string[]): string {
  return parts.length === 0 ? '' : `${parts.join('\n')}\n`;
}

function headingHtml(node: Heading): string {
  if (!Number.isInteger(node.depth) || node.depth < 1 || node.depth > 6) throw new Unsupported();
  return `<h${node.depth}>${phrasingHtml(node.children, false)}</h${node.depth}>`;
}

/** mdast-util-to-hast adds `start` whenever it is a number other than 1, whatever the list type. */
function listHtml(node: List): string {
  const tag = node.ordered ? 'ol' : 'ul';
  const start = typeof node.start === 'number' && node.start !== 1 && !Number.isNaN(node.start) ? ` start="${node.start}"` : '';
  const loose = Boolean(node.spread) || node.children.some(itemIsLoose);
  const items = node.children.map((item) => {
    if (item.type !== 'listItem') throw new Unsupported();
    return listItemHtml(item, loose);
  });
  return `<${tag}${start}>\n${wrapped(items)}</${tag}>`;
}

function itemIsLoose(item: ListItem): boolean {
  return item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread;
}

/**
 * A tight item's paragraphs lose their `<p>`; every other child sits on its own line, as
 * mdast-util-to-hast's `listItem` lays them out. Task-list items (`checked`) are declined.
 */
function listItemHtml(item: ListItem, loose: boolean): string {
  refuseData(item);
  if (typeof item.checked === 'boolean') throw new Unsupported();
  let html = '';
  item.children.forEach((child, index) => {
    const paragraph = child.type === 'paragraph';
    if (loose || index !== 0 || !paragraph) html += '\n';
    if (paragraph && !loose) {
      refuseData(child);
      html += phrasingHtml(child.children, false);
    } else {
      html += blockHtml(child);
    }
  });
  const tail = item.children[item.children.length - 1];
  if (tail && (loose || tail.type !== 'paragraph')) html += '\n';
  return `<li>${html}</li>`;
}

/**
 * The class is `language-` and the info string's first word. A `lang` with white space in it would
 * split differently in the pipeline (and an empty first word gives `class=""`): declined.
 */
function codeHtml(node: Code): string {
  if (node.lang && /\s/.test(node.lang)) throw new Unsupported();
  const className = node.lang ? ` class="${escapeAttribute(`language-${node.lang}`)}"` : '';
  return `<pre><code${className}>${escapeText(node.value ? `${node.value}\n` : '')}</code></pre>`;
}

/**
 * Inline children. After a hard break mdast-util-to-hast trims spaces and tabs from the start of the
 * next text, or of the first text inside the next element; `trimHead` carries that into an element.
 */
function phrasingHtml(children: readonly PhrasingContent[], trimHead: boolean): string {
  return children.map((child, index) =>
    inlineHtml(child, index === 0 ? trimHead && child.type === 'text' : children[index - 1]?.type === 'break')).join('');
}

function inlineHtml(node: PhrasingContent, trim: boolean): string {
  refuseData(node);
  switch (node.type) {
    case 'text':
      return escapeText(trimStartIf(trim, trimLines(node.value)));
    case 'emphasis':
      return `<em>${phrasingHtml(node.children, trim)}</em>`;
    case 'strong':
      return `<strong>${phrasingHtml(node.children, trim)}</strong>`;
    case 'delete':
      return `<del>${phrasingHtml(node.children, trim)}</del>`;
    case 'inlineCode':
      return `<code>${escapeText(trimStartIf(trim, node.value.replace(/\r?\n|\r/g, ' ')))}</code>`;
    case 'break':
      return '<br>\n';
    case 'link':
      return `<a href="${safeUrl(node.url, HREF_PROTOCOLS)}"${optional('title', node.title)}>${phrasingHtml(node.children, trim)}</a>`;
    case 'image':
      return `<img src="${safeUrl(node.url, SRC_PROTOCOLS)}"${optional('alt', node.alt)}${optional('title', node.title)}>`;
    default:
      throw new Unsupported();
  }
}

/** An attribute present whenever the mdast field is a string, empty or not. */
function optional(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`;
}

/**
 * The escaped URL, when the pipeline would keep it unchanged; declined when `normalizeUri` would
 * encode it or the sanitiser drop it. As there, a colon after `/`, `?` or `#` names no protocol.
 */
function safeUrl(url: string, protocols: readonly string[]): string {
  if (!PLAIN_URL.test(url)) throw new Unsupported();
  const colon = url.indexOf(':');
  const scheme = colon < 0 ? undefined : url.slice(0, colon);
  if (scheme !== undefined && !/[/?#]/.test(scheme) && !protocols.includes(scheme)) throw new Unsupported();
  return escapeAttribute(url);
}

/** mdast-util-to-hast's `trimLines`: spaces and tabs go from around line endings, not from the ends. */
function trimLines(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1') : value;
}

function trimStartIf(trim: boolean, value: string): string {
  return trim ? value.replace(/^[ \t]+/, '') : value;
}
