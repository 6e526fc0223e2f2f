/**
 * Printing across the thread boundary. In the desktop app the report job runs in a
 * worker, but the Chromium that should print is the Electron host's (no browser to
 * install); the worker's `PdfPrinter` forwards each call to the host, which answers
 * with the PDF or PNG bytes. Under plain Node no host printer is offered and the job
 * launches the system Chromium itself.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { fromErrorInfo, toErrorInfo } from '../errors.js';
import type { PdfPrinter } from '../report/pdf.js';
import type { PrintReply, PrintRequest } from './protocol.js';

/** Worker side: a printer whose work is done by the host. */
export class RemotePrinter implements PdfPrinter {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

  constructor(private readonly port: MessagePort) {}

  print(html: string, options?: Parameters<PdfPrinter['print']>[1]): Promise<Buffer> {
    return this.ask({ op: 'print', html, options });
  }

  rasterise(svg: string, width: number, height: number): Promise<Buffer> {
    return this.ask({ op: 'rasterise', svg, width, height });
  }

  /** The host owns its browser; nothing to close from here. */
  async close(): Promise<void> {}

  /** Called with every reply the worker receives. */
  answer(reply: PrintReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else waiting.reject(fromErrorInfo(reply.error));
  }

  private ask(request: { op: 'print'; html: string; options?: Parameters<PdfPrinter['print']>[1] } | { op: 'rasterise'; svg: string; width: number; height: number }): Promise<Buffer> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ type: 'print-request', id, ...request } satisfies PrintRequest);
    });
  }
}

/** Host side: does what the worker asked with the host's printer and answers. */
export async function servePrintRequest(worker: Worker, printer: PdfPrinter, request: PrintRequest): Promise<void> {
  try {
    const bytes = request.op === 'print' ? await printer.print(request.html, request.options) : await printer.rasterise(request.svg, request.width, request.height);
    const copy = new Uint8Array(bytes); // its own buffer, so it can be transferred
    worker.postMessage({ type: 'print-reply', id: request.id, ok: true, bytes: copy } satisfies PrintReply, [copy.buffer]);
  } catch (e) {
    worker.postMessage({ type: 'print-reply', id: request.id, ok: false, error: toErrorInfo(e) } satisfies PrintReply);
  }
}
