// Search from any page: Ctrl+K / Cmd+K, or "/" outside a form field, opens Pagefind's
// Component UI in a modal. Nothing of Pagefind loads until then, so content pages carry
// only this small module. The header link to /tim-kiem/ stays the way without JavaScript,
// and the fallback when the search bundle cannot load.
import searchCss from '../styles/search.css?url';
import { normalizeQuery, PLACEHOLDER_TEMPLATE, RESULT_TEMPLATE, SEARCH_RANKING } from '../lib/search-text.ts';

/** The parts of a Component UI instance this site uses. */
export interface SearchInstance {
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search' | 'results' | 'loading' | 'error', callback: (...args: unknown[]) => void): void;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): SearchInstance;
}

interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

const BUNDLE = '/pagefind/';
const SEARCH_PAGE = '/tim-kiem/';

function loadFile(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load the search UI`)), { once: true });
    document.head.append(element);
  });
}

const stylesheet = (href: string): HTMLLinkElement =>
  Object.assign(document.createElement('link'), { rel: 'stylesheet', href });

let loading: Promise<PagefindComponents> | undefined;

function loadComponents(): Promise<PagefindComponents> {
  loading ??= Promise.all([
    loadFile(stylesheet(`${BUNDLE}pagefind-component-ui.css`)),
    loadFile(stylesheet(searchCss)),
    loadFile(Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` })),
  ]).then(
    () => {
      if (!window.PagefindComponents) throw new Error('the search UI did not start');
      return window.PagefindComponents;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const instances = new Map<string, SearchInstance>();

/**
 * Loads the Component UI (script and styles) once and returns the named instance, whose
 * searches run on the normalised query: trimmed, NFC, one tone placement, the same form
 * the index holds. đ and abbreviations are met by each page's folded fields. `strings`
 * override the Component UI's own Vietnamese wording for this instance.
 */
export async function loadSearchUi(name = 'default', strings: Record<string, string> = {}): Promise<SearchInstance> {
  const components = await loadComponents();
  const known = instances.get(name);
  if (known) return known;
  const instance = components.configureInstance(name, {
    bundlePath: BUNDLE,
    excerptLength: 26,
    ranking: SEARCH_RANKING,
  });
  const search = instance.triggerSearch.bind(instance);
  const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
  instance.triggerSearch = (term) => search(normalizeQuery(term));
  instance.triggerSearchWithFilters = (term, filters) => searchWithFilters(normalizeQuery(term), filters);
  // Set once, before any component of the instance exists: changing strings later makes
  // every component render again.
  if (Object.keys(strings).length > 0) instance.setTranslations(strings);
  instances.set(name, instance);
  return instance;
}

/** `<script type="text/pagefind-template">` elements: the site's result markup. */
export function resultTemplates(): HTMLScriptElement[] {
  return [
    [RESULT_TEMPLATE, 'result'],
    [PLACEHOLDER_TEMPLATE, 'placeholder'],
  ].map(([template, name]) => {
    const script = document.createElement('script');
    script.type = 'text/pagefind-template';
    script.dataset['template'] = name;
    script.textContent = template ?? '';
    return script;
  });
}

function element(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

let modal: PagefindModal | undefined;
let opener: HTMLElement | null = null;

const MODAL = 'modal';

function createModal(): PagefindModal {
  // The modal moves its children into its <dialog> when it connects; a component moved
  // after connecting renders twice (two close buttons). So it gets a placeholder child,
  // and the real components go into the dialog once it exists, connecting only once.
  const of = { instance: MODAL };
  const created = element(
    'pagefind-modal',
    { ...of, class: 'search-modal' },
    element('span', { hidden: '' }),
  ) as PagefindModal;
  document.body.append(created);
  (created.querySelector('dialog') ?? created).append(
    element(
      'pagefind-modal-header',
      of,
      element('pagefind-input', { ...of, placeholder: 'Tìm mô hình, tỉnh, báo cáo…' }),
    ),
    element(
      'pagefind-modal-body',
      of,
      element('pagefind-summary', of),
      element('pagefind-results', { ...of, 'max-sub-results': '2' }, ...resultTemplates()),
    ),
    element('pagefind-modal-footer', of, element('pagefind-keyboard-hints', of)),
  );
  // "close" does not bubble, but a capturing listener on an ancestor still sees it.
  created.addEventListener(
    'close',
    () => {
      const back = opener;
      opener = null;
      if (back?.isConnected) requestAnimationFrame(() => back.focus());
    },
    true,
  );
  return created;
}

function focusInput(root: ParentNode): boolean {
  const input = root.querySelector<HTMLInputElement>('pagefind-input input');
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/** Opens search: the search page's own box when on it, otherwise the modal. */
export async function openSearch(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) {
    focusInput(page);
    return;
  }
  if (modal?.isOpen) {
    focusInput(modal);
    return;
  }
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  try {
    // In the dialog, Escape closes rather than clears: the keyboard hint says so.
    await loadSearchUi(MODAL, { keyboard_clear: 'đóng' });
  } catch {
    location.assign(SEARCH_PAGE);
    return;
  }
  modal ??= createModal();
  modal.open();
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.matches('input, textarea, select, [role="textbox"], [role="combobox"]'));

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey || event.shiftKey) return;
  const modifier = event.ctrlKey || event.metaKey;
  const shortcut = modifier ? event.key.toLowerCase() === 'k' : event.key === '/' && !isTyping(event.target);
  if (!shortcut) return;
  event.preventDefault();
  void openSearch();
});

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.nav-search')) {
  link.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
}
