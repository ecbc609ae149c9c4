/** Where everything sits on the stage, in design pixels (the canvas is scaled to fit its parent). */

/** The stage's design width, and its height while loading; once it shows products the height is `stageHeight`. */
export const STAGE_SIZE = { width: 1024, height: 600 } as const;

/** The narrow picture's design width: a phone's stage box (about 336–400 CSS px) shows it at 0.86:1 or more, so
 * its 14 px text (the floor, see text-style.ts) stays at least 12 CSS px. */
export const NARROW_WIDTH = 390;

/** Viewports narrower than this (CSS px) get the narrow picture. */
const NARROW_VIEWPORT = 640;

/** The sizes that differ between the wide picture and the narrow (phone) one. */
interface Geometry {
  width: number;
  narrow: boolean;
  sideMargin: number;
  iconY: number;
  iconSize: number;
  /** Width a station's label or a caption wraps at (0: no wrapping). */
  wrap: number;
  gaugeWidth: number;
  rowsTop: number;
  rowHeight: number;
  maxCards: number;
}

const WIDE: Geometry = {
  width: STAGE_SIZE.width,
  narrow: false,
  sideMargin: 100,
  iconY: 104,
  iconSize: 88,
  wrap: 0,
  gaugeWidth: 160,
  rowsTop: 236,
  rowHeight: 84,
  maxCards: 4,
};

const NARROW: Geometry = {
  width: NARROW_WIDTH,
  narrow: true,
  sideMargin: 44,
  iconY: 68,
  iconSize: 48,
  wrap: 76,
  gaugeWidth: 120,
  rowsTop: 186,
  rowHeight: 156,
  maxCards: 2,
};

let geometry: Geometry = WIDE;

/** Chooses the picture for the page (once, before the stage is made): narrow below NARROW_VIEWPORT CSS px; else
 * the wide one, its design width cut (down to 800) so that on a tablet it is drawn at 0.86:1 or more and its 14 px
 * text stays at least 12 CSS px (the page's margins take about 40 px). */
export function chooseStageWidth(viewportWidth: number): number {
  if (viewportWidth < NARROW_VIEWPORT) geometry = NARROW;
  else {
    const fitting = Math.round(((viewportWidth - 40) * 14) / 12);
    geometry = { ...WIDE, width: Math.max(800, Math.min(STAGE_SIZE.width, fitting)) };
  }
  return geometry.width;
}

/** The design width of the picture in use. */
export function stageWidth(): number {
  return geometry.width;
}

/** Whether the narrow (phone) picture is in use: labels and captions wrap, a product's headline has its own line. */
export function narrowStage(): boolean {
  return geometry.narrow;
}

/** Width a station label or caption wraps at (undefined: one line). */
export function captionWrap(): number | undefined {
  return geometry.wrap || undefined;
}

/** The five stations of the flow, left to right. */
const STATION_IDS = ['supplier', 'materials', 'plant', 'warehouse', 'customers'] as const;
/** One station of the flow. */
export type StationId = (typeof STATION_IDS)[number];

/** A station's label and the caption of its per-product number. */
export const STATION_TEXT: Record<StationId, { label: string; caption: string }> = {
  supplier: { label: 'Supplier', caption: 'on order' },
  materials: { label: 'Materials store', caption: 'materials on hand' },
  plant: { label: 'Plant', caption: 'made' },
  warehouse: { label: 'Warehouse', caption: 'in stock' },
  customers: { label: 'Customers', caption: 'waiting (backlog)' },
};

/** A station's place: centre x, icon centre y, icon size, label y. */
export interface StationPlace {
  id: StationId;
  x: number;
  iconY: number;
  iconSize: number;
  labelY: number;
}

/** The five stations, evenly spread across the width. */
export function stationPlaces(width: number = stageWidth()): StationPlace[] {
  const { sideMargin, iconY, iconSize } = geometry;
  const step = (width - 2 * sideMargin) / (STATION_IDS.length - 1);
  return STATION_IDS.map((id, index) => ({
    id,
    x: Math.round(sideMargin + index * step),
    iconY,
    iconSize,
    labelY: iconY + iconSize / 2 + 6,
  }));
}

/** Where a station's label is anchored: under its icon, centred; on the narrow picture the first and last labels
 * lean on the picture's edges so "Warehouse" and "Customers" keep a gap. */
export function labelAnchor(place: StationPlace): {
  x: number;
  originX: number;
  align: 'left' | 'center' | 'right';
} {
  if (geometry.narrow && place.id === 'customers')
    return { x: geometry.width - 4, originX: 1, align: 'right' };
  if (geometry.narrow && place.id === 'supplier') return { x: 4, originX: 0, align: 'left' };
  return { x: place.x, originX: 0.5, align: 'center' };
}

/** The place of one station. */
export function stationPlace(id: StationId, width: number = stageWidth()): StationPlace {
  return stationPlaces(width).find((s) => s.id === id)!;
}

/** The arrow between two neighbouring stations: from the right edge of one icon to the left of the next. */
export function flowArrows(width: number = stageWidth()): { fromX: number; toX: number; y: number }[] {
  const places = stationPlaces(width);
  const gap = geometry.narrow ? 3 : 8;
  return places.slice(1).map((to, index) => ({
    fromX: places[index].x + geometry.iconSize / 2 + gap,
    toX: to.x - geometry.iconSize / 2 - gap,
    y: geometry.iconY,
  }));
}

/** How far from a station's centre moving goods start and stop: trucks (supplier → materials) and tokens. */
export function flowInsets(): { truckFrom: number; truckTo: number; token: number } {
  return geometry.narrow
    ? { truckFrom: 20, truckTo: 20, token: 16 }
    : { truckFrom: 50, truckTo: 56, token: 30 };
}

/** Height of a line of a station's label (14 px text). */
const LABEL_LINE = 17;

/** The plant's utilisation gauge, under the plant's label; on the narrow picture under two label lines, clear of
 * the wrapped "Materials / store" beside it. */
export function gaugeBox(width: number = stageWidth()): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const plant = stationPlace('plant', width);
  const w = geometry.gaugeWidth;
  const below = geometry.narrow ? 2 * LABEL_LINE + 2 : 30;
  return { x: plant.x - w / 2, y: plant.labelY + below, width: w, height: geometry.narrow ? 12 : 14 };
}

/** One product's band: its top, height and the baselines of its name, value and caption. */
export interface ProductRow {
  top: number;
  height: number;
  nameY: number;
  valueY: number;
  captionY: number;
}

/** Bands for 1–3 products, stacked under the stations, each as tall as its lines need (narrow: the headline on
 * its own two lines under the name, captions on two lines). */
export function productRows(count: number): ProductRow[] {
  const { rowsTop, rowHeight, narrow } = geometry;
  return Array.from({ length: Math.max(1, count) }, (_, index) => {
    const top = rowsTop + index * rowHeight;
    return narrow
      ? { top, height: rowHeight, nameY: top + 6, valueY: top + 66, captionY: top + 92 }
      : { top, height: rowHeight, nameY: top + 4, valueY: top + 24, captionY: top + 46 };
  });
}

/** Where a product's headline ("1,120 ordered … · 1,120 shipped") goes: right of its name, or (narrow) under it. */
export function headlinePlace(row: ProductRow): { x: number; y: number; originX: number; wrap?: number } {
  return geometry.narrow
    ? { x: 24, y: row.nameY + 20, originX: 0, wrap: geometry.width - 48 }
    : { x: geometry.width - 24, y: row.nameY, originX: 1 };
}

/** A shock card's slot at the bottom of the stage. */
export interface CardSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Most cards shown side by side on the wide picture; any more are summed up on the last card. */
export const MAX_CARDS = 4;

/** Most cards the picture in use shows (narrow: two, one above the other). */
export function maxCards(): number {
  return geometry.maxCards;
}
const CARDS_GAP_ABOVE = 10;
const CARD_HEIGHT = 122;
const CARD_GAP = 12;
const CARD_MAX_WIDTH = 320;
const BOTTOM_MARGIN = 12;

/** How far below the strip's top the "no shocks" note sits (about its middle). */
export const CARD_NOTE_OFFSET = CARD_HEIGHT / 2 - 10;

/** The top of the shock-card strip, just under the last product's band. */
export function cardsTop(productCount: number): number {
  const rows = productRows(productCount);
  const last = rows[rows.length - 1];
  return last.top + last.height + CARDS_GAP_ABOVE;
}

/** The stage's height for `productCount` products: stations, bands and the card strip, with no empty space below. */
export function stageHeight(productCount: number): number {
  const strip = geometry.narrow
    ? geometry.maxCards * CARD_HEIGHT + (geometry.maxCards - 1) * CARD_GAP
    : CARD_HEIGHT;
  return cardsTop(productCount) + strip + BOTTOM_MARGIN;
}

/** Slots for `count` shock cards, centred in the strip under `productCount` bands (at most MAX_CARDS). */
export function cardSlots(count: number, productCount: number, width: number = stageWidth()): CardSlot[] {
  const n = Math.min(geometry.maxCards, Math.max(0, count));
  if (n === 0) return [];
  if (geometry.narrow) {
    // One card per line, full width, so a card's sentence wraps over few lines.
    return Array.from({ length: n }, (_, index) => ({
      x: 16,
      y: cardsTop(productCount) + index * (CARD_HEIGHT + CARD_GAP),
      width: width - 32,
      height: CARD_HEIGHT,
    }));
  }
  const cardWidth = Math.min(CARD_MAX_WIDTH, Math.floor((width - 32 - CARD_GAP * (n - 1)) / n));
  const total = n * cardWidth + (n - 1) * CARD_GAP;
  const left = Math.round((width - total) / 2);
  const y = cardsTop(productCount);
  return Array.from({ length: n }, (_, index) => ({
    x: left + index * (cardWidth + CARD_GAP),
    y,
    width: cardWidth,
    height: CARD_HEIGHT,
  }));
}

/** At most this many customer icons in a backlog queue. */
export const MAX_QUEUE_ICONS = 8;

/** How many waiting-customer icons show a backlog: one per quarter of a usual month's demand, capped. */
export function queueIconCount(backlog: number, usualDemand: number): { icons: number; overflow: boolean } {
  if (backlog <= 0) return { icons: 0, overflow: false };
  const perIcon = Math.max(1, usualDemand / 4);
  const wanted = Math.ceil(backlog / perIcon);
  return { icons: Math.min(MAX_QUEUE_ICONS, wanted), overflow: wanted > MAX_QUEUE_ICONS };
}

/** Centres of `count` queue icons in the customers' column, the first in line on the left. */
export function queueIconXs(count: number, width: number = stageWidth(), spacing = 16): number[] {
  // The narrow picture has no room for a queue: the backlog count stands alone under Customers.
  if (geometry.narrow) return [];
  const left = stationPlace('customers', width).x - 58;
  return Array.from({ length: Math.min(count, MAX_QUEUE_ICONS) }, (_, index) => left + index * spacing);
}

/** Right edge of the backlog count, just left of the queue. */
export function queueCountX(width: number = stageWidth()): number {
  return stationPlace('customers', width).x - 70;
}

/** How wide the customers' caption wraps on the narrow picture: the last column has the band's edge on its right. */
const NARROW_CUSTOMERS_WRAP = 64;

/** The customers' number and caption in a product's band: under Customers; on the narrow picture moved in and
 * wrapped narrower, so its caption stays inside the band and clear of the warehouse's. */
export function customersColumn(): { x: number; wrap: number | undefined } {
  const x = stationPlace('customers').x;
  if (!geometry.narrow) return { x, wrap: captionWrap() };
  const bandInnerRight = geometry.width - 16;
  return { x: Math.min(x, bandInnerRight - NARROW_CUSTOMERS_WRAP / 2), wrap: NARROW_CUSTOMERS_WRAP };
}

/** Where the backlog count goes: left of the queue (right-aligned), or (narrow) centred over its caption. */
export function backlogPlace(): { x: number; originX: number } {
  return geometry.narrow ? { x: customersColumn().x, originX: 0.5 } : { x: queueCountX(), originX: 1 };
}

/**
 * How many texture pixels per design pixel text needs: the screen's pixel ratio times the
 * canvas's upscaling, 1 or 2 (2× text costs fill rate, so it is used only when it shows).
 */
export function textResolution(devicePixelRatio: number, parentWidth: number, designWidth: number): 1 | 2 {
  const scale = devicePixelRatio * Math.max(1, parentWidth / designWidth);
  return scale > 1.25 ? 2 : 1;
}
