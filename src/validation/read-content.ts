import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './validate.ts';

/**
 * Reads every file under a content folder. Paths are given as "content/<relative path>"
 * whichever folder is read, so messages and checks look the same for fixtures.
 */
export function readContentFiles(contentRoot: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        files.push({
          file: 'content/' + relative(contentRoot, full).split(sep).join('/'),
          text: readFileSync(full, 'utf8'),
        });
    }
  };
  walk(contentRoot);
  return files;
}
