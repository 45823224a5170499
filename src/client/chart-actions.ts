// <chart-actions>: copy buttons for the embed code and citation, and PNG export of the
// chart as drawn (the SVG rasterised in the browser with its computed styles inlined).
// Downloads of CSV and SVG are plain links and need none of this.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
];

function visibleSvg(figure: Element): SVGSVGElement | null {
  return (
    [...figure.querySelectorAll<SVGSVGElement>('svg.chart')].find((svg) => svg.getClientRects().length > 0) ?? null
  );
}

/** A standalone copy of the SVG: computed styles become attributes, so no CSS is needed. */
function standalone(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const copy = target[i];
    if (!copy) return;
    for (const prop of STYLE_PROPS) copy.setAttribute(prop, style.getPropertyValue(prop));
  });
  clone.setAttribute('style', `background:${getComputedStyle(document.body).backgroundColor}`);
  return new XMLSerializer().serializeToString(clone);
}

async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const scale = 2;
  const { width, height } = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([standalone(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
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
    const figure = this.closest('figure');
    const name = this.dataset['chart'] ?? 'bieu-do';
    const png = this.querySelector<HTMLButtonElement>('button[data-action="png"]');
    if (png && figure) {
      png.hidden = false;
      png.addEventListener('click', () => {
        const svg = visibleSvg(figure);
        if (!svg) return;
        downloadPng(svg, name).then(
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
