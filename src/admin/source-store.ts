/**
 * The report text an editor pasted into the import assistant, kept in that editor's browser
 * (IndexedDB, keyed by the draft's id) so that reopening the draft, after a reload or the next
 * day, shows each proposed figure beside its sentence again. It is never written to content/,
 * a commit or the built site: the repository holds no sentence of a source.
 */

/** What the assistant read, for one draft. */
export interface SourceRecord {
  /**
   * The review under way, until the draft is saved: a reload of the assistant offers to go on
   * with it. Cleared (false) once the draft is on disk, where the report form takes over.
   */
  pending?: boolean;
  /** The review's state (src/lib/figure-extract/review-state.ts), kept while it is pending. */
  review?: unknown;
  /** The draft report's id. */
  id: string;
  /** The pasted text, as read. */
  text: string;
  /** Each proposed figure's sentence with the number marked «…», by figure id. */
  sentences: Record<string, string>;
  /** When the assistant read it (ISO time), shown to the editor. */
  readAt: string;
}

const DB = 'antq-editor';
const STORE = 'import-sources';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const request = work(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => {
          resolve(request.result);
          db.close();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('IndexedDB request failed'));
          db.close();
        };
      }),
  );
}

/** Keeps what the assistant read for a draft; a browser without IndexedDB keeps nothing. */
export async function saveSource(record: SourceRecord): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    await run('readwrite', (store) => store.put(record));
    return true;
  } catch {
    return false;
  }
}

/** What the assistant read for a draft, if this browser kept it. */
export async function loadSource(id: string): Promise<SourceRecord | undefined> {
  if (typeof indexedDB === 'undefined' || id === '') return undefined;
  try {
    return (await run<SourceRecord | undefined>('readonly', (store) => store.get(id))) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The latest review not yet saved as a draft, if this browser kept one. */
export async function latestPending(): Promise<SourceRecord | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  try {
    const all = await run<SourceRecord[]>('readonly', (store) => store.getAll() as IDBRequest<SourceRecord[]>);
    return all
      .filter((r) => r.pending === true && r.review !== undefined)
      .sort((a, b) => b.readAt.localeCompare(a.readAt))[0];
  } catch {
    return undefined;
  }
}

/** Once the draft is saved: the text and sentences stay for the report form's preview, the review state goes. */
export async function settleSource(id: string): Promise<void> {
  const record = await loadSource(id);
  if (!record) return;
  const { review: _done, ...kept } = record;
  await saveSource({ ...kept, pending: false });
}
