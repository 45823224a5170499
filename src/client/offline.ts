// Registers the service worker (public/sw.js) that keeps opened pages readable offline, and
// asks it to look for a newer build on each load and when the signal comes back. A browser
// without service workers reads the site exactly as before.
import { tellWorker } from './offline-worker.ts';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (navigator.onLine) void tellWorker({ type: 'check', force: false }).catch(() => undefined);
  addEventListener('online', () => void tellWorker({ type: 'check', force: true }).catch(() => undefined));
}
