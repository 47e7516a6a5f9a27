// Reads built HTML the way a browser would (parse5, through hast-util-raw) and lists anything in it
// that could run code: the check behind "no script, no event handlers, no javascript: URLs, no iframes".
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';

export function parseDocument(html: string): Root {
  return raw({ type: 'root', children: [{ type: 'doctype' }, { type: 'raw', value: html.replace(/^<!DOCTYPE[^>]*>/i, '') }] } as Root) as Root;
}

export function parseFragment(html: string): Root {
  return raw({ type: 'root', children: [{ type: 'raw', value: html }] } as Root) as Root;
}

export function elements(tree: Root, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
}

/** Text content, as `textContent` gives it. */
export function textOf(node: Root | Element): string {
  const parts: string[] = [];
  visit(node, 'text', (text: { value: string }) => {
    parts.push(text.value);
  });
  return parts.join('');
}

const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'xLinkHref', 'srcSet', 'ping'];
/** What browsers ignore inside a scheme: `java\tscript:` and ` javascript:` are still javascript. */
const SCRIPT_URL = /^(javascript|vbscript|data:text\/html)/i;

function isScriptUrl(value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((item) => typeof item === 'string' && SCRIPT_URL.test(item.replace(/[\u0000-\u0020]/g, '')));
}

/**
 * Everything in a page that could execute: embeds, event-handler attributes, script URLs, a refresh
 * to a script URL, and scripts other than JSON-LD data whose text carries a payload (`alert(`).
 * The site's own scripts (an external search module, JSON-LD) are allowed.
 */
export function dangersIn(tree: Root): string[] {
  const dangers: string[] = [];
  for (const node of elements(tree)) {
    if (EMBEDS.has(node.tagName)) dangers.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) dangers.push(`<${node.tagName} ${name}=${String(value)}>`);
      if (URL_PROPERTIES.includes(name) && isScriptUrl(value)) dangers.push(`<${node.tagName} ${name}=${String(value)}>`);
    }
    if (node.tagName === 'meta' && /url\s*=\s*['"]?\s*(javascript|vbscript|data)/i.test(String(node.properties.content ?? ''))) {
      dangers.push('<meta refresh to a script URL>');
    }
    if (node.tagName === 'script') {
      const text = textOf(node);
      if (node.properties.type === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          dangers.push('JSON-LD that is not JSON (broken out of?)');
        }
      } else if (/alert\(/.test(text) || isScriptUrl(node.properties.src)) {
        dangers.push(`<script>${text.slice(0, 60)}`);
      }
    }
  }
  return dangers;
}
