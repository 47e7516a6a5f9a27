// `align` is how GFM tables (and old HTML) align a column, and it is obsolete in HTML: validators
// reject it. After sanitising, each becomes a class the stylesheet aligns by (`align-center`…).
import type { Nodes, Root } from 'hast';

const ALIGNMENTS = new Set(['left', 'center', 'right', 'justify']);

export function alignmentAsClass(tree: Root): void {
  visit(tree);
}

function visit(node: Nodes): void {
  if (node.type === 'element' && node.properties.align !== undefined) {
    const align = String(node.properties.align).toLowerCase();
    delete node.properties.align;
    if (ALIGNMENTS.has(align)) {
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    }
  }
  if ('children' in node) for (const child of node.children) visit(child);
}
