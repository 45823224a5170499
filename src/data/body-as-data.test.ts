import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { bodyAsData } from './body-as-data.ts';

type Entry = Parameters<DataStore['set']>[0];

/** A loader that stores what Astro's glob loader stores for an MDX file and a rendered Markdown one. */
const fakeGlob: Loader = {
  name: 'glob',
  load: async ({ store }) => {
    store.set({
      id: 'a',
      data: { title: 'A' },
      body: 'Chữ {1+1}.',
      filePath: 'a.mdx',
      digest: '1',
      deferredRender: true,
    });
    store.set({
      id: 'b',
      data: { title: 'B' },
      body: 'Chữ.',
      filePath: 'b.md',
      digest: '2',
      rendered: { html: '<p>Chữ.</p>', metadata: {} },
    });
  },
};

describe('bodyAsData', () => {
  it('keeps each body as text and drops what would make Astro compile or render it', async () => {
    const stored: Entry[] = [];
    const store = { set: (entry: Entry) => stored.push(entry) > 0, get: () => undefined } as unknown as DataStore;
    await bodyAsData(fakeGlob).load({ store } as LoaderContext);
    expect(stored).toEqual([
      { id: 'a', data: { title: 'A' }, body: 'Chữ {1+1}.', filePath: 'a.mdx', digest: '1' },
      { id: 'b', data: { title: 'B' }, body: 'Chữ.', filePath: 'b.md', digest: '2' },
    ]);
  });
});
