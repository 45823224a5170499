/**
 * The open-data workbook's downloads: their formats, media types and file names. The bytes are
 * written by src/lib/workbook-writer.ts, which the build runs on a worker thread.
 */
import { WORKBOOK_NAME } from './workbook.ts';

export type WorkbookFormat = 'xlsx' | 'ods';

export const WORKBOOK_MEDIA_TYPES: Record<WorkbookFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The download's file name: the data package's name and the format. */
export const workbookFile = (format: WorkbookFormat): string => `${WORKBOOK_NAME}.${format}`;
