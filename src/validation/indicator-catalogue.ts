/**
 * The indicator catalogue as the web editor saves it (content/reference/indicators.json): the
 * same checks the build runs on the file (JSON limits, NFC, controls, schema, unique ids), and
 * no indicator taken away while a published figure still measures it.
 */
import { indicatorsSchema } from '../schemas/reference.ts';
import { problem, type Problem } from './problems.ts';
import { unique } from './reference-rules.ts';
import { INDICATORS_FILE, type ContentRefs } from './references.ts';
import { parseReference } from './validate.ts';

export function checkIndicatorCatalogue(list: unknown, refs: Pick<ContentRefs, 'figures'>): Problem[] {
  const problems: Problem[] = [];
  const source = { file: INDICATORS_FILE, text: JSON.stringify(list ?? null) };
  const indicators = parseReference(indicatorsSchema, source, INDICATORS_FILE, problems);
  if (!indicators) return problems;
  const ids = unique(
    indicators.map((i) => i.id),
    INDICATORS_FILE,
    (i) => `/${i}/id`,
    problems,
  );
  const gone = new Map<string, string>();
  for (const [figure, ref] of refs.figures)
    if (!ids.has(ref.indicator) && !gone.has(ref.indicator)) gone.set(ref.indicator, figure);
  for (const [indicator, figure] of gone)
    problems.push(
      problem(INDICATORS_FILE, '', {
        en: `indicator "${indicator}" is measured by figure "${figure}" (and maybe others): it cannot be removed`,
        vi: `Chỉ tiêu "${indicator}" đang được số liệu "${figure}" dùng: không bỏ được. Đổi chỉ tiêu của các số liệu đó trước.`,
      }),
    );
  return problems;
}
