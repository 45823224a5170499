// The two ways the tests serve dist/: every check of what a host sends runs on both.
import { request } from 'node:http';
import { inject } from 'vitest';

export interface Host {
  name: string;
  url(): string;
}

export const HOSTS: readonly Host[] = [
  { name: 'test server with public/_headers', url: () => inject('baseUrl') },
  { name: 'nginx with docs/nginx.conf', url: () => inject('nginxUrl') },
];

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The bytes as sent, still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** A GET that leaves the body as sent, asking for the given encodings only. */
export function get(url: string, acceptEncoding = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
