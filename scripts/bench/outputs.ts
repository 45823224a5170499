/**
 * What a build wrote: sizes of folders, and the set of routes it produced, so the bare
 * baseline can be checked to have the same URLs as the real site.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export const folderBytes = (dir: string): number => filesUnder(dir).reduce((sum, f) => sum + statSync(f).size, 0);

/**
 * Files Astro rendered from routes, as site paths. Left out: precompressed copies, bundled
 * assets (_astro/), Pagefind's output, the sitemap and files copied from public/, none of
 * which are routes.
 */
export function routeOutputs(dist: string, publicDir?: string): Set<string> {
  const copied = new Set(
    publicDir ? filesUnder(publicDir).map((f) => relative(publicDir, f).split(sep).join('/')) : [],
  );
  const paths = filesUnder(dist)
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((p) => !/\.(gz|br)$/.test(p) && !/^(_astro|pagefind)\//.test(p) && !/^sitemap-.*\.xml$/.test(p))
    .filter((p) => !copied.has(p));
  return new Set(paths.map((p) => `/${p}`));
}

export interface OutputComparison {
  real: number;
  bare: number;
  htmlPages: number;
  ogImages: number;
  onlyReal: string[];
  onlyBare: string[];
}

export function compareOutputs(realDist: string, bareDist: string, publicDir: string): OutputComparison {
  const real = routeOutputs(realDist, publicDir);
  const bare = routeOutputs(bareDist);
  const list = [...real];
  return {
    real: real.size,
    bare: bare.size,
    htmlPages: list.filter((p) => p.endsWith('.html')).length,
    ogImages: list.filter((p) => p.startsWith('/og/')).length,
    onlyReal: list.filter((p) => !bare.has(p)).sort(),
    onlyBare: [...bare].filter((p) => !real.has(p)).sort(),
  };
}
