/** Types of the virtual table (components/VirtualTable.svelte). */
export type Cell = string | number | null;

export interface Column {
  label: string;
  align?: 'left' | 'right';
  /** Minimum width in px (default 110). */
  width?: number;
}
