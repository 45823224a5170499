import { checkBody, type CheckedBody } from '../lib/body/check.ts';
import type { BodyFormat } from '../lib/body/parse.ts';

const checked = new Map<string, CheckedBody>();

/**
 * A body checked once per build: an article's render key (src/data/render-keys.ts) needs the
 * components its body uses, and its page then renders the same tree.
 */
export function checkedBody(source: string, format: BodyFormat): CheckedBody {
  const key = `${format}\n${source}`;
  let result = checked.get(key);
  if (!result) {
    result = checkBody(source, format);
    checked.set(key, result);
  }
  return result;
}
