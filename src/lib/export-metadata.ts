/**
 * The metadata of an exported chart: written into the SVG file as Dublin Core in RDF/XML,
 * and read back from that file by the PNG export, which turns it into PNG text chunks. The
 * reader runs in the browser on the site's own files; it reads the text rather than parsing
 * a DOM because DOMParser applies the page's CSP to the file's inline styles and reports each
 * one as a violation. Pure.
 */
import type { PngText } from './png-text.ts';
import { DATA_LICENSE } from './site.ts';
import { escapeXml } from './xml.ts';

/** Background of the exported SVG; the PNG export paints its canvas with it too. */
export const EXPORT_BACKGROUND = '#fbfaf7';

export interface ExportFacts {
  title: string;
  /** Subtitle, when the chart has one. */
  description: string | null;
  period: string;
  source: string;
  publisher: string;
  licence: string;
  url: string;
}

const DC_ELEMENTS = {
  title: 'title',
  description: 'description',
  period: 'coverage',
  source: 'source',
  publisher: 'publisher',
  licence: 'rights',
  url: 'identifier',
} as const satisfies Record<keyof ExportFacts, string>;

/** The facts as Dublin Core in RDF/XML, for an SVG's <metadata> (escaped, ready to insert). */
export function exportRdf(facts: ExportFacts): string {
  const dc = (key: keyof ExportFacts) => {
    const value = facts[key];
    return value === null ? '' : `<dc:${DC_ELEMENTS[key]}>${escapeXml(value)}</dc:${DC_ELEMENTS[key]}>`;
  };
  return (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">' +
    `<rdf:Description rdf:about="${escapeXml(facts.url)}">` +
    (Object.keys(DC_ELEMENTS) as Array<keyof ExportFacts>).map(dc).join('') +
    `<dcterms:license rdf:resource="${escapeXml(DATA_LICENSE.url)}"/>` +
    '<dc:language>vi</dc:language><dc:format>image/svg+xml</dc:format>' +
    '</rdf:Description></rdf:RDF>'
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/giu, (whole, dec, hex, name) =>
    dec || hex ? String.fromCodePoint(parseInt(dec ?? hex, dec ? 10 : 16)) : (ENTITIES[name] ?? whole),
  );
}

/** PNG text keyword of each fact (PNG specification 11.3.4.2 names the first ones). */
const PNG_KEYWORDS: ReadonlyArray<[keyword: string, key: keyof ExportFacts]> = [
  ['Title', 'title'],
  ['Source', 'source'],
  ['Author', 'publisher'],
  ['Copyright', 'licence'],
  ['URL', 'url'],
  ['Period', 'period'],
];

/** What the PNG export needs from an exported SVG file: its size and its metadata as PNG texts. */
export function readExportSvg(svg: string): { width: number; height: number; texts: PngText[] } {
  const root = /<svg\b[^>]*>/u.exec(svg)?.[0] ?? '';
  const size = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`, 'u').exec(root)?.[1] ?? NaN);
  const texts = PNG_KEYWORDS.flatMap(([keyword, key]) => {
    const element = DC_ELEMENTS[key];
    const value = new RegExp(`<dc:${element}>([^<]*)</dc:${element}>`, 'u').exec(svg)?.[1];
    return value ? [{ keyword, text: unescapeXml(value), language: 'vi' }] : [];
  });
  // The text alternative: the chart in words, then its period, sources, licence and URL.
  const description = /<desc\b[^>]*>([^<]*)<\/desc>/u.exec(svg)?.[1];
  if (description) texts.push({ keyword: 'Description', text: unescapeXml(description), language: 'vi' });
  return { width: size('width'), height: size('height'), texts };
}
