/** Rules for one model. Pure: other content comes in as references. */
import type { Model } from '../schemas/model.ts';
import { checkFileName } from './parse.ts';
import { problem, type Problem } from './problems.ts';
import {
  CATEGORIES_FILE,
  checkCitedReports,
  checkProvince,
  checkReference,
  checkUnique,
  type ContentRefs,
} from './references.ts';

export function checkModel(model: Model, file: string, refs: ContentRefs, problems: Problem[]): void {
  const draft = model.draft === true;
  checkFileName(file, model.slug, 'slug', problems);
  checkUnique('model', model.slug, refs, { file, field: '/slug' }, problems);
  checkProvince(model.province, refs, false, { file, field: '/province' }, problems);
  if (!refs.categoryIds.has(model.category))
    problems.push(
      problem(file, '/category', {
        en: `unknown category "${model.category}" (see ${CATEGORIES_FILE})`,
        vi: `Không có loại mô hình "${model.category}" trong danh mục.`,
      }),
    );
  checkCitedReports(model.reports, refs, draft, file, problems);
  if (model.units !== null)
    checkReference(
      'figure',
      model.units,
      refs,
      draft,
      { file, field: '/units' },
      { en: `no figure with id "${model.units}" in any report`, vi: `Không có số liệu "${model.units}".` },
      problems,
    );
  const nationwide = model.recognitions.some((r) => r.nationwide && r.level === 'national');
  if (model.highlight !== nationwide)
    problems.push(
      problem(
        file,
        '/highlight',
        model.highlight
          ? {
              en: 'highlight is true but no recognition is national and nationwide',
              vi: 'Đã đánh dấu “tiêu biểu toàn quốc” nhưng chưa có lần ghi nhận nào vừa ở cấp Trung ương vừa yêu cầu nhân rộng toàn quốc.',
            }
          : {
              en: 'a national recognition for nationwide replication is recorded, so highlight must be true',
              vi: 'Có lần ghi nhận cấp Trung ương yêu cầu nhân rộng toàn quốc, nên phải đánh dấu “tiêu biểu toàn quốc”.',
            },
      ),
    );
}
