/**
 * Every problem at the first save attempt. The CMS checks only the fields it has drawn (a long
 * report draws its fields as they scroll into view), so its own banner counted 4 problems where
 * the entry had 8, then more at the next attempt. Before the CMS saves, the whole entry is
 * checked with the project's rules; if anything is wrong, nothing is saved and one dialog lists
 * every problem by the form's own labels, with the real count.
 */
import { IMPORT_COLLECTION } from '../cms/config.ts';
import { checkEntry, describeProblems, formEntry, references } from './checks.ts';
import type { ImmutableMap } from './react.ts';
import type { EntryKind } from '../validation/parse.ts';

let open: { kind: EntryKind; entry: ImmutableMap } | undefined;

/** Called by every checked field as it draws: the entry the open form holds now. */
export function noteOpenEntry(kind: EntryKind, entry: ImmutableMap): void {
  open = { kind, entry };
}

function showProblems(message: string): void {
  const [title = '', ...lines] = message.split('\n');
  const dialog = document.createElement('dialog');
  dialog.className = 'antq-problems';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-labelledby', 'antq-problems-title');
  const heading = document.createElement('h2');
  heading.id = 'antq-problems-title';
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line.replace(/^• /u, '');
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'antq-button';
  close.textContent = 'Đóng';
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(heading, list, close);
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

/** Whether the click is on the form's "Lưu" button. */
const isSave = (target: EventTarget | null): boolean => {
  const button = target instanceof Element ? target.closest('button') : null;
  return button?.textContent?.trim() === 'Lưu';
};

/** Checks the whole entry before the CMS saves; stops the save and lists every problem. */
export function checkBeforeSave(): void {
  document.addEventListener(
    'click',
    (event) => {
      if (!isSave(event.target) || !open) return;
      // The import assistant's form is checked as the draft it writes, in preSave (main.ts).
      if (window.location.hash.includes(`/collections/${IMPORT_COLLECTION}`)) return;
      const refs = references();
      if (!refs) return;
      const problems = checkEntry(formEntry(open.kind, open.entry), refs);
      if (problems.length === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      showProblems(describeProblems(open.kind, problems));
    },
    true,
  );
}
