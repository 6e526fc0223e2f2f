/**
 * The packed read pairs each stored channel name with its file spelling in JavaScript
 * (joining them in SQL took a third of the scan): the entries, their order and the rows'
 * codes must be those of the row-by-row read, for a few pairs (a table) and for more pairs
 * than the table holds (a map).
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../project.js';
import { insertDataset } from '../datasets.js';
import { canPackColumns } from './packed.js';
import { readTouchpointColumns } from './touchpoints.js';
import { tempDir } from '../../../test/helpers/cli.js';

function channelsOf(names: number, raws: number, rows: number) {
  const db = openProject(join(tempDir('roi-channels-'), 'p.roi'), { create: true });
  try {
    const id = insertDataset(db, { kind: 'touchpoints', file: 't.csv', sha256: 't', format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });
    const insert = db.prepare('INSERT INTO touchpoints (dataset_id, row, customer_id, timestamp, channel, event, value, channel_raw) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)');
    db.transaction(() => {
      for (let row = 0; row < rows; row++) {
        const raw = row % 7 === 0 ? null : `渠道 ${(row * 31) % raws}`;
        insert.run(id, row + 2, `U${row % 50}`, '2025-03-01T10:00:00', `C${(row * 17) % names}`, raw);
      }
    })();
    expect(canPackColumns(db)).toBe(true);
    const pick = ({ channels, channelRaws, channel }: ReturnType<typeof readTouchpointColumns>) => ({ channels, channelRaws, channel: Array.from(channel) });
    const packed = pick(readTouchpointColumns(db));
    process.env.ROI_STUDIO_NATIVE = 'off';
    const rowByRow = pick(readTouchpointColumns(db));
    return { packed, rowByRow };
  } finally {
    db.close();
  }
}

describe('channel names paired with their spellings', () => {
  const saved = process.env.ROI_STUDIO_NATIVE;
  afterEach(() => {
    if (saved === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = saved;
  });

  it('as the row-by-row read pairs them: few pairs', () => {
    const { packed, rowByRow } = channelsOf(5, 3, 400);
    expect(packed).toEqual(rowByRow);
    expect(packed.channelRaws).toContain(null);
  });

  it('as the row-by-row read pairs them: more pairs than the table holds', () => {
    const { packed, rowByRow } = channelsOf(1300, 1000, 6000);
    expect(packed).toEqual(rowByRow);
    expect(new Set(packed.channels).size * (new Set(packed.channelRaws).size + 1)).toBeGreaterThan(1 << 20);
  });
});
