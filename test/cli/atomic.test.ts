/** All or nothing: an import that is cancelled (Ctrl-C) or killed leaves the project as it was. */
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJson, startCli, tempDir } from '../helpers/cli.js';
import { projectState } from '../helpers/project-state.js';

const dir = tempDir();
const project = join(dir, 'p.roi');
const big = join(dir, 'big.csv');

async function writeBigCsv(rows: number): Promise<void> {
  const out = createWriteStream(big);
  out.write('date,channel,spend\n');
  for (let i = 0; i < rows; i += 10000) {
    let chunk = '';
    for (let j = i; j < i + 10000; j++) chunk += `2025-01-${String(1 + (j % 28)).padStart(2, '0')},ch${j % 9},${j}\n`;
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

/** Starts an import, waits until it reports rows written (inside its transaction), then sends `signal`. */
async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = startCli(['import', big, '--project', project, '--progress']);
  let stderr = '';
  const exit = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  await new Promise<void>((writing) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (/^\d+% /m.test(stderr)) writing();
    });
    void exit.then(() => writing()); // ended before any progress: the assertions below say so
  });
  child.kill(signal);
  return { code: await exit, stderr };
}

beforeAll(async () => {
  writeFileSync(join(dir, 'small.csv'), 'date,channel,spend\n2025-01-01,Douyin,100\n2025-01-02,WeChat,50\n');
  runJson(['import', join(dir, 'small.csv'), '--project', project]);
  await writeBigCsv(3_000_000);
});

describe('an interrupted import', () => {
  it('cancelled with Ctrl-C: says so and leaves the project as it was', async () => {
    const before = projectState(project);
    const { code, stderr } = await interrupt('SIGINT');
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cancelled\. The project is unchanged\./);
    expect(projectState(project)).toBe(before);
  });

  it('killed outright: SQLite discards the unfinished transaction', async () => {
    const before = projectState(project);
    const { code } = await interrupt('SIGKILL');
    expect(code).toBe(null);
    expect(projectState(project)).toBe(before);
  });
});
