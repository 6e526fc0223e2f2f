/**
 * A consultant's branding on the report cover (issue 16, item 4): a title, the client's
 * name and a logo, remembered per project. The logo travels and is stored as base64 of a
 * PNG or JPEG that the services checked (src-main/report/logo.ts).
 */
export const BRANDING_TEXT_MAX = 120;
/** Large enough for a crisp print logo, small enough for a project file and a JSON call. */
export const LOGO_MAX_BYTES = 512 * 1024;
/** Pixels on the longer side: beyond this an image is a photo, not a logo. */
export const LOGO_MAX_SIDE = 4000;

export type LogoMime = 'image/png' | 'image/jpeg';

export interface ReportLogo {
  mime: LogoMime;
  /** The image bytes, base64. */
  base64: string;
  width: number;
  height: number;
}

export interface ReportBranding {
  /** Replaces "Marketing ROI report" on the cover and the first sheet ('' = the default). */
  title: string;
  /** Who the report is for ('' = not shown). */
  client: string;
  logo: ReportLogo | null;
}

export const NO_BRANDING: ReportBranding = { title: '', client: '', logo: null };
