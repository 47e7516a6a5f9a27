// Finds the images an article body shows and rewrites their tags; pure string work on the
// sanitised HTML the parse stage produced (double-quoted attributes, entities escaped).

/** One `<img>` in a body: where it is, and its attributes as written. */
export interface ImageTag {
  start: number;
  end: number;
  attributes: Map<string, string>;
  /** How many paragraphs come before it in the body: a rough measure of whether it is above the fold. */
  paragraphsBefore: number;
}

const IMG = /<img\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:="([^"]*)")?/g;

export function findImages(html: string): ImageTag[] {
  const found: ImageTag[] = [];
  for (const match of html.matchAll(IMG)) {
    const attributes = new Map<string, string>();
    for (const [, name, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) attributes.set(name!.toLowerCase(), decodeAttribute(value ?? ''));
    const paragraphsBefore = html.slice(0, match.index).split('</p>').length - 1;
    found.push({ start: match.index, end: match.index + match[0].length, attributes, paragraphsBefore });
  }
  return found;
}

/** The tag with these attributes, in a stable order. */
export function imageTag(attributes: Map<string, string>): string {
  const order = ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding', 'fetchpriority'];
  const names = [...attributes.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return `<img${names.map((name) => ` ${name}="${escapeAttribute(attributes.get(name) ?? '')}"`).join('')}>`;
}

function rank(order: string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

/** Replaces tags from the end so earlier offsets stay valid. */
export function replaceTags(html: string, replacements: { tag: ImageTag; html: string }[]): string {
  let result = html;
  for (const { tag, html: replacement } of [...replacements].sort((a, b) => b.tag.start - a.tag.start)) {
    result = result.slice(0, tag.start) + replacement + result.slice(tag.end);
  }
  return result;
}

/** An attribute value as the parse stage escaped it, back to text. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi, (entity, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name!.toLowerCase()] ?? entity;
  });
}

/** Attribute values were decoded for the tag's rebuild; escape them again. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
