/**
 * The web editor's configuration (Sveltia CMS), generated from the content schemas: every
 * field of every entry kind is a form field with the schema's Vietnamese label and hint.
 * Pure: the reference lists and the Git backend come in as data.
 */
import { QUALIFIER_LABELS } from '../schemas/common.ts';
import { BY_LABELS, MEASURE_LABELS } from '../schemas/chart.ts';
import { LEVEL_LABELS } from '../schemas/model.ts';
import { indicatorSchema } from '../schemas/reference.ts';
import { hasBody, type EntryKind } from '../validation/parse.ts';
import { INDICATORS_FILE } from '../validation/references.ts';
import { ENTRY_TREES } from './entry-files.ts';
import { LONG_TEXTS, REFERENCES, type ReferenceTarget } from './fields.ts';
import { treeOf, type FieldNode, type Shape } from './schema-tree.ts';

type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Options of the reference selects, built from content/reference at build time. */
export interface ReferenceOptions {
  /** Former provinces, each labelled with what it belongs to now. */
  former: Array<{ value: string; label: string }>;
  /** Current units. */
  current: Array<{ value: string; label: string }>;
  indicators: Array<{ value: string; label: string }>;
  categories: Array<{ value: string; label: string }>;
}

export interface BackendSettings {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'pkce';
  /** Review before publishing: GitHub and GitLab open a pull/merge request per entry. */
  review?: boolean;
}

export const COLLECTIONS: Record<
  EntryKind,
  { name: string; label: string; singular: string; folder: string; extension: string; summary: string; id: string }
> = {
  report: {
    name: 'reports',
    label: 'Báo cáo nguồn',
    singular: 'báo cáo',
    folder: 'content/reports',
    extension: 'json',
    summary: '{{name}}',
    id: 'id',
  },
  model: {
    name: 'models',
    label: 'Mô hình',
    singular: 'mô hình',
    folder: 'content/models',
    extension: 'json',
    summary: '{{name}}',
    id: 'slug',
  },
  article: {
    name: 'articles',
    label: 'Bài viết',
    singular: 'bài viết',
    folder: 'content/articles',
    extension: 'mdx',
    summary: '{{title}}',
    id: 'title',
  },
  chart: {
    name: 'charts',
    label: 'Biểu đồ',
    singular: 'biểu đồ',
    folder: 'content/charts',
    extension: 'json',
    summary: '{{title}}',
    id: 'id',
  },
  overview: {
    name: 'overviews',
    label: 'Tổng quan tỉnh',
    singular: 'tổng quan',
    folder: 'content/overviews',
    extension: 'md',
    summary: '{{title}} ({{province}})',
    id: 'province',
  },
};

/** The custom format each kind is read and written with (registered by the editor's script). */
export const formatName = (kind: EntryKind): string => `antq-${kind}`;

const ENUM_LABELS: Record<string, Record<string, string>> = {
  qualifier: QUALIFIER_LABELS,
  qualifierWord: { trên: 'trên', hơn: 'hơn' },
  level: LEVEL_LABELS,
  by: BY_LABELS,
  measure: MEASURE_LABELS,
};

/**
 * The reports again, as the figure pickers' source: hidden from the menu and closed to new
 * entries. A picker offers "Thêm <entry>" for its collection; picking a figure from the reports
 * themselves offered "Thêm báo cáo" beside the figures, which adds no figure.
 */
export const FIGURE_SOURCE = 'so-lieu';

/**
 * Pickers of entries, by name, from the CMS's own collections: the form fields that point to
 * a report, a model, a chart or a figure, and the body components that insert one.
 */
export const RELATIONS = {
  report: relation('reports', 'id', ['name'], ['name', 'title', 'id']),
  model: relation('models', 'slug', ['name'], ['name', 'slug']),
  chart: relation('charts', 'id', ['title'], ['title', 'id']),
  figure: relation(
    FIGURE_SOURCE,
    'figures.*.id',
    ['figures.*.label', 'figures.*.id'],
    ['figures.*.label', 'figures.*.id'],
  ),
} as const;

function relation(collection: string, value: string, display: string[], search: string[]) {
  return { widget: 'relation', collection, value_field: value, display_fields: display, search_fields: search };
}

function referenceField(
  target: ReferenceTarget,
  options: ReferenceOptions,
  multiple: boolean,
): Record<string, unknown> {
  // A select of several values is the built-in one: reused inside a checked field, its "add a
  // value" fails in this CMS version (the save check still covers it).
  const select = (list: Array<{ value: string; label: string }>) => ({
    widget: multiple ? 'select' : 'vn-select',
    options: list,
    multiple,
  });
  switch (target) {
    case 'former-province':
      return select(options.former);
    case 'any-province': {
      // Many units kept their code through the merger: one option per code, named as the unit now.
      const current = new Set(options.current.map((o) => o.value));
      return select([...options.current, ...options.former.filter((o) => !current.has(o.value))]);
    }
    case 'indicator':
      return select(options.indicators);
    case 'category':
      return select(options.categories);
    case 'report':
    case 'model':
    case 'chart':
    case 'figure':
      return { ...RELATIONS[target], multiple };
    case 'sibling-figures':
      return { widget: 'figure-parts' };
  }
}

/** Fields of a node's shape: objects nest, variants become an object with one type per variant. */
function shapeWidget(shape: Shape, name: string, path: string, ctx: Context): Record<string, unknown> {
  const reference = REFERENCES[ctx.kind][path];
  if (reference) return referenceField(reference, ctx.options, shape.kind === 'array');
  switch (shape.kind) {
    case 'object':
      return { widget: 'object', fields: shape.fields.map((f) => toField(f, `${path}.${f.name}`, ctx)) };
    case 'variants':
      return {
        widget: 'object',
        typeKey: shape.discriminator,
        types: shape.options.map((option) => ({
          name: option.value,
          label: option.title,
          widget: 'object',
          fields: option.fields
            .filter((f) => f.name !== shape.discriminator)
            .map((f) => toField(f, `${path}.${f.name}`, ctx)),
        })),
      };
    case 'array': {
      const element = shape.element;
      const sizes = { ...(shape.min ? { min: shape.min } : {}), ...(shape.max ? { max: shape.max } : {}) };
      if (element.kind === 'object')
        return {
          widget: 'list',
          ...sizes,
          fields: element.fields.map((f) => toField(f, `${path}.*.${f.name}`, ctx)),
        };
      return {
        widget: 'list',
        ...sizes,
        field: { name: 'item', label: 'Mục', ...shapeWidget(element, name, `${path}.*`, ctx) },
      };
    }
    case 'string':
      return {
        widget: LONG_TEXTS.has(name) ? 'vn-text' : 'vn-string',
        ...(shape.maxLength !== undefined ? { maxlength: shape.maxLength } : {}),
      };
    case 'number':
      return {
        widget: 'vn-number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'boolean':
      return { widget: 'vn-boolean' };
    case 'enum':
      return {
        widget: 'vn-select',
        options: shape.values.map((value) => ({ value, label: ENUM_LABELS[name]?.[value] ?? value })),
      };
    case 'literal':
      return { widget: 'hidden', default: shape.value };
  }
}

interface Context {
  kind: EntryKind;
  options: ReferenceOptions;
}

function toField(node: FieldNode, path: string, ctx: Context): CmsField {
  const widget = shapeWidget(node.shape, node.name, path, ctx);
  return {
    name: node.name,
    label: node.title,
    hint: node.description,
    // A list the schema allows empty is not required in the form (the form's "required" means "not empty").
    required:
      node.presence === 'required' && node.default === undefined && !(node.shape.kind === 'array' && !node.shape.min),
    ...(node.default !== undefined ? { default: node.default } : {}),
    // A box is always ticked or not: never "missing" in a form.
    ...(node.shape.kind === 'boolean' ? { required: false, default: node.default ?? false } : {}),
    // New entries start as drafts: nothing is published until an editor unticks the box.
    ...(node.name === 'draft' ? { default: true } : {}),
    ...(node.shape.kind === 'array' && node.shape.element.kind === 'object'
      ? { label_singular: node.title.toLocaleLowerCase('vi') }
      : {}),
    ...widget,
    // The editor's own field types check their value with the project's rules for this kind.
    ...(String(widget['widget']).startsWith('vn-') || widget['widget'] === 'figure-parts'
      ? { entry_kind: ctx.kind }
      : {}),
  } as unknown as CmsField;
}

/**
 * A chart's variants share most fields; a form cannot change its fields with the chosen type
 * at the top level, so the form shows every field once, and a field only some types use says
 * which in its hint (and is optional in the form; validation still requires it for them).
 */
function mergedVariantFields(shape: Shape, ctx: Context): CmsField[] {
  if (shape.kind === 'object') return shape.fields.map((f) => toField(f, f.name, ctx));
  if (shape.kind !== 'variants') throw new Error('an entry is an object or a set of variants');
  const seen = new Map<string, { node: FieldNode; in: string[] }>();
  for (const option of shape.options)
    for (const node of option.fields) {
      const known = seen.get(node.name);
      if (known) known.in.push(option.title);
      else seen.set(node.name, { node, in: [option.title] });
    }
  return [...seen.values()].map(({ node, in: types }) => {
    if (node.name === shape.discriminator)
      return {
        name: node.name,
        label: 'Kiểu biểu đồ',
        hint: 'Biểu đồ vẽ gì; mỗi kiểu dùng các trường ghi rõ trong phần gợi ý.',
        required: true,
        widget: 'vn-select',
        options: shape.options.map((o) => ({ value: o.value, label: `${o.title}: ${o.description}` })),
        entry_kind: ctx.kind,
      };
    const everywhere = types.length === shape.options.length;
    const field = toField(node, node.name, ctx);
    return everywhere
      ? field
      : { ...field, required: false, hint: `${node.description} Chỉ dùng cho kiểu: ${types.join(', ')}.` };
  });
}

function collectionConfig(kind: EntryKind, options: ReferenceOptions): Record<string, unknown> {
  const c = COLLECTIONS[kind];
  const fields = mergedVariantFields(ENTRY_TREES[kind], { kind, options });
  if (kind === 'article')
    fields.push({
      name: 'body',
      label: 'Nội dung',
      hint: 'Bài viết bằng lời của cổng. Chèn số liệu, mô hình, biểu đồ bằng nút “Chèn”: không gõ tay con số có từ ba chữ số.',
      widget: 'markdown',
      modes: ['rich_text', 'raw'],
      buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
      editor_components: ['figure', 'model-card', 'chart'],
      required: true,
    });
  if (kind === 'overview')
    fields.push({
      name: 'body',
      label: 'Nội dung',
      hint: 'Tám mươi đến hai trăm từ bằng lời của cổng; không dùng thẻ, không có số từ ba chữ số.',
      widget: 'markdown',
      modes: ['rich_text', 'raw'],
      buttons: ['bold', 'italic', 'link'],
      editor_components: [],
      required: true,
    });
  return {
    name: c.name,
    label: c.label,
    label_singular: c.singular,
    folder: c.folder,
    // The extension comes with the registered format (src/admin/formats.ts).
    format: formatName(kind),
    create: true,
    delete: true,
    identifier_field: c.id,
    // File names are the entry's id (reports, models, charts) or its title folded to a slug.
    slug: hasBody(kind) ? '{{slug}}' : `{{fields.${c.id}}}`,
    summary: c.summary,
    sortable_fields: ['draft', c.id],
    view_filters: [
      { label: 'Bản nháp', field: 'draft', pattern: true },
      { label: 'Đã phát hành', field: 'draft', pattern: '^(false|)$' },
    ],
    editor: { preview: kind === 'article' || kind === 'model' || kind === 'report' },
    fields,
  };
}

/** The collection of the import assistant: the same folder as reports, a form of its own. */
export const INDICATORS_COLLECTION = 'chi-tieu';

/** A field of the catalogue, from the schema's own label and hint. */
function catalogueField(node: FieldNode): Record<string, unknown> {
  const widget = node.shape.kind === 'boolean' ? 'boolean' : node.name === 'definition' ? 'text' : 'string';
  return { name: node.name, label: node.title, hint: node.description, widget };
}

/**
 * "Danh mục chỉ tiêu": the indicators figures measure, one list in one file, so that an editor
 * who finds no fitting indicator while reviewing an import adds one without a terminal. Saving
 * runs the build's checks on the whole list (src/validation/indicator-catalogue.ts).
 */
function indicatorCollection(): Record<string, unknown> {
  const tree = treeOf(indicatorSchema);
  if (tree.kind !== 'object') throw new Error('the indicator schema is not an object');
  return {
    name: INDICATORS_COLLECTION,
    label: 'Danh mục chỉ tiêu',
    label_singular: 'danh mục chỉ tiêu',
    description:
      'Những gì số liệu đo. Khi duyệt báo cáo mà không có chỉ tiêu nào hợp, thêm chỉ tiêu mới ở đây rồi lưu; chỉ tiêu số liệu đang dùng thì không bỏ được.',
    editor: { preview: false },
    files: [
      {
        name: 'indicators',
        label: 'Danh mục chỉ tiêu',
        file: INDICATORS_FILE,
        format: 'json',
        fields: [
          {
            name: 'indicators',
            label: 'Chỉ tiêu',
            label_singular: 'chỉ tiêu',
            hint: 'Mỗi chỉ tiêu một mục. Thêm ở cuối danh sách; mã đã có số liệu dùng thì đừng đổi.',
            widget: 'list',
            root: true,
            collapsed: true,
            summary: '{{fields.name}} ({{fields.id}})',
            fields: tree.fields.map(catalogueField),
          },
        ],
      },
    ],
  };
}

export const IMPORT_COLLECTION = 'nhap-bao-cao';
export const IMPORT_FORMAT = 'antq-import';
/** An id no report has: the assistant lists no file, it only creates drafts. */
const LISTS_NOTHING = '\u0000';

/**
 * "Nhập báo cáo từ văn bản": paste a report's text, review the figures the assistant proposes
 * (src/lib/figure-extract), save a draft report that then opens under "Báo cáo nguồn" to be
 * confirmed, as `npm run import` does from the command line.
 */
function importCollection(options: ReferenceOptions): Record<string, unknown> {
  return {
    name: IMPORT_COLLECTION,
    label: 'Nhập báo cáo từ văn bản',
    label_singular: 'báo cáo nhập từ văn bản',
    description:
      'Dán toàn văn một bài báo cáo: trợ lý đề xuất mọi số liệu trong bài. Lưu lại thành báo cáo nháp, rồi xác nhận từng số liệu trong “Báo cáo nguồn”.',
    folder: COLLECTIONS.report.folder,
    format: IMPORT_FORMAT,
    create: true,
    delete: false,
    identifier_field: 'id',
    slug: '{{fields.id}}',
    filter: { field: 'id', value: LISTS_NOTHING },
    editor: { preview: false },
    fields: [
      {
        name: 'id',
        label: 'Mã báo cáo',
        hint: 'Mẫu <tỉnh>-<năm>-<chủ đề>, ví dụ ha-giang-2024-hoi-nghi; chữ thường không dấu, số và dấu gạch nối.',
        widget: 'vn-string',
        entry_kind: 'report',
        pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Chỉ gồm chữ thường a-z không dấu, số 0-9 và dấu gạch nối đơn.'],
      },
      {
        name: 'province',
        label: 'Tỉnh',
        hint: 'Tỉnh (cũ) mà bài nói tới.',
        widget: 'vn-select',
        entry_kind: 'report',
        options: options.former,
      },
      {
        name: 'proposal',
        label: 'Văn bản báo cáo',
        hint: 'Câu trong bài chỉ hiện để đối chiếu, không được lưu: tệp chỉ giữ số, đơn vị, từ định lượng và các chỗ cần xác nhận.',
        widget: 'report-import',
      },
    ],
  };
}

/**
 * The CMS reads a hint as Markdown and drops what looks like markup, so "/mo-hinh/<slug>/"
 * showed as "/mo-hinh//": a hint's Markdown and HTML characters are escaped, shown as written.
 */
export const hintText = (hint: string): string => hint.replace(/[\\`*_<>[\]]/gu, '\\$&');

function withHints<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withHints) as T;
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'hint' && typeof value === 'string' ? hintText(value) : withHints(value),
    ]),
  ) as T;
}

/** The whole configuration, for CMS.init({ config }). */
export function cmsConfig(
  options: ReferenceOptions,
  backend: BackendSettings,
  siteUrl: string,
): Record<string, unknown> {
  const { review, ...backendKeys } = backend;
  const kinds = Object.keys(COLLECTIONS) as EntryKind[];
  const figureSource = {
    ...collectionConfig('report', options),
    name: FIGURE_SOURCE,
    label: 'Số liệu của các báo cáo',
    label_singular: 'số liệu',
    create: false,
    delete: false,
    hide: true,
  };
  return {
    load_config_file: false,
    backend: backendKeys,
    ...(review && (backend.name === 'github' || backend.name === 'gitlab')
      ? { publish_mode: 'editorial_workflow' }
      : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: siteUrl,
    display_url: siteUrl,
    app_title: 'Biên tập: Toàn dân bảo vệ an ninh Tổ quốc',
    // The site's own mark on the sign-in screen and the editor's tab, rather than the CMS's.
    logo: { src: '/favicon.svg' },
    // "Tổ hòa giải" → to-hoa-giai, the way the site's own slugs are made.
    slug: { encoding: 'ascii', clean_accents: true },
    output: { omit_empty_optional_fields: true, json: { indent_style: 'space', indent_size: 2 } },
    collections: withHints([
      ...kinds.map((kind) => collectionConfig(kind, options)),
      importCollection(options),
      indicatorCollection(),
      figureSource,
    ]),
  };
}
