// A task list's checkbox is a form control, and a control needs a label that names it: the item's
// words. The box and the words after it, up to the first block (a nested list), become one `<label>`.
import type { Element, ElementContent, Nodes, Root } from 'hast';

/** Elements that end a label's words: blocks cannot sit inside a `<label>`. */
const BLOCKS = new Set(['address', 'blockquote', 'details', 'div', 'dl', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

export function labelTaskBoxes(tree: Root): void {
  visit(tree);
}

function visit(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as ElementContent[];
  const box = children.findIndex(isTaskBox);
  if (box >= 0) {
    let end = box + 1;
    while (end < children.length && !isBlock(children[end] as ElementContent)) end++;
    while (end > box + 1 && isBlank(children[end - 1] as ElementContent)) end--;
    const label: Element = { type: 'element', tagName: 'label', properties: {}, children: children.slice(box, end) };
    children.splice(box, end - box, label);
  }
  for (const child of children) if (!(child.type === 'element' && child.tagName === 'label')) visit(child);
}

function isTaskBox(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}

/** The line break before a nested list stays outside the label, as it was outside the words. */
function isBlank(node: ElementContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}
