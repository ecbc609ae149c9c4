/** The fixed part of the picture: stations, flow arrows, the plant's gear and utilisation gauge. */

import type Phaser from 'phaser';
import { formatCount, formatPercent } from '../engine/words/formats';
import { STATE_COLOURS, THEME } from './palette';
import {
  captionWrap,
  flowArrows,
  gaugeBox,
  labelAnchor,
  narrowStage,
  STATION_TEXT,
  type StationId,
  stationPlaces,
} from './stage-layout';
import { addText } from './text-style';

/** Draws the stations once and keeps the objects that change: the gear and the gauge. */
export class StationView {
  /** The gear on the plant, turned by the month player while production runs. */
  readonly gear: Phaser.GameObjects.Image;
  private readonly gaugeFill: Phaser.GameObjects.Rectangle;
  private readonly gaugeText: Phaser.GameObjects.Text;
  private readonly icons = new Map<StationId, Phaser.GameObjects.Image>();

  constructor(scene: Phaser.Scene) {
    const arrows = scene.add.graphics();
    arrows.lineStyle(4, THEME.flow, 1);
    arrows.fillStyle(THEME.flow, 1);
    for (const arrow of flowArrows()) {
      arrows.lineBetween(arrow.fromX, arrow.y, arrow.toX - 10, arrow.y);
      arrows.fillTriangle(arrow.toX, arrow.y, arrow.toX - 14, arrow.y - 8, arrow.toX - 14, arrow.y + 8);
    }
    const labels: Partial<Record<StationId, Phaser.GameObjects.Text>> = {};
    for (const place of stationPlaces()) {
      const icon = scene.add
        .image(place.x, place.iconY, place.id)
        .setDisplaySize(place.iconSize, place.iconSize)
        .setDepth(2);
      this.icons.set(place.id, icon);
      const anchor = labelAnchor(place);
      labels[place.id] = addText(scene, anchor.x, place.labelY, STATION_TEXT[place.id].label, {
        // Narrow: regular weight, so neighbouring one-word labels ("Warehouse", "Customers") keep a gap.
        size: narrowStage() ? 14 : 16,
        bold: !narrowStage(),
        originX: anchor.originX,
        wrapWidth: captionWrap(),
        wholeWords: true,
        align: anchor.align,
      });
    }
    keepLabelsApart(labels);
    const plant = stationPlaces().find((p) => p.id === 'plant')!;
    this.gear = scene.add
      .image(plant.x + plant.iconSize / 3, plant.iconY - plant.iconSize / 3, 'gear')
      .setDisplaySize(plant.iconSize / 3, plant.iconSize / 3)
      .setDepth(3);

    const box = gaugeBox();
    scene.add
      .rectangle(box.x, box.y, box.width, box.height, THEME.panel)
      .setOrigin(0, 0)
      .setStrokeStyle(1.5, THEME.panelStroke);
    this.gaugeFill = scene.add.rectangle(box.x, box.y, 0, box.height, STATE_COLOURS.neutral).setOrigin(0, 0);
    this.gaugeText = addText(scene, box.x + box.width / 2, box.y + box.height + 4, '', {
      size: 14,
      colour: THEME.mutedText,
      originX: 0.5,
    });
  }

  /** The image of a station (to shake or highlight it). */
  icon(id: StationId): Phaser.GameObjects.Image {
    return this.icons.get(id)!;
  }

  /** Shows how busy the plant is: a bar (orange beyond capacity, i.e. overtime) and the percent in words. */
  setUtilisation(utilisation: number | null, overtimeHours = 0): void {
    const box = gaugeBox();
    if (utilisation === null) {
      this.gaugeFill.width = 0;
      this.gaugeText.setText('plant load: shown after the month');
      return;
    }
    const share = Math.max(0, Math.min(1, utilisation));
    this.gaugeFill.width = Math.round(box.width * share);
    this.gaugeFill.fillColor =
      utilisation > 1 || overtimeHours > 0 ? STATE_COLOURS.warning : STATE_COLOURS.neutral;
    const overtime = overtimeHours > 0 ? ` + ${formatCount(overtimeHours)} h overtime` : '';
    this.gaugeText.setText(`${formatPercent(utilisation)} of capacity used${overtime}`);
  }
}

/** On the narrow picture, moves the Warehouse label left of the (right-aligned) Customers label when the font
 * would make them touch: measured, since the fonts differ by system. */
function keepLabelsApart(labels: Partial<Record<StationId, Phaser.GameObjects.Text>>): void {
  const { warehouse, customers } = labels;
  if (!narrowStage() || !warehouse || !customers) return;
  const room = customers.x - customers.width - 8;
  if (warehouse.x + warehouse.width / 2 > room) warehouse.setX(room - warehouse.width / 2);
}
