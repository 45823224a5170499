import { chromium } from 'playwright-core';
import { startStaticServer } from './scripts/serve.ts';
import { normalizeQuery, SEARCH_RANKING } from './src/lib/search-text.ts';
const [, , dir, ...queries] = process.argv;
const { server, url } = await startStaticServer(dir!);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.goto(url + '/tim-kiem/');
const out = await p.evaluate(async ([qs, rk]) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: rk });
  const res: string[] = [];
  for (const q of qs) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, Number(qs.length > 0 ? 4 : 4)).map((x: any) => x.data()));
    res.push(`## ${q}: ${r.results.length}\n` + data.map((d: any, i: number) => `  ${r.results[i].score.toFixed(2)} ${d.url} | ${d.excerpt.slice(0, 90)}`).join('\n'));
  }
  return res.join('\n');
}, [queries.map(normalizeQuery), { ...SEARCH_RANKING, ...JSON.parse(process.env['RANK'] ?? '{}') }] as const);
console.log(out);
await b.close();
server.close();
