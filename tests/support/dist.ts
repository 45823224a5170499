import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';

/** Every HTML file in dist/, as site paths ("/mo-hinh/x/") with its text. */
export function builtPages(dist = DIST): Array<{ path: string; file: string; html: string }> {
  const pages: Array<{ path: string; file: string; html: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, full).split(sep).join('/');
        const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ path, file: full, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dist);
  return pages;
}

/** The editors' web editor: a tool page, not one for readers (no chrome, no preview card, not listed). */
export const isEditorPage = (path: string): boolean => path.startsWith('/admin/');

/** Every page readers reach: every built page but the editor's. */
export function readerPages(dist = DIST): ReturnType<typeof builtPages> {
  return builtPages(dist).filter((p) => !isEditorPage(p.path));
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The file a site path is served from, or undefined when nothing is there. */
export function fileForPath(path: string, dist = DIST): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const direct = join(dist, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}
