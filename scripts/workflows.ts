// Writes the Forgejo and Gitea copies of the GitHub Actions workflow. The three speak the same
// syntax; what differs is the runner label and the artifact actions: Forgejo's and Gitea's
// artifact servers speak the protocol of upload/download-artifact v3, not v4's.
//   npm run workflows           rewrite .forgejo/ and .gitea/ from .github/
//   npm run workflows -- --check  exit 1 when a copy is out of date
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = '.github/workflows/publish.yml';

export interface WorkflowCopy {
  path: string;
  runner: string;
  forge: string;
}

export const COPIES: readonly WorkflowCopy[] = [
  { path: '.forgejo/workflows/publish.yml', runner: 'docker', forge: 'Forgejo' },
  { path: '.gitea/workflows/publish.yml', runner: 'ubuntu-latest', forge: 'Gitea' },
];

export function workflowCopy(source: string, copy: WorkflowCopy): string {
  const header = `# Generated from ${SOURCE} for ${copy.forge} Actions by \`npm run workflows\`: edit that file.\n`;
  return (
    header +
    source
      .replace(/^# Forgejo and Gitea copies are generated from this file: npm run workflows\.\n/mu, '')
      .replaceAll('runs-on: ubuntu-latest', `runs-on: ${copy.runner}`)
      .replaceAll('actions/upload-artifact@v4', 'actions/upload-artifact@v3')
      .replaceAll('actions/download-artifact@v4', 'actions/download-artifact@v3')
  );
}

function main(): void {
  const source = readFileSync(join(root, SOURCE), 'utf8');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const copy of COPIES) {
    const file = join(root, copy.path);
    const wanted = workflowCopy(source, copy);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // a missing copy is written, or reported by --check
    }
    if (current === wanted) continue;
    if (check) {
      console.error(`${copy.path} is out of date with ${SOURCE}: run npm run workflows`);
      stale += 1;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, wanted);
      console.log(`wrote ${copy.path}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
