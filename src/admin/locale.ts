// The editor speaks Vietnamese whatever the browser's language. Sveltia CMS has no config
// option for it, only the user's stored preference, read once when its module loads: this
// module is imported first.
const KEY = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown> | null;
  if (prefs?.['locale'] !== 'vi') localStorage.setItem(KEY, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  localStorage.setItem(KEY, JSON.stringify({ locale: 'vi' }));
}
