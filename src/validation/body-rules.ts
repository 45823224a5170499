/**
 * An article's or overview's body checked as untrusted data (src/lib/body/check.ts): every
 * finding becomes a problem at "body line N" (a line of the file; of the body alone in the
 * web editor), and every component's reference goes through the reference rules, however
 * the tag was spelled.
 */
import { checkBody } from '../lib/body/check.ts';
import { BODY_COMPONENTS, type BodyComponent } from '../lib/body/components.ts';
import type { BodyFormat } from '../lib/body/parse.ts';
import { problem, type Problem } from './problems.ts';
import { checkReference, REF_NOUN, type ContentRefs } from './references.ts';

/** Where a body problem is: the line in the file, counting the frontmatter before the body. */
export const bodyField = (line: number, bodyLine: number): string => `body line ${line + bodyLine - 1}`;

export function checkBodyRules(
  body: string,
  format: BodyFormat,
  at: { file: string; bodyLine: number; draft: boolean },
  refs: ContentRefs,
  problems: Problem[],
): void {
  const checked = checkBody(body, format);
  for (const finding of checked.findings)
    problems.push(problem(at.file, bodyField(finding.line, at.bodyLine), finding));
  for (const use of checked.components)
    for (const [name, value] of Object.entries(use.props)) {
      const spec: BodyComponent = BODY_COMPONENTS[use.name];
      const prop = spec.props[name];
      if (prop?.type !== 'ref' || typeof value !== 'string') continue;
      const kind = prop.kind;
      checkReference(
        kind,
        value,
        refs,
        at.draft,
        { file: at.file, field: bodyField(use.line, at.bodyLine) },
        {
          en: `<${use.name} ${name}="${value}">: no ${REF_NOUN[kind].en} with that ${name}`,
          vi: `Không có ${REF_NOUN[kind].vi} "${value}" (thẻ <${use.name}>).`,
        },
        problems,
      );
    }
}
