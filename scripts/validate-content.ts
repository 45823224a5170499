// Checks everything in content/ outside Astro: `npm run validate [-- <content folder>] [--since <git ref>]`.
// Each problem is one line "file: field: message", then the same in Vietnamese for editors.
// With --since (or CONTENT_BASE_REF), a published figure that changed since that commit
// must carry a correction.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { correctionProblemsSince } from '../src/validation/git-base.ts';
import { readContentFiles } from '../src/validation/read-content.ts';
import { validateContent } from '../src/validation/validate.ts';
import { formatProblem } from '../src/validation/problems.ts';

const { values, positionals } = parseArgs({ options: { since: { type: 'string' } }, allowPositionals: true });
const contentRoot = resolve(positionals[0] ?? process.env['CONTENT_DIR'] ?? 'content');
const since = values.since ?? process.env['CONTENT_BASE_REF'];
let checked: ReturnType<typeof validateContent>;
try {
  checked = validateContent(readContentFiles(contentRoot));
} catch (error) {
  // Every content problem is a message; whatever is left is a fault of the checker itself
  // (or of the disk), said in one line rather than a stack.
  console.error(`npm run validate: the check stopped on ${contentRoot}: ${(error as Error).message}`);
  process.exit(2);
}
const { content } = checked;
let problems = checked.problems;
if (since && content) {
  try {
    problems = correctionProblemsSince(contentRoot, since, content.reports);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
if (problems.length > 0 || !content) {
  for (const p of problems) console.error(`${formatProblem(p)}\n    → ${p.vi}`);
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentRoot}`);
  process.exit(1);
}
const figures = content.reports.reduce((n, r) => n + r.figures.length, 0);
const drafts = content.drafts.length;
console.log(
  `content OK${since ? ` (published figures checked against ${since})` : ''}: ${content.reports.length} reports, ${figures} figures, ${content.models.length} models, ` +
    `${content.articles.length} articles, ${content.indicators.length} indicators` +
    (drafts > 0
      ? `; ${drafts} draft${drafts === 1 ? '' : 's'} left out of the build (${content.drafts.join(', ')})`
      : ''),
);
