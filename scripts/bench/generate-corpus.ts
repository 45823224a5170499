/**
 * Writes a deterministic, clearly synthetic national-scale corpus in the project's content
 * format: the real reference files, then reports, models, articles and charts spread over
 * all 63 former provinces (so all 34 current units get pages).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Model } from '../../src/schemas/model.ts';
import type { Category, Indicator, Provinces } from '../../src/schemas/reference.ts';
import { makeArticle } from './corpus-articles.ts';
import { makeCharts } from './corpus-charts.ts';
import { makeModel } from './corpus-models.ts';
import { makeReport, type MutableReport } from './corpus-reports.ts';
import { createRandom } from './prng.ts';
import { SYNTHETIC, SYNTHETIC_NOTE } from './vocabulary.ts';

export interface CorpusOptions {
  /** Folder to (re)create; must be inside a .bench/ folder so nothing real is ever deleted. */
  outDir: string;
  /** The project's content/reference folder, copied as it is. */
  referenceDir: string;
  /** 1 for the national scale, 0.05 for `--small`. */
  scale: number;
  seed?: number;
}

export interface CorpusSummary {
  reports: number;
  figures: number;
  figuresWithParts: number;
  models: number;
  highlightedModels: number;
  articles: number;
  averageArticleWords: number;
  charts: number;
  overviews: number;
  formerProvinces: number;
  currentProvinces: number;
}

/** National-scale sizes from the brief; `--small` divides them by 20. */
export const FULL_SIZES = { reports: 2000, models: 5000, articles: 3000 } as const;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const writeJson = (file: string, value: unknown): void =>
  writeFileSync(file, (JSON.stringify(value, null, 2) + '\n').normalize('NFC'));

export function generateCorpus({ outDir, referenceDir, scale, seed = 20250701 }: CorpusOptions): CorpusSummary {
  const root = resolve(outDir);
  if (!root.split(sep).includes('.bench')) throw new Error(`refusing to replace ${root}: not inside .bench/`);
  rmSync(root, { recursive: true, force: true });
  for (const folder of ['reference', 'reports', 'models', 'articles', 'charts', 'overviews'])
    mkdirSync(join(root, folder), { recursive: true });
  cpSync(referenceDir, join(root, 'reference'), { recursive: true });

  const provinces = readJson<Provinces>(join(referenceDir, 'provinces.json'));
  const indicators = new Set(readJson<Indicator[]>(join(referenceDir, 'indicators.json')).map((i) => i.id));
  const categories = readJson<Category[]>(join(referenceDir, 'categories.json')).map((c) => c.id);
  const rng = createRandom(seed);
  const size = (n: number) => Math.max(provinces.former.length, Math.round(n * scale));
  // Round-robin over former provinces: every province, and so every current unit, has content.
  const provinceOf = (serial: number) =>
    provinces.former[(serial - 1) % provinces.former.length] as (typeof provinces.former)[number];

  const reports: MutableReport[] = [];
  const reportsByProvince = new Map<string, MutableReport[]>();
  for (let serial = 1; serial <= size(FULL_SIZES.reports); serial += 1) {
    const province = provinceOf(serial);
    const report = makeReport({ rng, serial, province, indicators });
    reports.push(report);
    reportsByProvince.set(province.code, [...(reportsByProvince.get(province.code) ?? []), report]);
  }

  const models: Model[] = [];
  const modelsByProvince = new Map<string, Model[]>();
  for (let serial = 1; serial <= size(FULL_SIZES.models); serial += 1) {
    const province = provinceOf(serial);
    const model = makeModel({ rng, serial, province, reports: reportsByProvince.get(province.code) ?? [], categories });
    models.push(model);
    modelsByProvince.set(province.code, [...(modelsByProvince.get(province.code) ?? []), model]);
  }

  // A handful of headline figures, as the home page expects, not thousands.
  for (const report of reports.slice(0, 6)) {
    const figure = report.figures.find((f) => f.unit !== '%');
    if (figure) figure.headline = true;
  }

  let words = 0;
  const articleCount = size(FULL_SIZES.articles);
  for (let serial = 1; serial <= articleCount; serial += 1) {
    const province = provinceOf(serial);
    const article = makeArticle({
      rng,
      serial,
      province,
      reports: reportsByProvince.get(province.code) ?? [],
      models: modelsByProvince.get(province.code) ?? [],
    });
    words += article.words;
    writeFileSync(join(root, 'articles', `${article.slug}.mdx`), article.text);
  }

  // One short overview per current unit, so province pages render that part too.
  for (const unit of provinces.current) {
    const text = `---\nprovince: "${unit.code}"\ntitle: "${SYNTHETIC} Tổng quan"\n---\n\n${SYNTHETIC_NOTE} Địa bàn ${unit.kind} ${unit.name} gồm các tỉnh cũ đã hợp nhất từ 01/07/2025; các báo cáo giả định về phong trào ở đây được liệt kê dưới đây.\n`;
    writeFileSync(join(root, 'overviews', `${unit.slug}.md`), text.normalize('NFC'));
  }

  const charts = makeCharts(rng, reports, scale);
  for (const report of reports) writeJson(join(root, 'reports', `${report.id}.json`), report);
  for (const model of models) writeJson(join(root, 'models', `${model.slug}.json`), model);
  for (const chart of charts) writeJson(join(root, 'charts', `${chart.id}.json`), chart);

  const figures = reports.flatMap((r) => r.figures);
  return {
    reports: reports.length,
    figures: figures.length,
    figuresWithParts: figures.filter((f) => f.parts).length,
    models: models.length,
    highlightedModels: models.filter((m) => m.highlight).length,
    articles: articleCount,
    averageArticleWords: Math.round(words / articleCount),
    charts: charts.length,
    overviews: provinces.current.length,
    formerProvinces: provinces.former.length,
    currentProvinces: provinces.current.length,
  };
}
