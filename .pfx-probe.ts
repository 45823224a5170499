import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/serve.ts';
const [, , dir, ...queries] = process.argv;
const { server, url } = await startStaticServer(dir!);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.goto(url + '/');
const out = await p.evaluate(async (qs) => {
  const pf = await import('/pagefind/pagefind.js');
  const res: string[] = [];
  for (const q of qs) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 5).map((x: any) => x.data()));
    res.push(`## ${q}: ${r.results.length}\n` + data.map((d: any, i: number) => `  ${r.results[i].score.toFixed(3)} ${d.url} | ${d.excerpt} | meta=${JSON.stringify(d.meta)}`).join('\n'));
  }
  return res.join('\n');
}, queries);
console.log(out);
await b.close();
server.close();
