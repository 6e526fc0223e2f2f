/**
 * A consultant's branding on the report (issue 16, item 4) through the CLI: `--title`,
 * `--client` and `--logo` reach the PDF cover and the workbook's first sheet, are
 * remembered for the project's next report, and a logo that is not a PNG/JPEG, or too
 * large, is refused with the project unchanged. The services' `report.setBranding`
 * (the report dialog's call) checks the logo the same way.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES } from '@shared/report-branding.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { writeOrders } from '../helpers/orders-fixture.js';
import { makePng } from '../helpers/png.js';
import { projectState } from '../helpers/project-state.js';
import { testServices } from '../helpers/services.js';

const dir = tempDir('roi-branding-');
const project = join(dir, 'tea.roi');
const logo = join(dir, 'logo.png');
// A teal square with a white bar: seen on the cover when the PDF is rasterised.
writeFileSync(logo, makePng(160, 60, (x, y) => (y > 24 && y < 36 && x > 20 && x < 140 ? [255, 255, 255] : [11, 111, 164])));

const pdfText = (file: string): string => spawnSync('pdftotext', ['-l', '1', file, '-'], { encoding: 'utf8' }).stdout;

beforeAll(() => {
  writeOrders(join(dir, 'orders.csv'), 'o', 1, 40);
  runJson(['import', join(dir, 'orders.csv'), '--project', project]);
});

describe('report branding', () => {
  it('puts the title, the client and the logo on the PDF cover and the first sheet, and remembers them', async () => {
    const pdf = join(dir, 'branded.pdf');
    runJson(['report', '--project', project, '--out', pdf, '--sections', 'summary,quality', '--lang', 'zh-CN', '--title', '2025 年一季度复盘', '--client', '山茶饮品有限公司', '--logo', logo]);
    const cover = pdfText(pdf);
    expect(cover).toContain('2025 年一季度复盘');
    expect(cover).toContain('山茶饮品有限公司');
    expect(cover).not.toContain('营销 ROI 报告');
    const images = spawnSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' }).stdout;
    expect(images).toMatch(/\s160\s+60\s/);

    // No flags: the remembered branding, in the workbook too.
    const xlsx = join(dir, 'again.xlsx');
    runJson(['report', '--project', project, '--out', xlsx, '--sections', 'summary', '--lang', 'en']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const first = book.worksheets[0];
    expect(String(first.getCell('A1').value)).toContain('2025 年一季度复盘');
    expect(String(first.getCell('A4').value)).toBe('Prepared for: 山茶饮品有限公司');
    expect(first.getImages().map((i) => book.getImage(Number(i.imageId)).extension)).toContain('png');

    // An empty flag takes that part away.
    const plain = join(dir, 'plain.pdf');
    runJson(['report', '--project', project, '--out', plain, '--sections', 'summary', '--lang', 'en', '--title', '', '--logo', '']);
    expect(pdfText(plain)).toContain('Marketing ROI report');
    expect(spawnSync('pdfimages', ['-list', '-f', '1', '-l', '1', plain], { encoding: 'utf8' }).stdout).not.toMatch(/\s160\s+60\s/);
    expect(pdfText(plain)).toContain('山茶饮品有限公司');
  });

  it('refuses a logo that is not a PNG or JPEG, or too large, and changes nothing', () => {
    const before = projectState(project);
    const fake = join(dir, 'logo-fake.png');
    writeFileSync(fake, 'GIF89a not really');
    const r = runCli(['report', '--project', project, '--out', join(dir, 'x.pdf'), '--logo', fake, '--title', 'New title']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('logo-fake.png is not a PNG or JPEG image');
    const big = join(dir, 'big.png');
    writeFileSync(big, Buffer.concat([makePng(10, 10, () => [0, 0, 0]), Buffer.alloc(LOGO_MAX_BYTES)]));
    const zh = runCli(['report', '--project', project, '--out', join(dir, 'x.pdf'), '--logo', big, '--lang', 'zh-CN']);
    expect(zh.stderr).toMatch(/big\.png 有 \d+ KB：标志图片最大 512 KB/);
    expect(projectState(project)).toBe(before);
  });
});

describe('report.setBranding (the report dialog)', () => {
  const { call, services } = testServices('roi-branding-services-');

  it('keeps the logo it checked, keeps it when left out, and refuses a file that is not an image', async () => {
    const file = join(dir, 'tea.roi');
    const base64 = makePng(32, 16, () => [200, 30, 30]).toString('base64');
    const saved = await call('report.setBranding', { project: file, title: 'Review', client: 'Tea Co', logo: { name: 'red.png', base64 } });
    expect(saved.logo).toMatchObject({ mime: 'image/png', width: 32, height: 16 });
    const kept = await call('report.setBranding', { project: file, title: 'Review 2', client: 'Tea Co' });
    expect(kept.logo?.base64).toBe(base64);
    const refused = await services.call('report.setBranding', { project: file, title: 'x', client: '', logo: { name: 'notes.png', base64: Buffer.from('hello').toString('base64') } });
    expect(refused.ok || refused.error).toMatchObject({ code: 'error.logoNotImage', params: { file: 'notes.png' } });
    expect(await call('report.branding', { project: file })).toMatchObject({ title: 'Review 2', client: 'Tea Co' });
    const removed = await call('report.setBranding', { project: file, title: '', client: '', logo: null });
    expect(removed).toEqual({ title: '', client: '', logo: null });
  });
});
