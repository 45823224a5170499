/** Site paths, in one place so every link to a thing is built the same way. */
export const modelPath = (slug: string): string => `/mo-hinh/${slug}/`;
export const articlePath = (slug: string): string => `/bai-viet/${slug}/`;
export const chartPath = (id: string): string => `/bieu-do/${id}/`;
export const embedPath = (id: string): string => `/nhung/${id}/`;
/** A source report's own page. */
export const reportPath = (id: string): string => `/nguon/${id}/`;
/** One current unit's statistics table: always built, so a shared link survives the site growing. */
export const unitFiguresPath = (unitSlug: string): string => `/so-lieu/${unitSlug}/`;
/** One current unit's model directory. */
export const unitModelsPath = (unitSlug: string): string => `/mo-hinh/tinh/${unitSlug}/`;
export { provincePath } from './provinces.ts';
/** One figure's own page: its citable address, stable whatever the statistics table's filters. */
export const figurePath = (id: string): string => `/so-lieu/f/${id}/`;
/** One indicator across provinces and reports. */
export const indicatorPath = (id: string): string => `/chi-tieu/${id}/`;
