// Runs Debian's nginx on loopback with docs/nginx.conf as shipped: only the lines that
// name where it listens, what it serves and its certificate change. Ports are picked
// free at start, so test runs side by side on one machine do not collide.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliStaticModule, requireNginx } from './tools.ts';

const SHIPPED_CONFIG = 'docs/nginx.conf';

/**
 * The shipped server blocks made to run on loopback: each server's `listen` becomes the
 * next of `ports` on 127.0.0.1 (plain HTTP: no certificate here), `root` becomes `root`,
 * and the certificate lines go. Throws when the file no longer has those lines to change.
 */
function loopbackConfig(shipped: string, ports: readonly number[], root: string): string {
  let server = -1;
  let roots = 0;
  const lines = shipped.split('\n').flatMap((line) => {
    if (/^server\s*\{/.test(line)) server++;
    const directive = /^(\s*)(listen|root|ssl_certificate|ssl_certificate_key)\s/.exec(line);
    if (!directive) return [line];
    const [, indent, name] = directive;
    if (name === 'listen') {
      const port = ports[server];
      if (port === undefined) throw new Error(`${SHIPPED_CONFIG}: more server blocks than ports`);
      return [`${indent}listen 127.0.0.1:${port};`];
    }
    if (name === 'root') {
      roots++;
      return [`${indent}root ${root};`];
    }
    return [];
  });
  if (server + 1 !== ports.length || roots !== 1)
    throw new Error(
      `${SHIPPED_CONFIG}: expected ${ports.length} server blocks and one root, found ${server + 1} and ${roots}`,
    );
  return lines.join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolveAccepts) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => resolveAccepts(false));
  });
}

export interface RunningNginx {
  /** The site, as the shipped HTTPS server serves it (over plain HTTP on loopback). */
  url: string;
  /** The shipped port-80 server, which redirects to HTTPS. */
  redirectUrl: string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground (daemon off) with a temporary prefix for its pid, logs and temp files. */
export async function startNginx(dist: string): Promise<RunningNginx> {
  const nginx = requireNginx();
  const shipped = readFileSync(SHIPPED_CONFIG, 'utf8');
  let lastError = '';
  // A port found free can be taken before nginx binds it; try again with new ones.
  for (let attempt = 0; attempt < 3; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'antq-nginx-'));
    const ports = [await freePort(), await freePort()];
    writeFileSync(join(prefix, 'site.conf'), loopbackConfig(shipped, ports, resolve(dist)));
    const temp = (name: string) => join(prefix, name);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      [
        `load_module ${brotliStaticModule(nginx)};`,
        // As root, nginx would run its workers as "nobody", whose group Debian lacks.
        ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
        'worker_processes 1;',
        `pid ${temp('nginx.pid')};`,
        `error_log ${temp('error.log')} warn;`,
        'events { worker_connections 256; }',
        'http {',
        `  include ${join(nginx.confDir, 'mime.types')};`,
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
        `  include ${temp('site.conf')};`,
        '}',
        '',
      ].join('\n'),
    );
    const child: ChildProcess = spawn(
      nginx.binary,
      ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', temp('error.log'), '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    // nginx in the foreground outlives a test process that dies without its teardown.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    const stop = async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    };
    for (let wait = 0; wait < 100 && child.exitCode === null; wait++) {
      if ((await accepts(ports[0]!)) && (await accepts(ports[1]!)))
        return { url: `http://127.0.0.1:${ports[0]}`, redirectUrl: `http://127.0.0.1:${ports[1]}`, stop };
      await new Promise((r) => setTimeout(r, 50));
    }
    let log = '';
    try {
      log = readFileSync(temp('error.log'), 'utf8');
    } catch {
      // nginx stopped before it opened its log.
    }
    lastError = `${stderr}\n${log}`.trim();
    await stop();
    if (!/Address already in use/.test(lastError)) break;
  }
  throw new Error(`nginx did not start with ${SHIPPED_CONFIG}:\n${lastError}`);
}
