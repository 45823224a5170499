// <offline-save>: asks for the province's list (pages, scripts, bytes; written at build time),
// says how much it will download, and on the reader's yes has the service worker save it all.
import type { OfflineList } from '../lib/offline-lists.ts';
import { kilobytes, savedAt, tellWorker, workerSupported } from './offline-worker.ts';

class OfflineSave extends HTMLElement {
  connectedCallback(): void {
    if (!workerSupported()) return;
    const button = (action: string) => this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const [ask, save, cancel] = [button('ask'), button('save'), button('cancel')];
    const say = (text: string) => (status.textContent = text);
    const choosing = (on: boolean) => {
      ask.hidden = on;
      save.hidden = !on;
      cancel.hidden = !on;
    };
    let list: OfflineList | undefined;
    this.hidden = false;

    ask.addEventListener('click', async () => {
      try {
        const response = await fetch(this.dataset['list'] ?? '', { cache: 'no-cache' });
        if (!response.ok) throw new Error(String(response.status));
        list = (await response.json()) as OfflineList;
      } catch {
        say('Không lấy được danh sách trang cần lưu. Hãy thử lại khi có mạng.');
        return;
      }
      const size = kilobytes(list.bytes);
      save.textContent = `Lưu ${size}`;
      say(`Sẽ tải ${list.pages.length} trang, khoảng ${size}. Lưu vào máy?`);
      choosing(true);
      save.focus();
    });

    cancel.addEventListener('click', () => {
      choosing(false);
      say('Chưa lưu gì.');
      ask.focus();
    });

    save.addEventListener('click', async () => {
      if (!list) return;
      choosing(false);
      ask.disabled = true;
      say('Đang lưu…');
      try {
        const reply = await tellWorker(
          { type: 'save', pages: list.pages.map((p) => p.path), assets: list.assets.map((a) => a.path) },
          (r) => {
            if (r.type === 'progress') say(`Đang lưu ${r.done}/${r.total}…`);
          },
        );
        if (reply?.type !== 'saved') throw new Error('not saved');
        say(
          reply.failed.length === 0
            ? `Đã lưu ${list.pages.length} trang lúc ${savedAt(reply.at)}. Có thể đọc chúng khi không có mạng.`
            : `Đã lưu lúc ${savedAt(reply.at)}, nhưng ${reply.failed.length} tệp chưa tải được; hãy lưu lại khi sóng tốt hơn.`,
        );
      } catch {
        say('Không lưu được. Hãy thử lại khi có mạng.');
      } finally {
        ask.disabled = false;
      }
    });
  }
}

customElements.define('offline-save', OfflineSave);
