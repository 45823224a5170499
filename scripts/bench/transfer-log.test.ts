import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { logTransfers } from './transfer-log.ts';

describe('logTransfers', () => {
  it('counts each response on the wire and its body alone, with its encoding', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/two') {
        res.writeHead(200, { 'Content-Encoding': 'identity', 'X-Long': 'x'.repeat(500) });
        res.write('héllo ');
        res.end(Buffer.alloc(100));
      } else res.end();
    });
    const log = logTransfers(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await (await fetch(`${origin}/two`)).arrayBuffer();
      await (await fetch(`${origin}/empty`)).arrayBuffer();
      const [two, empty] = log.take();
      expect(two).toMatchObject({ path: '/two', bodyBytes: 7 + 100, contentEncoding: 'identity' });
      expect(two!.bytes).toBeGreaterThan(two!.bodyBytes + 500);
      expect(empty).toMatchObject({ path: '/empty', bodyBytes: 0, contentEncoding: '' });
      expect(log.take()).toEqual([]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
