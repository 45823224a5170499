import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/serve.ts';
import { requireChromium } from './chromium.ts';
import { startNginx } from './nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    nginxUrl: string;
    nginxRedirectUrl: string;
    chromium: string;
  }
}

/**
 * Serves the built site twice for all test files: with the project's static server
 * (the headers of public/_headers) and with Debian's nginx running docs/nginx.conf.
 * Checks Chromium once.
 */
export default async function setup(project: TestProject) {
  const chromium = requireChromium();
  if (!existsSync('dist/index.html'))
    throw new Error('No built site in dist/: run "npm run build" before the browser tests.');
  const { server, url } = await startStaticServer('dist');
  const nginx = await startNginx('dist').catch(async (error: unknown) => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  });
  project.provide('baseUrl', url);
  project.provide('nginxUrl', nginx.url);
  project.provide('nginxRedirectUrl', nginx.redirectUrl);
  project.provide('chromium', chromium);
  return async () => {
    await nginx.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
