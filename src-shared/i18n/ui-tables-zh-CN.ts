import type { uiTablesEn } from './ui-tables-en.js';

/** 各界面共用表格与项目管理的中文（第 16 号议题）。 */
export const uiTablesZhCN: Record<keyof typeof uiTablesEn, string> = {
  'ui.table.search': '筛选行…',
  'ui.table.searchLabel': '在表格「{table}」中搜索',
  'ui.table.count': '显示 {shown} / {total} 行',
  'ui.table.none': '没有包含“{query}”的行。',
  'ui.table.sortBy': '按{column}排序（再点一次为降序）',
  'ui.table.exportCsv': 'CSV',
  'ui.table.exportXlsx': 'Excel',
  'ui.table.exportHint': '将当前显示的行（已筛选、排序）保存为 {format}',
  'ui.table.fullText': '悬停单元格可查看全文；选中即可复制。',
  'ui.project.actions': '管理 {name}',
  'ui.project.rename': '重命名',
  'ui.project.copy': '复制',
  'ui.project.delete': '删除',
  'ui.project.newName': '{name} 的新名称',
  'ui.project.copyName': '{name}（副本）',
  'ui.project.copyLabel': '{name} 副本的名称',
  'ui.project.save': '保存',
  'ui.project.cancel': '取消',
  'ui.project.deleted': '已将“{name}”移到回收站文件夹（{folder}）。',
  'ui.undo.undo': '撤销',
  'ui.undo.dismiss': '关闭此提示',
  'ui.undo.datasetDeleted': '已从项目中删除 {file}。',
};
