// <share-bar>: reveals the buttons that need JavaScript and makes them work.
// Without JS the plain Zalo/Facebook links and the QR code still do their job.
class ShareBar extends HTMLElement {
  connectedCallback(): void {
    const url = this.dataset['url'] ?? location.href;
    const title = this.dataset['title'] ?? document.title;
    const status = this.querySelector<HTMLElement>('.share-status');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const button = (action: string) => this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);

    const copy = button('copy');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(url).then(
          () => say('Đã sao chép liên kết.'),
          () => say('Không sao chép được; hãy chép địa chỉ ở thanh trình duyệt.'),
        );
      });
    }
    const share = button('share');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
    const print = button('print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', () => window.print());
    }
  }
}

if (!customElements.get('share-bar')) customElements.define('share-bar', ShareBar);
