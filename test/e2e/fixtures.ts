/** Spreadsheets for the end-to-end tests, with what importing them must give. */
import { createWriteStream, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const CHANNELS = ['抖音', '微信', '百度'];

export interface GbkSpendFixture {
  /** Rows that must land (the bad row rejected, the duplicate removed). */
  imported: number;
  /** Σ of the 现金消耗 column over the landed rows: what the corrected mapping must import. */
  cashSpend: number;
  /** Σ of 消耗: what the automatic mapping would have imported instead. */
  autoSpend: number;
}

/**
 * A spend export as Chinese Excel saves it (GBK, CRLF): two spend-like columns, where
 * the automatic mapping takes 消耗 and the user corrects it to 现金消耗; one row whose
 * 现金消耗 is not a number (rejected) and one exact duplicate row (removed).
 */
export function writeGbkSpendCsv(file: string): GbkSpendFixture {
  const rows: string[][] = [['日期', '渠道', '广告计划', '消耗', '现金消耗', '展现量', '点击量']];
  let cashSpend = 0;
  let autoSpend = 0;
  for (let i = 0; i < 40; i++) {
    const total = 200 + i * 5;
    const cash = 150 + i * 2;
    rows.push([`2025/1/${1 + (i % 20)}`, CHANNELS[i % 3], i < 20 ? '春节促销' : '元宵活动', String(total), String(cash), String(5000 + i * 10), String(100 + i)]);
    cashSpend += cash;
    autoSpend += total;
  }
  rows.push(['2025/1/21', '抖音', '春节促销', '300', '约一百', '5000', '100']);
  rows.push([...rows[1]]);
  writeFileSync(file, iconv.encode(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'gbk'));
  return { imported: 40, cashSpend, autoSpend };
}

/** A long spend CSV (about 36 bytes a row), written in chunks. */
export async function writeLongSpendCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('date,channel,campaign,spend\n');
  const chunkRows = 50_000;
  for (let start = 0; start < rows; start += chunkRows) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + chunkRows); i++) {
      chunk += `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},ch${i % 7},c${i % 50},${(i % 997) + 0.5}\n`;
    }
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
