// What the editors' command-line scripts (npm run new, npm run import) share: failing with a
// Vietnamese message and exit code 1, reading their arguments, finding the content folder, its
// JSON entries and a former province.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An id or slug: a-z, 0-9 and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A function that prints "npm run <command>: <message>" and exits with code 1. */
export function failWith(command: string): (message: string) => never {
  return (message) => {
    console.error(`npm run ${command}: ${message}`);
    process.exit(1);
  };
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * The parsed command line, or undefined when --help was asked for (the usage is then printed).
 * A malformed command line fails with the usage.
 */
export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  fail: (message: string) => never,
): ReturnType<typeof parseArgs<T>> | undefined {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return undefined;
  }
  return parsed;
}

/** The content folder: the one given, else CONTENT_DIR, else content/; a failure if it is not one. */
export function contentFolder(given: string | undefined, fail: (message: string) => never): string {
  const root = resolve(given ?? process.env['CONTENT_DIR'] ?? 'content');
  if (!existsSync(join(root, 'reference/provinces.json')))
    fail(`${root} không phải thư mục nội dung (thiếu reference/provinces.json).`);
  return root;
}

/** The JSON files of a content subfolder (none when it does not exist), as the build reads them: dotfiles left out. */
export function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')) : [];
}

export interface FormerProvinceRef {
  code: string;
  slug: string;
  name: string;
}

/** The former province with this two-digit code or slug, or a failure naming a few valid codes. */
export function findFormerProvince(root: string, wanted: string, fail: (message: string) => never): FormerProvinceRef {
  const { former } = readJson<{ former: FormerProvinceRef[] }>(join(root, 'reference/provinces.json'));
  const found = former.find((p) => p.code === wanted || p.slug === wanted);
  if (!found)
    fail(
      `không có tỉnh cũ với mã "${wanted}". Dùng mã hai chữ số trong reference/provinces.json, ` +
        `ví dụ ${former
          .slice(0, 3)
          .map((p) => `${p.code} (${p.name})`)
          .join(', ')}.`,
    );
  return found;
}
