// The longer fuzz run: `npm run fuzz -- --cases 20000 --seed 7 [--content <folder>]`. Prints one
// summary line, then every crash, hang and unclear rejection with the case that caused it.
import { resolve } from 'node:path';
import { readContentFiles } from '../src/validation/read-content.ts';
import { fuzzCases } from '../src/validation/fuzz/corpus.ts';
import { runFuzz, summaryLine } from '../src/validation/fuzz/run.ts';
import { failWith, readCommandLine } from './cli.ts';

const fail = failWith('fuzz');
const usage = 'npm run fuzz -- [--cases N] [--seed S] [--content <folder>]';
const parsed = readCommandLine(
  {
    options: {
      cases: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean' },
    },
  },
  usage,
  fail,
);
if (parsed) {
  const cases = Number(parsed.values.cases);
  const seed = Number(parsed.values.seed);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed))
    fail(`--cases and --seed are whole numbers.\n${usage}`);
  const base = readContentFiles(resolve(parsed.values.content));
  const start = performance.now();
  const summary = runFuzz(base, fuzzCases(base, seed, cases));
  console.log(`${summaryLine(summary)} (seed ${seed}, ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  for (const c of summary.crashes) console.log(`crash: ${c.name}: ${c.error}`);
  for (const h of summary.hangs) console.log(`hang: ${h.name}: ${Math.round(h.ms)} ms`);
  for (const u of summary.unclear) console.log(`unclear: ${u.name}: ${u.why}`);
  if (summary.crashes.length + summary.hangs.length + summary.unclear.length > 0) process.exit(1);
}
