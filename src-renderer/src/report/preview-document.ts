/**
 * The report's HTML as a page on screen. The report is made for print: its page margins
 * come from the printer, so on screen its text would touch the frame. A screen-only rule
 * lays it out as an A4 sheet on a grey desk; print and the exported files are untouched.
 */
const SCREEN_CSS =
  '<style>@media screen{html{background:#e6e9ee}body{width:210mm;max-width:calc(100% - 24px);margin:20px auto;' +
  'padding:16mm 15mm;background:#fff;box-shadow:0 1px 4px rgba(16,24,40,.18)}}</style>';

export function previewDocument(html: string): string {
  const head = html.search(/<\/head>/i);
  // After the report's own styles, so the screen rule wins where both set the body.
  return head >= 0 ? `${html.slice(0, head)}${SCREEN_CSS}${html.slice(head)}` : `${html}${SCREEN_CSS}`;
}
