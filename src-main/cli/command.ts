import type { Lang } from '@shared/i18n/index.js';
import type { Output } from './output.js';

export interface CommandContext {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  out: Output;
  lang: Lang;
  signal: AbortSignal;
}

/** One CLI command: its flags (node:util parseArgs options) and what it does. */
export interface Command {
  name: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run(ctx: CommandContext): Promise<void>;
}
