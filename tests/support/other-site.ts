// Another site on another origin (localhost, where the site under test is on 127.0.0.1),
// serving whatever page a test gives it: the newspaper that embeds a chart, or a site
// that tries to frame a page it may not.
import { createServer } from 'node:http';

export interface OtherSite {
  url: string;
  /** The HTML it answers every request with from now on. */
  show(html: string): void;
  close(): Promise<void>;
}

export async function startOtherSite(): Promise<OtherSite> {
  let page = '';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`,
    show: (html) => {
      page = html;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
