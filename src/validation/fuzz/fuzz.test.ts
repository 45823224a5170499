// The seeded fuzz run of npm test: 2,000 broken or hostile variants of the real content, each
// cleanly refused (problems naming a file of the content) or accepted; never a crash or a hang.
// `npm run fuzz -- --cases N --seed S` runs longer.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../read-content.ts';
import { bodyPayloadCases, fuzzCases, MUTATION_NAMES } from './corpus.ts';
import { runCase, runFuzz, summaryLine } from './run.ts';

const CASES = 2000;
const SEED = 20;

describe('fuzz', () => {
  it(`${CASES} mutated content sets: each a clean rejection or an acceptance, 0 crashes, 0 hangs`, () => {
    const base = readContentFiles('content');
    const summary = runFuzz(base, fuzzCases(base, SEED, CASES));
    console.log(summaryLine(summary));
    expect(summary.crashes).toEqual([]);
    expect(summary.hangs).toEqual([]);
    expect(summary.unclear).toEqual([]);
    expect(summary.cases).toBe(CASES);
    // Both outcomes occur: the corpus neither only breaks files nor only leaves them valid.
    expect(summary.rejected).toBeGreaterThan(CASES / 2);
    expect(summary.accepted).toBeGreaterThan(0);
  }, 120_000);

  it('every kind of mutation is in the run, and the same seed gives the same cases', () => {
    const base = readContentFiles('content');
    const names = [...fuzzCases(base, SEED, MUTATION_NAMES.length * 2)].map((c) => c.name);
    expect(names).toEqual([...fuzzCases(base, SEED, MUTATION_NAMES.length * 2)].map((c) => c.name));
    expect(new Set(names.map((n) => n.split(' ')[1]!.replace(/@.*/u, ''))).size).toBeGreaterThan(15);
  });

  it.each(bodyPayloadCases.map((c) => [c.body.split('\n')[0]!, c.body]))(
    'refuses the hostile body %s in an article and in an overview, naming the file and the body line',
    (_, payload) => {
      const base = readContentFiles('content');
      // In an overview's plain Markdown, braces and `import` are only text: no code runs there.
      const code = /^(?:\{|import )/u.test(payload);
      for (const folder of code ? ['content/articles/'] : ['content/articles/', 'content/overviews/']) {
        const target = base.find((f) => f.file.includes(folder))!;
        const outcome = runCase(base, {
          name: `body ${target.file}`,
          files: [{ file: target.file, text: `${target.text}\n\n${payload}\n` }],
        });
        expect(outcome.kind, target.file).toBe('rejected');
        const problems = outcome.kind === 'rejected' ? outcome.problems : [];
        expect(
          problems.some((p) => p.file.endsWith(target.file.split('/').pop()!) && /^body line \d+/u.test(p.field)),
        ).toBe(true);
      }
    },
  );
});
