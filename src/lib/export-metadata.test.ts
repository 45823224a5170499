import { describe, expect, it } from 'vitest';
import { exportRdf, readExportSvg, type ExportFacts } from './export-metadata.ts';

const facts: ExportFacts = {
  title: "Tổ “tự quản” & <an ninh> 'A'",
  description: null,
  period: '2007–2022; tính đến 14/09 (không rõ năm)',
  source: 'Công an tỉnh Nam Định, “Tổng kết 15 năm”, 25/10/2022',
  publisher: 'Cổng',
  licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  url: 'https://antq.example.vn/bieu-do/x/',
};

const svgOf = (rdf: string, desc: string) =>
  `<svg style="background:#fbfaf7" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 318" width="680" height="318.5">` +
  `<title>t</title><desc id="d">${desc}</desc><metadata>${rdf}</metadata><rect width="10" height="3"/></svg>`;

describe('export metadata', () => {
  it('reads back, as PNG texts, what it wrote into the SVG, markup characters included', () => {
    const { width, height, texts } = readExportSvg(svgOf(exportRdf(facts), 'A &amp; B &#39;C&#x27;'));
    expect({ width, height }).toEqual({ width: 680, height: 318.5 });
    expect(Object.fromEntries(texts.map((t) => [t.keyword, t.text]))).toEqual({
      Title: facts.title,
      Source: facts.source,
      Author: facts.publisher,
      Copyright: facts.licence,
      URL: facts.url,
      Period: facts.period,
      Description: "A & B 'C'",
    });
  });

  it('leaves out what the chart does not have and writes no markup from text', () => {
    const rdf = exportRdf(facts);
    expect(rdf).not.toContain('<dc:description>');
    expect(rdf).toContain('&lt;an ninh&gt;');
    expect(rdf).not.toContain('<an ninh>');
    expect(exportRdf({ ...facts, description: 'Dòng phụ' })).toContain('<dc:description>Dòng phụ</dc:description>');
  });
});
