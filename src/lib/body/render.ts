/**
 * Turns a checked body's syntax tree into HTML without compiling it: the tree that the rules
 * walked (src/lib/body/check.ts) goes through mdast-util-to-hast, then hast-util-sanitize with
 * an allow-list schema, then hast-util-to-html. A body is never turned into JavaScript, so
 * nothing in it can run at build time, and whatever the rules might miss is still cut by a
 * maintained sanitiser before it reaches a page. The documented components come out as
 * separate parts for the page to render with its own Astro components. Pure.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import Slugger from 'github-slugger';
import type { ComponentUse } from './check.ts';

/** A run of sanitised HTML, or a documented component to render in its place. */
export type BodyPart = { kind: 'html'; html: string } | { kind: 'component'; use: ComponentUse };

/** The element that stands for a component while the tree is sanitised. */
const PLACEHOLDER = 'antq-body-component';

/**
 * What CommonMark can produce and a body may keep: text structure, links and images with
 * safe schemes, nothing else (no id, class, style or event attribute on anything).
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'em',
    'strong',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'hr',
    'br',
    'img',
    PLACEHOLDER,
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    [PLACEHOLDER]: ['dataIndex'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  required: {},
  ancestors: {},
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * A heading as written with "# …" is the page's own level 1; in a body it becomes a level 2,
 * so the article's title stays the only h1 (the rules ask for "##", this keeps a slip harmless).
 */
const HEADING_FLOOR = 2;

function placeholder(index: number): Element {
  return { type: 'element', tagName: PLACEHOLDER, properties: { dataIndex: String(index) }, children: [] };
}

const dropped: Handler = () => undefined;

/**
 * Sanitised HTML parts and component parts, in document order. `uses` maps each component node
 * the rules accepted to its checked props; any other MDX node (expressions, imports, unknown
 * tags) is dropped here even if the rules were bypassed.
 */
export function renderBody(tree: Root, uses: ReadonlyMap<Nodes, ComponentUse>): BodyPart[] {
  const components: ComponentUse[] = [];
  const component: Handler = (_state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const use = uses.get(node);
    if (use === undefined) return undefined;
    components.push(use);
    return placeholder(components.length - 1);
  };
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: component,
      mdxJsxTextElement: component,
      mdxFlowExpression: dropped,
      mdxTextExpression: dropped,
      mdxjsEsm: dropped,
      heading: (state, node) => {
        const element = state.all(node);
        return {
          type: 'element',
          tagName: `h${Math.max(HEADING_FLOOR, node.depth)}`,
          properties: {},
          children: element,
        };
      },
    },
    // Raw HTML nodes are never passed on (the rules refuse them; here they are simply cut).
    allowDangerousHtml: false,
  }) as HastRoot;
  const clean = sanitize(hast, SCHEMA) as HastRoot;
  addHeadingIds(clean);
  return split(clean, components);
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Section links (#…) for the headings, slugged as Markdown renderers do, after sanitising. */
function addHeadingIds(root: HastRoot): void {
  const slugger = new Slugger();
  for (const node of root.children)
    if (node.type === 'element' && /^h[2-6]$/u.test(node.tagName)) node.properties['id'] = slugger.slug(textOf(node));
}

/** Serialises the tree once and cuts it at each placeholder, which marks where a component goes. */
function split(root: HastRoot, components: readonly ComponentUse[]): BodyPart[] {
  const marker = (index: number) => `<!--${PLACEHOLDER}:${index}-->`;
  const stack: Array<HastRoot | Element> = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    parent.children = parent.children.map((child) => {
      if (child.type !== 'element') return child;
      if (child.tagName === PLACEHOLDER)
        // The only raw node in the tree, added after sanitising: a comment the split below removes.
        return { type: 'raw', value: marker(Number(child.properties['dataIndex'])) } as unknown as ElementContent;
      stack.push(child);
      return child;
    });
  }
  const html = toHtml(root, { allowDangerousHtml: true });
  const parts: BodyPart[] = [];
  const pattern = new RegExp(`<!--${PLACEHOLDER}:(\\d+)-->`, 'gu');
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'html', html: html.slice(last, match.index) });
    const use = components[Number(match[1])];
    if (use !== undefined) parts.push({ kind: 'component', use });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}
