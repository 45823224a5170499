import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { figurePath } from '../../src/lib/links.ts';
import { ogImagePath } from '../../src/lib/og-paths.ts';
import type { Report } from '../../src/schemas/report.ts';
import { writeBareSite } from './bare-site.ts';
import { generateCorpus } from './generate-corpus.ts';

describe('the bare site', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bare-site-'));
  const contentDir = process.env['CONTENT_DIR'];
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    if (contentDir === undefined) delete process.env['CONTENT_DIR'];
    else process.env['CONTENT_DIR'] = contentDir;
  });

  it('has a page and an Open Graph image for every figure, at the portal’s own paths', async () => {
    const corpus = join(tmp, '.bench', 'content');
    const summary = generateCorpus({ outDir: corpus, referenceDir: 'content/reference', scale: 0.02 });
    const root = join(tmp, 'bare');
    writeBareSite(root);
    expect(existsSync(join(root, 'src/pages/so-lieu/f/[id].astro'))).toBe(true);
    // The generated data module reads the content folder named by CONTENT_DIR when it loads.
    process.env['CONTENT_DIR'] = corpus;
    const data = (await import(pathToFileURL(join(root, 'src/data.ts')).href)) as {
      figures: Array<{ id: string }>;
      indicators: Array<{ id: string }>;
      ogKeys: string[];
    };
    const figures = readdirSync(join(corpus, 'reports')).flatMap(
      (file) => (JSON.parse(readFileSync(join(corpus, 'reports', file), 'utf8')) as Report).figures,
    );
    expect(data.figures.map((f) => f.id).sort()).toEqual(figures.map((f) => f.id).sort());
    expect(data.figures).toHaveLength(summary.figures);
    const images = new Set(data.ogKeys.map((key) => `/og/${key}.png`));
    expect(images.size).toBe(data.ogKeys.length);
    for (const { id } of figures) expect(images.has(ogImagePath(figurePath(id)))).toBe(true);
    // An indicator's page exists, as on the real site, exactly when some figure measures it.
    expect(data.indicators.map((i) => i.id).sort()).toEqual([...new Set(figures.map((f) => f.indicator))].sort());
  });
});
