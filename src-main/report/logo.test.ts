/** The cover logo is checked by its bytes: PNG or JPEG, its size read from its header, large or odd files refused. */
import { describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors.js';
import { LOGO_MAX_BYTES } from '@shared/report-branding.js';
import { makePng } from '../../test/helpers/png.js';
import { checkLogo } from './logo.js';

/** The markers a JPEG starts with: SOI, an APP0 segment, then a baseline frame of `width` × `height`. */
function jpegHead(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const frame = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, 0xff, 0xff, ...frame, 0xff, 0xd9]);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isAppError(e) ? e.code : String(e);
  }
  return 'accepted';
}

describe('checkLogo', () => {
  it('takes a PNG and a JPEG with their sizes, whatever their names', () => {
    const png = checkLogo(makePng(120, 40, () => [10, 20, 30]), 'logo.jpg');
    expect(png).toMatchObject({ mime: 'image/png', width: 120, height: 40 });
    expect(Buffer.from(png.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(checkLogo(jpegHead(640, 200), 'logo.png')).toMatchObject({ mime: 'image/jpeg', width: 640, height: 200 });
  });

  it('refuses what is not a PNG or JPEG, too large, or of an odd size', () => {
    expect(codeOf(() => checkLogo(Buffer.from('GIF89a\x01\x00\x01\x00'), 'logo.gif'))).toBe('error.logoNotImage');
    expect(codeOf(() => checkLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.png'))).toBe('error.logoNotImage');
    expect(codeOf(() => checkLogo(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]), 'cut.jpg'))).toBe('error.logoNotImage');
    expect(codeOf(() => checkLogo(new Uint8Array(LOGO_MAX_BYTES + 1), 'huge.png'))).toBe('error.logoTooLarge');
    expect(codeOf(() => checkLogo(jpegHead(9000, 10), 'banner.jpg'))).toBe('error.logoBadSize');
    expect(codeOf(() => checkLogo(makePng(1, 1, () => [0, 0, 0]).fill(0, 16, 20), 'zero.png'))).toBe('error.logoBadSize');
  });
});
