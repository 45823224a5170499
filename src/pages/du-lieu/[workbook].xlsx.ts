import { workbookRoute } from '../../data/workbook-route.ts';

export const { getStaticPaths, GET } = workbookRoute('xlsx');
