import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/serve.ts';
import { requireChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

/** Starts one static server for the built site and checks Chromium once for all test files. */
export default async function setup(project: TestProject) {
  const chromium = requireChromium();
  if (!existsSync('dist/index.html'))
    throw new Error('No built site in dist/: run "npm run build" before the browser tests.');
  const { server, url } = await startStaticServer('dist');
  project.provide('baseUrl', url);
  project.provide('chromium', chromium);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
