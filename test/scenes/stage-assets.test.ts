import { describe, expect, it } from 'vitest';
import { loadableUrl, STAGE_ASSETS } from '../../src/scenes/stage-assets';

describe('loadableUrl', () => {
  it('re-encodes a URL-encoded data URL as base64, keeping the content', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>é #1</text></svg>';
    const url = loadableUrl(`data:image/svg+xml,${encodeURIComponent(svg)}`);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const bytes = Uint8Array.from(atob(url.split(',')[1]), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });

  it('leaves file and base64 URLs alone', () => {
    expect(loadableUrl('/assets/plant-abc.svg')).toBe('/assets/plant-abc.svg');
    expect(loadableUrl('data:image/svg+xml;base64,PHN2Zy8+')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
  });
});

describe('STAGE_ASSETS', () => {
  it('has unique keys and SVG URLs', () => {
    const keys = STAGE_ASSETS.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const asset of STAGE_ASSETS) expect(asset.url).toMatch(/\.svg$|^data:image\/svg\+xml/);
  });
});
