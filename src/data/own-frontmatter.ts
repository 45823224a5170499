import { readFileSync } from 'node:fs';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatterText } from '../validation/parse.ts';

/**
 * Wraps a Markdown/MDX loader so that an entry's data is the frontmatter as the validator reads
 * it (parseFrontmatterText: YAML 1.2's core schema), not as Astro's own reader does (a YAML
 * with timestamps, merge keys and binary): one reading of a file for the checks and the pages,
 * so an unquoted 2026-13-01 cannot pass as text in one and roll over into 2027 in the other.
 */
export function ownFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}-own-frontmatter`,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: (props) => {
          const file = props.filePath ?? props.id;
          const data = props.filePath
            ? parseFrontmatterText(new Uint8Array(readFileSync(props.filePath)), file).data
            : props.data;
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
