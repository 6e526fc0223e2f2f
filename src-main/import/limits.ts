/**
 * What an import accepts, in one place (README "What can be imported" states the same
 * figures). Past a limit a file is refused with its file, row and column, never guessed
 * at — and an import stays within bounded memory (≤ 500 MB) whatever the file holds.
 */

/** Characters in one row of a text file (a 200 MB line is not a row: it is a broken file). */
export const MAX_ROW_CHARS = 4 * 1024 * 1024;

/**
 * Characters of one cell's XML in a worksheet (text with its escapes, or one tag with its
 * attributes). Excel caps a cell at 32,767 characters; escapes can take 8 per character.
 */
export const MAX_CELL_XML_CHARS = 32_767 * 8;

/** Uncompressed bytes of a workbook's shared strings (all of them are held in memory). */
export const MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024;

/**
 * Largest magnitude a number may have. No spend, revenue or count of a small business
 * comes near 10^15 (a thousand trillion); 1e308 would make sums infinite.
 */
export const MAX_NUMBER_MAGNITUDE = 1e15;
