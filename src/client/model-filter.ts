// <model-filter>: instant filtering of the model directory. The list is complete without
// JavaScript; with it, the form appears and its state lives in the URL (?tinh=…&loai=…),
// so a filtered view can be shared as a link.
const FIELDS = ['tinh', 'loai', 'ghi-nhan', 'nam'] as const;

class ModelFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.hidden = false;
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      const value = params.get(name);
      if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value))
        select.value = value;
    }
    form.addEventListener('change', () => this.apply(form, true));
    form.addEventListener('reset', () => setTimeout(() => this.apply(form, true)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.apply(form, false);
  }

  apply(form: HTMLFormElement, updateUrl: boolean): void {
    const wanted = new Map<string, string>();
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement && select.value) wanted.set(name, select.value);
    }
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-tinh]')];
    let shown = 0;
    for (const item of items) {
      const match = [...wanted].every(([name, value]) => item.dataset[camel(name)] === value);
      item.hidden = !match;
      if (match) shown += 1;
    }
    // Hide headings whose lists became empty, so the page does not show bare titles.
    for (const block of this.querySelectorAll<HTMLElement>('[data-subgroup], [data-group]'))
      block.hidden = !block.querySelector('li[data-tinh]:not([hidden])');
    const empty = this.querySelector<HTMLElement>('.empty-result');
    if (empty) empty.hidden = shown > 0;
    const count = form.querySelector('.filter-count');
    if (count) count.textContent = `Đang hiện ${shown}/${items.length} mô hình.`;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const name of FIELDS) url.searchParams.delete(name);
      for (const [name, value] of wanted) url.searchParams.set(name, value);
      history.replaceState(null, '', url);
    }
  }
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

if (!customElements.get('model-filter')) customElements.define('model-filter', ModelFilter);
