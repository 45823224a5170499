// Driving the web editor (Sveltia CMS at /admin/) as an editor does: by the labels on screen,
// with the mouse and keyboard. Labels that carry a value ("Thêm ⁨số liệu⁩") wrap it in
// invisible isolate marks, so those are matched with \W+ between words.
import type { Locator, Page } from 'playwright-core';

const words = (text: string) => text.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
/** A label with possible isolate marks around inserted text: "Thêm ⁨số liệu⁩". */
export const label = (text: string) => new RegExp(`^${words(text).join('\\W+')}\\W*$`, 'u');

export class Editor {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The form of the entry being edited. */
  get form(): Locator {
    return this.page.getByRole('group', { name: /^Chỉnh sửa nội dung/u });
  }

  /** The group of one field ("Trường “Số liệu”") inside `scope`. */
  field(name: string, scope: Locator = this.form): Locator {
    return scope.getByRole('group', { name: new RegExp(`^Trường\\W+${words(name).join('\\W+')}\\W+$`, 'u') });
  }

  /**
   * Fields render when they scroll into view: bring the scope (a field group) into view, then
   * scroll the form on until `target` exists.
   */
  async reveal(target: Locator, scope?: Locator): Promise<Locator> {
    if (scope && scope !== this.form) {
      await this.reveal(scope);
      await scope.first().scrollIntoViewIfNeeded();
    }
    for (let i = 0; i < 60 && (await target.count()) === 0; i++) {
      const fields = (scope ?? this.form).getByRole('group', { name: /^Trường/u });
      if ((await fields.count()) > 0) await fields.last().scrollIntoViewIfNeeded();
      await this.page.mouse.wheel(0, 400);
      await this.page.waitForTimeout(100);
    }
    await target.first().scrollIntoViewIfNeeded();
    return target;
  }

  async type(name: string, value: string, scope: Locator = this.form, nth = 0): Promise<void> {
    const box = scope.getByRole('textbox', { name, exact: true }).nth(nth);
    await this.reveal(box, scope);
    await box.fill(value);
  }

  /**
   * Picks an option of a select or a relation picker: from its drop-down list when it has many
   * options, or by ticking it when the form shows the few options as boxes.
   */
  async choose(name: string, option: RegExp, scope: Locator = this.form, nth = 0): Promise<void> {
    const box = scope.getByRole('combobox', { name, exact: true }).nth(nth);
    const group = scope.getByRole('group', { name, exact: true }).nth(nth);
    await this.reveal(box.or(group), scope);
    if ((await box.count()) === 0) {
      await group
        .getByRole('checkbox', { name: option })
        .or(group.getByRole('radio', { name: option }))
        .first()
        .check();
      return;
    }
    await box.click();
    const filter = this.page.getByRole('searchbox', { name: 'Lọc tùy chọn' });
    if (await filter.isVisible().catch(() => false))
      await filter.fill(option.source.replace(/[\\^$]/gu, '').slice(0, 12));
    await this.page.getByRole('option', { name: option }).first().click();
    // A list that takes several values stays open for the next pick: close it.
    const list = this.page.getByRole('listbox');
    if (await list.isVisible().catch(() => false)) await this.page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
  }

  async pick(group: string, option: string | RegExp, scope: Locator = this.form, nth = 0): Promise<void> {
    const radio = scope
      .getByRole('radiogroup', { name: group, exact: true })
      .nth(nth)
      .getByRole('radio', {
        name: option,
        exact: typeof option === 'string',
      });
    await this.reveal(radio, scope);
    await radio.check();
  }

  async toggle(name: string, on: boolean, scope: Locator = this.form, nth = 0): Promise<void> {
    const box = scope.getByRole('switch', { name, exact: true }).nth(nth);
    await this.reveal(box, scope);
    if ((await box.isChecked()) !== on) await box.click();
  }

  async add(what: string, scope: Locator = this.form): Promise<void> {
    const button = scope.getByRole('button', { name: label(`Thêm ${what}`) }).last();
    await this.reveal(button, scope);
    await button.click();
  }

  /** Adds a period to the first field "Thời kỳ" in `scope` that has none yet. */
  async period(scope: Locator, kind: 'Khoảng năm' | 'Tại một thời điểm'): Promise<void> {
    await this.add('Thời kỳ', scope);
    await this.page.getByRole('menuitem', { name: kind, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
  }

  /** Saves and waits for the editor to say so; a refused save fails with what the editor says. */
  async saved(): Promise<void> {
    await this.save();
    const done = this.page.getByText('Đã lưu mục nội dung.').first();
    const refused = this.page
      .getByRole('alertdialog')
      .or(this.page.getByText(/trường bị lỗi/u))
      .first();
    await done.or(refused).waitFor({ timeout: 30_000 });
    if (await done.isVisible()) {
      // A saved entry closes: back to the list.
      await this.page.getByRole('button', { name: 'Hủy chỉnh sửa' }).waitFor({ state: 'hidden' });
      return;
    }
    const alerts = await this.form
      .getByRole('alert')
      .evaluateAll((nodes) =>
        nodes.map(
          (n) => `${n.closest('[role="group"][aria-label]')?.getAttribute('aria-label') ?? '?'}: ${n.textContent}`,
        ),
      );
    throw new Error(`the editor did not save: ${await refused.textContent()} ${alerts.join(' | ')}`);
  }

  /** The save is refused: the dialog that says why, closed again. */
  async refused(): Promise<string> {
    await this.save();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button').last().click();
    return text;
  }

  /** The message a field shows under its label, if any. */
  async messageOn(name: string, scope: Locator = this.form, nth = 0): Promise<string> {
    // The CMS's own message, or the project's, which shows as soon as the value is wrong.
    const field = this.field(name, scope).nth(nth);
    const alert = field.getByRole('alert').or(field.locator('.antq-live')).first();
    await alert.waitFor({ timeout: 10_000 });
    return (await alert.textContent()) ?? '';
  }

  async openCollection(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: new RegExp(`^${name}`, 'u') }).click();
  }

  /** Leaves the entry being edited, if any, dropping unsaved changes. */
  async leave(): Promise<void> {
    const cancel = this.page.getByRole('button', { name: 'Hủy chỉnh sửa' });
    if (!(await cancel.isVisible())) return;
    await cancel.click();
    const dialog = this.page.getByRole('dialog').or(this.page.getByRole('alertdialog')).first();
    await this.page.waitForTimeout(300);
    if (await dialog.isVisible().catch(() => false)) {
      await dialog.getByRole('button').last().click();
    }
    await this.page.getByRole('tree', { name: 'Danh sách chuyên mục' }).waitFor();
  }

  async create(collection: string): Promise<void> {
    await this.leave();
    await this.openCollection(collection);
    await this.page.getByRole('button', { name: 'Tạo mục nội dung mới' }).first().click();
    await this.form.waitFor();
  }
}
