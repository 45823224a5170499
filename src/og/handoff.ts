/**
 * How a build's pages hand their Open Graph images to the integration that writes them into the output folder
 * (src/integrations/og-images.ts). Both run in the build's one process, but the pages run from Vite's bundle and the
 * integration from the config, each with its own copy of every module: a value on globalThis, under a registered
 * symbol, is what they share. The images used to be Astro routes, one per card; at 33,000 cards Astro's work per
 * route (a Response, a write, a directory check, a log line and the incremental cache's copy) held the main thread
 * for 55 s of a national-scale cold build, while the cards themselves were already painted into the cache.
 */

export interface OgImages {
  /** Cards painted in this build; the rest were in the cache. */
  painted: number;
  /** Each image's path under the site (/og/….png) and the cache file that holds its PNG. */
  images: Array<{ path: string; file: string }>;
}

export interface OgImageHandoff {
  /** Paints what is left on every worker thread, then lists the images; rejects with a card's error. */
  finish(): Promise<OgImages>;
}

const KEY = Symbol.for('antq-mo-hinh.og-images');
const BUILDING = Symbol.for('antq-mo-hinh.og-images.building');
type Holder = { [KEY]?: OgImageHandoff; [BUILDING]?: boolean };

/** Called by the integration as a build starts: the pages then paint the images ahead instead of serving them. */
export function startImageBuild(): void {
  (globalThis as Holder)[BUILDING] = true;
}

/**
 * Whether a build writes the images (the integration is on and a build runs). Not import.meta.env.PROD, which a
 * build run with NODE_ENV=test (as under the test runner) does not set.
 */
export function imagesBuilt(): boolean {
  return (globalThis as Holder)[BUILDING] === true;
}

/**
 * Offers the images of this build, made by `start` unless an offer is already waiting: every page's layout makes
 * one, and the first stands until the integration takes it.
 */
export function offerOgImages(start: () => OgImageHandoff): void {
  (globalThis as Holder)[KEY] ??= start();
}

/** Takes the images offered, once: a second build in the same process starts with none. */
export function takeOgImages(): OgImageHandoff | undefined {
  const holder = globalThis as Holder;
  const handoff = holder[KEY];
  delete holder[KEY];
  return handoff;
}
