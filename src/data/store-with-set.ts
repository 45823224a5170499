import type { DataStore } from 'astro/loaders';

export type StoreEntry = Parameters<DataStore['set']>[0];

/**
 * The loader's store with `set` replaced and everything else passed through: how a wrapping
 * loader changes or holds back what the loader it wraps stores.
 */
export function storeWithSet(store: DataStore, set: (entry: StoreEntry, target: DataStore) => boolean): DataStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'set') return (entry: StoreEntry) => set(entry, target);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
