// The web editor's local mode asks the browser for a folder (showDirectoryPicker), a native
// dialog a headless browser cannot answer. This stands in for that dialog alone: it returns a
// folder handle whose files live on disk, read and written through Node. Everything else runs
// the editor's own code: its file scan, its save path (a temporary file, then a rename), our
// format and checks.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';

type Reply = { ok: true; value?: unknown } | { ok: false; name: string; message: string };

/** Gives the page a folder picker that answers with `root` (which must hold a .git folder). */
export async function pickFolderOnDisk(page: Page, root: string): Promise<void> {
  const inside = (path: string) => {
    const full = resolve(root, path || '.');
    if (full !== root && !full.startsWith(root + sep)) throw new Error(`outside the folder: ${path}`);
    return full;
  };
  const fail = (name: string, message: string): Reply => ({ ok: false, name, message });
  await page.exposeFunction('folderOnDisk', async (op: string, path: string, arg?: unknown, create?: boolean) => {
    try {
      const full = inside(path);
      const found = await stat(full).catch(() => undefined);
      switch (op) {
        case 'list': {
          const entries = await readdir(full, { withFileTypes: true });
          return { ok: true, value: entries.map((e) => ({ name: e.name, directory: e.isDirectory() })) };
        }
        case 'open': {
          const directory = arg === 'directory';
          if (found) return found.isDirectory() === directory ? { ok: true } : fail('TypeMismatchError', path);
          if (!create) return fail('NotFoundError', path);
          await (directory ? mkdir(full) : writeFile(full, ''));
          return { ok: true };
        }
        case 'read':
          if (!found) return fail('NotFoundError', path);
          return { ok: true, value: { base64: (await readFile(full)).toString('base64'), modified: found.mtimeMs } };
        case 'write':
          await writeFile(full, Buffer.from(String(arg), 'base64'));
          return { ok: true };
        case 'remove':
          if (!found) return fail('NotFoundError', path);
          await rm(full, { recursive: Boolean(arg) });
          return { ok: true };
        case 'move':
          await rename(full, inside(String(arg)));
          return { ok: true };
        default:
          return fail('NotSupportedError', op);
      }
    } catch (error) {
      return fail('UnknownError', (error as Error).message);
    }
  });
  await page.addInitScript(() => {
    type Bridge = (op: string, path: string, arg?: unknown, create?: boolean) => Promise<Reply>;
    const bridge = (window as unknown as { folderOnDisk: Bridge }).folderOnDisk;
    const call = async (op: string, path: string, arg?: unknown, create?: boolean): Promise<unknown> => {
      const reply = await bridge(op, path, arg, create);
      if (!reply.ok) throw new DOMException(reply.message, reply.name);
      return reply.value;
    };
    const child = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
    const base64 = async (blob: Blob) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    };
    // Methods on prototypes and only data as own properties: the editor keeps the handle in
    // IndexedDB, which clones data but not functions.
    class Handle {
      kind: 'file' | 'directory';
      path: string;
      name: string;
      onDisk = true;
      constructor(kind: 'file' | 'directory', path: string, name: string) {
        this.kind = kind;
        this.path = path;
        this.name = name;
      }
      async queryPermission() {
        return 'granted';
      }
      async requestPermission() {
        return 'granted';
      }
      async isSameEntry(other: Handle) {
        return other.path === this.path && other.kind === this.kind;
      }
    }
    class FileHandle extends Handle {
      constructor(path: string, name: string) {
        super('file', path, name);
      }
      async getFile() {
        const { base64: text, modified } = (await call('read', this.path)) as { base64: string; modified: number };
        const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
        return new File([bytes], this.name, { lastModified: Math.round(modified) });
      }
      async createWritable() {
        const path = this.path;
        const parts: Blob[] = [];
        return {
          async write(data: unknown) {
            const chunk =
              typeof data === 'object' && data !== null && 'type' in data && 'data' in data ? data.data : data;
            parts.push(chunk instanceof Blob ? chunk : new Blob([chunk as string]));
          },
          async close() {
            await call('write', path, await base64(new Blob(parts)));
          },
          async abort() {},
        };
      }
      async move(target: DirectoryHandle | string, name?: string) {
        const dir = typeof target === 'string' ? this.path.split('/').slice(0, -1).join('/') : target.path;
        const to = child(dir, typeof target === 'string' ? target : (name ?? this.name));
        await call('move', this.path, to);
        this.path = to;
        this.name = to.split('/').at(-1) ?? to;
      }
    }
    class DirectoryHandle extends Handle {
      constructor(path: string, name: string) {
        super('directory', path, name);
      }
      async getDirectoryHandle(name: string, options: { create?: boolean } = {}) {
        await call('open', child(this.path, name), 'directory', options.create ?? false);
        return new DirectoryHandle(child(this.path, name), name);
      }
      async getFileHandle(name: string, options: { create?: boolean } = {}) {
        await call('open', child(this.path, name), 'file', options.create ?? false);
        return new FileHandle(child(this.path, name), name);
      }
      async removeEntry(name: string, options: { recursive?: boolean } = {}) {
        await call('remove', child(this.path, name), options.recursive ?? false);
      }
      async *entries(): AsyncGenerator<[string, Handle]> {
        for (const e of (await call('list', this.path)) as Array<{ name: string; directory: boolean }>) {
          const path = child(this.path, e.name);
          yield [e.name, e.directory ? new DirectoryHandle(path, e.name) : new FileHandle(path, e.name)];
        }
      }
      async *values() {
        for await (const [, handle] of this.entries()) yield handle;
      }
      async *keys() {
        for await (const [name] of this.entries()) yield name;
      }
      [Symbol.asyncIterator]() {
        return this.entries();
      }
    }
    // A handle read back from IndexedDB is a plain copy: make it a handle again, as the browser
    // does for real ones, so that a reload signs in again without asking.
    const revive = (value: unknown) => {
      if (value instanceof Handle) return value;
      const copy = value as { kind?: string; path: string; name: string; onDisk?: boolean } | undefined;
      if (copy?.onDisk !== true) return value;
      return copy.kind === 'directory'
        ? new DirectoryHandle(copy.path, copy.name)
        : new FileHandle(copy.path, copy.name);
    };
    const result = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'result')!;
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      const request = get.apply(this, args);
      Object.defineProperty(request, 'result', { get: () => revive(result.get!.call(request)) });
      return request;
    };
    (window as unknown as { showDirectoryPicker: () => Promise<DirectoryHandle> }).showDirectoryPicker = async () =>
      new DirectoryHandle('', 'content-repository');
  });
}
