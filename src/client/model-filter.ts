// <model-filter>: instant filtering of the model directory by province, kind, recognition
// and year, with the state in the URL (?tinh=…&loai=…).
import { bindUrlFilter } from './url-filter.ts';

class ModelFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const count = form.querySelector('.filter-count');
    const empty = this.querySelector<HTMLElement>('.empty-result');
    bindUrlFilter(
      form,
      ['tinh', 'loai', 'ghi-nhan', 'nam'],
      () => [...this.querySelectorAll<HTMLElement>('li[data-tinh]')],
      (shown, total) => {
        // Hide headings whose lists became empty, so the page shows no bare titles.
        for (const block of this.querySelectorAll<HTMLElement>('[data-subgroup], [data-group]'))
          block.hidden = !block.querySelector('li[data-tinh]:not([hidden])');
        if (empty) empty.hidden = shown > 0;
        if (count) count.textContent = `Đang hiện ${shown}/${total} mô hình.`;
      },
    );
  }
}

if (!customElements.get('model-filter')) customElements.define('model-filter', ModelFilter);
