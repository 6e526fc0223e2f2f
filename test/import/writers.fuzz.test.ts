/**
 * Differential fuzzing of the two writers (issue 10, deliver 7): on the same fuzzed file —
 * every kind, CSV or .xlsx, good rows, rejected rows, ragged rows, duplicates, huge
 * numbers, quotes and CJK — the batch_rows extension and the JavaScript writer
 * (ROI_STUDIO_NATIVE=off) store identical projects: rows, rejected rows, issues and the
 * dataset's counts and quality report, or the same refusal.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_KINDS, KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind, RoleType } from '@shared/kinds.js';
import { batchRowsPath } from '../../src-main/store/batch/native.js';
import { handMadeXlsx, inlineCell } from '../../src-main/import/read/hand-made-xlsx.js';
import { tempDir } from '../helpers/cli.js';
import { fuzzRuns, fuzzSeed } from '../helpers/fuzz-runs.js';
import { importWith } from '../helpers/stored-project.js';

const dir = tempDir('roi-writers-fuzz-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two imports a case (one per writer) take ~0.4 s: the long suite runs at most 1,000. */
const RUNS = Math.min(fuzzRuns(8), 1000);

const GARBAGE = ['', 'x', '未填', 'N/A', '1e308', '-1', '"quoted, comma"', '抖音 Douyin', '😀', '  padded  '];
const VALUES: Record<RoleType, string[]> = {
  date: ['2025-01-03', '2025/1/4', '2025年1月5日', '45660', '03/01/2025', 'not a date'],
  datetime: ['2025-01-03 10:00:00', '2025-01-03T08:30', '2025/1/3 9:05', '2025-01-03', 'soon'],
  number: ['12.5', '1,234', '¥30', '45%', '1.2万', '0', '-3', '12,5', '1e16'],
  integer: ['1', '20', '3000', '1.5'],
  text: ['c1', 'c2', '小红书用户', 'a "quote"', 'x,y', 'Google > Meta > 抖音'],
  channel: ['Meta', 'google', '抖音', 'WeChat', '微信', 'Douyin'],
  event: ['touch', 'conversion', 'purchase', '点击'],
};

const cellFor = (type: RoleType) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES[type]) }, { weight: 1, arbitrary: fc.constantFrom(...GARBAGE) });

const fileCase = fc.constantFrom<DatasetKind>(...DATASET_KINDS).chain((kind) => {
  const roles = KIND_ROLES[kind];
  return fc
    .record({
      optional: fc.subarray(roles.filter((r) => !r.required).map((r) => r.role)),
      extra: kind === 'customers' ? fc.boolean() : fc.constant(false),
      xlsx: fc.boolean(),
      padded: fc.nat({ max: 5 }).map((n) => n === 0),
      seedRows: fc.array(fc.tuple(...roles.map((r) => cellFor(r.type)), fc.constantFrom('', 'note', '备注')), { minLength: 1, maxLength: 12 }),
      ragged: fc.array(fc.nat({ max: 11 }), { maxLength: 2 }),
      duplicates: fc.array(fc.nat({ max: 11 }), { maxLength: 3 }),
    })
    .map((c) => ({ kind, ...c }));
});

type FileCase = typeof fileCase extends fc.Arbitrary<infer T> ? T : never;

const csvCell = (cell: string): string => (/[",\n\r]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell);
let files = 0;

/** The file of a case: the kind's required roles, some optional ones, maybe an extra column. */
function writeCase(c: FileCase): string {
  const roles = KIND_ROLES[c.kind];
  const columns = roles.map((r, i) => ({ role: r.role, i })).filter((r) => roles[r.i].required || c.optional.includes(r.role));
  const header = [...columns.map((col) => col.role), ...(c.extra ? ['note'] : [])];
  let rows = c.seedRows.map((cells) => [...columns.map((col) => cells[col.i]), ...(c.extra ? [cells[roles.length]] : [])]);
  for (const d of c.duplicates) rows.push(rows[d % rows.length]);
  for (const r of c.ragged) rows[r % rows.length] = rows[r % rows.length].slice(0, -1);
  // Past the first 256 KB chunk a CSV takes the byte lane: plain rows repeated get there.
  if (c.padded && !c.xlsx) rows = [...Array.from({ length: Math.ceil(300_000 / (header.length * 8)) }, () => rows[0].map((v) => v)), ...rows];
  const name = join(dir, `${c.kind}-${files++}.${c.xlsx ? 'xlsx' : 'csv'}`);
  if (c.xlsx) {
    const sheetData = [header, ...rows].map((r) => `<row>${r.map(inlineCell).join('')}</row>`).join('');
    writeFileSync(name, handMadeXlsx({ sheetData }));
  } else {
    writeFileSync(name, [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
  }
  return name;
}

describe.skipIf(!existsSync(batchRowsPath()))('the two writers, on fuzzed files', () => {
  it(`store identical projects (${RUNS} files)`, async () => {
    await fc.assert(
      fc.asyncProperty(fileCase, async (c) => {
        const file = writeCase(c);
        const request = { file, kind: c.kind };
        const native = await importWith('native', dir, request);
        const script = await importWith('javascript', dir, request);
        expect(native).toEqual(script);
        if (native.error) expect(native.error.code).not.toBe('error.unexpected');
      }),
      { numRuns: RUNS, seed: fuzzSeed() },
    );
  }, 3_600_000);
});
