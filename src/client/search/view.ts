// Search results drawn by the site: a search box, a status line and a list of hits, on the
// search page and in the Ctrl+K dialog. Excerpts are the site's own (src/lib/search-excerpt.ts),
// drawn as text nodes and <mark> only, so nothing from the index can become markup.
import { excerpt, orderTies, pageText, sections, type ExcerptPart, type PageText } from '../../lib/search-excerpt.ts';
import { queryWords } from '../../lib/search-pairs.ts';
import { normalizeQuery } from '../../lib/search-text.ts';
import { runSearch, type FilterCounts, type Filters, type ResultData, type SearchResult } from './engine.ts';

/** Results drawn at a time; each one fetches its fragment. */
const PAGE_SIZE = 5;
/** Typing pauses this long before a search starts. */
const DEBOUNCE_MS = 200;
/** Words in an excerpt. */
const EXCERPT_WORDS = 26;

export interface SearchParts {
  input: HTMLInputElement;
  /** The status line (role="status"): what was found, or that search is running. */
  summary: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  /** Sections shown under each hit. */
  subResults: number;
  /** What the status line says before anything is typed. */
  idle: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? el('mark', '', part.text) : document.createTextNode(part.text)));
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** One hit: title link first (arrow keys land on it), kind and province, excerpt, sections. */
function hit(data: ResultData, text: PageText, subResults: number): HTMLLIElement {
  const url = data.meta['url'] ?? data.url;
  const box = el(
    'div',
    'search-hit',
    el('p', 'search-hit-title', link(url, 'search-hit-link', data.meta['title'] ?? 'Trang không có tiêu đề')),
  );
  const kind = data.meta['kind'];
  if (kind) {
    const meta = el('p', 'search-hit-meta', el('span', 'search-hit-kind', kind));
    const province = data.meta['province'];
    if (province) meta.append(' ', el('span', '', province));
    box.append(meta);
  }
  const shown = excerpt(text, EXCERPT_WORDS);
  if (shown.length > 0) box.append(el('p', 'search-hit-excerpt', ...excerptNodes(shown)));
  // Headed sections of the page that hold the query's words: links into the page.
  const parts = sections(text, data.anchors, EXCERPT_WORDS).slice(0, subResults);
  if (parts.length > 0) {
    box.append(
      el(
        'ul',
        'search-hit-sections',
        ...parts.map((section) =>
          el(
            'li',
            '',
            link(`${url}#${section.id}`, '', section.title),
            el('br', ''),
            el('span', 'search-hit-section-excerpt', ...excerptNodes(section.excerpt)),
          ),
        ),
      ),
    );
  }
  return el('li', 'search-hit-item', box);
}

export class SearchView {
  #parts: SearchParts;
  #filters: Filters = {};
  #results: SearchResult[] = [];
  /** The folded words of the query the results are for, which excerpts mark. */
  #words: string[] = [];
  #shown = 0;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listeners: Array<(query: string, counts: FilterCounts | null) => void> = [];

  constructor(parts: SearchParts) {
    this.#parts = parts;
    parts.input.addEventListener('input', () => this.schedule());
    parts.more.addEventListener('click', () => void this.#showMore(this.#run));
    parts.more.hidden = true;
    parts.summary.textContent = parts.idle;
  }

  get input(): HTMLInputElement {
    return this.#parts.input;
  }

  /** Called after every search with its query and the filter counts of its results. */
  onSearch(listener: (query: string, counts: FilterCounts | null) => void): void {
    this.#listeners.push(listener);
  }

  setFilters(filters: Filters): void {
    this.#filters = filters;
    void this.search();
  }

  /** Searches once typing pauses. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  /** Searches now for what the box holds; a later search makes this one's results moot. */
  async search(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const { input, summary, list, more, idle } = this.#parts;
    const query = input.value;
    const term = normalizeQuery(query);
    summary.textContent = 'Đang tìm…';
    const failed = () => {
      if (run === this.#run) summary.textContent = 'Không tải được công cụ tìm kiếm. Hãy tải lại trang.';
    };
    let response;
    try {
      response = await runSearch(query, this.#filters);
    } catch {
      failed();
      return;
    }
    if (run !== this.#run) return;
    this.#results = response?.results ?? [];
    this.#words = queryWords(term).folded;
    this.#shown = 0;
    more.hidden = true;
    // The summary changes with the list, once its first results are drawn: never a new count
    // over the old results, nor over an empty list while the results' texts load.
    const settle = () => {
      if (!response) summary.textContent = idle;
      else if (this.#results.length === 0) summary.textContent = `Không có kết quả cho ${term || 'bộ lọc đã chọn'}`;
      else {
        const count = this.#results.length.toLocaleString('vi-VN');
        summary.textContent = term ? `${count} kết quả cho ${term}` : `${count} trang khớp bộ lọc`;
      }
      for (const listener of this.#listeners) listener(query, response?.filters ?? null);
    };
    if (this.#results.length === 0) {
      list.replaceChildren();
      settle();
      return;
    }
    // The first results' texts come with them; if they fail to load, so does the search.
    await this.#showMore(run, settle).catch(failed);
  }

  /** Draws the next results; `fresh` (a new search) replaces the list and settles the summary with it. */
  async #showMore(run: number, fresh?: () => void): Promise<void> {
    const { list, more, subResults } = this.#parts;
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    if (batch.length === 0) return;
    more.disabled = true;
    const loaded = await Promise.all(batch.map(async (result) => ({ score: result.score, data: await result.data() })));
    if (run !== this.#run) return;
    const read = loaded.map((r) => ({ ...r, text: pageText(r.data.content, this.#words) }));
    const shown = orderTies(
      read,
      (r) => r.score,
      (r) => r.text,
    );
    const hits = shown.map((r) => hit(r.data, r.text, subResults));
    if (fresh) {
      list.replaceChildren(...hits);
      fresh();
    } else list.append(...hits);
    this.#shown += batch.length;
    more.disabled = false;
    more.hidden = this.#shown >= this.#results.length;
  }
}

/**
 * ArrowDown/ArrowUp move between the search box and the result titles inside `root`; Enter
 * on a title follows it as any link does.
 */
export function arrowKeys(root: HTMLElement, input: HTMLInputElement): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const stops: HTMLElement[] = [input, ...root.querySelectorAll<HTMLElement>('.search-hit-link')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
