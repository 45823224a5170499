import { describe, expect, it } from 'vitest';
import { barShape, hedgeNote, round, slug, sumQualifier, zeroBasedScale } from './shared.ts';

describe('chart helpers', () => {
  it('rounds to 0.1 without negative zero', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(-0.04)).toBe(0);
    expect(Object.is(round(-0.04), -0)).toBe(false);
  });

  it.each([1, 8, 22, 98, 845, 1127, 20203, 872128])('gives 3–5 nice ticks from zero for a maximum of %d', (max) => {
    const { scale, ticks } = zeroBasedScale(max, [0, 300]);
    expect(ticks[0]).toBe(0);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(scale(0)).toBe(0);
    // The domain covers the data without wasting much of the plot.
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(max);
    expect(scale.domain()[1]).toBeLessThanOrEqual(max * 1.15);
  });

  it('thins ticks whose labels would collide', () => {
    const { ticks } = zeroBasedScale(20203, [0, 160], () => 40);
    expect(ticks).toEqual([0, 10000, 20000]);
  });

  it('combines qualifiers of a sum honestly', () => {
    expect(sumQualifier(['exact', 'exact'])).toBe('exact');
    expect(sumQualifier(['over', 'exact'])).toBe('over');
    expect(sumQualifier(['nearly', 'under'])).toBe('under');
    expect(sumQualifier(['over', 'under'])).toBe('about');
  });

  it('splits a hedged bar into a body and a tip that add up to it', () => {
    const shape = barShape(100, 180.25, 10, 20, true);
    expect(shape.bar).toEqual({ x: 100, y: 10, width: 80.3, height: 20 });
    expect((shape.body.width * 10 + (shape.tip?.width ?? 0) * 10) / 10).toBe(80.3);
    expect(barShape(100, 180, 10, 20, false).tip).toBeNull();
  });

  it('only explains qualifiers that occur', () => {
    expect(hedgeNote(['exact'], 'Đầu cột')).toBeNull();
    expect(hedgeNote(['about', 'exact'], 'Đầu cột')).toBe(
      'Đầu cột nét đứt: số liệu không chính xác tuyệt đối theo nguồn; “khoảng” là số ước tính.',
    );
  });

  it('makes ASCII ids from Vietnamese titles', () => {
    expect(slug('Điểm khiếu tố ở Nam Định, 2007–2021')).toBe('diem-khieu-to-o-nam-dinh-2007-2021');
  });
});
