import { describe, expect, it } from 'vitest';
import { analyseLog } from './measure-build.ts';

const at = (ms: number, text: string) => ({ ms, text });

describe('analyseLog', () => {
  it('counts copied routes apart, and gives each time to a route that rendered', () => {
    const result = analyseLog([
      at(0, 'generating static routes'),
      at(10, '  ├─ /mo-hinh/a/index.html'),
      at(11, '  ├─ /og/so-lieu/f/x.png (restored)'),
      at(12, '  ├─ /so-lieu/f/x/index.html (restored)'),
      at(20, ' (+7ms)'),
      at(30, '  ├─ /so-lieu/f/y/index.html (restored)'),
      at(40, '[build] 4 page(s) built in 1.00s'),
    ]);
    expect(result.copiedRoutes).toBe(3);
    expect(result.routes).toEqual([{ kind: 'model pages', count: 1, ms: 7 }]);
    // Rendering ends with the last route, copied or not.
    expect(result.phases['rendering static routes']).toBe(30);
  });
});
