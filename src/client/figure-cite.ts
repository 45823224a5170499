// <figure-cite>: fills the reader's date into the citation (the page says "[ngày bạn truy cập]"
// without a script) and shows copy buttons for the link and the citation. Without JavaScript
// both texts stay in plain, selectable fields.
import { withAccessDate } from '../lib/figure-citation.ts';

class FigureCite extends HTMLElement {
  connectedCallback(): void {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const citation = this.querySelector<HTMLTextAreaElement>('textarea[data-copy="citation"]');
    if (citation) citation.value = withAccessDate(citation.value, new Date());
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const field = this.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[data-copy="${button.dataset['copy'] ?? ''}"]:not(button)`,
      );
      if (!field || !navigator.clipboard) continue;
      button.hidden = false;
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(field.value).then(
          () => say(button.dataset['copy'] === 'link' ? 'Đã sao chép liên kết.' : 'Đã sao chép trích dẫn.'),
          () => say('Không sao chép được; hãy chọn và chép thủ công.'),
        );
      });
    }
  }
}

if (!customElements.get('figure-cite')) customElements.define('figure-cite', FigureCite);
