import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial.js';
import { up as goalNote } from './002-goal-note.js';
import { up as analysisVersion } from './003-analysis-version.js';
import { up as channelMap } from './004-channel-map.js';
import { up as channelRaw } from './005-channel-raw.js';
import { up as weeklyKind } from './006-weekly-kind.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}

/** Append only: a shipped migration is never edited, a new one gets the next number. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'goal-note', up: goalNote },
  { version: 3, name: 'analysis-version', up: analysisVersion },
  { version: 4, name: 'channel-map', up: channelMap },
  { version: 5, name: 'channel-raw', up: channelRaw },
  { version: 6, name: 'weekly-kind', up: weeklyKind },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
