/** Where everything sits on the stage, in design pixels (the canvas is scaled to fit its parent). */

/** The stage's design width, and its height while loading; once it shows products the height is `stageHeight`. */
export const STAGE_SIZE = { width: 1024, height: 600 } as const;

/** The five stations of the flow, left to right. */
export const STATION_IDS = ['supplier', 'materials', 'plant', 'warehouse', 'customers'] as const;
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

const SIDE_MARGIN = 100;
const ICON_Y = 104;
const ICON_SIZE = 88;

/** The five stations, evenly spread across the width. */
export function stationPlaces(width: number = STAGE_SIZE.width): StationPlace[] {
  const step = (width - 2 * SIDE_MARGIN) / (STATION_IDS.length - 1);
  return STATION_IDS.map((id, index) => ({
    id,
    x: Math.round(SIDE_MARGIN + index * step),
    iconY: ICON_Y,
    iconSize: ICON_SIZE,
    labelY: ICON_Y + ICON_SIZE / 2 + 6,
  }));
}

/** The place of one station. */
export function stationPlace(id: StationId, width: number = STAGE_SIZE.width): StationPlace {
  return stationPlaces(width).find((s) => s.id === id)!;
}

/** The arrow between two neighbouring stations: from the right edge of one icon to the left of the next. */
export function flowArrows(width: number = STAGE_SIZE.width): { fromX: number; toX: number; y: number }[] {
  const places = stationPlaces(width);
  return places.slice(1).map((to, index) => ({
    fromX: places[index].x + ICON_SIZE / 2 + 8,
    toX: to.x - ICON_SIZE / 2 - 8,
    y: ICON_Y,
  }));
}

/** The plant's utilisation gauge, under the plant's label. */
export function gaugeBox(width: number = STAGE_SIZE.width): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const plant = stationPlace('plant', width);
  return { x: plant.x - 80, y: plant.labelY + 30, width: 160, height: 14 };
}

/** One product's band: its top, height and the baselines of its name, value and caption. */
export interface ProductRow {
  top: number;
  height: number;
  nameY: number;
  valueY: number;
  captionY: number;
}

const ROWS_TOP = 236;
const ROW_HEIGHT = 84;

/** Bands for 1–3 products, stacked under the stations, each as tall as its three lines need. */
export function productRows(count: number): ProductRow[] {
  return Array.from({ length: Math.max(1, count) }, (_, index) => {
    const top = ROWS_TOP + index * ROW_HEIGHT;
    return { top, height: ROW_HEIGHT, nameY: top + 4, valueY: top + 24, captionY: top + 46 };
  });
}

/** A shock card's slot at the bottom of the stage. */
export interface CardSlot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Most cards shown side by side; any more are summed up on the last card. */
export const MAX_CARDS = 4;
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
  return cardsTop(productCount) + CARD_HEIGHT + BOTTOM_MARGIN;
}

/** Slots for `count` shock cards, centred in the strip under `productCount` bands (at most MAX_CARDS). */
export function cardSlots(count: number, productCount: number, width: number = STAGE_SIZE.width): CardSlot[] {
  const n = Math.min(MAX_CARDS, Math.max(0, count));
  if (n === 0) return [];
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
export function queueIconXs(count: number, width: number = STAGE_SIZE.width, spacing = 16): number[] {
  const left = stationPlace('customers', width).x - 58;
  return Array.from({ length: Math.min(count, MAX_QUEUE_ICONS) }, (_, index) => left + index * spacing);
}

/** Right edge of the backlog count, just left of the queue. */
export function queueCountX(width: number = STAGE_SIZE.width): number {
  return stationPlace('customers', width).x - 70;
}

/**
 * How many texture pixels per design pixel text needs: the screen's pixel ratio times the
 * canvas's upscaling, 1 or 2 (2× text costs fill rate, so it is used only when it shows).
 */
export function textResolution(devicePixelRatio: number, parentWidth: number, designWidth: number): 1 | 2 {
  const scale = devicePixelRatio * Math.max(1, parentWidth / designWidth);
  return scale > 1.25 ? 2 : 1;
}
