import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const baseUrl = (): string => inject('baseUrl');

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * One Chromium per test file. Playwright gives every launch a fresh, empty profile
 * directory of its own (it refuses a --user-data-dir flag) and removes it on close.
 */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: inject('chromium'),
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
  status: number | undefined;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  /**
   * false: the site's scripts are blocked but the browser can still run axe. Use this for
   * "works without JavaScript" checks that also need axe (axe cannot run with JS off).
   */
  siteScripts?: boolean;
  colorScheme?: 'light' | 'dark';
}

/** Opens a site path in a new context, collecting console errors. */
export async function open(session: Session, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  if (options.siteScripts === false)
    await context.route('**/*', (route) =>
      route.request().resourceType() === 'script' ? route.abort() : route.continue(),
    );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return { page, context, errors, status: response?.status() };
}

/**
 * Runs axe (WCAG 2.2 A/AA rules) and returns readable violations, empty when clean; `include`
 * limits it to parts of the page (CSS selectors).
 */
export async function axeViolations(page: Page, include: readonly string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** True when the page is wider than the viewport (a horizontal scrollbar). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
