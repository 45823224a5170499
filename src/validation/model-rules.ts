/** Rules for one model. Pure: other content comes in as references. */
import type { Model } from '../schemas/model.ts';
import { baseName } from './parse.ts';
import { problem, type Problem } from './problems.ts';
import { CATEGORIES_FILE, checkProvince, checkReference, checkUnique, type ContentRefs } from './references.ts';

export function checkModel(model: Model, file: string, refs: ContentRefs, problems: Problem[]): void {
  const draft = model.draft === true;
  if (baseName(file) !== model.slug)
    problems.push(
      problem(file, '/slug', {
        en: `slug "${model.slug}" must match the file name "${baseName(file)}"`,
        vi: `Địa chỉ "${model.slug}" phải trùng tên tệp "${baseName(file)}".`,
      }),
    );
  checkUnique('model', model.slug, refs, { file, field: '/slug' }, problems);
  checkProvince(model.province, refs, false, { file, field: '/province' }, problems);
  if (!refs.categoryIds.has(model.category))
    problems.push(
      problem(file, '/category', {
        en: `unknown category "${model.category}" (see ${CATEGORIES_FILE})`,
        vi: `Không có loại mô hình "${model.category}" trong danh mục.`,
      }),
    );
  model.reports.forEach((id, j) =>
    checkReference(
      'report',
      id,
      refs,
      draft,
      { file, field: `/reports/${j}` },
      { en: `no report with id "${id}" in content/reports/`, vi: `Không có báo cáo "${id}".` },
      problems,
    ),
  );
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
