// Shared by the filter forms: <select>s whose state lives in the page URL, so a filtered
// view can be shared as a link. The markup is complete without JavaScript; this reveals
// the form and hides rows whose data-* attributes do not match.

/** "chi-tieu" → "chiTieu": the dataset key of a data-chi-tieu attribute. */
const datasetKey = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export interface UrlFilter {
  /** Re-applies the current selection (after rows were reordered, for instance). */
  apply(): void;
}

/**
 * Wires `form` to filter `items()` by the given select names. `onApplied` receives how
 * many items are shown, for the status line and any extra hiding.
 */
export function bindUrlFilter(
  form: HTMLFormElement,
  names: readonly string[],
  items: () => HTMLElement[],
  onApplied: (shown: number, total: number) => void,
): UrlFilter {
  const selects = names
    .map((name) => form.elements.namedItem(name))
    .filter((el): el is HTMLSelectElement => el instanceof HTMLSelectElement);
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  form.hidden = false;

  const apply = (updateUrl: boolean) => {
    const wanted = selects.filter((s) => s.value).map((s) => [datasetKey(s.name), s.value] as const);
    const all = items();
    let shown = 0;
    for (const item of all) {
      const match = wanted.every(([key, value]) => item.dataset[key] === value);
      item.hidden = !match;
      if (match) shown += 1;
    }
    onApplied(shown, all.length);
    if (updateUrl) {
      const url = new URL(location.href);
      for (const select of selects) {
        if (select.value) url.searchParams.set(select.name, select.value);
        else url.searchParams.delete(select.name);
      }
      history.replaceState(null, '', url);
    }
  };
  form.addEventListener('change', () => apply(true));
  // The reset event fires before the controls are reset.
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(false);
  return { apply: () => apply(false) };
}
