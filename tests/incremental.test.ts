import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('incremental build', () => {
  it('ships what a full build ships after each kind of edit, and copies the pages that did not change', () => {
    const run = spawnSync(process.execPath, ['scripts/check-incremental.ts'], { encoding: 'utf8' });
    expect(run.stderr + run.stdout).toMatch(/incremental: identical to a full build after each of \d+ edits/);
    expect(run.status).toBe(0);
  }, 900_000);
});
