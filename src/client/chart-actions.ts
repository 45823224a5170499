// <chart-actions>: copy buttons for the embed code and citation, and PNG export of the
// chart (its downloadable SVG rasterised in the browser, with the SVG's provenance as PNG
// text chunks). Downloads of CSV and SVG are plain links and need none of this.
import { EXPORT_BACKGROUND, readExportSvg } from '../lib/export-metadata.ts';
import { withPngText } from '../lib/png-text.ts';

/**
 * The downloadable SVG, which prints the chart's title, period, sources, licence and URL,
 * rasterised at twice its size; its metadata becomes the PNG's text chunks.
 */
async function downloadPng(svgUrl: string, name: string): Promise<void> {
  const response = await fetch(svgUrl);
  if (!response.ok) throw new Error(`${svgUrl}: ${response.status}`);
  const text = await response.text();
  const { width, height, texts } = readExportSvg(text);
  if (!(width > 0 && height > 0)) throw new Error('no SVG size');
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = EXPORT_BACKGROUND;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const png = withPngText(new Uint8Array(await blob.arrayBuffer()), texts);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([png], { type: 'image/png' }));
    link.download = `${name}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  } finally {
    URL.revokeObjectURL(url);
  }
}

class ChartActions extends HTMLElement {
  connectedCallback(): void {
    const status = this.querySelector<HTMLElement>('.chart-status');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const name = this.dataset['chart'] ?? 'bieu-do';
    const png = this.querySelector<HTMLButtonElement>('button[data-action="png"]');
    const svgLink = this.querySelector<HTMLAnchorElement>('a[data-export="svg"]');
    if (png && svgLink) {
      png.hidden = false;
      png.addEventListener('click', () => {
        downloadPng(svgLink.href, name).then(
          () => say('Đã tạo ảnh PNG.'),
          () => say('Không tạo được ảnh PNG; hãy tải SVG.'),
        );
      });
    }
    for (const kind of ['embed', 'citation'] as const) {
      const button = this.querySelector<HTMLButtonElement>(`button[data-action="copy-${kind}"]`);
      const field = this.querySelector<HTMLTextAreaElement>(`textarea[data-copy="${kind}"]`);
      if (!button || !field || !navigator.clipboard) continue;
      button.hidden = false;
      button.addEventListener('click', () => {
        navigator.clipboard.writeText(field.value).then(
          () => say(kind === 'embed' ? 'Đã sao chép mã nhúng.' : 'Đã sao chép trích dẫn.'),
          () => say('Không sao chép được; hãy chọn và chép thủ công.'),
        );
      });
    }
  }
}

if (!customElements.get('chart-actions')) customElements.define('chart-actions', ChartActions);
