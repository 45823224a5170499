// The allocator settings the build passes (build.env for the Rust parts of Astro and Vite,
// PAGEFIND_ALLOCATOR for Pagefind's binary) do nothing, silently, if a dependency changes its
// allocator or its prefix: each setting must be one the installed binaries read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_ALLOCATOR } from '../src/integrations/pagefind.ts';

/** The native binaries (.node, or an executable under bin/) of the packages in a node_modules scope. */
function binaries(scope: string, prefix: string, folder = ''): string[] {
  const root = join('node_modules', scope);
  return readdirSync(root)
    .filter((name) => name.startsWith(prefix))
    .flatMap((name) =>
      readdirSync(join(root, name, folder))
        .filter((file) => (folder ? !file.includes('.') : file.endsWith('.node')))
        .map((file) => join(root, name, folder, file)),
    );
}

const settings = readFileSync('build.env', 'utf8')
  .split('\n')
  .filter((line) => /^[A-Z_]+=/u.test(line))
  .map((line) => line.split('=')[0]!);

describe('allocator settings', () => {
  it('build.env sets only mimalloc options that Rolldown and the Astro compiler read', () => {
    expect(settings.length).toBeGreaterThan(0);
    const natives = [...binaries('@rolldown', 'binding-'), ...binaries('@astrojs', 'compiler-binding-')];
    expect(natives.length).toBe(2);
    for (const file of natives) {
      const binary = readFileSync(file);
      // mimalloc's messages, and the option names it builds each variable's name from.
      expect(binary.includes('mimalloc: '), `${file} allocates with mimalloc`).toBe(true);
      for (const variable of settings) {
        expect(variable).toMatch(/^MIMALLOC_/u);
        const option = variable.slice('MIMALLOC_'.length).toLowerCase();
        expect(binary.includes(option), `${file} reads ${variable}`).toBe(true);
      }
    }
  });

  it("Pagefind's binary reads the variable its allocator settings are passed in", () => {
    const [binary] = binaries('@pagefind', '', 'bin').filter((file) => file.endsWith('pagefind_extended'));
    expect(binary).toBeDefined();
    expect(readFileSync(binary!).includes(PAGEFIND_ALLOCATOR.variable)).toBe(true);
  });
});
