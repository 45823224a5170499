/**
 * The frame of an exported chart: its title and period printed above the drawing, its
 * metadata, and a text alternative that carries them too. On a page the figure's heading and
 * caption say all this in HTML; a downloaded file has only itself. Pure.
 */
import { FONT, PAD, blockHeight, charsFitting, lineHeight, round, topBlock } from './shared.ts';
import type { ChartModel } from './types.ts';
import { wrapLabel } from './wrap.ts';

/** Title size of an exported chart, in SVG user units (the export's stylesheet uses it too). */
export const EXPORT_TITLE_SIZE = 17;

export interface ExportHeader {
  title: string;
  /** Subtitle, period: one block each, under the title. */
  lines: readonly string[];
  /** Appended to the chart's own text alternative. */
  description: string;
  /** RDF/XML for <metadata>, already escaped. */
  metadata: string;
}

/** The model with room above it for the header; everything else keeps its coordinates. */
export function withExportFrame<M extends ChartModel>(model: M, header: ExportHeader): M {
  const width = model.width - 2 * PAD;
  const titleLines = wrapLabel(header.title, charsFitting(width, EXPORT_TITLE_SIZE), 6);
  const title = topBlock('start', PAD, PAD + EXPORT_TITLE_SIZE, titleLines, EXPORT_TITLE_SIZE);
  let y = PAD + blockHeight(titleLines.length, EXPORT_TITLE_SIZE) + 6;
  const lines = header.lines.map((text) => {
    const wrapped = wrapLabel(text, charsFitting(width, FONT.note), 10);
    const block = topBlock('start', PAD, y + FONT.note, wrapped, FONT.note);
    y += blockHeight(wrapped.length, FONT.note) + 4;
    return block;
  });
  const top = round(y + lineHeight(FONT.note) - 4);
  return {
    ...model,
    height: round(model.height + top),
    description: `${model.description} ${header.description}`,
    frame: { top, title, lines, metadata: header.metadata },
  };
}
