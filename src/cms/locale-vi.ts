/**
 * The web editor's Vietnamese interface, completed. Sveltia CMS ships a Vietnamese translation
 * that lacks about a hundred of its English strings (they show in English, such as "Show
 * Errors" or a save conflict's warning), and calls every entry a "bài viết" (article), which
 * here is the name of one collection among six: "Tạo bài viết mới" over a list of reports
 * misleads. The build rewrites the CMS's own vi.json through this module: entries become
 * "mục nội dung", and the project's translations (vi-additions.json) fill the gaps. A test
 * checks the result against the CMS's English so an upgrade's new strings are noticed.
 */
export interface Messages {
  [key: string]: string | Messages;
}

/** The CMS's word for an entry, and the one the editor shows instead. */
const ARTICLE = /([Bb])ài viết/gu;
const ENTRY = { B: 'Mục nội dung', b: 'mục nội dung' } as const;

function renameEntries(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? value.replace(ARTICLE, (_word, initial: 'B' | 'b') => ENTRY[initial])
        : renameEntries(value),
    ]),
  );
}

/** Adds what `base` lacks from `additions`; what `base` already says is kept. */
function fillGaps(base: Messages, additions: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(additions)) {
    const present = merged[key];
    if (present === undefined) merged[key] = value;
    else if (typeof present !== 'string' && typeof value !== 'string') merged[key] = fillGaps(present, value);
  }
  return merged;
}

/**
 * Strings the CMS translates, said otherwise here. Saving is refused through the CMS's error
 * dialog both when a write fails and when the project's checks find problems; its "try again
 * later" misled editors whose save was refused for a field they had to fix: the dialog's text
 * under it names those fields, or the write's own error.
 */
export const VI_REPLACEMENTS: Record<string, string> = {
  'saving_entry.error.description': 'Mục nội dung chưa được lưu:',
};

function replace(messages: Messages, replacements: Record<string, string>, prefix = ''): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? (replacements[prefix + key] ?? value)
        : replace(value, replacements, `${prefix}${key}.`),
    ]),
  );
}

export function completeVietnamese(cmsMessages: Messages, additions: Messages): Messages {
  return replace(fillGaps(renameEntries(cmsMessages), additions), VI_REPLACEMENTS);
}

/** Every message as a dotted key and its text, for comparing translations. */
export function flattenMessages(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : flattenMessages(value, `${prefix}${key}.`),
  );
}
