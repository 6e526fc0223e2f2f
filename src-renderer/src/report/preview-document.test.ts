import { describe, expect, it } from 'vitest';
import { previewDocument } from './preview-document.js';

describe('previewDocument', () => {
  it('adds the screen-only sheet rule at the end of the head, after the report’s own styles', () => {
    const html = '<!DOCTYPE html><html><head><style>body{margin:0}</style></HEAD><body><h1>R</h1></body></html>';
    const out = previewDocument(html);
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    const rule = out.indexOf('@media screen');
    expect(rule).toBeGreaterThan(out.indexOf('body{margin:0}'));
    expect(rule).toBeLessThan(out.indexOf('</HEAD>'));
    expect(out.replace(/<style>@media screen[^<]*<\/style>/, '')).toBe(html);
  });

  it('appends the rule to a fragment without a head', () => {
    expect(previewDocument('<p>x</p>')).toMatch(/^<p>x<\/p><style>@media screen/);
  });
});
