// Rewrites the field tables of the editors' guide from the schemas: `npm run docs:fields`.
// A unit test (src/cms/field-docs.test.ts) fails while the guide and the schemas disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../src/cms/field-docs.ts';

const GUIDE = 'docs/huong-dan-bien-tap.md';
const before = readFileSync(GUIDE, 'utf8');
const after = withFieldTables(before);
writeFileSync(GUIDE, after);
console.log(after === before ? `${GUIDE}: field tables already current` : `${GUIDE}: field tables rewritten`);
