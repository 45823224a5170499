/**
 * The floor of the slow-3G first paint: a page of one heading (no style, no script, 0.2 KB),
 * served and loaded exactly as the site's pages are. Its HTML always arrives in one burst, so
 * its paint after the HTML's last byte is what the browser itself takes from a burst of HTML to
 * a presented frame on this machine at this moment (committing the document, style, layout,
 * raster, the display compositor): a page whose HTML arrives in one burst cannot paint sooner
 * after it, however little it holds. Pages larger than the link's first bursts paint while
 * their later bytes are still arriving, so they can show less (even a negative time).
 */
import { createServer, type Server } from 'node:http';

export const FLOOR_HTML =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Mô hình ANTQ</title></head>' +
  '<body><h1>Tiếng kẻng vây bắt tội phạm</h1></body></html>';

export const FLOOR_PAGE = { label: 'floor: one heading', path: '/' } as const;

/** Serves FLOOR_HTML at every path on 127.0.0.1, on a free port. */
export function startFloorServer(): Promise<{ server: Server; url: string }> {
  const body = Buffer.from(FLOOR_HTML, 'utf8');
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}
