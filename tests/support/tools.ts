// The programs the checks on the built site run that npm does not install: Java for the
// W3C Nu Html Checker, Debian's nginx with its brotli_static module for the shipped
// docs/nginx.conf, rsync, LibreOffice. Each throws an error that says how to install what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Java from $JAVA_HOME, else the first `java` on PATH. */
export function javaPath(): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', 'java') : 'java';
}

/** The Java major version ("17.0.15" → 17, "1.8.0" → 8), or undefined when Java does not run. */
function javaMajor(java: string): number | undefined {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(run.stderr + run.stdout);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** The W3C Nu Html Checker (vnu.jar) runs on Java 17 or later (its --help says so). */
export function requireJava(): string {
  const java = javaPath();
  const major = javaMajor(java);
  if (major === undefined || major < 17) {
    throw new Error(
      `${major === undefined ? 'Java was not found' : `Java ${major} is too old`} (${java}). The W3C Nu Html ` +
        'Checker (npm vnu-jar) needs Java 17 or later: install it with "apt-get install default-jre-headless" ' +
        '(Debian/Ubuntu) or set JAVA_HOME to a Java installation.',
    );
  }
  return java;
}

export interface Nginx {
  /** The nginx binary. */
  binary: string;
  /** Where its dynamic modules live (--modules-path). */
  modules: string;
  /** Its configuration folder, for mime.types (--conf-path's folder). */
  confDir: string;
}

const BROTLI_STATIC = 'ngx_http_brotli_static_module.so';

/** nginx at $NGINX_PATH or Debian's /usr/sbin/nginx, with the brotli_static module the shipped config uses. */
export function requireNginx(): Nginx {
  const binary = process.env['NGINX_PATH'] || '/usr/sbin/nginx';
  const install =
    'install them with "apt-get install nginx libnginx-mod-http-brotli-static" (Debian/Ubuntu) ' +
    'or set NGINX_PATH to an nginx binary.';
  const version = existsSync(binary) ? spawnSync(binary, ['-V'], { encoding: 'utf8' }) : undefined;
  if (!version || version.error || version.status !== 0)
    throw new Error(`nginx was not found at ${binary}. The tests serve dist/ with docs/nginx.conf: ${install}`);
  const option = (name: string, fallback: string) =>
    new RegExp(`--${name}=(\\S+)`).exec(version.stderr + version.stdout)?.[1] ?? fallback;
  const nginx = {
    binary,
    modules: option('modules-path', '/usr/lib/nginx/modules'),
    confDir: dirname(option('conf-path', '/etc/nginx/nginx.conf')),
  };
  if (!existsSync(join(nginx.modules, BROTLI_STATIC)))
    throw new Error(
      `nginx has no ${BROTLI_STATIC} in ${nginx.modules} (docs/nginx.conf uses brotli_static): ${install}`,
    );
  return nginx;
}

export const brotliStaticModule = (nginx: Nginx): string => join(nginx.modules, BROTLI_STATIC);

/** rsync, which the workflows' deploy step runs (scripts/publish-rsync.sh) and a unit test runs for real. */
export function requireRsync(): string {
  const run = spawnSync('rsync', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(
      'rsync was not found. The publishing script (scripts/publish-rsync.sh) is tested with it: install it with ' +
        '"apt-get install rsync" (Debian/Ubuntu).',
    );
  return 'rsync';
}

/**
 * LibreOffice, which reads back the spreadsheet downloads (.xlsx, .ods) as a reader
 * independent of the library that writes them (tests/spreadsheet.test.ts).
 */
export function requireSoffice(): string {
  const run = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0 || !/LibreOffice/.test(run.stdout))
    throw new Error(
      'LibreOffice (soffice) was not found. The spreadsheet downloads (.xlsx, .ods) are read back with it: ' +
        'install it with "apt-get install libreoffice-calc-nogui" (Debian/Ubuntu).',
    );
  return 'soffice';
}
