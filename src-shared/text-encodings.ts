/**
 * The text encodings the importer reads. Detection picks one (BOM, then UTF-16 without
 * BOM, then valid UTF-8, else GB18030); the user can name another when the preview shows
 * garbled text (issue 16, item 2).
 */
export const TEXT_ENCODINGS = ['UTF-8', 'UTF-8 BOM', 'GB18030', 'UTF-16LE', 'UTF-16BE'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export function isTextEncoding(value: string): value is TextEncoding {
  return (TEXT_ENCODINGS as readonly string[]).includes(value);
}
