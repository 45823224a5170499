import { existsSync } from 'node:fs';

/** Where the browser tests look for Chromium: $CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

/** Throws an error that says how to install Chromium when it is not there. */
export function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The browser tests need it: install it with ` +
        '"apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return path;
}

/** Flags for a quiet, reproducible headless Chromium on a machine with a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
