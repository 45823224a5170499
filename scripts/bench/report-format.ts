/** Number formatting and markdown tables for the benchmark report; budgets it checks against. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
export const gb = (bytes: number): string => (bytes / 1024 ** 3).toFixed(2);
export const sec = (ms: number): string => (ms / 1000).toFixed(1);
export const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
