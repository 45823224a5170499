// The search page's filters (Loại, Tỉnh, Lĩnh vực, Năm) behind a closed <details>. Listing
// every filter value means fetching every filter file (about 100 KB on a national-scale
// site), so that happens only when the reader opens the filters, never for a plain search.
import { engine, type FilterCounts, type Filters } from './engine.ts';
import type { SearchView } from './view.ts';

/** Groups in the order readers narrow by; any other group follows, alphabetically. */
const ORDER = ['Loại', 'Tỉnh', 'Lĩnh vực', 'Năm'];
const collator = new Intl.Collator('vi', { numeric: true });

const rank = (name: string): number => {
  const at = ORDER.indexOf(name);
  return at < 0 ? ORDER.length : at;
};

function sortedValues(group: string, values: Record<string, number>): string[] {
  const names = Object.keys(values).sort(collator.compare);
  // Years newest first: recent models are what readers look for most.
  return group === 'Năm' ? names.reverse() : names;
}

export function mountFilters(pane: HTMLDetailsElement, body: HTMLElement, view: SearchView): void {
  const counts = new Map<string, HTMLElement>();
  const key = (group: string, value: string) => `${group}\u0000${value}`;
  let latest: FilterCounts | null = null;
  let state: 'closed' | 'loading' | 'ready' = 'closed';

  const showCounts = (source: FilterCounts | null) => {
    for (const [id, span] of counts) {
      const [group = '', value = ''] = id.split('\u0000');
      const n = source?.[group]?.[value];
      span.textContent = n === undefined ? '' : `(${n.toLocaleString('vi-VN')})`;
    }
  };

  const selected = (): Filters => {
    const filters: Filters = {};
    for (const box of body.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  };

  const render = (all: FilterCounts) => {
    const groups = Object.keys(all).sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
    body.replaceChildren(
      ...groups.map((group) => {
        const details = document.createElement('details');
        details.className = 'search-filter-group';
        const summary = document.createElement('summary');
        summary.textContent = group;
        const list = document.createElement('ul');
        list.className = 'search-filter-values';
        for (const value of sortedValues(group, all[group] ?? {})) {
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: group, value });
          const count = document.createElement('span');
          count.className = 'search-filter-count';
          counts.set(key(group, value), count);
          const label = document.createElement('label');
          label.append(box, value, count);
          const item = document.createElement('li');
          item.append(label);
          list.append(item);
        }
        details.append(summary, list);
        return details;
      }),
    );
    showCounts(latest ?? all);
  };

  body.addEventListener('change', () => view.setFilters(selected()));
  view.onSearch((query, found) => {
    latest = query.trim() ? found : null;
    if (state === 'ready') showCounts(latest ?? totals);
  });

  let totals: FilterCounts | null = null;
  pane.addEventListener('toggle', () => {
    if (!pane.open || state !== 'closed') return;
    state = 'loading';
    body.textContent = 'Đang tải bộ lọc…';
    engine()
      .then((api) => api.filters())
      .then(
        (all) => {
          totals = all;
          state = 'ready';
          render(all);
          // Searches so far ran without the filter files, so their counts are unknown: search
          // again, now cheap (the index chunks are cached), to count the current results.
          if (view.input.value.trim()) void view.search();
        },
        () => {
          state = 'closed';
          body.textContent = 'Không tải được bộ lọc. Hãy đóng rồi mở lại.';
        },
      );
  });
}
