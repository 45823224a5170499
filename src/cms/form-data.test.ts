import { describe, expect, it } from 'vitest';
import { ENTRY_TREES } from './entry-files.ts';
import { fromForm } from './form-data.ts';

describe('fromForm', () => {
  it('reads an empty box by what the schema says the field is', () => {
    const data = fromForm(ENTRY_TREES.model, {
      slug: 'to-moi',
      draft: false,
      name: '  Tổ mới ',
      province: '06',
      place: '',
      category: 'to-chuc-quan-chung',
      started: null,
      yearUnclear: { year: null, note: '' },
      recognitions: [
        { by: 'Bộ Công an', level: 'national', what: 'nhân rộng', year: null, nationwide: true, note: '' },
      ],
      units: '',
      highlight: true,
      summary: '',
      reports: ['r'],
    });
    expect(data).toEqual({
      slug: 'to-moi',
      name: 'Tổ mới',
      province: '06',
      place: null,
      category: 'to-chuc-quan-chung',
      started: null,
      recognitions: [{ by: 'Bộ Công an', level: 'national', what: 'nhân rộng', year: null, nationwide: true }],
      units: null,
      highlight: true,
      reports: ['r'],
    });
  });

  it('keeps a required empty list, and drops the fields of a variant the editor left', () => {
    const data = fromForm(ENTRY_TREES.report, {
      unknowns: [],
      period: { kind: 'range', from: 2019, to: 2024, date: { text: 'x', year: 2024, month: null, day: null } },
    }) as Record<string, unknown>;
    expect(data['unknowns']).toEqual([]);
    expect(data['period']).toEqual({ kind: 'range', from: 2019, to: 2024 });
  });

  it('keeps what it cannot read, so validation can say what is wrong with it', () => {
    const data = fromForm(ENTRY_TREES.report, { figures: [{ value: '12a', colour: 'đỏ' }] }) as {
      figures: Array<Record<string, unknown>>;
    };
    expect(data.figures[0]).toEqual({ value: '12a', colour: 'đỏ' });
  });

  it('keeps a required group whose fields are all empty, and drops what the form keeps for itself', () => {
    const data = fromForm(ENTRY_TREES.report, {
      publisher: { name: '', asPrinted: '', inferred: '' },
      figures: [{ id: 'f', __sc_item_id: 'x1' }],
    }) as Record<string, unknown>;
    expect(data['publisher']).toEqual({ name: null, asPrinted: null, inferred: null });
    expect(data['figures']).toEqual([{ id: 'f' }]);
    expect((fromForm(ENTRY_TREES.report, {}) as Record<string, unknown>)['publisher']).toEqual({
      name: null,
      asPrinted: null,
      inferred: null,
    });
  });

  it('drops the fields of other chart types', () => {
    expect(
      fromForm(ENTRY_TREES.chart, {
        id: 'c',
        type: 'bar',
        title: 'T',
        items: [{ figure: 'f', label: '' }],
        by: '',
        stacked: false,
      }),
    ).toEqual({ id: 'c', type: 'bar', title: 'T', items: [{ figure: 'f' }] });
  });
});
