// <figure-table>: filters (state in the URL) and column sorting for the statistics table.
// The full table is there without JavaScript; this only narrows and reorders it.
import { bindUrlFilter } from './url-filter.ts';

const collator = new Intl.Collator('vi', { numeric: true });

class FigureTable extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    const count = form.querySelector('.filter-count');
    bindUrlFilter(
      form,
      ['tinh', 'chi-tieu', 'bao-cao'],
      () => [...tbody.rows],
      (shown, total) => {
        if (count) count.textContent = `Đang hiện ${shown}/${total} số liệu.`;
      },
    );
    this.enableSorting(tbody);
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
        const value = (row: HTMLTableRowElement) =>
          (row.children[column] as HTMLElement | undefined)?.dataset['value'] ?? '';
        const rows = [...tbody.rows].sort((a, b) => {
          const order =
            kind === 'number'
              ? Number(value(a) || -Infinity) - Number(value(b) || -Infinity)
              : collator.compare(value(a), value(b));
          return ascending ? order : -order;
        });
        tbody.append(...rows);
      });
    });
  }
}

if (!customElements.get('figure-table')) customElements.define('figure-table', FigureTable);
