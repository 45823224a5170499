/**
 * The text Pagefind indexes on a built page, read the way Pagefind 1.6 reads it: inside the
 * page's data-pagefind-body elements only, leaving out data-pagefind-ignore, the elements
 * Pagefind always removes and the tags the site excludes. Returned as blocks (paragraphs,
 * headings, list items, cells…), because a phrase does not run from one block into the next:
 * syllable pairs (search-pairs.ts) are made within a block. Pure: takes and returns strings.
 */
import { Parser } from 'htmlparser2';

/** Elements Pagefind drops with all they contain (REMOVE_SELECTORS in its parser). */
const REMOVED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/** Elements whose start and end close a block of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

export interface IndexedText {
  /** Whether the page marks what Pagefind indexes (data-pagefind-body); without it, nothing is read. */
  hasBody: boolean;
  /** The indexed text, block by block, whitespace collapsed; empty blocks left out. */
  blocks: string[];
}

/**
 * The page as Pagefind needs it: its head cut down to the <title>, and every <svg> (charts)
 * left out. Pagefind reads neither (it removes head and svg with all they hold), so the index
 * it builds is the same, byte for byte, while it parses, and Node sends it, about half as much.
 */
export function pageForIndexing(html: string): string {
  const headStart = html.indexOf('<head');
  const headEnd = html.indexOf('</head>');
  let page = html;
  if (headStart >= 0 && headEnd > headStart) {
    const title = /<title>[^<]*<\/title>/u.exec(html.slice(headStart, headEnd))?.[0] ?? '';
    page = `${html.slice(0, headStart)}<head>${title}${html.slice(headEnd)}`;
  }
  return withBlockSpaces(withoutSvg(page));
}

/** Elements that start a new line on the page; their text is a separate field or line. */
const BLOCKS =
  'address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const BLOCK_START = new RegExp(`<(?:${BLOCKS})(?=[\\s>/])`, 'giu');
const BLOCK_END = new RegExp(`</(?:${BLOCKS})>`, 'giu');

/**
 * A space before every block element's start tag and after its end tag. The built HTML has no
 * whitespace between tags, and Pagefind joins the text of neighbouring elements as it finds
 * it, so two fields (a <dd> and the next, a cell and the next) ran into one word in search
 * excerpts ("nêuBáo"). The text inside a block still ends where it did, so Pagefind still
 * closes an unpunctuated heading or cell with a full stop. Only the copy Pagefind reads is
 * changed; the page is not.
 */
export function withBlockSpaces(html: string): string {
  return html.replace(BLOCK_START, ' $&').replace(BLOCK_END, '$& ');
}

/** The HTML with each <svg>…</svg> removed, nested ones with it. */
function withoutSvg(html: string): string {
  let out = '';
  let at = 0;
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)svg[\s>/]/giu)) {
    const closing = tag[1] === '/';
    const end = html.indexOf('>', tag.index);
    if (end < 0) break;
    const selfClosing = !closing && html[end - 1] === '/';
    if (!closing && depth === 0) out += html.slice(at, tag.index);
    if (!closing && !selfClosing) depth++;
    if (closing && depth > 0) depth--;
    if (depth === 0 && (closing || selfClosing)) at = end + 1;
  }
  // An svg left open runs to the end of the page, as a parser reads it.
  return depth > 0 ? out : out + html.slice(at);
}

/**
 * Reads a page. `excludedTags` are the site's own exclusions, which Pagefind receives as
 * `excludeSelectors`: plain tag names only, so both read the same page.
 */
export function indexedText(html: string, excludedTags: readonly string[] = []): IndexedText {
  const excluded = new Set(excludedTags);
  const blocks: string[] = [];
  let current = '';
  let hasBody = false;
  // One entry per open element: whether it opened a body, and whether it started skipping.
  const stack: Array<{ body: boolean; skip: boolean }> = [];
  let bodyDepth = 0;
  let skipDepth = 0;

  const endBlock = () => {
    const text = current.replace(/\s+/gu, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = 'data-pagefind-body' in attributes;
        const skip = REMOVED.has(name) || excluded.has(name) || 'data-pagefind-ignore' in attributes;
        if (body) hasBody = true;
        stack.push({ body, skip });
        if (body) bodyDepth++;
        if (skip) skipDepth++;
        if (BLOCK.has(name)) endBlock();
        // Pagefind reads <br> as a space between words.
        else if (name === 'br') current += ' ';
      },
      ontext(text) {
        if (bodyDepth > 0 && skipDepth === 0) current += text;
      },
      onclosetag(name) {
        const frame = stack.pop();
        if (frame?.body) bodyDepth--;
        if (frame?.skip) skipDepth--;
        if (BLOCK.has(name)) endBlock();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return { hasBody, blocks };
}
