/**
 * Synthetic MDX articles: frontmatter per src/schemas/article.ts and a body of a few hundred
 * words that uses <Figure id="…" /> and <ModelCard slug="…" /> the way editors do.
 */
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import type { Model } from '../../src/schemas/model.ts';
import type { FormerProvince } from '../../src/schemas/reference.ts';
import type { Random } from './prng.ts';
import { pad, type MutableReport } from './corpus-reports.ts';
import {
  ARTICLE_HEADINGS,
  ARTICLE_OPENERS,
  ARTICLE_SENTENCES,
  FIGURE_LEADS,
  SYNTHETIC,
  SYNTHETIC_NOTE,
} from './vocabulary.ts';

export interface SyntheticArticle {
  slug: string;
  /** The whole .mdx file. */
  text: string;
  words: number;
}

interface ArticleContext {
  rng: Random;
  serial: number;
  province: FormerProvince;
  reports: readonly MutableReport[];
  models: readonly Model[];
}

/** Publication dates spread over 2024–2026, one calendar day per step. */
function publishedDate(serial: number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + (serial % 1000) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** YAML accepts JSON values; quoting every value keeps dates strings (Astro's YAML makes 2024-01-01 a Date). */
function frontmatter(data: ArticleFrontmatter): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

const sentence = (rng: Random, count: number): string =>
  rng.sample(ARTICLE_SENTENCES, count).join(' ') || (ARTICLE_SENTENCES[0] ?? '');

export function makeArticle({ rng, serial, province, reports, models }: ArticleContext): SyntheticArticle {
  const sources = rng.sample(reports, rng.int(1, Math.min(2, reports.length)));
  const featured = rng.sample(models, rng.int(2, 5));
  const figures = rng.sample(
    sources.flatMap((r) => r.figures),
    rng.int(4, 7),
  );
  const hero = figures[0];
  const slug = `tong-hop-bai-viet-${pad(serial)}-${province.slug}`;
  const topic = rng.pick(['nhân rộng mô hình tự quản', 'kết quả sơ kết phong trào', 'tổ quần chúng ở cơ sở']);

  const sections: string[] = [`${rng.pick(ARTICLE_OPENERS)} ${SYNTHETIC_NOTE} ${sentence(rng, 2)}`];
  const headings = rng.sample(ARTICLE_HEADINGS, 4);
  headings.forEach((heading, i) => {
    const lines = [`## ${heading}`, ''];
    const own = figures.filter((_, j) => j % headings.length === i);
    const figureText = own.map((f) => `${rng.pick(FIGURE_LEADS)} ${f.label} là <Figure id="${f.id}" />.`).join(' ');
    lines.push(`${sentence(rng, 2)} ${figureText} ${sentence(rng, 2)}`.trim());
    const model = featured[i];
    if (model) lines.push('', `<ModelCard slug="${model.slug}" />`);
    sections.push(lines.join('\n'));
  });
  const body = sections.join('\n\n') + '\n';

  const data: ArticleFrontmatter = {
    title: `${SYNTHETIC} ${province.name}: ${topic} (bài ${serial})`,
    description: `Bài viết tổng hợp thử về ${topic} ở ${province.name}, dựa trên ${sources.length} báo cáo giả định. ${SYNTHETIC_NOTE}`,
    published: publishedDate(serial),
    provinces: [province.code],
    models: featured.map((m) => m.slug),
    reports: sources.map((r) => r.id),
    ...(hero ? { hero: hero.id } : {}),
  };
  const words = body
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return { slug, text: (frontmatter(data) + '\n' + body).normalize('NFC'), words };
}
