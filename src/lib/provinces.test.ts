import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provincesSchema } from '../schemas/reference.ts';
import { formerWithCurrent, indexProvinces, mergerOutcome } from './provinces.ts';

const data = provincesSchema.parse(JSON.parse(readFileSync('content/reference/provinces.json', 'utf8')));
const index = indexProvinces(data);

describe('province index', () => {
  it('has the 63 former and 34 current units', () => {
    expect(index.former).toHaveLength(63);
    expect(index.current).toHaveLength(34);
  });

  it.each([
    ['06', 'Thái Nguyên'],
    ['17', 'Phú Thọ'],
    ['36', 'Ninh Bình'],
    ['38', 'Thanh Hóa'],
    ['74', 'Hồ Chí Minh'],
  ])('former %s now belongs to %s', (code, name) => {
    expect(index.currentOf(code).name).toBe(name);
  });

  it('lists the formers of a current unit', () => {
    expect(
      index
        .formersOf('37')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình']);
    expect(index.formersOf('38').map((p) => p.name)).toEqual(['Thanh Hóa']);
  });

  it('finds names in either tone placement', () => {
    expect(index.byName('Hoà Bình')?.code).toBe('17');
    expect(index.byName('Khánh Hoà')?.code).toBe('56');
  });

  it('says what a former province belongs to now', () => {
    expect(formerWithCurrent(index, '06')).toBe('Bắc Kạn (nay thuộc tỉnh Thái Nguyên)');
    expect(formerWithCurrent(index, '38')).toBe('Thanh Hóa');
    expect(formerWithCurrent(index, '37')).toBe('Ninh Bình (nay là tỉnh Ninh Bình mở rộng)');
    // The English page: never "Thanh Hóa, now part of Thanh Hóa".
    expect(mergerOutcome(index, '38')).toEqual({ relation: 'not-merged', current: 'Thanh Hóa', kindEn: 'province' });
    expect(mergerOutcome(index, '37')).toEqual({ relation: 'enlarged', current: 'Ninh Bình', kindEn: 'province' });
    expect(mergerOutcome(index, '06')).toEqual({ relation: 'part-of', current: 'Thái Nguyên', kindEn: 'province' });
  });

  it('knows which formers share a page with their current unit', () => {
    expect(index.sharesPage('37')).toBe(true);
    expect(index.sharesPage('36')).toBe(false);
  });

  it('throws on an unknown code rather than returning nothing', () => {
    expect(() => index.currentOf('99')).toThrow('no former province with code "99"');
  });

  it('places the archipelagos with their units', () => {
    expect(index.currentByCode('48').archipelagos).toEqual(['Quần đảo Hoàng Sa']);
    expect(index.currentByCode('56').archipelagos).toEqual(['Quần đảo Trường Sa']);
  });
});
