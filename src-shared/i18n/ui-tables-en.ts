/** English words of the tables every screen shares and of project management (issue 16); ui-tables-zh-CN.ts has the same keys. */
export const uiTablesEn = {
  'ui.table.search': 'Filter rows…',
  'ui.table.searchLabel': 'Search the table {table}',
  'ui.table.count': '{shown} of {total} rows',
  'ui.table.none': 'No row holds “{query}”.',
  'ui.table.sortBy': 'Sort by {column} (click again for descending)',
  'ui.table.exportCsv': 'CSV',
  'ui.table.exportXlsx': 'Excel',
  'ui.table.exportHint': 'Save the rows as shown (filtered and sorted) as {format}',
  'ui.table.fullText': 'Hover a cell to read it in full; select it to copy.',
};
