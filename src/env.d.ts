/** True under the dev server (`npm run dev`, `npm run cms`): the web editor loads from source. */
declare const __CMS_FROM_SOURCE__: boolean;
