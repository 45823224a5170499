// Search from any page: Ctrl+K / Cmd+K, or "/" outside a form field, opens a search dialog.
// Nothing of search loads until then (the dialog code, its styles and Pagefind's engine
// come on first use), so content pages carry only this small module. The header link to
// /tim-kiem/ stays the way without JavaScript, and the fallback when search cannot load.
import searchCss from '../styles/search.css?url';

const SEARCH_PAGE = '/tim-kiem/';

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error('could not load the search styles')), { once: true });
    document.head.append(link);
  });
}

let styled: Promise<void> | undefined;

/** Opens search: the search page's own box when on it, otherwise the dialog. */
export async function openSearch(): Promise<void> {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) {
    const input = page.querySelector<HTMLInputElement>('[data-search-input]');
    input?.focus();
    input?.select();
    return;
  }
  try {
    styled ??= stylesheet(searchCss).catch((error: unknown) => {
      styled = undefined;
      throw error;
    });
    const [{ openDialog }] = await Promise.all([import('./search/dialog.ts'), styled]);
    await openDialog();
  } catch {
    location.assign(SEARCH_PAGE);
  }
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
