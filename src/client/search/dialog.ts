// The Ctrl+K search dialog: a native modal <dialog> (focus trap, Escape, inert page come
// with it) holding the same search box and hits as the search page, without filters.
import { engine } from './engine.ts';
import { arrowKeys, SearchView } from './view.ts';

let dialog: HTMLDialogElement | undefined;
let view: SearchView | undefined;
let opener: HTMLElement | null = null;

function create(): { dialog: HTMLDialogElement; view: SearchView } {
  const created = document.createElement('dialog');
  created.className = 'search-dialog';
  created.setAttribute('aria-labelledby', 'tim-nhanh-nhan');

  const label = Object.assign(document.createElement('label'), {
    id: 'tim-nhanh-nhan',
    htmlFor: 'tim-nhanh',
    className: 'visually-hidden',
    textContent: 'Tìm trên cổng thông tin',
  });
  const input = Object.assign(document.createElement('input'), {
    id: 'tim-nhanh',
    type: 'search',
    className: 'search-input',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'Tìm mô hình, tỉnh, báo cáo…',
  });
  const close = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'search-dialog-close',
    textContent: 'Đóng',
  });
  close.addEventListener('click', () => created.close());
  const head = document.createElement('div');
  head.className = 'search-dialog-head';
  head.append(label, input, close);

  const summary = Object.assign(document.createElement('p'), { className: 'search-summary' });
  summary.setAttribute('role', 'status');
  const list = Object.assign(document.createElement('ol'), { className: 'search-hits' });
  list.setAttribute('aria-label', 'Kết quả');
  const more = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'search-more',
    textContent: 'Xem thêm kết quả',
  });
  const body = document.createElement('div');
  body.className = 'search-dialog-body';
  body.append(summary, list, more);

  const hints = Object.assign(document.createElement('p'), {
    className: 'search-dialog-hints',
    textContent: '↑ ↓ chọn kết quả · Enter mở · Esc đóng',
  });
  hints.setAttribute('aria-hidden', 'true');

  created.append(head, body, hints);
  document.body.append(created);

  const search = new SearchView({ input, summary, list, more, subResults: 2, idle: 'Gõ để tìm.' });
  arrowKeys(created, input);
  // A click on the backdrop lands on the dialog itself: close, as Escape does.
  created.addEventListener('click', (event) => {
    if (event.target === created) created.close();
  });
  created.addEventListener('close', () => {
    const back = opener;
    opener = null;
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  });
  return { dialog: created, view: search };
}

/** Opens the dialog (creating it the first time), focus in its box. Rejects if Pagefind cannot load. */
export async function openDialog(): Promise<void> {
  if (dialog?.open) {
    view?.input.focus();
    view?.input.select();
    return;
  }
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  await engine();
  if (!dialog || !view) ({ dialog, view } = create());
  dialog.showModal();
  view.input.focus();
  view.input.select();
}
