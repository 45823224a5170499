import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LIMITS } from './limits.ts';
import type { SourceFile } from './validate.ts';

/**
 * Reads every file under a content folder. Paths are given as "content/<relative path>"
 * whichever folder is read, so messages and checks look the same for fixtures. The bytes are
 * kept: the parsers decode them strictly (UTF-8 only) and check their size.
 */
export function readContentFiles(contentRoot: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        files.push({
          file: 'content/' + relative(contentRoot, full).split(sep).join('/'),
          // Over the limit the text is not needed: the parsers refuse the file by its size.
          text: bytes.length > LIMITS.fileBytes ? '' : bytes.toString('utf8'),
          bytes,
        });
      }
    }
  };
  walk(contentRoot);
  return files;
}
