import type { Plugin } from 'vite';

/**
 * Field types the web editor does not use (code with its 280 syntax grammars, map, image
 * conversion): Sveltia CMS imports their libraries on demand, and a bundle would carry all of
 * them, about 15 MB of files in dist/. Each is replaced by a module that says why it is
 * missing, should a field ever ask for it.
 */
/**
 * Sveltia's interface declares its fonts twice: as files it bundles, and as @font-face rules
 * pointing at a CDN, which a closed network cannot reach and the editor's CSP refuses (a console
 * error each). The CDN rules are dropped; the page sets the site's own font (src/admin/admin.css).
 */
const CDN_FONT_FACE = /@font-face \{[^}]*cdn\.jsdelivr\.net[^}]*\}/gu;
const CMS_BUNDLE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/u;

const UNUSED = /^(?:@shikijs\/(?:langs|themes)\/|leaflet(?:\/|$)|terra-draw|svgo\/browser|exifr\/)/u;
/** One module for all of them, so the bundle gets one small file rather than one per library. */
const STUB = '\0cms-unused-field-type';

export function cmsWithoutUnusedFieldTypes(): Plugin {
  return {
    name: 'cms-without-unused-field-types',
    enforce: 'pre',
    resolveId(id) {
      return UNUSED.test(id) ? STUB : undefined;
    },
    transform(code, id) {
      if (!CMS_BUNDLE.test(id)) return undefined;
      const stripped = code.replace(CDN_FONT_FACE, '');
      if (stripped === code)
        this.error(
          'the CMS bundle no longer declares CDN fonts the expected way: review src/integrations/cms-bundle.ts',
        );
      return { code: stripped, map: null };
    },
    load(id) {
      if (id !== STUB) return undefined;
      return "throw new Error('This field type is not bundled: the web editor has no field that uses it.');\nexport default undefined;";
    },
  };
}
