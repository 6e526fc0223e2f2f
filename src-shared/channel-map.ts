/** The project's channel map as the app shows it (src-main/store/channel-map.ts). */
import type { DatasetKind } from './kinds.js';

export interface ChannelEntry {
  /** The name as stored (spend, touchpoints, orders) or as a path step was exported. */
  name: string;
  /** What the importer made of it (its aliases: 淘宝直通车 → Taobao). */
  importer: string;
  /** What the analyses count it as: the user's map, else the importer's choice. */
  channel: string;
  /** True when the user set it (merged or split) rather than the importer. */
  mapped: boolean;
  rows: Partial<Record<DatasetKind, number>>;
}
