/**
 * Render keys: for a page that Astro may copy from the previous build instead of rendering it
 * again (`experimental.incrementalBuild`), a digest of every piece of content the page shows.
 * Astro re-renders a page when its key or its code changes, so a key that leaves out something
 * the page shows would ship a stale page: each key below names what its page reads, and
 * scripts/check-incremental.ts edits each of those things and compares an incremental rebuild
 * with a full one, byte for byte. No Astro, no fs: node:crypto only.
 */
import { createHash } from 'node:crypto';
import type { ContentIndex, SourcedFigure } from '../lib/content-index.ts';
import type { OgCard } from '../lib/og-card.ts';

/** Bumped when what a key covers changes in a way the page's code hash would not show. */
const KEY_VERSION = 'render-key 1';

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** Digests of content objects, each taken once per build however many pages share it. */
const digests = new WeakMap<object, string>();
function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

/** What every page may show of the places: the reference table, and which units have pages. */
const placeDigests = new WeakMap<ContentIndex, string>();
function placesDigest(site: ContentIndex): string {
  let digest = placeDigests.get(site);
  if (digest === undefined) {
    digest = sha(JSON.stringify([site.data.provinces, site.provincePages, [...site.formerCodesWithContent].sort()]));
    placeDigests.set(site, digest);
  }
  return digest;
}

/**
 * A figure's page (src/pages/so-lieu/f/[id].astro) shows the figure, its whole report (the
 * figures it is part of, its parts, the report's change notes and citation), the indicator with
 * how many other figures measure it, the model, the province and what it belongs to now, and its
 * link-preview card's text (og:image:alt).
 */
export function figurePageKey(site: ContentIndex, figure: SourcedFigure, card: OgCard | undefined): string {
  const model = figure.model ? site.model(figure.model) : null;
  return sha(
    JSON.stringify([
      KEY_VERSION,
      figure.id,
      digestOf(figure.report),
      digestOf(site.indicator(figure.indicator)),
      site.figuresOfIndicator(figure.indicator).length,
      model ? digestOf(model) : null,
      placesDigest(site),
      card ?? null,
    ]),
  );
}
