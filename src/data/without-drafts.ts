import type { Loader, LoaderContext } from 'astro/loaders';
import { storeWithSet } from './store-with-set.ts';
import { isDraftData as isDraft } from '../validation/parse.ts';

/**
 * Wraps a loader so that entries saved as drafts never reach the content store: no page,
 * feed, download or search index can show them. `npm run validate` and the build's
 * validation step still check drafts; here they are skipped before Astro's own schema
 * parse, and an entry that becomes a draft again is removed from a warm store.
 */
export function withoutDrafts(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-without-drafts`,
    load: (context: LoaderContext) => {
      const store = storeWithSet(context.store, (entry, target) => {
        if (!isDraft(entry.data)) return target.set(entry);
        target.delete(entry.id);
        return false;
      });
      return loader.load({
        ...context,
        store,
        parseData: (props) => (isDraft(props.data) ? Promise.resolve(props.data) : context.parseData(props)),
      });
    },
  };
}
