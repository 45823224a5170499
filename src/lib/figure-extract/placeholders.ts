/**
 * Marks in a draft for what the editor must still do. Any string holding one keeps the entry
 * a draft: validation (PLACEHOLDER in src/validation/text-rules.ts) refuses them in anything
 * published.
 */

/** Text the importer cannot know: the editor writes it. */
export const TO_FILL = '[Cần điền]';

/** A guess from the report's text: the editor checks it against the source, then removes the mark. */
export const TO_CONFIRM = '[Cần xác nhận]';
