// The validator and the build read a Markdown/MDX file the same way: the build's data is the
// validator's (ownFrontmatter), and the body both cut from the file is the same.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { entryKind, hasBody, parseFrontmatterText } from '../validation/parse.ts';
import { ContentError } from '../validation/problems.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { ownFrontmatter } from './own-frontmatter.ts';

const bodyFiles = readContentFiles('content').filter((f) => {
  const kind = entryKind(f.file);
  return kind !== undefined && hasBody(kind);
});

/** Frontmatter written in ways YAML readers may disagree on. */
const VARIANTS = [
  'published: 2026-11-01',
  'published: 2026-02-31',
  'published: 2026-13-01',
  'published: "2026-11-01"',
  'published: 2026-11-01T10:00:00Z',
  'draft: yes',
  'draft: on',
  'n: 0o17',
  'n: 017',
  'n: 1_000',
  'n: .inf',
  'tags: null',
  'tags: ~',
  'base: &b {a: 1}\nother:\n  <<: *b',
  'x: !!binary aGk=',
  'x: !!str 12',
  'title: a # comment',
  "title: 'a ''quoted'' b'",
  'title: >\n  folded\n  text',
  'title: |\n  literal\n  ---\n  text',
];

const fileWith = (yaml: string, body = '\nBody <Figure id="x" />\n\n---\n\nafter a rule\n') =>
  `---\n${yaml}\n---\n${body}`;

function ours(text: string) {
  try {
    return parseFrontmatterText(text, 'f');
  } catch (error) {
    if (error instanceof ContentError) return undefined;
    throw error;
  }
}

describe('one reading of frontmatter', () => {
  it('every article and overview: Astro and the validator cut the same body and read the same data', () => {
    expect(bodyFiles.length).toBeGreaterThan(3);
    for (const { file, text } of bodyFiles) {
      const mine = parseFrontmatterText(text, file);
      const astro = astroFrontmatter(text);
      expect(astro.content.trim(), file).toBe(mine.body.trim());
      expect(astro.frontmatter, file).toEqual(mine.data);
    }
  });

  it.each(VARIANTS)('%s: where the validator accepts the file, the body is the same', (yaml) => {
    const text = fileWith(yaml);
    const mine = ours(text);
    if (mine === undefined) {
      expect(() => parseFrontmatterText(text, 'f')).toThrow(ContentError);
      return;
    }
    expect(astroFrontmatter(text).content.trim()).toBe(mine.body.trim());
  });

  it('the build hands the validator’s data to the schema, not its own YAML reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'own-frontmatter-'));
    try {
      const seen: unknown[] = [];
      for (const [i, yaml] of VARIANTS.entries()) {
        const filePath = join(dir, `v${i}.mdx`);
        const text = fileWith(yaml);
        writeFileSync(filePath, text);
        const mine = ours(text);
        if (mine === undefined) continue;
        // A loader as Astro's glob loader calls parseData: with the data its own reader found.
        const inner: Loader = {
          name: 'glob',
          load: async (context) => {
            await context.parseData({ id: `v${i}`, data: astroFrontmatter(text).frontmatter, filePath });
          },
        };
        const context = {
          parseData: (props: { data: unknown }) => {
            seen.push(props.data);
            return Promise.resolve(props.data);
          },
        } as unknown as LoaderContext;
        await ownFrontmatter(inner).load(context);
        expect(seen.at(-1), yaml).toEqual(mine.data);
      }
      // The variants where the readers disagree are among them: the test would notice a bypass.
      const disagree = VARIANTS.filter((yaml) => {
        const mine = ours(fileWith(yaml));
        return (
          mine !== undefined &&
          JSON.stringify(astroFrontmatter(fileWith(yaml)).frontmatter) !== JSON.stringify(mine.data)
        );
      });
      expect(disagree).toContain('published: 2026-02-31');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
