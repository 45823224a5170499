// <offline-list> on /ngoai-tuyen/: the pages this browser saved, newest first, each with the
// time it was saved, from the service worker; and a button to forget them.
import { savedAt, tellWorker, workerSupported, type SavedPage } from './offline-worker.ts';

class OfflineList extends HTMLElement {
  connectedCallback(): void {
    if (location.pathname !== '/ngoai-tuyen/')
      document.querySelector<HTMLElement>('[data-offline-missing]')?.removeAttribute('hidden');
    if (!workerSupported()) return;
    document.querySelector<HTMLElement>('[data-offline-unsupported]')?.setAttribute('hidden', '');
    const section = this.querySelector<HTMLElement>('[data-offline-saved]')!;
    const list = this.querySelector<HTMLElement>('[data-offline-pages]')!;
    const status = this.querySelector<HTMLElement>('[data-offline-status]')!;
    const forget = this.querySelector<HTMLButtonElement>('button[data-action="forget"]')!;
    section.hidden = false;
    status.textContent = 'Đang đọc danh sách…';

    const draw = (pages: SavedPage[]) => {
      list.replaceChildren(
        ...pages.map((p) => {
          const item = document.createElement('li');
          const link = Object.assign(document.createElement('a'), { href: p.path, textContent: p.title });
          const when = Object.assign(document.createElement('span'), {
            className: 'muted',
            textContent: ` · lưu lúc ${savedAt(p.saved)}`,
          });
          item.append(link, when);
          return item;
        }),
      );
      status.textContent =
        pages.length === 0 ? 'Chưa có trang nào được lưu trên máy này.' : `${pages.length} trang đã lưu trên máy này.`;
      forget.hidden = pages.length === 0;
    };

    void tellWorker({ type: 'list' }).then(
      (reply) => draw(reply?.type === 'list' ? reply.pages : []),
      () => (status.textContent = 'Không đọc được danh sách các trang đã lưu.'),
    );
    forget.addEventListener('click', () => {
      void tellWorker({ type: 'forget' }).then(() => draw([]));
    });
  }
}

customElements.define('offline-list', OfflineList);
