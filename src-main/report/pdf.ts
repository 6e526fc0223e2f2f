/**
 * How a report becomes a PDF: one `PdfPrinter` prints the report's HTML and rasterises
 * its SVG charts for the Excel report, so both formats come from one pipeline.
 *
 * Hosts: under plain Node (CLI, web host, job workers) `launchChromiumPrinter`
 * (chromium-printer.ts) drives the system Chromium, Chrome or Edge through playwright-core.
 * The Electron host prints with its own Chromium (src-main/electron/printer.ts); its
 * report jobs reach that printer across the worker boundary (jobs/host-printer.ts).
 */

export interface PrintOptions {
  /** Chromium print templates: `<span class="pageNumber">`, `totalPages` are filled in. */
  headerTemplate: string;
  footerTemplate: string;
}

export interface PdfPrinter {
  /** An A4 PDF of a self-contained HTML document. */
  print(html: string, options?: PrintOptions): Promise<Buffer>;
  /** A PNG of an SVG drawn at `width` × `height` CSS pixels (at twice the pixel density, sharp in Excel). */
  rasterise(svg: string, width: number, height: number): Promise<Buffer>;
  /** Ends the browser; the printer is unusable afterwards. */
  close(): Promise<void>;
}

/** Page margins: the header and footer templates are drawn inside the top and bottom ones. */
export const PAGE_MARGINS = { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' } as const;
