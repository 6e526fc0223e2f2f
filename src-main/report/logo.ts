/**
 * A logo for the report cover, checked before it is kept: a PNG or JPEG by its bytes (not
 * its name), no larger than LOGO_MAX_BYTES, with sane dimensions read from its header
 * (PNG: the IHDR chunk; JPEG: the first start-of-frame marker). Anything else is refused
 * with the reason, in the user's language.
 */
import { AppError } from '@shared/errors.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '@shared/report-branding.js';
import type { ReportLogo } from '@shared/report-branding.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  // The first chunk is IHDR: length (4), type (4), then width and height, big-endian.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames. */
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = view.getUint16(at + 2);
    if (isStartOfFrame(marker)) return at + 9 <= bytes.length ? { height: view.getUint16(at + 5), width: view.getUint16(at + 7) } : null;
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    at += 2 + length;
  }
  return null;
}

/** The logo as the report keeps it, or an AppError saying why `name` cannot be one. */
export function checkLogo(bytes: Uint8Array, name: string): ReportLogo {
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('error.logoTooLarge', { file: name, kb: Math.ceil(bytes.length / 1024), max: LOGO_MAX_BYTES / 1024 });
  const png = pngSize(bytes);
  const size = png ?? jpegSize(bytes);
  if (!size) throw new AppError('error.logoNotImage', { file: name });
  if (size.width < 1 || size.height < 1 || Math.max(size.width, size.height) > LOGO_MAX_SIDE) {
    throw new AppError('error.logoBadSize', { file: name, width: size.width, height: size.height, max: LOGO_MAX_SIDE });
  }
  return { mime: png ? 'image/png' : 'image/jpeg', base64: Buffer.from(bytes).toString('base64'), ...size };
}
