import type { Loader, LoaderContext } from 'astro/loaders';
import { storeWithSet } from './store-with-set.ts';

/**
 * Wraps the loader of a Markdown or MDX collection so that Astro keeps each entry's body as
 * text and never compiles or renders it: no module is generated for the file and nothing is
 * rendered at load time. Pages render the body from its checked syntax tree instead
 * (src/components/BodyContent.astro), so a body is data, never code that runs in the build.
 */
export function bodyAsData(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-body-as-data`,
    load: (context: LoaderContext) => {
      const store = storeWithSet(context.store, (entry, target) => {
        const { deferredRender: _deferred, rendered: _rendered, ...data } = entry;
        return target.set(data);
      });
      return loader.load({ ...context, store });
    },
  };
}
