/**
 * Where the Open Graph image of a page lives: /og/<page path>.png, with the home page
 * at /og/index.png. One rule, used by pages and by the image endpoint.
 */
export function ogImagePath(pagePath: string): string {
  const key = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${key === '' ? 'index' : key}.png`;
}
