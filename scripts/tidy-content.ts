// Rewrites every entry file under content/ (or the folder given) in the canonical form the web
// editor writes: keys in the schema's order, 2-space JSON, single-quoted YAML frontmatter, NFC,
// one tone placement. `npm run tidy [-- <content folder>]`. Files that do not parse are left
// alone and named: `npm run validate` says what is wrong with them.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entryText } from '../src/cms/entry-files.ts';
import { entryKind, parseEntryFile } from '../src/validation/parse.ts';
import type { Problem } from '../src/validation/problems.ts';
import { readContentFiles } from '../src/validation/read-content.ts';

const root = resolve(process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content');
let changed = 0;
const skipped: string[] = [];
for (const source of readContentFiles(root)) {
  const kind = entryKind(source.file);
  if (!kind) continue;
  const problems: Problem[] = [];
  const parsed = parseEntryFile(kind, source, problems);
  if (!parsed || problems.length > 0) {
    skipped.push(source.file);
    continue;
  }
  const text = entryText(kind, parsed.data, parsed.body);
  if (text === source.text) continue;
  writeFileSync(join(root, source.file.replace(/^content\//u, '')), text);
  console.log(`tidied ${source.file}`);
  changed += 1;
}
console.log(`${changed} file${changed === 1 ? '' : 's'} rewritten`);
if (skipped.length > 0) {
  console.error(`not tidied (they do not parse; run npm run validate): ${skipped.join(', ')}`);
  process.exit(1);
}
