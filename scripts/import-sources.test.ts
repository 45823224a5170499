// Measures figure extraction on the five source reports against the figures editors recorded
// for them in content/reports/ (paired by each report's sourceFile). The repository never
// stores the sources' sentences, and nothing in it reads a folder outside it by default: the
// measurement runs when SOURCES_DIR names the folder holding the reports (CI sets it, see
// .ci/run), and then fails if they are not there. Without SOURCES_DIR it is skipped, and says
// so on the console and in its name, so a skip never reads as a pass.
//
// The extraction gets what an import of a new report gets: the indicators and the glossary.
// Model names are left out on purpose: the content's models were taken from these very reports.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCLUSION_EXAMPLES, FORM_EXAMPLES } from '../src/lib/figure-extract/examples.fixture.ts';
import { extractFigures } from '../src/lib/figure-extract/extract.ts';
import {
  evaluateCandidates,
  FIELDS,
  formatTally,
  sumTallies,
  type Evaluation,
  type Tally,
} from '../src/lib/figure-extract/evaluate.ts';
import { normalizeReportText } from '../src/lib/figure-extract/prepare.ts';
import type { Report } from '../src/schemas/report.ts';

const RECALL_AT_LEAST = 0.95;
const PRECISION_AT_LEAST = 0.9;

const sourcesDir = resolve(process.env['SOURCES_DIR'] ?? '');
const measured = Boolean(process.env['SOURCES_DIR']);
if (!measured)
  console.warn(
    'figure extraction on the source reports NOT measured: set SOURCES_DIR to the folder of the five reports',
  );
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const indicators = read<Array<{ id: string; name: string; definition: string }>>('content/reference/indicators.json');
const glossary = read<Array<{ abbr: string; expansion: string; variants: string[] }>>(
  'content/reference/glossary.json',
);
const reports = readdirSync('content/reports')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => read<Report>(join('content/reports', f)));

const rate = (t: Tally) => (t.of === 0 ? 1 : t.right / t.of);

function table(rows: Array<[string, Evaluation]>): string {
  const header = [
    'report',
    'figures',
    'candidates',
    'found right',
    ...FIELDS.map((f) => `recall ${f}`),
    ...FIELDS.map((f) => `precision ${f}`),
    'indicator',
  ];
  const lines = rows.map(([name, e]) => [
    name,
    String(e.recall.value.of),
    String(e.precision.value.of),
    formatTally(e.recall.all),
    ...FIELDS.map((f) => formatTally(e.recall[f])),
    ...FIELDS.map((f) => formatTally(e.precision[f])),
    formatTally(e.indicator),
  ]);
  return [header, ...lines].map((cells) => cells.join(' | ')).join('\n');
}

describe.skipIf(!measured)('figure extraction on the five source reports (needs SOURCES_DIR)', () => {
  it('finds the sources', () => {
    expect(
      existsSync(sourcesDir),
      `no source reports in ${sourcesDir}: set SOURCES_DIR to the folder holding the five source .txt files`,
    ).toBe(true);
  });

  it(`finds at least ${RECALL_AT_LEAST * 100}% of the recorded figures right and proposes at least ${PRECISION_AT_LEAST * 100}% real ones`, () => {
    expect(existsSync(sourcesDir), `no source reports in ${sourcesDir}: set SOURCES_DIR`).toBe(true);
    const rows: Array<[string, Evaluation]> = [];
    for (const report of reports) {
      const file = join(sourcesDir, report.sourceFile);
      expect(existsSync(file), `${report.id}: its source ${file} is missing (SOURCES_DIR=${sourcesDir})`).toBe(true);
      const extraction = extractFigures(readFileSync(file, 'utf8'), { indicators, glossary });
      const evaluation = evaluateCandidates(extraction.figures, report.figures);
      rows.push([report.id, evaluation]);
      for (const miss of evaluation.missed) console.log(`${report.id}: missed ${miss.id} (${miss.fields.join(', ')})`);
      for (const i of evaluation.falsePositives) {
        const c = extraction.figures[i]!;
        console.log(`${report.id}: not a recorded figure: ${c.qualifierWord ?? ''} ${c.printed} ${c.unit ?? ''}`);
      }
    }
    const total = (pick: (e: Evaluation) => Tally) => sumTallies(rows.map(([, e]) => pick(e)));
    const overall = {
      recall: Object.fromEntries([...FIELDS, 'all'].map((f) => [f, total((e) => e.recall[f as 'all'])])),
      precision: Object.fromEntries(FIELDS.map((f) => [f, total((e) => e.precision[f])])),
      indicator: total((e) => e.indicator),
    } as unknown as Evaluation;
    console.log(table([...rows, ['overall', overall]]));

    expect(rows).toHaveLength(5);
    expect(rate(overall.recall.all)).toBeGreaterThanOrEqual(RECALL_AT_LEAST);
    expect(rate(overall.precision.value)).toBeGreaterThanOrEqual(PRECISION_AT_LEAST);
  });

  it('tests its rules on examples the five reports do not contain', () => {
    expect(existsSync(sourcesDir), `no source reports in ${sourcesDir}: set SOURCES_DIR`).toBe(true);
    const sources = reports.map((r) => normalizeReportText(readFileSync(join(sourcesDir, r.sourceFile), 'utf8')));
    const examples = [...FORM_EXAMPLES, ...EXCLUSION_EXAMPLES];
    expect(examples.length).toBeGreaterThan(30);
    for (const { phrase, sentence } of examples) {
      for (const source of sources) {
        expect(source, phrase).not.toContain(normalizeReportText(phrase));
        expect(source, sentence).not.toContain(normalizeReportText(sentence));
      }
    }
  });
});
