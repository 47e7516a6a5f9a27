// The sanitiser prefixes every id in an article with `user-content-`, so that an article's ids can
// never clobber the page's own (`#main`, a form's name). A link to a place in the article, such as
// a footnote's `#fn-1` or raw HTML's `<a href="#section-2">`, has to follow its target's new id.
// GitHub does this with a script on each page; a static page has to carry the right link.
import type { Element, Nodes, Root } from 'hast';

export function followPrefixedIds(tree: Root, prefix: string): void {
  const ids = new Set<string>();
  const links: Element[] = [];
  collect(tree, ids, links);
  for (const link of links) {
    const fragment = String(link.properties.href).slice(1);
    if (!fragment.startsWith(prefix) && ids.has(prefix + fragment)) link.properties.href = `#${prefix}${fragment}`;
  }
}

function collect(node: Nodes, ids: Set<string>, links: Element[]): void {
  if (node.type === 'element') {
    const { id, href } = node.properties;
    if (typeof id === 'string') ids.add(id);
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) links.push(node);
  }
  if ('children' in node) for (const child of node.children) collect(child, ids, links);
}
