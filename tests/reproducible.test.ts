import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('reproducible build', () => {
  it('builds byte-identical output from the same input', () => {
    const run = spawnSync(process.execPath, ['scripts/check-reproducible.ts'], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toMatch(/reproducible: \d+ files identical/);
    expect(run.status).toBe(0);
  }, 180_000);
});
