/** The stage's images: the project's own SVGs, by key, with the size they are rasterised at. */

/** One SVG to load: its texture key, its URL (resolved by Vite) and its raster size (2× its display size). */
export interface StageAsset {
  key: string;
  url: string;
  width: number;
  height: number;
}

/** Every image the stage uses; the preloader loads them all before the stage starts. */
export const STAGE_ASSETS: StageAsset[] = [
  {
    key: 'supplier',
    url: new URL('../../assets/supplier.svg', import.meta.url).href,
    width: 176,
    height: 176,
  },
  {
    key: 'materials',
    url: new URL('../../assets/materials.svg', import.meta.url).href,
    width: 176,
    height: 176,
  },
  { key: 'plant', url: new URL('../../assets/plant.svg', import.meta.url).href, width: 176, height: 176 },
  {
    key: 'warehouse',
    url: new URL('../../assets/warehouse.svg', import.meta.url).href,
    width: 176,
    height: 176,
  },
  {
    key: 'customers',
    url: new URL('../../assets/customers.svg', import.meta.url).href,
    width: 176,
    height: 176,
  },
  { key: 'gear', url: new URL('../../assets/gear.svg', import.meta.url).href, width: 64, height: 64 },
  { key: 'truck', url: new URL('../../assets/truck.svg', import.meta.url).href, width: 112, height: 70 },
  { key: 'customer', url: new URL('../../assets/customer.svg', import.meta.url).href, width: 32, height: 48 },
  {
    key: 'shock-demand',
    url: new URL('../../assets/shock-demand.svg', import.meta.url).href,
    width: 64,
    height: 64,
  },
  {
    key: 'shock-supply',
    url: new URL('../../assets/shock-supply.svg', import.meta.url).href,
    width: 64,
    height: 64,
  },
];

/**
 * A URL Phaser's loader can fetch. Vite inlines small SVGs as URL-encoded `data:` URLs, but Phaser
 * decodes every `data:` URL as base64; so those are re-encoded as base64 here. Other URLs pass through.
 */
export function loadableUrl(url: string): string {
  if (!url.startsWith('data:')) return url;
  const comma = url.indexOf(',');
  const header = url.slice(0, comma);
  if (header.endsWith(';base64')) return url;
  const bytes = new TextEncoder().encode(decodeURIComponent(url.slice(comma + 1)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `${header};base64,${btoa(binary)}`;
}
