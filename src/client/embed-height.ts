// Bare chart pages (/nhung/<id>/) report their height to the embedding page, which the
// embed snippet uses to size the iframe so the chart never scrolls inside it.
const id = document.documentElement.dataset['chart'] ?? '';

function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'antq-chart-height', id, height }, '*');
}

if (window.parent !== window) {
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}
