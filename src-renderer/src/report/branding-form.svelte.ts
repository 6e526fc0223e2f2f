/**
 * The report's cover branding as the Report step edits it: title, client and logo, saved
 * for the project as they change (the services check the logo; the size is checked here
 * too, before a large file is read and sent).
 */
import type { ErrorInfo } from '@shared/errors.js';
import { LOGO_MAX_BYTES } from '@shared/report-branding.js';
import type { ReportBranding, ReportLogo } from '@shared/report-branding.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';

/** Base64 of a file's bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export class BrandingForm {
  title = $state('');
  client = $state('');
  logo = $state.raw<ReportLogo | null>(null);
  /** False until the stored branding is shown: typing before then was overwritten when it arrived (seen on a busy machine). */
  loaded = $state(false);
  saving = $state(false);
  saved = $state(false);
  error = $state.raw<ErrorInfo | null>(null);

  constructor(
    private readonly host: Host,
    private readonly project: string,
    /** The cover changed: a preview made before it is out of date. */
    private readonly onchange: () => void,
  ) {}

  async load(): Promise<void> {
    try {
      this.show(await this.host.api['report.branding']({ project: this.project }));
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.loaded = true;
    }
  }

  /** Saves the title and client as they stand; `logo`: a new image, null to remove it, left out to keep it. */
  async save(logo?: { name: string; base64: string } | null): Promise<void> {
    this.saving = true;
    this.saved = false;
    this.error = null;
    try {
      this.show(await this.host.api['report.setBranding']({ project: this.project, title: this.title, client: this.client, logo }));
      this.saved = true;
      this.onchange();
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.saving = false;
    }
  }

  async chooseLogo(file: File): Promise<void> {
    if (file.size > LOGO_MAX_BYTES) {
      this.error = { code: 'error.logoTooLarge', params: { file: file.name, kb: Math.ceil(file.size / 1024), max: LOGO_MAX_BYTES / 1024 } };
      return;
    }
    await this.save({ name: file.name, base64: await base64Of(file) });
  }

  private show(branding: ReportBranding): void {
    this.title = branding.title;
    this.client = branding.client;
    this.logo = branding.logo;
  }
}
