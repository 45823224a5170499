/**
 * The rules for an article or overview body, on its syntax tree: what may be in it and what
 * is refused, each with the line and a plain message. References inside components are
 * returned for the validator to resolve (src/validation/body-rules.ts). Pure.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { BODY_COMPONENTS, isBodyComponent, type BodyComponent, type BodyComponentName } from './components.ts';
import { MAX_BODY_DEPTH, parseBody, type BodyFinding, type BodyFormat } from './parse.ts';

/** A documented component as written in a body, with its checked props. */
export interface ComponentUse {
  name: BodyComponentName;
  /** Prop → value: a string, or true for a flag written bare. */
  props: Record<string, string | true>;
  line: number;
}

export interface CheckedBody {
  findings: BodyFinding[];
  components: ComponentUse[];
  /** Each component node of the tree with its checked props, for the renderer. */
  uses: Map<Nodes, ComponentUse>;
  /** The tree, when the body could be read. */
  tree?: Root;
}

/** Schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of a URL as a browser would read it (control characters and blanks ignored), or undefined. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/u.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

export const isSafeUrl = (url: string): boolean => {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
};

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const lineOf = (node: Nodes): number => node.position?.start.line ?? 1;

function checkComponent(node: JsxElement, format: BodyFormat, out: CheckedBody): void {
  const line = lineOf(node);
  const say = (en: string, vi: string): void => void out.findings.push({ line, en, vi });
  const name = node.name ?? '';
  if (!isBodyComponent(name)) {
    if (name === '') say('a fragment <>…</> is not allowed', 'Không dùng thẻ rỗng <>…</>.');
    else if (/^[a-z]/u.test(name))
      say(
        `HTML tag <${name}> is not allowed in a body`,
        `Không dùng thẻ HTML <${name}> trong nội dung: chỉ viết chữ Markdown và các thành phần ${Object.keys(BODY_COMPONENTS).join(', ')}.`,
      );
    else
      say(
        `unknown component <${name}> (allowed: ${Object.keys(BODY_COMPONENTS).join(', ')})`,
        `Không có thành phần <${name}>: chỉ dùng ${Object.keys(BODY_COMPONENTS).join(', ')}.`,
      );
    return;
  }
  const spec: BodyComponent = BODY_COMPONENTS[name];
  if (format === 'md') {
    say(
      `<${name}> is for articles, not overviews`,
      `Thành phần <${name}> chỉ dùng trong bài viết, không dùng trong tổng quan.`,
    );
    return;
  }
  if (node.children.length > 0)
    say(
      `<${name}> takes no content: write <${name} … />`,
      `Thẻ <${name}> không chứa chữ bên trong: viết <${name} … />.`,
    );
  if (!spec.inline && node.type === 'mdxJsxTextElement')
    say(
      `<${name}> must stand on a line of its own`,
      `Thẻ <${name}> phải đứng riêng một dòng, cách đoạn văn bằng dòng trống.`,
    );
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      say(`<${name}> has {…} among its props`, `Thẻ <${name}> có {…}: chỉ viết tên="giá trị".`);
      continue;
    }
    const prop = Object.hasOwn(spec.props, attribute.name) ? spec.props[attribute.name] : undefined;
    if (prop === undefined) {
      say(
        `<${name}> has no prop "${attribute.name}" (it takes ${Object.keys(spec.props).join(', ')})`,
        `Thẻ <${name}> không có thuộc tính “${attribute.name}” (chỉ có ${Object.keys(spec.props).join(', ')}).`,
      );
      continue;
    }
    if (Object.hasOwn(props, attribute.name)) {
      say(`<${name}> has "${attribute.name}" twice`, `Thẻ <${name}> ghi “${attribute.name}” hai lần.`);
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      say(
        `<${name} ${attribute.name}={…}>: a value in {…} is code; write ${attribute.name}="…"`,
        `Thẻ <${name}>: giá trị trong {…} là mã lệnh, không được dùng; viết ${attribute.name}="…".`,
      );
      continue;
    }
    if (prop.type === 'flag') {
      if (value !== null && value !== undefined)
        say(
          `<${name}>: write ${attribute.name} alone, without a value`,
          `Thẻ <${name}>: chỉ ghi chữ ${attribute.name}, không kèm giá trị.`,
        );
      else props[attribute.name] = true;
      continue;
    }
    if (typeof value !== 'string')
      say(`<${name}>: ${attribute.name} needs a value`, `Thẻ <${name}>: ${attribute.name} cần giá trị (${prop.vi}).`);
    else props[attribute.name] = value;
  }
  for (const [propName, prop] of Object.entries(spec.props))
    if (
      prop.required &&
      !Object.hasOwn(props, propName) &&
      !node.attributes.some((a) => 'name' in a && a.name === propName)
    )
      say(`<${name}> needs ${propName}="…"`, `Thẻ <${name}> thiếu ${propName}="…" (${prop.vi}).`);
  const use: ComponentUse = { name, props, line };
  out.components.push(use);
  out.uses.set(node, use);
}

function checkNode(node: Nodes, format: BodyFormat, out: CheckedBody): void {
  const line = lineOf(node);
  const say = (en: string, vi: string): void => void out.findings.push({ line, en, vi });
  switch (node.type) {
    case 'mdxjsEsm':
      return say(
        'import/export is code and is not allowed in a body',
        'Không dùng “import” hay “export” trong nội dung: đó là mã lệnh, trang không chạy mã của nội dung.',
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return say(
        `{…} is code and is not allowed in a body (write \\{ for a brace)`,
        'Không dùng cặp ngoặc {…} trong nội dung: đó là mã lệnh. Muốn viết chữ “{” thì gõ \\{.',
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkComponent(node, format, out);
    case 'html':
      return say(
        'raw HTML is not allowed in a body',
        'Không dùng mã HTML trong nội dung: chỉ viết chữ Markdown (## tiêu đề, **đậm**, [liên kết](https://…)).',
      );
    case 'link':
    case 'image':
    case 'definition':
      if (!isSafeUrl(node.url))
        say(
          `the address "${node.url.slice(0, 60)}" uses "${urlScheme(node.url) ?? ''}:", which is not allowed (only http, https, mailto, tel or a path on this site)`,
          `Địa chỉ “${node.url.slice(0, 60)}” dùng “${urlScheme(node.url) ?? ''}:”, không được phép: chỉ dùng http, https, mailto, tel hoặc đường dẫn trong cổng.`,
        );
      return;
    default:
      return;
  }
}

/** Parses a body and applies every rule; the tree walk is iterative, so no body can exhaust the stack. */
export function checkBody(source: string, format: BodyFormat): CheckedBody {
  const out: CheckedBody = { findings: [], components: [], uses: new Map() };
  const parsed = parseBody(source, format);
  if (!parsed.ok) {
    out.findings.push(parsed.finding);
    return out;
  }
  out.tree = parsed.tree;
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: parsed.tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) {
      out.findings.push({
        line: lineOf(node),
        en: `nesting deeper than ${MAX_BODY_DEPTH} levels`,
        vi: `Lồng nhau quá ${MAX_BODY_DEPTH} tầng: hãy viết phẳng hơn.`,
      });
      continue;
    }
    checkNode(node, format, out);
    // A component's or an unknown tag's inside is not read further: it is refused or empty.
    if ('children' in node && node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as Nodes, depth: depth + 1 });
  }
  out.findings.sort((a, b) => a.line - b.line);
  return out;
}
