// <figure-table>: filters (state in the URL) and column sorting for the statistics table.
// The full table is there without JavaScript; this only narrows and reorders it.
const FIELDS = ['tinh', 'chi-tieu', 'bao-cao'] as const;
const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const collator = new Intl.Collator('vi', { numeric: true });

class FigureTable extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    form.hidden = false;
    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      const value = params.get(name);
      if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value))
        select.value = value;
    }
    form.addEventListener('change', () => this.filter(form, true));
    form.addEventListener('reset', () => setTimeout(() => this.filter(form, true)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.filter(form, false);
    this.enableSorting(tbody);
  }

  filter(form: HTMLFormElement, updateUrl: boolean): void {
    const wanted: Array<[string, string]> = [];
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name);
      if (select instanceof HTMLSelectElement && select.value) wanted.push([name, select.value]);
    }
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let shown = 0;
    for (const row of rows) {
      const match = wanted.every(([name, value]) => row.dataset[camel(name)] === value);
      row.hidden = !match;
      if (match) shown += 1;
    }
    const count = form.querySelector('.filter-count');
    if (count) count.textContent = `Đang hiện ${shown}/${rows.length} số liệu.`;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const name of FIELDS) url.searchParams.delete(name);
      for (const [name, value] of wanted) url.searchParams.set(name, value);
      history.replaceState(null, '', url);
    }
  }

  // Column headers become buttons; aria-sort tells screen readers the current order.
  enableSorting(tbody: HTMLTableSectionElement): void {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const kind = th.dataset['sort'];
      if (!kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent ?? '';
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const value = (row: HTMLTableRowElement) => (row.children[column] as HTMLElement | undefined)?.dataset['value'] ?? '';
        const rows = [...tbody.rows].sort((a, b) => {
          const order =
            kind === 'number' ? Number(value(a) || -Infinity) - Number(value(b) || -Infinity) : collator.compare(value(a), value(b));
          return ascending ? order : -order;
        });
        tbody.append(...rows);
      });
    });
  }
}

if (!customElements.get('figure-table')) customElements.define('figure-table', FigureTable);
