import type { Element, ElementContent, Root, Text } from 'hast';
import { firstUses, type AbbrEntry } from '../lib/abbr.ts';

// Text inside these is left alone: a link or heading reads better unwrapped, and an
// existing <abbr> already explains itself.
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'script', 'style', 'svg']);

/** Wraps the first use of each glossary abbreviation in an article in <abbr title>. */
export function rehypeAbbr(options: { entries: readonly AbbrEntry[] }) {
  return (tree: Root) => {
    const seen = new Set<string>();
    const visit = (node: Root | Element) => {
      const children: ElementContent[] = [];
      for (const child of node.children as ElementContent[]) {
        if (child.type === 'text') {
          children.push(...wrap(child, options.entries, seen));
        } else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
          children.push(child);
        }
      }
      node.children = children as typeof node.children;
    };
    visit(tree);
  };
}

function wrap(node: Text, entries: readonly AbbrEntry[], seen: Set<string>): ElementContent[] {
  const matches = firstUses(node.value, entries, seen);
  if (matches.length === 0) return [node];
  const out: ElementContent[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ type: 'text', value: node.value.slice(at, m.start) });
    out.push({
      type: 'element',
      tagName: 'abbr',
      properties: { title: m.entry.expansion },
      children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
    });
    at = m.end;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
