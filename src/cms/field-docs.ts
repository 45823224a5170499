/**
 * The field tables of the editors' guide, written from the schemas: the same Vietnamese labels
 * and hints the web editor shows, and whether each field must be filled. The guide's tables are
 * these, between markers; a test keeps them equal (`npm run docs:fields` rewrites them).
 */
import { ENTRY_TREES } from './entry-files.ts';
import { shapeFields, treeOf, type FieldNode, type Shape } from './schema-tree.ts';
import { indicatorSchema } from '../schemas/reference.ts';
import { BODY_COMPONENTS, type BodyComponent } from '../lib/body/components.ts';

/** Whether a field must be filled: a field with a default may be left out too. */
function required(node: FieldNode): string {
  if (node.presence !== 'required') return 'không';
  if (Array.isArray(node.default) && node.default.length === 0) return 'không (mặc định: danh sách rỗng)';
  if (node.default !== undefined) return `không (mặc định: \`${JSON.stringify(node.default)}\`)`;
  return 'có';
}

function row(path: string, node: FieldNode): string {
  const values = node.shape.kind === 'enum' ? ` Giá trị: ${node.shape.values.map((v) => `\`${v}\``).join(', ')}.` : '';
  const cell = (text: string) => text.replace(/\|/gu, '\\|');
  return `| \`${path}\` | ${cell(node.title)} | ${required(node)} | ${cell(node.description + values)} |`;
}

/** Rows of a shape's fields; nested groups are flattened to "a.b", except those named in `own`. */
function rows(shape: Shape, prefix: string, own: ReadonlySet<string>): string[] {
  return shapeFields(shape).flatMap((node) => {
    const path = prefix + node.name;
    const nested = node.shape.kind === 'object' && !own.has(path) ? rows(node.shape, `${path}.`, own) : [];
    return [row(path, node), ...nested];
  });
}

const HEADER = ['| trường | tên trên trình biên tập | bắt buộc? | ý nghĩa |', '| --- | --- | --- | --- |'];

const field = (shape: Shape, name: string): Shape => {
  const node = shapeFields(shape).find((f) => f.name === name);
  if (!node) throw new Error(`field-docs: no field "${name}"`);
  return node.shape.kind === 'array' ? node.shape.element : node.shape;
};

/** The components a body may use, from the list the validator and the renderer read. */
function bodyComponentRows(): string[] {
  return [
    '| thẻ | thuộc tính | đặt ở đâu | hiển thị |',
    '| --- | --- | --- | --- |',
    ...Object.entries(BODY_COMPONENTS).map(([name, spec]: [string, BodyComponent]) => {
      const props = Object.entries(spec.props)
        .map(([prop, p]) =>
          p.type === 'flag' ? `\`${prop}\` (không bắt buộc): ${p.vi}` : `\`${prop}="…"\` (bắt buộc): ${p.vi}`,
        )
        .join('; ');
      const where = spec.inline ? 'trong câu hoặc riêng một dòng' : 'riêng một dòng, cách đoạn văn bằng dòng trống';
      return `| \`<${name} … />\` | ${props} | ${where} | ${spec.vi} |`;
    }),
  ];
}

/** The tables, by the name of their marker in the guide. */
export function fieldTables(): Record<string, string> {
  const report = ENTRY_TREES.report;
  const figure = field(report, 'figures');
  const model = ENTRY_TREES.model;
  const tables: Record<string, string[]> = {
    report: rows(report, '', new Set(['published', 'period'])),
    date: rows(field(report, 'published'), '', new Set()),
    figure: rows(figure, '', new Set(['period'])),
    correction: rows(field(report, 'corrections'), '', new Set()),
    model: rows(model, '', new Set()),
    recognition: rows(field(model, 'recognitions'), '', new Set()),
    article: rows(ENTRY_TREES.article, '', new Set()),
    chart: rows(ENTRY_TREES.chart, '', new Set()),
    'chart-item': rows(field(ENTRY_TREES.chart, 'items'), '', new Set()),
    overview: rows(ENTRY_TREES.overview, '', new Set()),
    indicator: rows(treeOf(indicatorSchema), '', new Set()),
  };
  return {
    ...Object.fromEntries(Object.entries(tables).map(([name, lines]) => [name, [...HEADER, ...lines].join('\n')])),
    'body-components': bodyComponentRows().join('\n'),
  };
}

// The end marker may follow the start directly (a new, still empty table): never run on to the next table's end.
const MARKER = /(<!-- bảng trường: ([a-z-]+) -->\n)[\s\S]*?\n?(<!-- hết bảng -->)/gu;

/** The guide with every marked table rewritten from the schemas. */
export function withFieldTables(guide: string): string {
  const tables = fieldTables();
  return guide.replace(MARKER, (_all, open: string, name: string, close: string) => {
    const table = tables[name];
    if (table === undefined) throw new Error(`field-docs: the guide marks an unknown table "${name}"`);
    return `${open}\n${table}\n\n${close}`;
  });
}

/** A table's cells without the padding a formatter adds, to compare what tables say. */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/u)
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^-+$/u, '---')),
    );
}

/** The names of the tables the guide marks. */
export function markedTables(guide: string): string[] {
  return [...guide.matchAll(MARKER)].map((m) => m[2] ?? '');
}
