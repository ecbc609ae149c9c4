import { describe, expect, it } from 'vitest';
import {
  backlogPlace,
  captionWrap,
  cardSlots,
  cardsTop,
  chooseStageWidth,
  customersColumn,
  flowArrows,
  gaugeBox,
  MAX_CARDS,
  MAX_QUEUE_ICONS,
  NARROW_WIDTH,
  productRows,
  queueCountX,
  queueIconCount,
  queueIconXs,
  STAGE_SIZE,
  stageHeight,
  stageWidth,
  stationPlaces,
  textResolution,
} from '../../src/scenes/stage-layout';

describe('stationPlaces', () => {
  it('puts the five stations left to right inside the stage', () => {
    const places = stationPlaces();
    expect(places.map((p) => p.id)).toEqual(['supplier', 'materials', 'plant', 'warehouse', 'customers']);
    for (let i = 1; i < places.length; i += 1) expect(places[i].x).toBeGreaterThan(places[i - 1].x);
    expect(places[0].x - places[0].iconSize / 2).toBeGreaterThanOrEqual(0);
    expect(places[4].x + places[4].iconSize / 2).toBeLessThanOrEqual(STAGE_SIZE.width);
  });

  it('leaves room between neighbours for an arrow', () => {
    for (const arrow of flowArrows()) expect(arrow.toX - arrow.fromX).toBeGreaterThan(60);
  });
});

describe('productRows', () => {
  it('stacks up to three rows without overlap, above the shock cards', () => {
    for (const count of [1, 2, 3]) {
      const rows = productRows(count);
      expect(rows).toHaveLength(count);
      for (let i = 1; i < rows.length; i += 1)
        expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].top + rows[i - 1].height);
      const last = rows[rows.length - 1];
      expect(last.top + last.height).toBeLessThanOrEqual(cardSlots(1, count)[0].y);
      // A 14 px caption's line box (~18 px) stays inside the band drawn 6 px short of the row.
      for (const row of rows) expect(row.captionY + 18).toBeLessThanOrEqual(row.top + row.height - 6);
    }
  });
});

describe('cardSlots', () => {
  it('fits any number of cards inside the stage under the bands, at most MAX_CARDS', () => {
    expect(cardSlots(0, 1)).toEqual([]);
    for (const products of [1, 2, 3]) {
      for (const count of [1, 2, 3, 4, 7]) {
        const slots = cardSlots(count, products);
        expect(slots).toHaveLength(Math.min(count, MAX_CARDS));
        expect(slots[0].x).toBeGreaterThanOrEqual(0);
        expect(slots[0].y).toBe(cardsTop(products));
        const last = slots[slots.length - 1];
        expect(last.x + last.width).toBeLessThanOrEqual(STAGE_SIZE.width);
        expect(last.y + last.height).toBeLessThanOrEqual(stageHeight(products));
        expect(last.width).toBeGreaterThanOrEqual(220);
      }
    }
  });
});

describe('stageHeight', () => {
  it('ends just under the card strip, so no empty band is left below the picture', () => {
    for (const products of [1, 2, 3]) {
      const bottom = cardSlots(1, products)[0];
      const spare = stageHeight(products) - (bottom.y + bottom.height);
      expect(spare).toBeGreaterThan(0);
      expect(spare).toBeLessThanOrEqual(16);
    }
  });

  it('grows by one band per product, one product using well under the loading height', () => {
    expect(stageHeight(2) - stageHeight(1)).toBe(productRows(2)[1].top - productRows(1)[0].top);
    expect(stageHeight(1)).toBeLessThan(STAGE_SIZE.height * 0.8);
  });
});

describe('queueIconCount', () => {
  it('shows no icon for no backlog and at least one for any backlog', () => {
    expect(queueIconCount(0, 400)).toEqual({ icons: 0, overflow: false });
    expect(queueIconCount(1, 400)).toEqual({ icons: 1, overflow: false });
  });

  it('grows with the backlog and caps with an overflow flag', () => {
    expect(queueIconCount(250, 400).icons).toBe(3);
    expect(queueIconCount(100_000, 400)).toEqual({ icons: MAX_QUEUE_ICONS, overflow: true });
  });

  it('places the icons right of the count, inside the stage', () => {
    const xs = queueIconXs(20);
    expect(xs).toHaveLength(MAX_QUEUE_ICONS);
    expect(xs[0]).toBeGreaterThan(queueCountX());
    // Room for the last icon and the overflow '+' inside the band (12 px margin).
    expect(xs[xs.length - 1] + 30).toBeLessThanOrEqual(STAGE_SIZE.width - 12);
  });
});

describe('textResolution', () => {
  it('renders text at 2× only when the canvas is shown larger than its design size', () => {
    expect(textResolution(1, 1024, 1024)).toBe(1);
    expect(textResolution(1, 800, 1024)).toBe(1);
    expect(textResolution(1, 1800, 1024)).toBe(2);
    expect(textResolution(2, 1024, 1024)).toBe(2);
  });
});

describe('the narrow picture (phones)', () => {
  it('is chosen below 640 CSS px, and its 14 px text stays at least 12 CSS px on a 360 px phone', () => {
    try {
      expect(chooseStageWidth(390)).toBe(NARROW_WIDTH);
      // A 360 px viewport leaves the stage box about 336 px (page margins): the scale keeps 14 px at ≥ 12 px.
      expect((336 / NARROW_WIDTH) * 14).toBeGreaterThanOrEqual(12);
      const places = stationPlaces();
      expect(places[0].x - places[0].iconSize / 2).toBeGreaterThanOrEqual(0);
      expect(places[4].x + places[4].iconSize / 2).toBeLessThanOrEqual(NARROW_WIDTH);
      // Wrapped labels and captions fit between neighbours.
      const step = places[1].x - places[0].x;
      expect(captionWrap()).toBeLessThanOrEqual(step);
      for (const arrow of flowArrows()) expect(arrow.toX - arrow.fromX).toBeGreaterThan(20);
      for (const count of [1, 2, 3]) {
        const rows = productRows(count);
        for (let i = 1; i < rows.length; i += 1)
          expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].top + rows[i - 1].height);
        // Three caption lines (~54 px: "! made / (short of / materials)") stay inside the band.
        for (const row of rows) expect(row.captionY + 54).toBeLessThanOrEqual(row.top + row.height - 6);
        const slots = cardSlots(5, count);
        expect(slots).toHaveLength(2);
        for (const slot of slots) {
          expect(slot.x).toBeGreaterThanOrEqual(0);
          expect(slot.x + slot.width).toBeLessThanOrEqual(NARROW_WIDTH);
          expect(slot.y + slot.height).toBeLessThanOrEqual(stageHeight(count));
        }
        expect(slots[1].y).toBeGreaterThanOrEqual(slots[0].y + slots[0].height);
      }
      expect(rowsBelowGauge()).toBe(true);
      // The gauge sits under two lines of a wrapped station label ("Materials / store" beside the plant).
      expect(gaugeBox().y).toBeGreaterThanOrEqual(places[2].labelY + 2 * 17);
      // The customers' caption, at its wrap width, stays inside the product band (12 px from each edge, 4 inside)
      // and clear of the warehouse's caption at its own.
      const customers = customersColumn();
      expect(customers.x + customers.wrap! / 2).toBeLessThanOrEqual(NARROW_WIDTH - 16);
      expect(customers.x - customers.wrap! / 2).toBeGreaterThan(places[3].x + captionWrap()! / 2);
      expect(backlogPlace().x).toBe(customers.x);
    } finally {
      chooseStageWidth(1280);
    }
    expect(stageWidth()).toBe(STAGE_SIZE.width);
  });
});

/** The gauge's words (about 18 px under the bar) end above the first product band. */
function rowsBelowGauge(): boolean {
  const gauge = gaugeBox();
  return gauge.y + gauge.height + 4 + 18 <= productRows(1)[0].top;
}

describe('the wide picture on a tablet', () => {
  it('narrows its design width so a 768 px tablet still draws 14 px text at 12 CSS px or more', () => {
    try {
      const width = chooseStageWidth(768);
      expect(width).toBeLessThan(STAGE_SIZE.width);
      // The stage box on a 768 px page is about 734 px wide.
      expect((734 / width) * 14).toBeGreaterThanOrEqual(12);
      const places = stationPlaces();
      expect(places[4].x + places[4].iconSize / 2).toBeLessThanOrEqual(width);
      for (const slot of cardSlots(4, 3)) expect(slot.x + slot.width).toBeLessThanOrEqual(width);
      expect(chooseStageWidth(1280)).toBe(STAGE_SIZE.width);
    } finally {
      chooseStageWidth(1280);
    }
  });
});
