import { describe, expect, it } from 'vitest';
import { budgetFor, DEFAULT_BUDGET, overBudget } from './budgets.ts';

describe('overBudget', () => {
  it('passes a page within every budget', () => {
    expect(overBudget('/', { html: 20_000, css: 8_000, js: 3_000, fonts: 0 })).toEqual([]);
  });

  it('counts any font byte as over budget: the site uses the system fonts', () => {
    expect(overBudget('/', { html: 20_000, css: 8_000, js: 3_000, fonts: 1_024 })).toEqual([
      '/: fonts 1.0 KB over the 0.0 KB budget',
    ]);
  });

  it('fails a page over budget, naming the page, the kind and the number', () => {
    expect(overBudget('/mo-hinh/', { html: 70 * 1024, css: 8_000, js: 13 * 1024, fonts: 0 })).toEqual([
      '/mo-hinh/: HTML 70.0 KB over the 60.0 KB budget',
      '/mo-hinh/: JavaScript 13.0 KB over the 12.0 KB budget',
    ]);
  });

  it('gives the statistics page a larger HTML budget and search an unlimited JS budget', () => {
    expect(budgetFor('/so-lieu/').html).toBe(150 * 1024);
    expect(budgetFor('/so-lieu/phu-tho/').html).toBe(150 * 1024);
    expect(budgetFor('/so-lieu/phu-tho/x/').html).toBe(60 * 1024);
    expect(budgetFor('/mo-hinh/tinh/phu-tho/').html).toBe(60 * 1024);
    expect(overBudget('/so-lieu/', { ...DEFAULT_BUDGET, html: 100 * 1024 })).toEqual([]);
    expect(overBudget('/tim-kiem/', { ...DEFAULT_BUDGET, js: 500 * 1024 })).toEqual([]);
  });
});
