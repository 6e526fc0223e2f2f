import { describe, expect, it } from 'vitest';
import { isAppFrame, isSafeExternalUrl } from './url-policy.js';

describe('isSafeExternalUrl', () => {
  it('lets plain https links out', () => {
    expect(isSafeExternalUrl('https://github.com/roi-studio')).toBe(true);
  });
  it('keeps every other scheme, credentials and garbage in', () => {
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'not a url', '']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});

describe('isAppFrame', () => {
  const page = 'file:///opt/ROI%20Studio/resources/app.asar/out/renderer/index.html';
  it('accepts the app page, with or without a hash', () => {
    expect(isAppFrame(page, page)).toBe(true);
    expect(isAppFrame(`${page}#data`, page)).toBe(true);
  });
  it('refuses other files, other origins and missing frames', () => {
    expect(isAppFrame('file:///home/me/Downloads/evil.html', page)).toBe(false);
    expect(isAppFrame('https://example.com/', page)).toBe(false);
    expect(isAppFrame(undefined, page)).toBe(false);
  });
  it('accepts the dev server origin only when that is the app', () => {
    expect(isAppFrame('http://localhost:5173/src/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppFrame('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
