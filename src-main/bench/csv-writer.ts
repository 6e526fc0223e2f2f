/** A CSV file written line by line in 1 MB chunks, waiting for the disk when it falls behind. */
import { createWriteStream } from 'node:fs';

export interface CsvWriter {
  line(text: string): Promise<void>;
  close(): Promise<void>;
}

export function csvWriter(file: string, header: string): CsvWriter {
  const out = createWriteStream(file);
  let chunk = `${header}\n`;
  const flush = async (): Promise<void> => {
    const text = chunk;
    chunk = '';
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  return {
    async line(text) {
      chunk += `${text}\n`;
      if (chunk.length > 1 << 20) await flush();
    },
    async close() {
      await flush();
      await new Promise<void>((r) => out.end(() => r()));
    },
  };
}
