/**
 * The layers are enforced, not claimed: imports planted where they must not be (in
 * subfolders too) fail lint with the layer rule, and the same imports where they are
 * allowed pass. Linted in memory under the planted file's path, with the project's config.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src-main/model/customer/planted.ts', "import { openProject } from '../../store/project.js';\nexport const x = openProject;\n"],
    ['src-main/model/basket/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src-main/store/planted.ts', "import { runSegments } from '../analysis/customers.js';\nexport const x = runSegments;\n"],
    ['src-main/analysis/planted.ts', "import { buildReport } from '../report/contents.js';\nexport const x = buildReport;\n"],
    ['src-main/report/html/planted.ts', "import { runJob } from '../../jobs/run-job.js';\nexport const x = runJob;\n"],
    ['src-main/web/planted.ts', "import { openProject } from '../store/project.js';\nexport const x = openProject;\n"],
    ['src-main/electron/planted.ts', "import type { X } from '../../src-renderer/src/lib/host.js';\nexport type Y = X;\n"],
    ['src-shared/analyses/planted.ts', "import { RUNNERS } from '../../src-main/analysis/run.js';\nexport const x = RUNNERS;\n"],
    ['src-renderer/src/analyses/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src-renderer/src/analyses/ltv/planted.ts', "import type { LtvAnalysisResult } from '../../../../src-main/analysis/results.js';\nexport type X = LtvAnalysisResult;\n"],
  ])('%s: a wrong-way import fails lint', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['src-main/model/customer/planted.ts', "import { mulberry32 } from '../random.js';\nexport const x = mulberry32;\n"],
    ['src-main/analysis/planted.ts', "import { openProject } from '../store/project.js';\nexport const x = openProject;\n"],
    ['src-main/report/planted.ts', "import { runSegments } from '../analysis/customers.js';\nexport const x = runSegments;\n"],
    ['src-main/services/planted.ts', "import { runJob } from '../jobs/run-job.js';\nexport const x = runJob;\n"],
    ['src-main/web/planted.ts', "import { createServices } from '../services/index.js';\nexport const x = createServices;\n"],
  ])('%s: an import down the layers passes', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });

  it('keeps SQL in the store: a query written in an analysis fails lint, the same in the store passes', async () => {
    const code = "import type { Database } from 'better-sqlite3';\nexport const n = (db: Database): unknown => db.prepare('SELECT 1').get();\n";
    const sqlProblems = async (filePath: string): Promise<string[]> =>
      (await eslint.lintText(code, { filePath }))[0].messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    expect(await sqlProblems('src-main/analysis/planted.ts')).toHaveLength(1);
    expect(await sqlProblems('src-main/store/queries/planted.ts')).toEqual([]);
  });
});
